/** `$ref` arithmetic for the bundler: where a ref points, and which targets the entry file names. */
import path from "node:path";
import { SpecError } from "../errors.js";
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
            `components ${previous.slice(2)} and ${at.slice(1)} both point at ${ref}`,
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
  return `a ${typeof value} (${JSON.stringify(value)})`;
}
