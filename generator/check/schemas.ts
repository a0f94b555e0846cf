import { joinPointer } from "../load/index.js";
import { enumKey, paramsTypeName } from "../naming.js";
import { deref, isRecord, type Json } from "../walk/json.js";
import { listRawOperations } from "../walk/operations.js";
import type { CheckContext } from "./context.js";
import { shapeOf } from "./shapes.js";
import { quote, unquoted } from "../quote.js";

const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Schema rules that hold everywhere (requests and responses): no `null` types (the API never
 * sends null, and a `T | null` type would force every user to handle a value that never comes),
 * no `oneOf`/`anyOf`/`not` (they print as unions users cannot narrow without a discriminator,
 * and the favor API has none), and enum schemas whose values map to distinct identifiers.
 */
export function checkSchemas(ctx: CheckContext): void {
  const components = isRecord(ctx.document["components"]) ? ctx.document["components"] : {};
  const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
  const generatedNames = new Set(
    listRawOperations(ctx.document).flatMap((op) => (op.id ? [paramsTypeName(op.id)] : [])),
  );
  for (const [name, schema] of Object.entries(schemas)) {
    const pointer = joinPointer("/components/schemas", name);
    if (!COMPONENT_NAME.test(name))
      ctx.error(
        pointer,
        `schema name ${quote(name)} is not PascalCase`,
        "component schema names become exported TypeScript types: use letters and digits, starting upper case",
      );
    if (generatedNames.has(name))
      ctx.error(
        pointer,
        `schema name ${quote(name)} collides with a generated params type`,
        "rename the schema",
      );
    if (isRecord(schema)) {
      walkSchema(ctx, schema, pointer, new Set());
      checkEnum(ctx, schema, pointer);
    }
  }
  for (const raw of listRawOperations(ctx.document)) {
    walkOperationSchemas(ctx, raw.node, raw.pointer);
  }
  const parameters = isRecord(components["parameters"]) ? components["parameters"] : {};
  for (const [name, parameter] of Object.entries(parameters)) {
    if (isRecord(parameter) && isRecord(parameter["schema"]))
      walkSchema(
        ctx,
        parameter["schema"],
        joinPointer(joinPointer("/components/parameters", name), "schema"),
        new Set(),
      );
  }
  const webhooks = isRecord(ctx.document["webhooks"]) ? ctx.document["webhooks"] : {};
  for (const [name, item] of Object.entries(webhooks)) {
    const resolved = deref(ctx.document, item, joinPointer("/webhooks", name));
    if (resolved && isRecord(resolved.node["post"]))
      walkOperationSchemas(ctx, resolved.node["post"], joinPointer(resolved.pointer, "post"));
  }
}

function walkOperationSchemas(ctx: CheckContext, op: Json, pointer: string): void {
  const visitContent = (content: unknown, at: string): void => {
    if (!isRecord(content)) return;
    for (const [media, entry] of Object.entries(content)) {
      if (isRecord(entry) && isRecord(entry["schema"]))
        walkSchema(ctx, entry["schema"], joinPointer(joinPointer(at, media), "schema"), new Set());
    }
  };
  if (Array.isArray(op["parameters"])) {
    op["parameters"].forEach((p, i) => {
      if (isRecord(p) && isRecord(p["schema"]))
        walkSchema(
          ctx,
          p["schema"],
          joinPointer(joinPointer(joinPointer(pointer, "parameters"), i), "schema"),
          new Set(),
        );
    });
  }
  if (isRecord(op["requestBody"]))
    visitContent(
      op["requestBody"]["content"],
      joinPointer(joinPointer(pointer, "requestBody"), "content"),
    );
  if (isRecord(op["responses"])) {
    for (const [status, response] of Object.entries(op["responses"])) {
      if (isRecord(response))
        visitContent(
          response["content"],
          joinPointer(joinPointer(joinPointer(pointer, "responses"), status), "content"),
        );
    }
  }
}

function walkSchema(ctx: CheckContext, schema: Json, pointer: string, seen: Set<Json>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (typeof schema["$ref"] === "string") return; // the target is checked where it is defined
  const type = schema["type"];
  if (
    type === "null" ||
    (Array.isArray(type) && type.includes("null")) ||
    schema["nullable"] === true
  ) {
    ctx.error(
      joinPointer(pointer, Array.isArray(type) || type === "null" ? "type" : "nullable"),
      "null types are not supported",
      "WeChat Pay never sends null and requests must not: make the field optional (leave it out of `required`) instead",
    );
  } else if (Array.isArray(type)) {
    ctx.error(
      joinPointer(pointer, "type"),
      `multiple types ${quote(type)} are not supported`,
      "use one type per schema",
    );
  }
  checkKeywordShapes(ctx, schema, pointer);
  for (const keyword of ["oneOf", "anyOf", "not"]) {
    if (keyword in schema)
      ctx.error(
        joinPointer(pointer, keyword),
        `${quote(keyword)} is not supported`,
        "describe the alternatives as optional fields of one object (as the docs do), or extend the generator first",
      );
  }
  if (isRecord(schema["properties"])) {
    for (const [name, child] of Object.entries(schema["properties"])) {
      if (isRecord(child))
        walkSchema(ctx, child, joinPointer(joinPointer(pointer, "properties"), name), seen);
    }
  }
  if (isRecord(schema["items"]))
    walkSchema(ctx, schema["items"], joinPointer(pointer, "items"), seen);
  if (isRecord(schema["additionalProperties"]))
    walkSchema(
      ctx,
      schema["additionalProperties"],
      joinPointer(pointer, "additionalProperties"),
      seen,
    );
  if (Array.isArray(schema["allOf"])) {
    schema["allOf"].forEach((child, i) => {
      if (isRecord(child))
        walkSchema(ctx, child, joinPointer(joinPointer(pointer, "allOf"), i), seen);
    });
  }
}

/** Keywords whose value has a fixed shape; a wrong one would otherwise be skipped without a word. */
function checkKeywordShapes(ctx: CheckContext, schema: Json, pointer: string): void {
  const expect = (
    keyword: string,
    ok: (v: unknown) => boolean,
    what: string,
    fix: string,
  ): void => {
    const value = schema[keyword];
    if (value !== undefined && !ok(value))
      ctx.error(
        joinPointer(pointer, keyword),
        `${keyword} must be ${what}, not ${shapeOf(value)}`,
        fix,
      );
  };
  expect(
    "properties",
    isRecord,
    "a mapping",
    "write `properties:` followed by `<field>: { type: … }` entries",
  );
  expect(
    "required",
    (v) => Array.isArray(v) && v.every((n) => typeof n === "string"),
    "a list of property names",
    "write `required: [field_a, field_b]`",
  );
  expect("items", isRecord, "a mapping (one schema)", "write `items: { type: … }`");
  expect("enum", Array.isArray, "a list", "write `enum: [VALUE_A, VALUE_B]`");
  expect(
    "type",
    (v) => typeof v === "string" || Array.isArray(v),
    "a type name",
    "write `type: string|integer|number|boolean|array|object`",
  );
  expect("pattern", (v) => typeof v === "string", "a string", "quote the regular expression");
  expect("title", (v) => typeof v === "string", "a string", "write `title: Name`");
  expect(
    "description",
    (v) => typeof v === "string",
    "a string",
    "write the description as text (use `|` for several lines)",
  );
  expect(
    "additionalProperties",
    (v) => typeof v === "boolean" || isRecord(v),
    "true, false or a schema",
    "write `additionalProperties: false`",
  );
  if (isRecord(schema["properties"])) {
    for (const [name, child] of Object.entries(schema["properties"])) {
      if (!isRecord(child))
        ctx.error(
          joinPointer(joinPointer(pointer, "properties"), name),
          `property ${quote(name)} must be a schema (a mapping), not ${shapeOf(child)}`,
          "write `{ type: … }` or `$ref: …` for the property",
        );
    }
  }
}

function checkEnum(ctx: CheckContext, schema: Json, pointer: string): void {
  const values = schema["enum"];
  if (!Array.isArray(values)) return;
  if (schema["type"] !== "string" || !values.every((v) => typeof v === "string")) {
    ctx.error(
      joinPointer(pointer, "enum"),
      "only string enums get a const object and union",
      "use `type: string` with string values",
    );
    return;
  }
  const byKey = new Map<string, string>();
  (values as string[]).forEach((value, i) => {
    const key = enumKey(value);
    const previous = byKey.get(key);
    // An exact duplicate is reported (at the entry) by values.ts.
    if (previous !== undefined && previous !== value)
      ctx.error(
        joinPointer(joinPointer(pointer, "enum"), i),
        `enum values ${quote(previous)} and ${quote(value)} both become the key ${key}`,
        "values must stay distinct after replacing non-identifier characters with _",
      );
    byKey.set(key, value);
  });
  const descriptions = schema["x-enum-descriptions"];
  if (descriptions === undefined) return;
  if (!isRecord(descriptions)) {
    ctx.error(
      joinPointer(pointer, "x-enum-descriptions"),
      "x-enum-descriptions must map each value to its meaning",
      "write `x-enum-descriptions: { VALUE: meaning }`",
    );
    return;
  }
  for (const key of Object.keys(descriptions)) {
    if (!values.includes(key))
      ctx.error(
        joinPointer(joinPointer(pointer, "x-enum-descriptions"), key),
        `x-enum-descriptions has ${quote(key)}, which is not an enum value`,
        "fix the spelling or add the value to enum",
      );
  }
  for (const value of values as string[]) {
    if (typeof descriptions[value] !== "string")
      ctx.error(
        joinPointer(pointer, "x-enum-descriptions"),
        `enum value ${quote(value)} has no description`,
        `add \`${unquoted(value)}: <meaning>\` to x-enum-descriptions`,
      );
  }
}
