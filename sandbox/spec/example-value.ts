/**
 * A value for a schema of the spec, for answers the spec documents but no business rule builds:
 * the schema's own example wins (`examples[0]`, `example`, `const`, `default`, first `enum`
 * value); otherwise one is synthesized from the type and its limits. The result is checked
 * against the schema by the caller; this module only aims to be valid for the constraints the
 * spec uses (types, formats, lengths, patterns of the usual kinds, numeric bounds, item counts).
 */
import { getAtPointer } from "../../shared/json-pointer.js";
import { isObject, type SpecObject } from "./document.js";

/** Nesting bound: a recursive schema gives up here instead of looping. */
const MAX_DEPTH = 12;

export interface ExampleContext {
  doc: SpecObject;
  /** "now", formatted for `date-time` and `date` strings. */
  dateTime: string;
  date: string;
}

export function exampleFromSchema(schema: unknown, ctx: ExampleContext, depth = 0): unknown {
  if (!isObject(schema) || depth > MAX_DEPTH) return undefined;
  const ref = schema["$ref"];
  if (typeof ref === "string" && ref.startsWith("#"))
    return exampleFromSchema(getAtPointer(ctx.doc, ref.slice(1)), ctx, depth + 1);
  const given = documentedValue(schema);
  if (given.found) return given.value;
  const allOf = schema["allOf"];
  if (Array.isArray(allOf)) return mergeAll(allOf, schema, ctx, depth);
  for (const key of ["oneOf", "anyOf"]) {
    const list = schema[key];
    if (Array.isArray(list) && list.length > 0) return exampleFromSchema(list[0], ctx, depth + 1);
  }
  switch (primaryType(schema)) {
    case "object":
      return objectExample(schema, ctx, depth);
    case "array":
      return arrayExample(schema, ctx, depth);
    case "string":
      return stringExample(schema, ctx);
    case "integer":
      return numberExample(schema, true);
    case "number":
      return numberExample(schema, false);
    case "boolean":
      return true;
    default:
      return isObject(schema["properties"]) ? objectExample(schema, ctx, depth) : undefined;
  }
}

function documentedValue(schema: SpecObject): { found: boolean; value?: unknown } {
  const examples = schema["examples"];
  if (Array.isArray(examples) && examples.length > 0) return { found: true, value: examples[0] };
  for (const key of ["example", "const", "default"])
    if (schema[key] !== undefined) return { found: true, value: schema[key] };
  const values = schema["enum"];
  if (Array.isArray(values) && values.length > 0) return { found: true, value: values[0] };
  return { found: false };
}

function primaryType(schema: SpecObject): string | undefined {
  const type = schema["type"];
  if (typeof type === "string") return type;
  if (Array.isArray(type))
    return type.find((t): t is string => typeof t === "string" && t !== "null");
  return undefined;
}

function mergeAll(
  parts: unknown[],
  schema: SpecObject,
  ctx: ExampleContext,
  depth: number,
): unknown {
  const own = isObject(schema["properties"]) ? objectExample(schema, ctx, depth) : undefined;
  let merged: Record<string, unknown> | undefined = isObject(own) ? { ...own } : undefined;
  for (const part of parts) {
    const value = exampleFromSchema(part, ctx, depth + 1);
    if (isObject(value)) merged = { ...(merged ?? {}), ...value };
    else if (value !== undefined && merged === undefined) return value;
  }
  return merged;
}

function objectExample(schema: SpecObject, ctx: ExampleContext, depth: number): unknown {
  const out: Record<string, unknown> = {};
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  for (const [name, propertySchema] of Object.entries(properties)) {
    const value = exampleFromSchema(propertySchema, ctx, depth + 1);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function arrayExample(schema: SpecObject, ctx: ExampleContext, depth: number): unknown[] {
  const maxItems = typeof schema["maxItems"] === "number" ? schema["maxItems"] : Infinity;
  if (maxItems < 1) return [];
  const item = exampleFromSchema(schema["items"], ctx, depth + 1);
  if (item === undefined) return [];
  const minItems = typeof schema["minItems"] === "number" ? schema["minItems"] : 1;
  // Distinct copies only matter with uniqueItems; one item satisfies everything else.
  return schema["uniqueItems"] === true
    ? [item]
    : Array.from({ length: Math.max(1, minItems) }, () => item);
}

/** Candidates tried in order against the pattern and length limits. */
const STRING_CANDIDATES = ["sandbox", "1234567890", "SANDBOX", "sandbox_1", "a", "1", "A"];

function stringExample(schema: SpecObject, ctx: ExampleContext): string {
  const format = schema["format"];
  if (format === "date-time") return ctx.dateTime;
  if (format === "date") return ctx.date;
  if (format === "uri" || format === "url") return "https://sandbox.invalid/example";
  if (format === "email") return "sandbox@example.com";
  const minLength = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
  const maxLength = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Infinity;
  let pattern: RegExp | undefined;
  try {
    pattern =
      typeof schema["pattern"] === "string" ? new RegExp(schema["pattern"], "u") : undefined;
  } catch {
    pattern = undefined;
  }
  for (const base of STRING_CANDIDATES) {
    const value = fitLength(base, minLength, maxLength);
    if (pattern === undefined || pattern.test(value)) return value;
  }
  return fitLength(STRING_CANDIDATES[0] ?? "", minLength, maxLength);
}

function fitLength(base: string, minLength: number, maxLength: number): string {
  let value = base;
  while (value.length < minLength) value += base.slice(-1) || "x";
  return value.slice(0, Math.max(minLength, Math.min(value.length, maxLength)));
}

function numberExample(schema: SpecObject, integer: boolean): number {
  const bound = (key: string): number | undefined =>
    typeof schema[key] === "number" ? (schema[key] as number) : undefined;
  const step = integer ? 1 : 0.5;
  const exclusiveMin = bound("exclusiveMinimum");
  const exclusiveMax = bound("exclusiveMaximum");
  const min = bound("minimum") ?? (exclusiveMin === undefined ? undefined : exclusiveMin + step);
  const max = bound("maximum") ?? (exclusiveMax === undefined ? undefined : exclusiveMax - step);
  let value = min ?? (max !== undefined && max < 1 ? max : 1);
  if (max !== undefined && value > max) value = max;
  return integer ? Math.ceil(value) : value;
}
