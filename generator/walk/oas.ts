/**
 * A walk over the OpenAPI object tree of the bundled document that knows what each object is
 * (operation, parameter, response, schema, …). The loader uses it to find every Schema Object
 * to validate against the JSON Schema dialect, the check stage to know where a vendor extension
 * sits and which schemas describe requests or responses. Example and default values are data,
 * never walked into.
 */
import { joinPointer } from "../../shared/json-pointer.js";
import { HTTP_METHODS, isRecord, type Json } from "./json.js";

export type OasKind =
  | "document"
  | "info"
  | "server"
  | "path item"
  | "operation"
  | "parameter"
  | "request body"
  | "media type"
  | "responses"
  | "response"
  | "header"
  | "example"
  | "components"
  | "schema"
  | "property"
  | "tag"
  | "security scheme"
  | "other";

/** Who writes the values a schema describes: the caller (request), WeChat Pay (response, incoming notification), or shared components. */
export type SchemaSide = "request" | "response" | "incoming" | "parameter" | "component";

export interface OasNode {
  readonly node: Json;
  readonly pointer: string;
  readonly kind: OasKind;
  /** For schemas, properties and media types: which side of the exchange they describe. */
  readonly side: SchemaSide | undefined;
}

/** Keywords whose value is one subschema. */
export const SUBSCHEMA_KEYWORDS = [
  "items",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
] as const;
/** Keywords whose value is a list of subschemas. */
export const SUBSCHEMA_LIST_KEYWORDS = ["prefixItems", "allOf", "anyOf", "oneOf"] as const;
/** Keywords whose value maps names to subschemas (`properties` is walked as kind "property"). */
export const SUBSCHEMA_MAP_KEYWORDS = ["patternProperties", "$defs", "dependentSchemas"] as const;

/**
 * Visits every OpenAPI object of the document with its kind; `onSchemaRoot` additionally hears
 * each outermost Schema Object (a component schema, a parameter's or media type's `schema`).
 */
export function walkOas(
  document: Json,
  visit: (node: OasNode) => void,
  onSchemaRoot?: (schema: Json, pointer: string, side: SchemaSide) => void,
): void {
  new OasWalker(visit, onSchemaRoot).document(document);
}

/** Visits `schema` and every subschema written inside it (not through `$ref`s). */
export function walkSchema(
  schema: Json,
  pointer: string,
  side: SchemaSide | undefined,
  visit: (node: OasNode) => void,
  kind: "schema" | "property" = "schema",
): void {
  visit({ node: schema, pointer, kind, side });
  const properties = schema["properties"];
  if (isRecord(properties))
    for (const [name, child] of Object.entries(properties))
      if (isRecord(child))
        walkSchema(
          child,
          joinPointer(joinPointer(pointer, "properties"), name),
          side,
          visit,
          "property",
        );
  for (const keyword of SUBSCHEMA_KEYWORDS) {
    const child = schema[keyword];
    if (isRecord(child)) walkSchema(child, joinPointer(pointer, keyword), side, visit);
  }
  for (const keyword of SUBSCHEMA_LIST_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list))
      list.forEach((child, i) => {
        if (isRecord(child))
          walkSchema(child, joinPointer(joinPointer(pointer, keyword), i), side, visit);
      });
  }
  for (const keyword of SUBSCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isRecord(map))
      for (const [name, child] of Object.entries(map))
        if (isRecord(child))
          walkSchema(child, joinPointer(joinPointer(pointer, keyword), name), side, visit);
  }
}

class OasWalker {
  constructor(
    private readonly visit: (node: OasNode) => void,
    private readonly onSchemaRoot?: (schema: Json, pointer: string, side: SchemaSide) => void,
  ) {}

  private emit(node: unknown, pointer: string, kind: OasKind, side?: SchemaSide): node is Json {
    if (!isRecord(node)) return false;
    this.visit({ node, pointer, kind, side });
    return true;
  }

  private each(
    map: unknown,
    pointer: string,
    step: (child: unknown, at: string, name: string) => void,
  ): void {
    if (isRecord(map))
      for (const [name, child] of Object.entries(map))
        step(child, joinPointer(pointer, name), name);
  }

  private list(list: unknown, pointer: string, step: (child: unknown, at: string) => void): void {
    if (Array.isArray(list)) list.forEach((child, i) => step(child, joinPointer(pointer, i)));
  }

  document(doc: Json): void {
    this.visit({ node: doc, pointer: "", kind: "document", side: undefined });
    this.emit(doc["info"], "/info", "info");
    this.list(doc["servers"], "/servers", (s, at) => this.emit(s, at, "server"));
    this.list(doc["tags"], "/tags", (t, at) => this.emit(t, at, "tag"));
    this.each(doc["paths"], "/paths", (item, at) => this.pathItem(item, at, "request"));
    this.each(doc["webhooks"], "/webhooks", (item, at) => this.pathItem(item, at, "incoming"));
    const components = doc["components"];
    if (!this.emit(components, "/components", "components")) return;
    const c = (kind: string): string => joinPointer("/components", kind);
    this.each(components["schemas"], c("schemas"), (s, at) => this.schema(s, at, "component"));
    this.each(components["parameters"], c("parameters"), (p, at) => this.parameter(p, at));
    this.each(components["headers"], c("headers"), (h, at) => this.parameter(h, at, "header"));
    this.each(components["responses"], c("responses"), (r, at) => this.response(r, at));
    this.each(components["requestBodies"], c("requestBodies"), (b, at) =>
      this.requestBody(b, at, "request"),
    );
    this.each(components["examples"], c("examples"), (e, at) => this.emit(e, at, "example"));
    this.each(components["securitySchemes"], c("securitySchemes"), (s, at) =>
      this.emit(s, at, "security scheme"),
    );
    this.each(components["pathItems"], c("pathItems"), (p, at) => this.pathItem(p, at, "request"));
  }

  private pathItem(item: unknown, pointer: string, bodySide: SchemaSide): void {
    if (!this.emit(item, pointer, "path item")) return;
    this.list(item["parameters"], joinPointer(pointer, "parameters"), (p, at) =>
      this.parameter(p, at),
    );
    for (const method of HTTP_METHODS) {
      const op = item[method];
      const at = joinPointer(pointer, method);
      if (!this.emit(op, at, "operation")) continue;
      this.list(op["parameters"], joinPointer(at, "parameters"), (p, pat) =>
        this.parameter(p, pat),
      );
      this.requestBody(op["requestBody"], joinPointer(at, "requestBody"), bodySide);
      if (this.emit(op["responses"], joinPointer(at, "responses"), "responses"))
        this.each(op["responses"], joinPointer(at, "responses"), (r, rat) => this.response(r, rat));
    }
  }

  private parameter(p: unknown, pointer: string, kind: "parameter" | "header" = "parameter"): void {
    if (!this.emit(p, pointer, kind)) return;
    this.schema(
      p["schema"],
      joinPointer(pointer, "schema"),
      kind === "header" ? "response" : "parameter",
    );
    this.content(p["content"], joinPointer(pointer, "content"), "parameter");
    this.each(p["examples"], joinPointer(pointer, "examples"), (e, at) =>
      this.emit(e, at, "example"),
    );
  }

  private requestBody(body: unknown, pointer: string, side: SchemaSide): void {
    if (this.emit(body, pointer, "request body"))
      this.content(body["content"], joinPointer(pointer, "content"), side);
  }

  private response(r: unknown, pointer: string): void {
    if (!this.emit(r, pointer, "response")) return;
    this.content(r["content"], joinPointer(pointer, "content"), "response");
    this.each(r["headers"], joinPointer(pointer, "headers"), (h, at) =>
      this.parameter(h, at, "header"),
    );
  }

  private content(content: unknown, pointer: string, side: SchemaSide): void {
    this.each(content, pointer, (media, at) => {
      if (!this.emit(media, at, "media type", side)) return;
      this.schema(media["schema"], joinPointer(at, "schema"), side);
      this.each(media["examples"], joinPointer(at, "examples"), (e, eat) =>
        this.emit(e, eat, "example"),
      );
    });
  }

  private schema(schema: unknown, pointer: string, side: SchemaSide): void {
    if (!isRecord(schema)) return;
    this.onSchemaRoot?.(schema, pointer, side);
    walkSchema(schema, pointer, side, this.visit);
  }
}
