/**
 * Writes never leave `--out`. A symbolic link inside the output folder (`operations ->
 * /elsewhere`, or a file linked to one outside) would make an ordinary write land outside it, so
 * the folder is checked before anything is written and every write path again just before it is
 * written (the folder may change between the two).
 */
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { quote } from "./quote.js";

/** Bounds the walk: an output folder holds tens of files; a huge tree is not ours to walk whole. */
const MAX_ENTRIES = 100_000;

/** A write that would leave the output folder; nothing of it was written. */
export class OutputEscape extends Error {
  override readonly name = "OutputEscape";
}

/**
 * Every symbolic link inside `outDir` (relative paths, `/` separated, sorted), found without
 * following any. `outDir` itself may be a link: it is the folder the user named.
 */
export function findSymlinks(outDir: string): string[] {
  const found: string[] = [];
  let visited = 0;
  const walk = (sub: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(outDir, sub), { withFileTypes: true });
    } catch {
      return; // Missing (a new folder) or not a folder: nothing inside can redirect a write.
    }
    for (const entry of entries) {
      if (++visited > MAX_ENTRIES) return;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) found.push(rel);
      else if (entry.isDirectory()) walk(rel);
    }
  };
  walk("");
  return found.sort();
}

/**
 * Throws `OutputEscape` unless writing `rel` under `outDir` stays inside it: `rel` is a plain
 * relative path (no `..`, not absolute) and no existing part of it is a symbolic link. Parts that
 * do not exist yet are created by the writer as real folders.
 */
export function assertWriteStaysInside(outDir: string, rel: string): void {
  const parts = rel.split("/");
  if (
    path.isAbsolute(rel) ||
    parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\"))
  )
    throw new OutputEscape(`${quote(rel)} is not a plain relative path inside the output folder`);
  let at = outDir;
  for (const part of parts) {
    at = path.join(at, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(at).isSymbolicLink();
    } catch {
      return;
    }
    if (isLink)
      throw new OutputEscape(
        `${path.relative(outDir, at).split(path.sep).join("/")} is a symbolic link; writing through it would leave the output folder`,
      );
  }
}
