/** `$ref` arithmetic for the bundler: where a ref points, and which targets the entry file names. */
import { realpathSync } from "node:fs";
import path from "node:path";
import { SpecError } from "../errors.js";
import { quote } from "../quote.js";
import { getAtPointer, joinPointer } from "../../shared/json-pointer.js";
import type { ParsedFile } from "./yaml-file.js";

/** A `$ref` target: an absolute file and a JSON pointer inside it (no leading `#`). */
export interface RefTarget {
  readonly file: string;
  readonly pointer: string;
}

export function resolveTarget(fromFile: string, ref: string): RefTarget {
  const hash = ref.indexOf("#");
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
  return {
    file: filePart === "" ? fromFile : path.resolve(path.dirname(fromFile), filePart),
    pointer,
  };
}

export function targetKey(target: RefTarget): string {
  return `${target.file}#${target.pointer}`;
}

/**
 * Entry components that are a bare external `$ref` define where that target lives in the bundle:
 * target key → `#/components/<kind>/<Name>`.
 */
export function registerComponents(entry: ParsedFile, errors: SpecError[]): Map<string, string> {
  const registry = new Map<string, string>();
  const components = getAtPointer(entry.value, "/components");
  if (components === null || typeof components !== "object") return registry;
  for (const [kind, group] of Object.entries(components as Record<string, unknown>)) {
    if (group === null || typeof group !== "object") continue;
    for (const [name, def] of Object.entries(group as Record<string, unknown>)) {
      const ref = (def as Record<string, unknown> | null)?.["$ref"];
      if (typeof ref !== "string" || ref.startsWith("#")) continue;
      const key = targetKey(resolveTarget(entry.path, ref));
      const at = joinPointer(joinPointer("/components", kind), name);
      const previous = registry.get(key);
      if (previous !== undefined) {
        errors.push(
          new SpecError(
            entry.positions.get(joinPointer(at, "$ref")) ?? entry.positions.get(at),
            `components ${previous.slice(2)} and ${at.slice(1)} both point at ${quote(ref)}`,
            "register each definition once",
          ),
        );
        continue;
      }
      registry.set(key, `#${at}`);
    }
  }
  return registry;
}

/** `schemas/A.yaml#/x` relative to the entry's folder, for cycle reports. */
export function shortKey(entry: string, key: string): string {
  const [file = "", pointer = ""] = key.split("#");
  return `${path.relative(path.dirname(entry), file)}#${pointer}`;
}

export function describeShape(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a YAML list";
  return `a ${typeof value} (${quote(value)})`;
}

/** `https:`, `file:`, `C:` …: a scheme (or a drive letter) before any slash. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Why a `$ref` may not be followed, or undefined when it stays inside the spec folder (the folder
 * of the entry file). The spec is untrusted input: a ref to `/etc/passwd`, `../../.env` or a
 * symlink pointing out of the folder must not be read, and since nothing outside is read, the
 * answer says nothing about the target either. `specFolder` is the entry's folder as given,
 * `realSpecFolder` the same with symlinks resolved; `realpaths` caches the real path of each
 * target file (a bundle follows thousands of refs to a few dozen files).
 */
export function refLeavesSpecFolder(
  ref: string,
  target: RefTarget,
  specFolder: string,
  realSpecFolder: string,
  realpaths: Map<string, string | null> = new Map(),
): string | undefined {
  const hash = ref.indexOf("#");
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  if (filePart === "") return undefined;
  if (SCHEME.test(filePart))
    return "is a URL; only relative paths to files in the spec folder are followed";
  if (path.isAbsolute(filePart) || filePart.startsWith("\\"))
    return "is an absolute path; only relative paths to files in the spec folder are followed";
  if (!isInside(specFolder, target.file))
    return "leaves the spec folder (the folder of the entry file)";
  let real = realpaths.get(target.file);
  if (real === undefined) {
    try {
      real = realpathSync(target.file);
    } catch {
      real = null; // Nothing there: reported as a dangling $ref when it is read.
    }
    realpaths.set(target.file, real);
  }
  if (real !== null && !isInside(realSpecFolder, real))
    return "goes through a symbolic link that leads out of the spec folder (the folder of the entry file)";
  return undefined;
}

/** True when `file` is `folder` itself or below it (both absolute, same kind: lexical or real). */
export function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}
