/**
 * Compiles, once at start, a JSON Schema 2020-12 validator (ajv) for every parameter, request
 * body, multipart meta part and success response of every operation in the spec, and turns
 * validation failures into the documented PARAM_ERROR detail `{field, value, issue, location}`.
 */
import { paramError, type DetailLocation, type SandboxApiError } from "../errors.js";
import {
  createSchemaCompiler,
  type SchemaCompiler,
  type SchemaError as ErrorObject,
  type SchemaValidator as ValidateFunction,
} from "./ajv.js";
import { deref, isObject, stringField, type SpecObject } from "./document.js";
import type { OperationRoute, RouteParameter } from "./routes.js";
import { escapeToken, getAtPointer } from "../../shared/json-pointer.js";

const SPEC_ID = "https://sandbox.invalid/spec.json";

/** Rewrites the document's internal `#/…` refs so a schema can be compiled on its own. */
function absolutize(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolutize);
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? `${SPEC_ID}${value}`
        : absolutize(value);
  }
  return out;
}

export interface OperationValidators {
  params: Map<string, ValidateFunction>;
  body?: ValidateFunction;
  multipartMeta?: ValidateFunction;
  responses: Map<string, ValidateFunction>;
}

export interface ParamSchemaInfo {
  types: Set<string>;
}

/** The JSON pointer of the offending field, including the missing/unknown property itself. */
function errorPointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required" && typeof params["missingProperty"] === "string") {
    return `${error.instancePath}/${escapeToken(params["missingProperty"])}`;
  }
  if (
    error.keyword === "additionalProperties" &&
    typeof params["additionalProperty"] === "string"
  ) {
    return `${error.instancePath}/${escapeToken(params["additionalProperty"])}`;
  }
  if (
    error.keyword === "unevaluatedProperties" &&
    typeof params["unevaluatedProperty"] === "string"
  ) {
    return `${error.instancePath}/${escapeToken(params["unevaluatedProperty"])}`;
  }
  if (error.keyword === "dependentRequired" && typeof params["missingProperty"] === "string") {
    return `${error.instancePath}/${escapeToken(params["missingProperty"])}`;
  }
  return error.instancePath;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case "required":
    case "dependentRequired":
      return "is required";
    case "additionalProperties":
      return "is not a known field";
    case "unevaluatedProperties":
      return "is not allowed here";
    default:
      return error.message ?? `violates ${error.keyword}`;
  }
}

/** Picks the most useful of ajv's errors: a required/unknown field beats the `if/then` wrapper noise. */
function primaryError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return (
    errors.find((e) => e.keyword !== "if" && e.keyword !== "anyOf" && e.keyword !== "oneOf") ??
    errors[0]
  );
}

export function toParamError(
  errors: readonly ErrorObject[] | null | undefined,
  root: unknown,
  location: DetailLocation,
  paramName?: string,
): SandboxApiError {
  const error = primaryError(errors ?? []);
  if (!error)
    return paramError("参数错误 (invalid parameter)", {
      field: paramName ?? "",
      issue: "invalid",
      location,
    });
  const pointer = errorPointer(error);
  const field =
    paramName !== undefined
      ? paramName + pointer.replace(/\//g, ".").replace(/^\.$/, "")
      : pointer === ""
        ? "/"
        : pointer;
  const issue = describe(error);
  const value =
    error.keyword === "required" || error.keyword === "dependentRequired"
      ? undefined
      : getAtPointer(root, error.instancePath);
  const detail =
    value === undefined ? { field, issue, location } : { field, value, issue, location };
  return paramError(`参数错误：${field} ${issue}`, detail);
}

export class SpecValidators {
  private readonly ajv: SchemaCompiler;
  private readonly byOperation = new Map<string, OperationValidators>();
  /** Webhook (notification) validators by operationId: the envelope and, when the spec names it, the decrypted plaintext. */
  readonly webhooks = new Map<
    string,
    { envelope: ValidateFunction; plaintext?: ValidateFunction }
  >();

  constructor(doc: SpecObject, routes: readonly OperationRoute[]) {
    this.ajv = createSchemaCompiler();
    this.ajv.addSchema({ ...(absolutize(doc) as Record<string, unknown>), $id: SPEC_ID });
    for (const route of routes) this.byOperation.set(route.operationId, this.compileRoute(route));
    this.compileWebhooks(doc);
  }

  /**
   * The envelope schema is the webhook's request body; the plaintext schema is the
   * `contentSchema` of `resource.ciphertext` (JSON Schema's annotation for encoded content).
   */
  private compileWebhooks(doc: SpecObject): void {
    const webhooks = doc["webhooks"];
    if (!isObject(webhooks)) return;
    for (const [name, rawItem] of Object.entries(webhooks)) {
      const item = deref(doc, rawItem);
      const operation = isObject(item["post"]) ? deref(doc, item["post"]) : undefined;
      const body =
        operation?.["requestBody"] === undefined ? undefined : deref(doc, operation["requestBody"]);
      const content = body?.["content"];
      const json = isObject(content) ? content["application/json"] : undefined;
      if (!isObject(json) || json["schema"] === undefined) continue;
      const id = (operation && stringField(operation, "operationId")) ?? name;
      const entry: { envelope: ValidateFunction; plaintext?: ValidateFunction } = {
        envelope: this.compile(json["schema"], `webhook ${id}`),
      };
      const envelopeSchema = deref(doc, json["schema"]);
      const resource = isObject(envelopeSchema["properties"])
        ? envelopeSchema["properties"]["resource"]
        : undefined;
      const resourceSchema = resource === undefined ? undefined : deref(doc, resource);
      const ciphertext = isObject(resourceSchema?.["properties"])
        ? resourceSchema["properties"]["ciphertext"]
        : undefined;
      const contentSchema = isObject(ciphertext) ? ciphertext["contentSchema"] : undefined;
      if (contentSchema !== undefined)
        entry.plaintext = this.compile(contentSchema, `webhook ${id} plaintext`);
      this.webhooks.set(id, entry);
    }
  }

  private compile(schema: unknown, where: string): ValidateFunction {
    try {
      return this.ajv.compile(absolutize(schema) as object);
    } catch (error) {
      throw new Error(`${where}: cannot compile schema: ${(error as Error).message}`);
    }
  }

  private compileRoute(route: OperationRoute): OperationValidators {
    const where = `${route.method} ${route.template}`;
    const params = new Map<string, ValidateFunction>();
    for (const p of route.parameters)
      params.set(`${p.in}:${p.name}`, this.compile(p.schema, `${where} parameter ${p.name}`));
    const responses = new Map<string, ValidateFunction>();
    for (const [status, schema] of Object.entries(route.successSchemas))
      responses.set(status, this.compile(schema, `${where} response ${status}`));
    const out: OperationValidators = { params, responses };
    if (route.bodySchema !== undefined)
      out.body = this.compile(route.bodySchema, `${where} request body`);
    if (route.multipart?.metaSchema !== undefined)
      out.multipartMeta = this.compile(route.multipart.metaSchema, `${where} multipart meta`);
    return out;
  }

  for(operationId: string): OperationValidators {
    const found = this.byOperation.get(operationId);
    if (!found) throw new Error(`no validators for operation ${operationId}`);
    return found;
  }

  /** The JSON types a parameter schema allows (to convert query text before validating). */
  paramTypes(param: RouteParameter): Set<string> {
    const types = new Set<string>();
    const collect = (schema: unknown, depth: number): void => {
      if (!isObject(schema) || depth > 10) return;
      const ref = schema["$ref"];
      if (typeof ref === "string")
        collect(this.ajv.schemaAt(ref.startsWith("#") ? `${SPEC_ID}${ref}` : ref), depth + 1);
      const type = schema["type"];
      if (typeof type === "string") types.add(type);
      if (Array.isArray(type)) for (const t of type) if (typeof t === "string") types.add(t);
      for (const key of ["anyOf", "oneOf", "allOf"]) {
        const list = schema[key];
        if (Array.isArray(list)) for (const item of list) collect(item, depth + 1);
      }
    };
    collect(param.schema, 0);
    return types;
  }
}
