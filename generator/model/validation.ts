import type { ValidationSchema } from "../../runtime/index.js";
import { getAtPointer, joinPointer } from "../load/index.js";
import type { SchemaNode } from "./types.js";
import { SCHEMA_ANNOTATIONS } from "../walk/json.js";
import { quote, unquoted } from "../quote.js";

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
    message: `${quote(keyword)} must be a non-negative integer, not ${quote(value)}`,
    fix: `write ${keyword}: <0, 1, 2, …>`,
  };
}

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

/** What every step of one conversion shares: the document, the issue list, the `$ref`s entered. */
interface Conversion {
  readonly document: unknown;
  readonly issues: ValidationIssue[];
  readonly refStack: readonly string[];
}

/** A schema node and the bundled pointer it lives at. */
interface At {
  readonly schema: SchemaNode;
  readonly pointer: string;
}

/** What a schema the subset cannot express becomes (after its issue is recorded): anything goes. */
function fallback(): ValidationSchema {
  return { type: "object", properties: {}, additionalProperties: true };
}

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
  return convert({ document, issues, refStack }, { schema, pointer });
}

function convert(c: Conversion, at: At): ValidationSchema {
  const ref = at.schema["$ref"];
  if (typeof ref === "string") return convertRef(c, at, ref);
  if (reportUnsupportedConstruct(c, at)) return fallback();
  const type = supportedType(c, at);
  if (type === undefined) return fallback();
  reportUnknownKeywords(c, at, type);
  switch (type) {
    case "string":
      return stringSchema(c, at);
    case "integer":
    case "number":
      return compact({
        type,
        minimum: numberKeyword(c, at, "minimum"),
        maximum: numberKeyword(c, at, "maximum"),
        exclusiveMinimum: numberKeyword(c, at, "exclusiveMinimum"),
        exclusiveMaximum: numberKeyword(c, at, "exclusiveMaximum"),
        enum: enumValues<number>(c, at, type, "number"),
      });
    case "boolean":
      return { type: "boolean" };
    case "array":
      return arraySchema(c, at);
    default:
      return objectSchema(c, at);
  }
}

/** Follows an internal `$ref` (refusing unresolvable and recursive ones) and converts its target. */
function convertRef(c: Conversion, at: At, ref: string): ValidationSchema {
  const target = ref.startsWith("#") ? ref.slice(1) : undefined;
  const resolved = target === undefined ? undefined : getAtPointer(c.document, target);
  if (target === undefined || resolved === null || typeof resolved !== "object") {
    c.issues.push({
      pointer: joinPointer(at.pointer, "$ref"),
      message: `cannot resolve $ref ${quote(ref)}`,
      fix: "point it at #/components/schemas/<Name>",
    });
    return fallback();
  }
  if (c.refStack.includes(target)) {
    c.issues.push({
      pointer: joinPointer(at.pointer, "$ref"),
      message: `recursive schema ${quote(ref)} cannot be used in a request (client-side validation cannot express recursion)`,
      fix: "make the request schema non-recursive",
    });
    return fallback();
  }
  return convert(
    { ...c, refStack: [...c.refStack, target] },
    { schema: resolved as SchemaNode, pointer: target },
  );
}

/** Composition and nullability: the subset has one plain type per field. True when one is present. */
function reportUnsupportedConstruct(c: Conversion, at: At): boolean {
  const keywords = ["oneOf", "anyOf", "allOf", "not", "if", "then", "else", "nullable"] as const;
  const keyword = keywords.find((candidate) => candidate in at.schema);
  if (keyword === undefined) return false;
  c.issues.push({
    pointer: joinPointer(at.pointer, keyword),
    message: `unsupported construct ${quote(keyword)} in a request schema`,
    fix:
      keyword === "nullable"
        ? "never send null: make the field optional instead"
        : "describe the field with one plain type (object, string, …); the generated validation cannot express alternatives",
  });
  return true;
}

/** The schema's single supported `type`, or undefined (with an issue) when it has none or another. */
function supportedType(c: Conversion, at: At): string | undefined {
  const type = at.schema["type"];
  if (Array.isArray(type) || type === "null") {
    c.issues.push({
      pointer: joinPointer(at.pointer, "type"),
      message: `unsupported type ${quote(type)}${quote(type).includes("null") ? ": null is never sent" : ""}`,
      fix: "use a single type; make the field optional instead of nullable",
    });
    return undefined;
  }
  if (typeof type !== "string" || !(type in ALLOWED)) {
    c.issues.push({
      pointer: typeof type === "string" ? joinPointer(at.pointer, "type") : at.pointer,
      message:
        typeof type === "string" ? `unknown type ${quote(type)}` : "request schema has no type",
      fix: "add `type: string|integer|number|boolean|array|object`",
    });
    return undefined;
  }
  return type;
}

function reportUnknownKeywords(c: Conversion, at: At, type: string): void {
  const allowed = ALLOWED[type] ?? new Set<string>();
  for (const keyword of Object.keys(at.schema)) {
    if (!allowed.has(keyword) && !SCHEMA_ANNOTATIONS.has(keyword) && !keyword.startsWith("x-")) {
      c.issues.push({
        pointer: joinPointer(at.pointer, keyword),
        message: `keyword ${quote(keyword)} is not supported on a ${type} request field`,
        fix: `remove it, or extend runtime ValidationSchema and the generator to check it`,
      });
    }
  }
}

/** A numeric keyword's value; undefined when absent or unusable (reported). */
function numberKeyword(c: Conversion, at: At, key: string): number | undefined {
  const v = at.schema[key];
  if (v === undefined) return undefined;
  // A bad minLength/maxLength/… is reported once by the schema check (check/schemas.ts), which
  // walks every schema, request or response; here it is only left out of the validation.
  if (
    (SIZE_KEYWORDS as readonly string[]).includes(key) &&
    sizeKeywordProblem(key, v) !== undefined
  )
    return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    c.issues.push({
      pointer: joinPointer(at.pointer, key),
      message: `${quote(key)} must be a number`,
      fix: `write ${key}: <number>`,
    });
    return undefined;
  }
  return v;
}

/** `enum` (or `const` as a one-value enum) when every value has the field's kind. */
function enumValues<T extends string | number>(
  c: Conversion,
  at: At,
  type: string,
  kind: "string" | "number",
): T[] | undefined {
  const values = "const" in at.schema ? [at.schema["const"]] : at.schema["enum"];
  if (values === undefined) return undefined;
  if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== kind)) {
    c.issues.push({
      pointer: joinPointer(at.pointer, "enum"),
      message: `enum values of a ${type} field must all be ${kind}s`,
      fix: "quote or fix the values",
    });
    return undefined;
  }
  return values as T[];
}

/** A string field, or a binary upload part (`format: binary`, a non-JSON `contentMediaType`). */
function stringSchema(c: Conversion, at: At): ValidationSchema {
  const mediaType = at.schema["contentMediaType"];
  if (
    at.schema["format"] === "binary" ||
    (typeof mediaType === "string" && !mediaType.includes("json"))
  ) {
    return compact({ type: "binary", maxBytes: numberKeyword(c, at, "maxLength") });
  }
  const pattern = at.schema["pattern"];
  if (pattern !== undefined) reportBadPattern(c, at, pattern);
  return compact({
    type: "string",
    minLength: numberKeyword(c, at, "minLength"),
    maxLength: numberKeyword(c, at, "maxLength"),
    pattern: typeof pattern === "string" ? pattern : undefined,
    enum: enumValues<string>(c, at, "string", "string"),
    format: at.schema["format"] === "date-time" ? "date-time" : undefined,
  });
}

/** The runtime compiles patterns with the `u` flag; one it cannot compile is reported here. */
function reportBadPattern(c: Conversion, at: At, pattern: unknown): void {
  if (typeof pattern !== "string") {
    c.issues.push({
      pointer: joinPointer(at.pointer, "pattern"),
      message: "pattern must be a string",
      fix: "quote the regular expression",
    });
    return;
  }
  try {
    new RegExp(pattern, "u");
  } catch (e) {
    c.issues.push({
      pointer: joinPointer(at.pointer, "pattern"),
      message: `pattern is not a valid ECMAScript regular expression: ${(e as Error).message}`,
      fix: "fix the regular expression",
    });
  }
}

function arraySchema(c: Conversion, at: At): ValidationSchema {
  const items = at.schema["items"];
  if (items === null || typeof items !== "object" || Array.isArray(items)) {
    c.issues.push({
      pointer: at.pointer,
      message: "array request field has no `items` schema",
      fix: "add `items: { type: … }`",
    });
    return fallback();
  }
  return compact({
    type: "array",
    items: convert(c, { schema: items as SchemaNode, pointer: joinPointer(at.pointer, "items") }),
    minItems: numberKeyword(c, at, "minItems"),
    maxItems: numberKeyword(c, at, "maxItems"),
    uniqueItems: at.schema["uniqueItems"] === true ? true : undefined,
  });
}

function objectSchema(c: Conversion, at: At): ValidationSchema {
  const properties = (at.schema["properties"] ?? {}) as Record<string, SchemaNode>;
  const required = Array.isArray(at.schema["required"]) ? (at.schema["required"] as string[]) : [];
  for (const name of required) {
    if (!(name in properties))
      c.issues.push({
        pointer: joinPointer(at.pointer, "required"),
        message: `required field ${quote(name)} is not in properties`,
        fix: `add properties.${unquoted(name)} or remove it from required`,
      });
  }
  const out: Record<string, ValidationSchema> = {};
  for (const name of Object.keys(properties).sort()) {
    out[name] = convert(c, {
      schema: properties[name] ?? {},
      pointer: joinPointer(joinPointer(at.pointer, "properties"), name),
    });
  }
  // Request side: unknown keys are always rejected, whatever the spec says about responses.
  return compact({
    type: "object",
    properties: out,
    required: required.length > 0 ? [...required].sort() : undefined,
    additionalProperties: false,
  });
}

/** Drops undefined members so emitted literals carry only constraints the spec states. */
function compact<T extends object>(value: T): T & ValidationSchema {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T &
    ValidationSchema;
}
