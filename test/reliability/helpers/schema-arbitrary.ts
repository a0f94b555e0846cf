/**
 * fast-check arbitraries derived from the generator's ValidationSchema data (generated/metadata.ts,
 * i.e. from the spec), never written per field: `validValue` draws values the schema accepts, and
 * `constraintSites` lists every single constraint with a way to break exactly that one.
 */
import fc from "fast-check";
import type { ValidationSchema } from "../../../runtime/index.js";
import { bmpChar, instant, rfc3339Text } from "./arbitraries.js";

/** A step of a field path: an object key or an array index. */
export type PathStep = string | number;

/** Field path in the runtime's notation: `a.b[0].c`. */
export function formatPath(steps: readonly PathStep[]): string {
  let out = "";
  for (const step of steps)
    out = typeof step === "number" ? `${out}[${step}]` : out === "" ? step : `${out}.${step}`;
  return out;
}

// Mostly identifier-like characters, often enough the ones that break URLs, multipart headers and
// file systems ('/', '.', quotes, backslash, NUL) and any other BMP character.
const plainChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(..."abcXYZ0189_-") },
  {
    weight: 2,
    arbitrary: fc.constantFrom("/", ".", '"', "\\", "\u0000", "\n", " ", "%", "+", "&"),
  },
  { weight: 2, arbitrary: bmpChar },
);

function textOfLength(min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: plainChar, minLength: min, maxLength: max });
}

const codePoints = (s: string): number => [...s].length;

function compile(pattern: string): RegExp {
  return new RegExp(pattern, "u");
}

type StringSchema = Extract<ValidationSchema, { type: "string" }>;
type NumberSchema = Extract<ValidationSchema, { type: "integer" | "number" }>;

function lengthOk(schema: StringSchema, value: string): boolean {
  const n = codePoints(value);
  return n >= (schema.minLength ?? 0) && n <= (schema.maxLength ?? Number.POSITIVE_INFINITY);
}

function validString(schema: StringSchema): fc.Arbitrary<unknown> {
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  if (schema.format === "date-time") {
    // Dates are accepted where the spec says date-time; the runtime sends them as RFC 3339 +08:00.
    return fc.oneof(
      rfc3339Text.filter((s) => lengthOk(schema, s)),
      instant,
    );
  }
  const max = Math.min(schema.maxLength ?? 40, (schema.minLength ?? 0) + 40);
  if (schema.pattern !== undefined) {
    const regex = compile(schema.pattern);
    return fc
      .stringMatching(regex, { maxLength: max })
      .filter((s) => lengthOk(schema, s) && regex.test(s));
  }
  return textOfLength(schema.minLength ?? 0, max);
}

function numberBounds(schema: NumberSchema): { min: number; max: number } {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000_000);
  return { min, max };
}

/**
 * Values `schema` accepts. `force` names a path that must exist in the value (an optional key
 * present, an array long enough), so a constraint deep inside can be broken in place.
 */
export function validValue(
  schema: ValidationSchema,
  force: readonly PathStep[] = [],
): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case "string":
      return validString(schema);
    case "integer":
    case "number": {
      if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
      const { min, max } = numberBounds(schema);
      return fc.integer({ min, max });
    }
    case "boolean":
      return fc.boolean();
    case "binary":
      return fc.uint8Array({ maxLength: Math.min(schema.maxBytes ?? 64, 64) });
    case "array": {
      const [head, ...rest] = force;
      const minLength = Math.max(schema.minItems ?? 0, typeof head === "number" ? head + 1 : 0);
      const maxLength = Math.max(
        minLength,
        Math.min(schema.maxItems ?? minLength + 4, minLength + 4),
      );
      const items = validValue(schema.items, []);
      const array =
        schema.uniqueItems === true
          ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
          : fc.array(items, { minLength, maxLength });
      if (typeof head !== "number") return array;
      return fc
        .tuple(array, validValue(schema.items, rest))
        .map(([values, forced]) => {
          const copy = [...values];
          copy[head] = forced;
          return copy;
        })
        .filter(
          (values) =>
            schema.uniqueItems !== true ||
            new Set(values.map((v) => JSON.stringify(v))).size === values.length,
        );
    }
    case "object": {
      const [head, ...rest] = force;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(schema.properties))
        model[name] = validValue(property, name === head ? rest : []);
      const requiredKeys = [...(schema.required ?? [])];
      if (typeof head === "string" && head in schema.properties && !requiredKeys.includes(head))
        requiredKeys.push(head);
      return fc.record(model, { requiredKeys });
    }
  }
}

/** One constraint of the schema, and values that break only it. */
export interface ConstraintSite {
  /** Path of the value that is replaced (or, for `remove`, of the key removed). */
  readonly path: readonly PathStep[];
  /** The path the RequestValidationError must name. */
  readonly reportedPath: string;
  readonly constraint: string;
  /** Replacement values; `undefined` entries mean "remove the key". */
  readonly bad: fc.Arbitrary<unknown>;
  readonly remove?: boolean;
}

const WRONG_TYPE: Record<ValidationSchema["type"], unknown[]> = {
  string: [12345, true, ["x"], { x: 1 }],
  integer: ["1", true, [], { n: 1 }],
  number: ["1.5", false, []],
  boolean: ["true", 1, 0, "false"],
  array: ["a,b", { 0: "a" }, 1],
  object: ["{}", [], 7],
  binary: ["bytes", [1, 2, 3], { length: 1 }],
};

/** Every single-constraint site in `schema`, depth first. */
export function constraintSites(
  schema: ValidationSchema,
  path: readonly PathStep[] = [],
): ConstraintSite[] {
  const sites: ConstraintSite[] = [];
  const here = formatPath(path);
  const add = (constraint: string, bad: fc.Arbitrary<unknown>): void => {
    sites.push({ path, reportedPath: here, constraint, bad });
  };
  if (path.length > 0) {
    add("type", fc.constantFrom(...WRONG_TYPE[schema.type]));
    add("not null", fc.constant(null));
  }
  switch (schema.type) {
    case "string": {
      if (schema.format === "date-time") {
        add(
          "format date-time",
          fc
            .constantFrom(
              "2026-13-01T00:00:00+08:00",
              "2026-11-27 15:00:00",
              "2026-11-27T15:00:00",
              "yesterday",
              "2026-11-27T25:00:00Z",
              "2026-02-30T10:00:00+8:00",
            )
            .filter((s) => lengthOk(schema, s)),
        );
        add("valid Date", fc.constant(new Date(Number.NaN)));
      }
      if (schema.minLength !== undefined && schema.minLength > 0 && schema.enum === undefined) {
        const pattern = schema.pattern === undefined ? undefined : compile(schema.pattern);
        add(
          `minLength ${schema.minLength}`,
          textOfLength(0, schema.minLength - 1).filter(
            (s) => pattern === undefined || pattern.test(s) || s === "",
          ),
        );
      }
      if (
        schema.maxLength !== undefined &&
        schema.enum === undefined &&
        schema.format !== "date-time"
      ) {
        add(
          `maxLength ${schema.maxLength}`,
          textOfLength(schema.maxLength + 1, schema.maxLength + 8),
        );
      }
      if (schema.pattern !== undefined) {
        const regex = compile(schema.pattern);
        add(
          `pattern ${schema.pattern}`,
          textOfLength(
            Math.max(1, schema.minLength ?? 0),
            Math.min(schema.maxLength ?? 20, 20),
          ).filter((s) => !regex.test(s)),
        );
      }
      if (schema.enum !== undefined) {
        const values = schema.enum;
        add(
          "enum",
          fc
            .oneof(
              textOfLength(1, 12),
              fc.constantFrom(...values.map((v) => v.toLowerCase()), ...values.map((v) => ` ${v}`)),
            )
            .filter((s) => !values.includes(s)),
        );
      }
      return sites;
    }
    case "integer":
    case "number": {
      if (schema.type === "integer") add("integer", fc.constantFrom(0.5, 1.25, -3.75));
      if (schema.minimum !== undefined)
        add(
          `minimum ${schema.minimum}`,
          fc.integer({ min: 1, max: 1000 }).map((k) => (schema.minimum ?? 0) - k),
        );
      if (schema.maximum !== undefined)
        add(
          `maximum ${schema.maximum}`,
          fc.integer({ min: 1, max: 1000 }).map((k) => (schema.maximum ?? 0) + k),
        );
      if (schema.exclusiveMinimum !== undefined)
        add(
          `exclusiveMinimum ${schema.exclusiveMinimum}`,
          fc.integer({ min: 0, max: 10 }).map((k) => (schema.exclusiveMinimum ?? 0) - k),
        );
      if (schema.exclusiveMaximum !== undefined)
        add(
          `exclusiveMaximum ${schema.exclusiveMaximum}`,
          fc.integer({ min: 0, max: 10 }).map((k) => (schema.exclusiveMaximum ?? 0) + k),
        );
      if (schema.enum !== undefined) {
        const values = schema.enum;
        add(
          "enum",
          fc.integer({ min: -10, max: 1000 }).filter((v) => !values.includes(v)),
        );
      }
      return sites;
    }
    case "boolean":
      return sites;
    case "binary":
      if (schema.maxBytes !== undefined)
        add(`maxBytes ${schema.maxBytes}`, fc.constant(new Uint8Array(schema.maxBytes + 1)));
      return sites;
    case "array": {
      const items = validValue(schema.items);
      if (schema.minItems !== undefined && schema.minItems > 0) {
        add(
          `minItems ${schema.minItems}`,
          schema.uniqueItems === true
            ? fc.uniqueArray(items, {
                maxLength: schema.minItems - 1,
                selector: (v) => JSON.stringify(v),
              })
            : fc.array(items, { maxLength: schema.minItems - 1 }),
        );
      }
      if (schema.maxItems !== undefined) {
        const over = { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 };
        add(
          `maxItems ${schema.maxItems}`,
          schema.uniqueItems === true
            ? fc.uniqueArray(items, { ...over, selector: (v) => JSON.stringify(v) })
            : fc.array(items, over),
        );
      }
      if (schema.uniqueItems === true && (schema.maxItems === undefined || schema.maxItems >= 2)) {
        add(
          "uniqueItems",
          items.map((v) => [v, v]).filter(() => (schema.minItems ?? 0) <= 2),
        );
      }
      sites.push(...constraintSites(schema.items, [...path, 0]));
      return sites;
    }
    case "object": {
      for (const name of schema.required ?? []) {
        sites.push({
          path: [...path, name],
          reportedPath: formatPath([...path, name]),
          constraint: "required",
          bad: fc.constant(undefined),
          remove: true,
        });
      }
      if (!schema.additionalProperties) {
        sites.push({
          path: [...path, "zz_unknown_field"],
          reportedPath: formatPath([...path, "zz_unknown_field"]),
          constraint: "additionalProperties false",
          bad: fc.oneof(fc.string(), fc.integer()),
        });
      }
      for (const [name, property] of Object.entries(schema.properties))
        sites.push(...constraintSites(property, [...path, name]));
      return sites;
    }
  }
}

/** A deep copy of `root` with the value at `path` replaced (or the key removed). */
export function setAt(
  root: unknown,
  path: readonly PathStep[],
  value: unknown,
  remove = false,
): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root) && typeof head === "number") {
    const copy = [...root];
    copy[head] = setAt(copy[head], rest, value, remove);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  const key = String(head);
  if (rest.length === 0 && remove) delete copy[key];
  else copy[key] = setAt(copy[key], rest, value, remove);
  return copy;
}
