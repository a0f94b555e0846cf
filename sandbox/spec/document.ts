/**
 * Minimal, defensive reading of the bundled OpenAPI document (`generated/spec-document.ts`).
 * The sandbox takes every route, parameter, schema and vendor extension from it; nothing
 * about individual operations is hard-coded here.
 */
import { isRecord } from "../../shared/json.js";
import { followRefs } from "../../shared/json-pointer.js";

export type SpecObject = { readonly [key: string]: unknown };

/** A non-array object (the one guard, from shared/json.ts). */
export { isRecord as isObject } from "../../shared/json.js";

/**
 * Resolves a chain of `$ref`s (OpenAPI objects such as parameters, request bodies, responses).
 * The bundled document is checked by the generator, so a failure here is a broken build: it throws.
 */
export function deref(doc: SpecObject, value: unknown): SpecObject {
  const resolved = followRefs(doc, value, "");
  if (resolved === undefined) {
    const ref = isRecord(value) ? value["$ref"] : undefined;
    throw new Error(
      typeof ref === "string"
        ? `unresolvable, external or cyclic $ref "${ref}" in the spec document`
        : "expected an object in the spec document",
    );
  }
  return resolved.node;
}

export function stringField(obj: SpecObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === "string" ? value : undefined;
}
