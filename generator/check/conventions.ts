/**
 * The spec's own conventions (spec/README.md "Conventions"), checked rather than only written
 * down: request bodies are closed at every level, response schemas stay unconstrained (the
 * client must never choke on what the server sends), a success response without a body is said
 * so explicitly, every named type comes from `components.schemas`, and no schema requires
 * itself through a chain of required `$ref`s (no finite value could satisfy it).
 */
import path from "node:path";
import { joinPointer } from "../load/index.js";
import { componentSchemaName, deref, isRecord, type Json } from "../walk/json.js";
import { walkOas, walkSchema, type OasKind, type SchemaSide } from "../walk/oas.js";
import { listRawOperations, successResponseOf } from "../walk/operations.js";
import type { CheckContext } from "./context.js";
import { quote, unquoted } from "../quote.js";

/**
 * Keywords that pin a value's form: never on a response-only schema, where a server-side change
 * of format must not make the client's own types or checks wrong. Documented ranges, lengths and
 * counts (minimum, maxLength, maxItems, …) stay: they tell the reader what the docs promise, and
 * nothing refuses a response for them.
 */
const CONSTRAINTS = [
  "pattern",
  "const",
  "multipleOf",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "propertyNames",
] as const;

export function checkConventions(ctx: CheckContext): void {
  const kinds = new Map<string, OasKind>();
  const roots: { schema: Json; pointer: string; side: SchemaSide }[] = [];
  walkOas(
    ctx.document,
    ({ pointer, kind }) => kinds.set(pointer, kind),
    (schema, pointer, side) => roots.push({ schema, pointer, side }),
  );
  checkSides(ctx, roots);
  checkEmptySuccess(ctx);
  checkInlinedSchemaFiles(ctx, kinds);
  checkRequiredCycles(ctx);
}

/** Each schema (refs followed) with the sides that reach it. */
function checkSides(
  ctx: CheckContext,
  roots: readonly { schema: Json; pointer: string; side: SchemaSide }[],
): void {
  const sides = new Map<string, { schema: Json; sides: Set<SchemaSide> }>();
  const reach = (schema: Json, pointer: string, side: SchemaSide): void => {
    walkSchema(schema, pointer, side, ({ node, pointer: at }) => {
      const entry = sides.get(at) ?? { schema: node, sides: new Set<SchemaSide>() };
      if (entry.sides.has(side)) return;
      entry.sides.add(side);
      sides.set(at, entry);
      const target = typeof node["$ref"] === "string" ? deref(ctx.document, node, at) : undefined;
      if (target && !sides.get(target.pointer)?.sides.has(side))
        reach(target.node, target.pointer, side);
    });
  };
  for (const root of roots)
    if (root.side !== "component") reach(root.schema, root.pointer, root.side);
  for (const [pointer, { schema, sides: by }] of sides) {
    const isObject = schema["type"] === "object" || isRecord(schema["properties"]);
    if (
      by.has("request") &&
      isObject &&
      schema["additionalProperties"] !== false &&
      !by.has("response")
    )
      ctx.error(
        pointer,
        "request body object is open: it accepts fields the API does not know",
        "add `additionalProperties: false` (request bodies are closed at every level, so a misspelled field fails before sending)",
      );
    const responseOnly = !by.has("request") && !by.has("parameter");
    if (!responseOnly) continue;
    if (schema["additionalProperties"] === false)
      ctx.error(
        joinPointer(pointer, "additionalProperties"),
        "response schema is closed (additionalProperties: false)",
        "remove it: WeChat Pay may add response fields at any time, and the client must keep working",
      );
    for (const keyword of CONSTRAINTS)
      if (schema[keyword] !== undefined)
        ctx.error(
          joinPointer(pointer, keyword),
          `response schema carries the constraint ${keyword}`,
          "remove it: response schemas stay unconstrained so the client never refuses what the server sends (state the documented format in the description)",
        );
  }
}

/** A 2xx without content must be 204 or say `x-wechatpay-empty-response: true`. */
function checkEmptySuccess(ctx: CheckContext): void {
  for (const raw of listRawOperations(ctx.document)) {
    const success = successResponseOf(ctx.document, raw);
    if (!success || success.schema !== undefined || success.status === "204") continue;
    if (success.response?.["x-wechatpay-empty-response"] === true) continue;
    const content = success.response?.["content"];
    ctx.errorAtKey(
      success.pointer,
      `${raw.method.toUpperCase()} ${raw.path}: success response ${success.status} has no ${isRecord(content) ? "application/json schema" : "content"}, so the generated function would return nothing`,
      "add `content: { application/json: { schema: { $ref: … } } }`; if the docs say it answers with an empty body, use 204 or add `x-wechatpay-empty-response: true`",
    );
  }
}

/**
 * A `$ref` to a schema file that is not registered under `components.schemas` is inlined: the
 * type loses its name (an inline shape in every user of it) and nothing said so. It is an error,
 * naming the registration to add.
 */
function checkInlinedSchemaFiles(ctx: CheckContext, kinds: ReadonlyMap<string, OasKind>): void {
  for (const inlined of ctx.spec.inlinedRefs) {
    const kind = kinds.get(inlined.pointer);
    if (kind !== "schema" && kind !== "property") continue;
    const fromEntry = path
      .relative(path.dirname(ctx.spec.entryPath), inlined.targetFile)
      .split(path.sep)
      .join("/");
    const name = path.basename(inlined.targetFile).replace(/\.ya?ml$/, "");
    ctx.errorAt(
      inlined.location ?? ctx.spec.locate(inlined.pointer),
      `schema $ref ${quote(inlined.ref)} is not registered under components.schemas, so its type would be inlined without a name`,
      `register it in the entry file: components.schemas.${unquoted(name)}: { $ref: ./${unquoted(fromEntry)} } (the file name is the type name), and keep this $ref`,
    );
  }
}

/**
 * `A` requires `b: { $ref: B }` and `B` requires `a: { $ref: A }`: no finite JSON value is an A.
 * Edges follow required properties (and required non-empty arrays) between component schemas.
 */
function checkRequiredCycles(ctx: CheckContext): void {
  const components = isRecord(ctx.document["components"]) ? ctx.document["components"] : {};
  const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
  const edges = new Map<string, { to: string; pointer: string }[]>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isRecord(schema)) continue;
    const base = joinPointer("/components/schemas", name);
    const out: { to: string; pointer: string }[] = [];
    const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
    const required = Array.isArray(schema["required"]) ? schema["required"] : [];
    for (const field of required) {
      if (typeof field !== "string" || !isRecord(properties[field])) continue;
      const property = properties[field];
      const at = joinPointer(joinPointer(base, "properties"), field);
      const direct = componentSchemaName(property);
      if (direct) out.push({ to: direct, pointer: joinPointer(at, "$ref") });
      const minItems = property["minItems"];
      const items = componentSchemaName(property["items"]);
      if (items && typeof minItems === "number" && minItems > 0)
        out.push({ to: items, pointer: joinPointer(joinPointer(at, "items"), "$ref") });
    }
    if (Array.isArray(schema["allOf"]))
      schema["allOf"].forEach((part, i) => {
        const to = componentSchemaName(part);
        if (to)
          out.push({
            to,
            pointer: joinPointer(joinPointer(joinPointer(base, "allOf"), i), "$ref"),
          });
      });
    edges.set(name, out);
  }
  const state = new Map<string, "open" | "done">();
  const reported = new Set<string>();
  const visit = (name: string, path: string[]): void => {
    state.set(name, "open");
    for (const edge of edges.get(name) ?? []) {
      if (state.get(edge.to) === "open") {
        const cycle = [...path.slice(path.indexOf(edge.to)), name, edge.to];
        if (!reported.has(edge.pointer)) {
          reported.add(edge.pointer);
          ctx.error(
            edge.pointer,
            `required $ref cycle ${cycle.join(" → ")}: no finite value satisfies it`,
            "make one field of the cycle optional (leave it out of `required`)",
          );
        }
      } else if (state.get(edge.to) === undefined) visit(edge.to, [...path, name]);
    }
    state.set(name, "done");
  };
  for (const name of edges.keys()) if (state.get(name) === undefined) visit(name, []);
}
