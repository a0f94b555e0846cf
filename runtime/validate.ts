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

function check(
  schema: ValidationSchema,
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): void {
  const add = (message: string): void => {
    issues.push({ path, message });
  };
  if (value === null) {
    add("must not be null (omit the field instead)");
    return;
  }
  switch (schema.type) {
    case "string": {
      if (schema.format === "date-time" && value instanceof Date) {
        const problem = unwritableDate(value);
        if (problem !== undefined) add(problem);
        return;
      }
      if (typeof value !== "string") {
        add(
          schema.format === "date-time"
            ? `must be an RFC 3339 string or a Date (got ${kind(value)})`
            : `must be a string (got ${kind(value)})`,
        );
        return;
      }
      // JSON Schema counts characters as Unicode code points, not UTF-16 units or bytes.
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength)
        add(`must be at least ${schema.minLength} characters (got ${length})`);
      if (schema.maxLength !== undefined && length > schema.maxLength)
        add(`must be at most ${schema.maxLength} characters (got ${length})`);
      if (schema.pattern !== undefined) {
        const regex = compilePattern(schema.pattern);
        if (regex === null)
          add(`cannot be checked: invalid pattern /${schema.pattern}/ in the schema`);
        else if (!regex.test(value)) add(`must match /${schema.pattern}/`);
      }
      if (schema.enum !== undefined && !schema.enum.includes(value))
        add(`must be one of ${schema.enum.join(", ")} (got ${JSON.stringify(value)})`);
      if (schema.format === "date-time" && !DATE_TIME.test(value))
        add("must be an RFC 3339 date-time such as 2015-05-20T13:29:35+08:00");
      return;
    }
    case "integer":
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        add(`must be a${schema.type === "integer" ? "n integer" : " number"} (got ${kind(value)})`);
        return;
      }
      if (schema.type === "integer" && !Number.isInteger(value)) {
        add(`must be an integer (got ${value})`);
        return;
      }
      if (schema.minimum !== undefined && value < schema.minimum)
        add(`must be ≥ ${schema.minimum} (got ${value})`);
      if (schema.maximum !== undefined && value > schema.maximum)
        add(`must be ≤ ${schema.maximum} (got ${value})`);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
        add(`must be > ${schema.exclusiveMinimum} (got ${value})`);
      if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
        add(`must be < ${schema.exclusiveMaximum} (got ${value})`);
      if (schema.enum !== undefined && !schema.enum.includes(value))
        add(`must be one of ${schema.enum.join(", ")} (got ${value})`);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") add(`must be a boolean (got ${kind(value)})`);
      return;
    case "array": {
      if (!Array.isArray(value)) {
        add(`must be an array (got ${kind(value)})`);
        return;
      }
      if (schema.minItems !== undefined && value.length < schema.minItems)
        add(`must have at least ${schema.minItems} items (got ${value.length})`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        add(`must have at most ${schema.maxItems} items (got ${value.length})`);
      if (schema.uniqueItems === true) {
        const seen = new Set<string>();
        for (const item of value) {
          const keyText = JSON.stringify(item) ?? "undefined";
          if (seen.has(keyText)) {
            add(`must not contain duplicates (${keyText} repeats)`);
            break;
          }
          seen.add(keyText);
        }
      }
      value.forEach((item: unknown, index) =>
        check(schema.items, item, `${path}[${index}]`, issues),
      );
      return;
    }
    case "object": {
      if (!isPlainObject(value)) {
        add(`must be an object (got ${kind(value)})`);
        return;
      }
      for (const name of schema.required ?? []) {
        if (value[name] === undefined)
          issues.push({ path: join(path, name), message: "is required" });
      }
      for (const [name, fieldValue] of Object.entries(value)) {
        if (fieldValue === undefined) continue;
        const fieldSchema = Object.hasOwn(schema.properties, name)
          ? schema.properties[name]
          : undefined;
        if (fieldSchema === undefined) {
          if (!schema.additionalProperties)
            issues.push({ path: join(path, name), message: "is not a known field" });
          continue;
        }
        check(fieldSchema, fieldValue, join(path, name), issues);
      }
      return;
    }
    case "binary": {
      const size = byteLength(value);
      if (size === undefined) {
        add(`must be binary data (Uint8Array, ArrayBuffer or Blob; got ${kind(value)})`);
        return;
      }
      if (schema.maxBytes !== undefined && size > schema.maxBytes)
        add(`must be at most ${schema.maxBytes} bytes (got ${size})`);
      return;
    }
  }
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
