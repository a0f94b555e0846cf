/**
 * Plain-JSON helpers for reading the bundled spec: guards, `$ref` following and component naming.
 * Shared by the check, model and emit stages and by tools/ (through generator/index.ts).
 */

import { isRecord } from "../../shared/json.js";

export type Json = Readonly<Record<string, unknown>>;

export { isRecord };
/** Follows internal `$ref`s until a real node; returns it with the pointer it lives at. */
export { followRefs as deref } from "../../shared/json-pointer.js";

/** `value` when it is a plain object, else an empty one (for optional spec sections). */
export function recordOr(value: unknown): Json {
  return isRecord(value) ? value : {};
}

/** `#/components/schemas/Stock` → `Stock`; undefined for anything else. */
export function componentSchemaName(schema: unknown): string | undefined {
  if (!isRecord(schema)) return undefined;
  const ref = schema["$ref"];
  const match = typeof ref === "string" ? /^#\/components\/schemas\/([^/]+)$/.exec(ref) : null;
  return match?.[1];
}

export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** The first example the spec gives for a field: the parameter's own, else its schema's. */
export function exampleOf(...nodes: (Json | undefined)[]): unknown {
  for (const node of nodes) {
    if (!node) continue;
    if (node["example"] !== undefined) return node["example"];
    const examples = node["examples"];
    if (Array.isArray(examples) && examples.length > 0) return examples[0];
  }
  return undefined;
}

export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/**
 * Keywords that only document a schema: they never change what a value may be, so a `$ref` plus
 * these validates exactly as its target.
 */
export const SCHEMA_ANNOTATIONS: ReadonlySet<string> = new Set([
  "title",
  "description",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "externalDocs",
]);
