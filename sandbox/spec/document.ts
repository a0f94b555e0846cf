/**
 * Minimal, defensive reading of the bundled OpenAPI document (`generated/spec-document.ts`).
 * The sandbox takes every route, parameter, schema and vendor extension from it; nothing
 * about individual operations is hard-coded here.
 */

export type SpecObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is SpecObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows an internal `#/…` JSON pointer inside the document. */
export function pointerGet(doc: SpecObject, ref: string): unknown {
  if (!ref.startsWith("#")) throw new Error(`only internal $refs are supported, got "${ref}"`);
  const parts = ref
    .slice(1)
    .split("/")
    .filter((p) => p !== "")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  let current: unknown = doc;
  for (const part of parts) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Resolves a chain of `$ref`s (OpenAPI objects such as parameters, request bodies, responses). */
export function deref(doc: SpecObject, value: unknown): SpecObject {
  let current = value;
  for (let depth = 0; depth < 20; depth++) {
    if (!isObject(current)) throw new Error("expected an object in the spec document");
    const ref = current["$ref"];
    if (typeof ref !== "string") return current;
    const next = pointerGet(doc, ref);
    if (next === undefined) throw new Error(`unresolvable $ref "${ref}" in the spec document`);
    current = next;
  }
  throw new Error("$ref chain too deep in the spec document");
}

export function stringField(obj: SpecObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === "string" ? value : undefined;
}
