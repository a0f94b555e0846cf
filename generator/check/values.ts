/**
 * Rules JSON Schema itself does not enforce but that make a schema unsatisfiable or misleading:
 * bounds that exclude every value, enum entries of the wrong type or listed twice, `required`
 * names that are not properties, patterns the runtime cannot compile, and `default` / examples
 * that their own schema rejects. Each is reported at the offending value (the `maximum: 4`, the
 * duplicate entry, the unknown name), not at the schema that holds it.
 */
import { createHash } from "node:crypto";
import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { joinPointer, splitPointer } from "../load/index.js";
import { MAX_REF_HOPS, getAtPointer, refPointer } from "../../shared/json-pointer.js";
import { canonicalJson } from "../../shared/json.js";
import { SCHEMA_ANNOTATIONS, isRecord, type Json } from "../walk/json.js";
import { walkOas } from "../walk/oas.js";
import type { CheckContext } from "./context.js";
import { quote, unquoted } from "../quote.js";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** [lower, upper, strict]: `strict` when equal bounds already exclude every value. */
const BOUND_PAIRS: readonly (readonly [string, string, boolean])[] = [
  ["minLength", "maxLength", false],
  ["minItems", "maxItems", false],
  ["minProperties", "maxProperties", false],
  ["minContains", "maxContains", false],
  ["minimum", "maximum", false],
  ["exclusiveMinimum", "exclusiveMaximum", true],
  ["minimum", "exclusiveMaximum", true],
  ["exclusiveMinimum", "maximum", true],
];

export function checkValues(ctx: CheckContext): void {
  const examples = new ExampleValidator(ctx);
  walkOas(ctx.document, ({ node, pointer, kind }) => {
    if (kind === "schema" || kind === "property") {
      checkBounds(ctx, node, pointer);
      checkEnumValues(ctx, node, pointer);
      checkRequiredNames(ctx, node, pointer);
      checkPatterns(ctx, node, pointer);
      if (node["default"] !== undefined)
        examples.check(pointer, node["default"], joinPointer(pointer, "default"), "default");
      if (Array.isArray(node["examples"]))
        node["examples"].forEach((value, i) =>
          examples.check(
            pointer,
            value,
            joinPointer(joinPointer(pointer, "examples"), i),
            "example",
          ),
        );
      if (node["example"] !== undefined)
        examples.check(pointer, node["example"], joinPointer(pointer, "example"), "example");
    } else if (kind === "parameter" || kind === "media type") {
      // A parameter's or media type's example describes the value of its `schema`.
      const schemaPointer = joinPointer(pointer, "schema");
      if (!isRecord(node["schema"])) return;
      if (node["example"] !== undefined)
        examples.check(schemaPointer, node["example"], joinPointer(pointer, "example"), "example");
      if (isRecord(node["examples"]))
        for (const [name, entry] of Object.entries(node["examples"]))
          if (isRecord(entry) && entry["value"] !== undefined)
            examples.check(
              schemaPointer,
              entry["value"],
              joinPointer(joinPointer(joinPointer(pointer, "examples"), name), "value"),
              "example",
            );
    }
  });
}

function checkBounds(ctx: CheckContext, schema: Json, pointer: string): void {
  for (const [low, high, strict] of BOUND_PAIRS) {
    const a = schema[low];
    const b = schema[high];
    if (typeof a !== "number" || typeof b !== "number") continue;
    if (strict ? a >= b : a > b)
      ctx.error(
        joinPointer(pointer, high),
        `${high} ${b} is ${strict && a === b ? "equal to" : "below"} ${low} ${a}: no value can satisfy both`,
        `raise ${high} or lower ${low} (as the docs page states the limit)`,
      );
  }
}

const JSON_TYPE_OF: Readonly<Record<string, (v: unknown) => boolean>> = {
  string: (v) => typeof v === "string",
  integer: (v) => typeof v === "number" && Number.isInteger(v),
  number: (v) => typeof v === "number",
  boolean: (v) => typeof v === "boolean",
  array: Array.isArray,
  object: isRecord,
  null: (v) => v === null,
};

function checkEnumValues(ctx: CheckContext, schema: Json, pointer: string): void {
  const values = schema["enum"];
  if (!Array.isArray(values)) return;
  const type = schema["type"];
  const types = (Array.isArray(type) ? type : [type]).filter(
    (t): t is string => typeof t === "string",
  );
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    const at = joinPointer(joinPointer(pointer, "enum"), i);
    if (types.length > 0 && !types.some((t) => JSON_TYPE_OF[t]?.(value) === true))
      ctx.error(
        at,
        `enum value ${quote(value)} is not of the schema's type ${types.join("|")}`,
        typeof value !== "string" && types.includes("string")
          ? `quote it: ${quote(String(value))} (YAML reads unquoted 1, true, 2024-01-01 as other types)`
          : `write a ${types.join("|")} value, or fix the schema's type`,
      );
    const key = canonicalJson(value);
    const first = seen.get(key);
    if (first !== undefined)
      ctx.error(
        at,
        `duplicate enum value ${quote(value)} (already entry ${first + 1})`,
        "list each value once",
      );
    else seen.set(key, i);
  });
}

function checkRequiredNames(ctx: CheckContext, schema: Json, pointer: string): void {
  const required = schema["required"];
  if (!Array.isArray(required)) return;
  const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
  // An object that lists no properties and allows others could still be valid; a closed one or
  // one with listed properties means a misspelling or a property that was moved away.
  const closed = "properties" in schema || schema["additionalProperties"] === false;
  if (!closed) return;
  required.forEach((name, i) => {
    if (typeof name === "string" && !Object.hasOwn(properties, name))
      ctx.error(
        joinPointer(joinPointer(pointer, "required"), i),
        `required field ${quote(name)} is not in properties`,
        `add properties.${unquoted(name)}, or fix the spelling, or remove it from required`,
      );
  });
}

function checkPatterns(ctx: CheckContext, schema: Json, pointer: string): void {
  const compile = (source: string, at: string, atKey: boolean): void => {
    try {
      new RegExp(source, "u");
    } catch (e) {
      const report = atKey ? ctx.errorAtKey.bind(ctx) : ctx.error.bind(ctx);
      report(
        at,
        `pattern ${quote(source)} is not a valid ECMAScript regular expression with the u flag: ${(e as Error).message}`,
        'fix the regular expression (the runtime and the sandbox compile it with `new RegExp(pattern, "u")`: escape `-`, `{`, `/` only where the u flag allows)',
      );
    }
  };
  if (typeof schema["pattern"] === "string")
    compile(schema["pattern"], joinPointer(pointer, "pattern"), false);
  if (isRecord(schema["patternProperties"]))
    for (const key of Object.keys(schema["patternProperties"]))
      compile(key, joinPointer(joinPointer(pointer, "patternProperties"), key), true);
}

const DOCUMENT_ID = "https://generator.invalid/spec.json";

/** Keys whose value is data, not schemas: never searched for `$ref`s. */
const DATA_KEYWORDS = new Set(["example", "examples", "default", "enum", "const"]);

/**
 * The compiled validators of one document's schemas. Each distinct schema is compiled once and
 * reused for all its examples and defaults:
 * - a schema that is only a `$ref` (a response's `schema: {$ref: …/Error}`, repeated on every
 *   operation) uses its target's validator;
 * - with `inlineRefs: false` a `$ref`'d schema is its own function, called by every schema that
 *   refers to it instead of being copied into each; compiling the targets of a schema's refs
 *   before the schema itself lets ajv reuse those functions (it looks them up by URL).
 * Copying and recompiling shared schemas per example was most of the check stage's time.
 */
class SchemaValidators {
  private readonly ajv: InstanceType<typeof Ajv2020>;
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  constructor(private readonly document: Readonly<Record<string, unknown>>) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      logger: false,
      validateSchema: false,
      inlineRefs: false,
      // ajv's optimiser only shrinks the generated code (same checks, same errors); these
      // validators run a few times each, so skipping it saves about a third of their compile time.
      code: { optimize: false },
    });
    addFormats(this.ajv);
    this.ajv.addSchema(document, DOCUMENT_ID);
  }

  get(schemaPointer: string): ValidateFunction | undefined {
    return this.compile(this.target(schemaPointer));
  }

  /** The pointer whose schema validates like the one at `pointer`: through `$ref`-only schemas. */
  private target(pointer: string): string {
    let at = pointer;
    for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
      const node = getAtPointer(this.document, at);
      if (!isRecord(node) || typeof node["$ref"] !== "string") return at;
      const next = refPointer(node["$ref"]);
      if (next === undefined || getAtPointer(this.document, next) === undefined) return at;
      const onlyRef = Object.keys(node).every(
        (key) => key === "$ref" || SCHEMA_ANNOTATIONS.has(key) || key.startsWith("x-"),
      );
      if (!onlyRef) return at;
      at = next;
    }
    return at;
  }

  private compile(pointer: string): ValidateFunction | undefined {
    if (this.compiled.has(pointer)) return this.compiled.get(pointer);
    this.compiled.set(pointer, undefined); // a $ref cycle back here compiles in place
    // Only an ordering for reuse: the validator is the same whatever was compiled first.
    for (const ref of refsIn(getAtPointer(this.document, pointer)))
      if (getAtPointer(this.document, ref) !== undefined) this.compile(this.target(ref));
    let validate: ValidateFunction | undefined;
    try {
      // The schema inside the document resource, so its `#/components/schemas/...` refs resolve.
      validate = this.ajv.getSchema(`${DOCUMENT_ID}#${encodeURI(pointer)}`);
    } catch {
      // A schema ajv cannot compile was already reported by the load stage's dialect check.
      validate = undefined;
    }
    this.compiled.set(pointer, validate);
    return validate;
  }
}

/** Pointers of the internal `$ref`s anywhere inside a schema (data values excluded). */
function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (isRecord(node))
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const pointer = refPointer(value);
        if (pointer !== undefined) out.push(pointer);
      } else if (!DATA_KEYWORDS.has(key)) refsIn(value, out);
    }
  return out;
}

/**
 * Validators of the last few documents checked in this process: tests and repeated runs check
 * the same spec many times. Keyed by a hash of the document's exact JSON (key order included,
 * since it decides the order of ajv's errors and so which one is reported).
 */
const recentDocuments = new Map<string, SchemaValidators>();
const RECENT_DOCUMENTS = 4;

function validatorsFor(document: Readonly<Record<string, unknown>>): SchemaValidators {
  const key = createHash("sha256").update(JSON.stringify(document)).digest("hex");
  let validators = recentDocuments.get(key);
  if (validators !== undefined) recentDocuments.delete(key);
  else validators = new SchemaValidators(document);
  recentDocuments.set(key, validators);
  for (const old of recentDocuments.keys()) {
    if (recentDocuments.size <= RECENT_DOCUMENTS) break;
    recentDocuments.delete(old);
  }
  return validators;
}

/** Validates example and default values against the schema they sit in. */
class ExampleValidator {
  private validators: SchemaValidators | undefined;

  constructor(private readonly ctx: CheckContext) {}

  check(schemaPointer: string, value: unknown, valuePointer: string, what: string): void {
    this.validators ??= validatorsFor(this.ctx.document);
    const validate = this.validators.get(schemaPointer);
    if (validate === undefined || validate(value)) return;
    const first = (validate.errors ?? [])
      .filter((e) => !["anyOf", "oneOf", "allOf", "if"].includes(e.keyword))
      .sort((a, b) => b.instancePath.length - a.instancePath.length)[0] as ErrorObject | undefined;
    if (first === undefined) return;
    const inner = splitPointer(first.instancePath).reduce<string>(
      (p, token) => joinPointer(p, token),
      valuePointer,
    );
    const field =
      first.instancePath === "" ? "" : ` at ${first.instancePath.slice(1).replace(/\//g, ".")}`;
    this.ctx.error(
      inner,
      `${what}${field} does not match its schema: ${first.message ?? "invalid"}${first.keyword === "additionalProperties" ? ` (${quote(String(first.params["additionalProperty"]))})` : ""}`,
      `correct the ${what} (or the schema, if the docs allow this value)`,
    );
  }
}
