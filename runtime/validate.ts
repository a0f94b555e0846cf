/**
 * Interpreter for the `ValidationSchema` subset the generator emits (operation.ts). Collects every
 * issue with its field path instead of stopping at the first, so one RequestValidationError tells
 * the caller everything that is wrong.
 */
import type { ValidationIssue } from "./errors.js";
import type { ValidationSchema } from "./operation.js";
import { unwritableDate } from "./date.js";

export type { ValidationIssue } from "./errors.js";

/** Returns every issue found in `value` (an empty array means valid). Never throws. */
export function validate(schema: ValidationSchema, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(schema, value, "", issues);
  return issues;
}

// RFC 3339 date-time (JSON Schema `format: date-time`), fraction allowed since responses carry it.
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const patternCache = new Map<string, RegExp | null>();

/** Compiles a spec pattern once, with the `u` flag so `\p{…}` and astral characters work as in JSON Schema. */
function compilePattern(source: string): RegExp | null {
  let compiled = patternCache.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source, "u");
    } catch {
      compiled = null;
    }
    patternCache.set(source, compiled);
  }
  return compiled;
}

type SchemaOf<T extends ValidationSchema["type"]> = Extract<ValidationSchema, { type: T }>;

/** Where issues go: the field path being checked and the shared list. */
interface Sink {
  readonly path: string;
  readonly issues: ValidationIssue[];
}

function add(sink: Sink, message: string): void {
  sink.issues.push({ path: sink.path, message });
}

/** One function per schema type (the seams of the JSON Schema subset); `null` is never valid. */
function check(
  schema: ValidationSchema,
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  const sink: Sink = { path, issues };
  if (value === null) return add(sink, "must not be null (omit the field instead)");
  switch (schema.type) {
    case "string":
      return checkString(schema, value, sink);
    case "integer":
    case "number":
      return checkNumber(schema, value, sink);
    case "boolean":
      if (typeof value !== "boolean") add(sink, `must be a boolean (got ${kind(value)})`);
      return;
    case "array":
      return checkArray(schema, value, sink);
    case "object":
      return checkObject(schema, value, sink);
    case "binary":
      return checkBinary(schema, value, sink);
  }
}

function checkString(schema: SchemaOf<"string">, value: unknown, sink: Sink): void {
  if (schema.format === "date-time" && value instanceof Date) {
    const problem = unwritableDate(value);
    if (problem !== undefined) add(sink, problem);
    return;
  }
  if (typeof value !== "string") {
    const expected = schema.format === "date-time" ? "an RFC 3339 string or a Date" : "a string";
    return add(sink, `must be ${expected} (got ${kind(value)})`);
  }
  // JSON Schema counts characters as Unicode code points, not UTF-16 units or bytes.
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength)
    add(sink, `must be at least ${schema.minLength} characters (got ${length})`);
  if (schema.maxLength !== undefined && length > schema.maxLength)
    add(sink, `must be at most ${schema.maxLength} characters (got ${length})`);
  if (schema.pattern !== undefined) {
    const regex = compilePattern(schema.pattern);
    if (regex === null)
      add(sink, `cannot be checked: invalid pattern /${schema.pattern}/ in the schema`);
    else if (!regex.test(value)) add(sink, `must match /${schema.pattern}/`);
  }
  if (schema.enum !== undefined && !schema.enum.includes(value))
    add(sink, `must be one of ${schema.enum.join(", ")} (got ${JSON.stringify(value)})`);
  if (schema.format === "date-time" && !DATE_TIME.test(value))
    add(sink, "must be an RFC 3339 date-time such as 2015-05-20T13:29:35+08:00");
}

function checkNumber(schema: SchemaOf<"integer" | "number">, value: unknown, sink: Sink): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const expected = schema.type === "integer" ? "an integer" : "a number";
    return add(sink, `must be ${expected} (got ${kind(value)})`);
  }
  if (schema.type === "integer" && !Number.isInteger(value))
    return add(sink, `must be an integer (got ${value})`);
  if (schema.minimum !== undefined && value < schema.minimum)
    add(sink, `must be ≥ ${schema.minimum} (got ${value})`);
  if (schema.maximum !== undefined && value > schema.maximum)
    add(sink, `must be ≤ ${schema.maximum} (got ${value})`);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
    add(sink, `must be > ${schema.exclusiveMinimum} (got ${value})`);
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
    add(sink, `must be < ${schema.exclusiveMaximum} (got ${value})`);
  if (schema.enum !== undefined && !schema.enum.includes(value))
    add(sink, `must be one of ${schema.enum.join(", ")} (got ${value})`);
}

function checkArray(schema: SchemaOf<"array">, value: unknown, sink: Sink): void {
  if (!Array.isArray(value)) return add(sink, `must be an array (got ${kind(value)})`);
  if (schema.minItems !== undefined && value.length < schema.minItems)
    add(sink, `must have at least ${schema.minItems} items (got ${value.length})`);
  if (schema.maxItems !== undefined && value.length > schema.maxItems)
    add(sink, `must have at most ${schema.maxItems} items (got ${value.length})`);
  if (schema.uniqueItems === true) {
    const repeated = firstRepeat(value);
    if (repeated !== undefined) add(sink, `must not contain duplicates (${repeated} repeats)`);
  }
  value.forEach((item: unknown, index) =>
    check(schema.items, item, `${sink.path}[${index}]`, sink.issues),
  );
}

/** The JSON text of the first item equal to an earlier one, or undefined when all differ. */
function firstRepeat(items: readonly unknown[]): string | undefined {
  const seen = new Set<string>();
  for (const item of items) {
    const keyText = JSON.stringify(item) ?? "undefined";
    if (seen.has(keyText)) return keyText;
    seen.add(keyText);
  }
  return undefined;
}

function checkObject(schema: SchemaOf<"object">, value: unknown, sink: Sink): void {
  if (!isPlainObject(value)) return add(sink, `must be an object (got ${kind(value)})`);
  for (const name of schema.required ?? []) {
    if (value[name] === undefined)
      sink.issues.push({ path: join(sink.path, name), message: "is required" });
  }
  for (const [name, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined) continue;
    const fieldSchema = Object.hasOwn(schema.properties, name)
      ? schema.properties[name]
      : undefined;
    if (fieldSchema === undefined) {
      if (!schema.additionalProperties)
        sink.issues.push({ path: join(sink.path, name), message: "is not a known field" });
      continue;
    }
    check(fieldSchema, fieldValue, join(sink.path, name), sink.issues);
  }
}

function checkBinary(schema: SchemaOf<"binary">, value: unknown, sink: Sink): void {
  const size = byteLength(value);
  if (size === undefined)
    return add(sink, `must be binary data (Uint8Array, ArrayBuffer or Blob; got ${kind(value)})`);
  if (schema.maxBytes !== undefined && size > schema.maxBytes)
    add(sink, `must be at most ${schema.maxBytes} bytes (got ${size})`);
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function byteLength(value: unknown): number | undefined {
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (typeof Blob !== "undefined" && value instanceof Blob) return value.size;
  return undefined;
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "Date";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value;
}
