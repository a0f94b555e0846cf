/**
 * Plain-JSON helpers for reading the bundled spec: guards, `$ref` following and component naming.
 * Shared by the check, model and emit stages and by tools/ (through generator/index.ts).
 */
import { getAtPointer } from "../load/pointer.js";

export type Json = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `value` when it is a plain object, else an empty one (for optional spec sections). */
export function recordOr(value: unknown): Json {
  return isRecord(value) ? value : {};
}

/** Follows internal `$ref`s until a real node; returns it with the pointer it lives at. */
export function deref(
  document: unknown,
  node: unknown,
  pointer: string,
): { node: Json; pointer: string } | undefined {
  let current = node;
  let at = pointer;
  for (let hops = 0; hops < 32; hops++) {
    if (!isRecord(current)) return undefined;
    const ref = current["$ref"];
    if (typeof ref !== "string") return { node: current, pointer: at };
    at = ref.startsWith("#") ? ref.slice(1) : ref;
    current = getAtPointer(document, at);
  }
  return undefined;
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
