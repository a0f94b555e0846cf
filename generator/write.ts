import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { assertWriteStaysInside } from "./output-guard.js";

/** Relative path (`/` separated) → file content. */
export type FileTree = ReadonlyMap<string, string>;

export interface TreeDiff {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: string[];
}

export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.set(rel, readFileSync(path.join(dir, rel), "utf8"));
    }
  };
  walk("");
  return out;
}

export function diffTrees(current: FileTree, next: FileTree): TreeDiff {
  const diff: TreeDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const [rel, content] of next) {
    const old = current.get(rel);
    if (old === undefined) diff.added.push(rel);
    else if (old === content) diff.unchanged.push(rel);
    else diff.changed.push(rel);
  }
  for (const rel of current.keys()) if (!next.has(rel)) diff.removed.push(rel);
  for (const list of Object.values(diff) as string[][]) list.sort();
  return diff;
}

/**
 * Replaces `outDir` with exactly `files`. Everything is written to a sibling temp folder first
 * and swapped in with renames, so a crash or error mid-way leaves the old `outDir` as it was
 * (a half-written client would compile against nothing and confuse every other helper).
 */
export function writeTreeAtomically(outDir: string, files: FileTree): void {
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const temp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      assertWriteStaysInside(temp, rel);
      const target = path.join(temp, ...rel.split("/"));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(abs)) {
      renameSync(abs, old);
      try {
        renameSync(temp, abs);
      } catch (e) {
        renameSync(old, abs);
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, abs);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Writes into a folder that also holds files the generator does not own: each changed file is
 * written to a temp name and renamed over (never half-written), owned files no longer produced
 * are removed, and nothing else is touched. The manifest goes last, so an interrupted run is
 * repaired by the next one.
 */
export function writeInPlace(
  outDir: string,
  files: FileTree,
  write: readonly string[],
  remove: readonly string[],
  manifestName: string,
): void {
  const ordered = [
    ...write.filter((r) => r !== manifestName),
    ...write.filter((r) => r === manifestName),
  ];
  // All paths first, so a link found stops the run before anything is written or removed; then
  // each one again just before it is touched.
  for (const rel of [...remove, ...ordered]) assertWriteStaysInside(outDir, rel);
  for (const rel of remove) {
    assertWriteStaysInside(outDir, rel);
    const target = path.join(outDir, ...rel.split("/"));
    rmSync(target, { force: true });
    removeEmptyParents(outDir, path.dirname(target));
  }
  for (const rel of ordered) {
    assertWriteStaysInside(outDir, rel);
    const target = path.join(outDir, ...rel.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    try {
      writeFileSync(temp, files.get(rel) ?? "");
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
  }
}

function removeEmptyParents(root: string, dir: string): void {
  const top = path.resolve(root);
  for (let d = path.resolve(dir); d.startsWith(`${top}${path.sep}`); d = path.dirname(d)) {
    if (readdirSync(d).length > 0) return;
    rmSync(d, { recursive: true, force: true });
  }
}
