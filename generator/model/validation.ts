import type { ValidationSchema } from "../../runtime/index.js";
import { getAtPointer, joinPointer } from "../load/index.js";
import type { SchemaNode } from "./types.js";

/** A reason a request schema cannot be turned into a `ValidationSchema`, at a bundled pointer. */
export interface ValidationIssue {
  readonly pointer: string;
  readonly message: string;
  readonly fix: string;
}

/** JSON Schema keywords whose value must be a non-negative integer (a count of characters, items or keys). */
export const SIZE_KEYWORDS = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
] as const;

/** The problem with a size keyword's value, or undefined when it is a non-negative integer. */
export function sizeKeywordProblem(
  keyword: string,
  value: unknown,
): { message: string; fix: string } | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return undefined;
  return {
    message: `"${keyword}" must be a non-negative integer, not ${JSON.stringify(value)}`,
    fix: `write ${keyword}: <0, 1, 2, …>`,
  };
}

/** Keywords that only document a schema; they never change what a value may be. */
const ANNOTATIONS = new Set([
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

const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  string: new Set([
    "type",
    "minLength",
    "maxLength",
    "pattern",
    "enum",
    "const",
    "format",
    "contentMediaType",
    "contentEncoding",
  ]),
  integer: new Set([
    "type",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "enum",
    "const",
    "format",
  ]),
  number: new Set([
    "type",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "enum",
    "const",
    "format",
  ]),
  boolean: new Set(["type", "const"]),
  array: new Set(["type", "items", "minItems", "maxItems", "uniqueItems"]),
  object: new Set(["type", "properties", "required", "additionalProperties"]),
};

/**
 * Converts a request-side schema into the `ValidationSchema` subset the runtime interprets.
 * Anything the subset cannot express is an issue (never silently dropped: a dropped constraint
 * would let a request through that the server then rejects). `format` values other than
 * `date-time` are annotations in JSON Schema 2020-12 and are not checked.
 */
export function toValidationSchema(
  document: unknown,
  schema: SchemaNode,
  pointer: string,
  issues: ValidationIssue[],
  refStack: readonly string[] = [],
): ValidationSchema {
  const fallback: ValidationSchema = { type: "object", properties: {}, additionalProperties: true };
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    const target = ref.startsWith("#") ? ref.slice(1) : undefined;
    const resolved = target === undefined ? undefined : getAtPointer(document, target);
    if (target === undefined || resolved === null || typeof resolved !== "object") {
      issues.push({
        pointer: joinPointer(pointer, "$ref"),
        message: `cannot resolve $ref "${ref}"`,
        fix: "point it at #/components/schemas/<Name>",
      });
      return fallback;
    }
    if (refStack.includes(target)) {
      issues.push({
        pointer: joinPointer(pointer, "$ref"),
        message: `recursive schema ${ref} cannot be used in a request (client-side validation cannot express recursion)`,
        fix: "make the request schema non-recursive",
      });
      return fallback;
    }
    return toValidationSchema(document, resolved as SchemaNode, target, issues, [
      ...refStack,
      target,
    ]);
  }

  for (const keyword of [
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "if",
    "then",
    "else",
    "nullable",
  ] as const) {
    if (keyword in schema) {
      issues.push({
        pointer: joinPointer(pointer, keyword),
        message: `unsupported construct "${keyword}" in a request schema`,
        fix:
          keyword === "nullable"
            ? "never send null: make the field optional instead"
            : "describe the field with one plain type (object, string, …); the generated validation cannot express alternatives",
      });
      return fallback;
    }
  }
  const type = schema["type"];
  if (Array.isArray(type) || type === "null") {
    issues.push({
      pointer: joinPointer(pointer, "type"),
      message: `unsupported type ${JSON.stringify(type)}${JSON.stringify(type).includes("null") ? ": null is never sent" : ""}`,
      fix: "use a single type; make the field optional instead of nullable",
    });
    return fallback;
  }
  if (typeof type !== "string" || !(type in ALLOWED)) {
    issues.push({
      pointer: typeof type === "string" ? joinPointer(pointer, "type") : pointer,
      message: typeof type === "string" ? `unknown type "${type}"` : "request schema has no type",
      fix: "add `type: string|integer|number|boolean|array|object`",
    });
    return fallback;
  }
  const allowed = ALLOWED[type] ?? new Set<string>();
  for (const keyword of Object.keys(schema)) {
    if (!allowed.has(keyword) && !ANNOTATIONS.has(keyword) && !keyword.startsWith("x-")) {
      issues.push({
        pointer: joinPointer(pointer, keyword),
        message: `keyword "${keyword}" is not supported on a ${type} request field`,
        fix: `remove it, or extend runtime ValidationSchema and the generator to check it`,
      });
    }
  }

  const num = (key: string): number | undefined => {
    const v = schema[key];
    if (v === undefined) return undefined;
    // A bad minLength/maxLength/… is reported once by the schema check (check/schemas.ts), which
    // walks every schema, request or response; here it is only left out of the validation.
    if (
      (SIZE_KEYWORDS as readonly string[]).includes(key) &&
      sizeKeywordProblem(key, v) !== undefined
    )
      return undefined;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      issues.push({
        pointer: joinPointer(pointer, key),
        message: `"${key}" must be a number`,
        fix: `write ${key}: <number>`,
      });
      return undefined;
    }
    return v;
  };
  const enumOf = <T extends string | number>(kind: "string" | "number"): T[] | undefined => {
    const values = "const" in schema ? [schema["const"]] : schema["enum"];
    if (values === undefined) return undefined;
    if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== kind)) {
      issues.push({
        pointer: joinPointer(pointer, "enum"),
        message: `enum values of a ${type} field must all be ${kind}s`,
        fix: "quote or fix the values",
      });
      return undefined;
    }
    return values as T[];
  };

  switch (type) {
    case "string": {
      const mediaType = schema["contentMediaType"];
      if (
        schema["format"] === "binary" ||
        (typeof mediaType === "string" && !mediaType.includes("json"))
      ) {
        return compact({ type: "binary", maxBytes: num("maxLength") });
      }
      const pattern = schema["pattern"];
      if (pattern !== undefined) {
        if (typeof pattern !== "string")
          issues.push({
            pointer: joinPointer(pointer, "pattern"),
            message: "pattern must be a string",
            fix: "quote the regular expression",
          });
        else {
          try {
            new RegExp(pattern, "u");
          } catch (e) {
            issues.push({
              pointer: joinPointer(pointer, "pattern"),
              message: `pattern is not a valid ECMAScript regular expression: ${(e as Error).message}`,
              fix: "fix the regular expression",
            });
          }
        }
      }
      return compact({
        type: "string",
        minLength: num("minLength"),
        maxLength: num("maxLength"),
        pattern: typeof pattern === "string" ? pattern : undefined,
        enum: enumOf<string>("string"),
        format: schema["format"] === "date-time" ? "date-time" : undefined,
      });
    }
    case "integer":
    case "number":
      return compact({
        type,
        minimum: num("minimum"),
        maximum: num("maximum"),
        exclusiveMinimum: num("exclusiveMinimum"),
        exclusiveMaximum: num("exclusiveMaximum"),
        enum: enumOf<number>("number"),
      });
    case "boolean":
      return { type: "boolean" };
    case "array": {
      const items = schema["items"];
      if (items === null || typeof items !== "object" || Array.isArray(items)) {
        issues.push({
          pointer,
          message: "array request field has no `items` schema",
          fix: "add `items: { type: … }`",
        });
        return fallback;
      }
      return compact({
        type: "array",
        items: toValidationSchema(
          document,
          items as SchemaNode,
          joinPointer(pointer, "items"),
          issues,
          refStack,
        ),
        minItems: num("minItems"),
        maxItems: num("maxItems"),
        uniqueItems: schema["uniqueItems"] === true ? true : undefined,
      });
    }
    default: {
      const properties = (schema["properties"] ?? {}) as Record<string, SchemaNode>;
      const required = Array.isArray(schema["required"]) ? (schema["required"] as string[]) : [];
      for (const name of required) {
        if (!(name in properties))
          issues.push({
            pointer: joinPointer(pointer, "required"),
            message: `required field "${name}" is not in properties`,
            fix: `add properties.${name} or remove it from required`,
          });
      }
      const out: Record<string, ValidationSchema> = {};
      for (const name of Object.keys(properties).sort()) {
        out[name] = toValidationSchema(
          document,
          properties[name] ?? {},
          joinPointer(joinPointer(pointer, "properties"), name),
          issues,
          refStack,
        );
      }
      // Request side: unknown keys are always rejected, whatever the spec says about responses.
      return compact({
        type: "object",
        properties: out,
        required: required.length > 0 ? [...required].sort() : undefined,
        additionalProperties: false,
      });
    }
  }
}

/** Drops undefined members so emitted literals carry only constraints the spec states. */
function compact<T extends object>(value: T): T & ValidationSchema {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T &
    ValidationSchema;
}
