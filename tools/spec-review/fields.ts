/**
 * Flattens one request or response schema into comparable field facts, one entry per field path
 * (`stock_use_rule.max_coupons`, `data[].stock_id`, `goods_tag[]`). Two specs are compared
 * field by field on these facts, so the walker is the only place that reads raw schema nodes.
 */
import { componentSchemaName, getAtPointer, isRecord, type Json } from "../../generator/index.js";
import { canonicalJson } from "../../shared/json.js";

/** Constraint keywords compared numerically; `tighterWhen` says which direction narrows the field. */
export const NUMERIC_CONSTRAINTS = {
  maxLength: "lower",
  maximum: "lower",
  exclusiveMaximum: "lower",
  maxItems: "lower",
  minLength: "higher",
  minimum: "higher",
  exclusiveMinimum: "higher",
  minItems: "higher",
} as const satisfies Record<string, "lower" | "higher">;

export type NumericConstraint = keyof typeof NUMERIC_CONSTRAINTS;

export interface FieldFacts {
  /** Path inside the params object or the response body; "" is the response body itself. */
  readonly path: string;
  /** Whether the parent object lists the field as required (path params always are). */
  readonly required: boolean;
  /** Param location for top-level request fields (path/query/body); undefined elsewhere. */
  readonly location: string | undefined;
  /**
   * Where the client takes the value when the caller omits it (`x-wechatpay-client-default`'s
   * `from`, e.g. `mchid`): top-level request fields only; undefined elsewhere.
   */
  readonly clientDefault: string | undefined;
  /** JSON Schema type as written (`string`, `integer`, `string|null`, `object`, …); "" if none. */
  readonly type: string;
  readonly numeric: Readonly<Partial<Record<NumericConstraint, number>>>;
  readonly pattern: string | undefined;
  readonly format: string | undefined;
  readonly uniqueItems: boolean;
  /** `enum` values (or `[const]`) as JSON strings, in spec order; undefined when unconstrained. */
  readonly enumValues: readonly string[] | undefined;
  readonly additionalProperties: string | undefined;
  /** Composition keywords (oneOf/anyOf/allOf/not) as canonical JSON: compared only as a whole. */
  readonly composition: string | undefined;
  readonly description: string | undefined;
  readonly example: string | undefined;
  readonly enumDescriptions: string | undefined;
  /** Component schema the field's own schema is (`status` → `StockStatus`), if a `$ref`. */
  readonly ref: string | undefined;
  /** Component schema whose `properties` declare this field (`Stock` for `data[].status`). */
  readonly definedIn: string | undefined;
  /** Path of the field relative to `definedIn` (`status`), or the full path when inline. */
  readonly localPath: string;
  /** Component schemas on the way from the root to this field (their generated types change with it). */
  readonly chain: readonly string[];
}

export interface TopField {
  readonly name: string;
  readonly required: boolean;
  readonly location: string | undefined;
  readonly clientDefault: string | undefined;
  readonly schema: Json;
  /** Component schema that declares this top-level field (e.g. the `<Op>Body`), if any. */
  readonly definedIn: string | undefined;
}

const MAX_DEPTH = 24;

interface Resolved {
  readonly node: Json;
  /** Component names crossed while following `$ref`s, outermost first. */
  readonly refs: readonly string[];
}

/**
 * Follows `$ref`s to a real schema. OpenAPI 3.1 allows keywords next to a `$ref`; they apply on
 * top of the target, so sibling keywords win over the target's (a local description, example).
 */
function resolve(document: unknown, schema: Json): Resolved {
  let node: Json = schema;
  const refs: string[] = [];
  const siblings: Json[] = [];
  for (let hops = 0; hops < 32; hops++) {
    const ref = node["$ref"];
    if (typeof ref !== "string") break;
    const name = componentSchemaName(node);
    if (name !== undefined) refs.push(name);
    const { $ref: _drop, ...rest } = node;
    if (Object.keys(rest).length > 0) siblings.unshift(rest);
    const target = ref.startsWith("#") ? getAtPointer(document, ref.slice(1)) : undefined;
    if (!isRecord(target)) return { node: {}, refs };
    node = target;
  }
  return { node: Object.assign({}, node, ...siblings) as Json, refs };
}

function typeOf(node: Json): string {
  const type = node["type"];
  if (Array.isArray(type)) return type.map(String).sort().join("|");
  if (typeof type === "string") return type;
  if (isRecord(node["properties"])) return "object";
  return "";
}

function enumOf(node: Json): string[] | undefined {
  if ("const" in node) return [canonicalJson(node["const"])];
  return Array.isArray(node["enum"])
    ? node["enum"].map((value) => canonicalJson(value))
    : undefined;
}

function exampleOf(node: Json): string | undefined {
  if (node["example"] !== undefined) return canonicalJson(node["example"]);
  if (node["examples"] !== undefined) return canonicalJson(node["examples"]);
  return undefined;
}

function compositionOf(node: Json): string | undefined {
  const parts: Record<string, unknown> = {};
  for (const key of ["oneOf", "anyOf", "allOf", "not"]) if (key in node) parts[key] = node[key];
  return Object.keys(parts).length > 0 ? canonicalJson(parts) : undefined;
}

function joinPath(parent: string, name: string): string {
  return parent === "" ? name : `${parent}.${name}`;
}

interface Place {
  readonly path: string;
  readonly required: boolean;
  readonly location: string | undefined;
  readonly clientDefault?: string | undefined;
  readonly definedIn: string | undefined;
  readonly localPath: string;
  readonly chain: readonly string[];
}

/**
 * Emits facts for the node at `place`, then for its properties / array items. Recursion stops
 * when a component schema appears twice on the chain (a recursive type has no finite flattening).
 */
function walk(
  document: unknown,
  schema: Json,
  place: Place,
  out: Map<string, FieldFacts>,
  depth: number,
): void {
  const { node, refs } = resolve(document, schema);
  const ref = refs[refs.length - 1];
  const recursive = refs.some((r) => place.chain.includes(r));
  const chain = [...place.chain, ...refs.filter((r) => !place.chain.includes(r))];
  out.set(place.path, factsOf(node, { ...place, chain }, ref));
  if (recursive || depth >= MAX_DEPTH) return;
  for (const [child, childPlace] of childrenOf(node, { ...place, chain }, ref))
    walk(document, child, childPlace, out, depth + 1);
}

/** The comparable facts of one resolved schema node at `place` (whose chain already includes its refs). */
function factsOf(node: Json, place: Place, ref: string | undefined): FieldFacts {
  const numeric: Partial<Record<NumericConstraint, number>> = {};
  for (const key of Object.keys(NUMERIC_CONSTRAINTS) as NumericConstraint[]) {
    const v = node[key];
    if (typeof v === "number") numeric[key] = v;
  }
  const descriptions = node["x-enum-descriptions"];
  return {
    path: place.path,
    required: place.required,
    location: place.location,
    clientDefault: place.clientDefault,
    type: typeOf(node),
    numeric,
    pattern: typeof node["pattern"] === "string" ? node["pattern"] : undefined,
    format: typeof node["format"] === "string" ? node["format"] : undefined,
    uniqueItems: node["uniqueItems"] === true,
    enumValues: enumOf(node),
    additionalProperties:
      node["additionalProperties"] === undefined
        ? undefined
        : canonicalJson(node["additionalProperties"]),
    composition: compositionOf(node),
    description: typeof node["description"] === "string" ? node["description"].trim() : undefined,
    example: exampleOf(node),
    enumDescriptions: descriptions === undefined ? undefined : canonicalJson(descriptions),
    ref,
    definedIn: place.definedIn,
    localPath: place.localPath,
    chain: place.chain,
  };
}

/** The node's properties, then its array items, each with the place it is walked at. */
function childrenOf(node: Json, place: Place, ref: string | undefined): [Json, Place][] {
  // Children are declared by this node's schema: by the last component crossed, else the parent's.
  const definedIn = ref ?? place.definedIn;
  const childBase = ref !== undefined ? "" : place.localPath;
  const children: [Json, Place][] = [];
  if (isRecord(node["properties"])) {
    const required = new Set(Array.isArray(node["required"]) ? node["required"].map(String) : []);
    for (const [name, child] of Object.entries(node["properties"])) {
      if (!isRecord(child)) continue;
      children.push([
        child,
        {
          path: joinPath(place.path, name),
          required: required.has(name),
          location: undefined,
          definedIn,
          localPath: joinPath(childBase, name),
          chain: place.chain,
        },
      ]);
    }
  }
  if (isRecord(node["items"])) {
    children.push([
      node["items"],
      {
        path: `${place.path}[]`,
        required: true,
        location: undefined,
        definedIn,
        localPath: `${childBase}[]`,
        chain: place.chain,
      },
    ]);
  }
  return children;
}

/** Request side: the operation's flat params (path, query, body fields), each walked down. */
export function flattenParams(
  document: unknown,
  fields: readonly TopField[],
  chain: readonly string[],
): Map<string, FieldFacts> {
  const out = new Map<string, FieldFacts>();
  for (const field of fields) {
    const owners =
      field.definedIn !== undefined && !chain.includes(field.definedIn)
        ? [...chain, field.definedIn]
        : chain;
    walk(
      document,
      field.schema,
      {
        path: field.name,
        required: field.required,
        location: field.location,
        clientDefault: field.clientDefault,
        definedIn: field.definedIn,
        localPath: field.name,
        chain: owners,
      },
      out,
      0,
    );
  }
  return out;
}

/** Response side: the success body (or a webhook payload / standalone model) from its root. */
export function flattenBody(document: unknown, schema: Json): Map<string, FieldFacts> {
  const out = new Map<string, FieldFacts>();
  walk(
    document,
    schema,
    {
      path: "",
      required: true,
      location: undefined,
      definedIn: undefined,
      localPath: "",
      chain: [],
    },
    out,
    0,
  );
  return out;
}
