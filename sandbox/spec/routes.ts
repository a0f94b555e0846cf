/**
 * Builds the route table (method + path template → operation) from the spec document, with
 * every parameter, body schema, response schema and vendor extension the sandbox enforces.
 */
import { deref, isObject, stringField, type SpecObject } from "./document.js";
import { readRateLimits, type RateLimitRule } from "./rate-limits.js";

export type ParameterLocation = "path" | "query";

export interface RouteParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** JSON Schema of the value, still containing the document's internal `$ref`s. */
  schema: unknown;
}

export interface MultipartRoute {
  metaPart: string;
  filePart: string;
  /** Schema of the JSON meta part, when the spec gives one. */
  metaSchema?: unknown;
}

export interface OperationRoute {
  operationId: string;
  method: string;
  template: string;
  parameters: RouteParameter[];
  /** JSON body schema (application/json), when the operation takes one. */
  bodySchema?: unknown;
  bodyRequired: boolean;
  multipart?: MultipartRoute;
  /** 2xx response schemas by status code. */
  successSchemas: Record<string, unknown>;
  rateLimits: RateLimitRule[];
  unsignedResponse: boolean;
}

export interface RouteMatch {
  route: OperationRoute;
  pathParams: Record<string, string>;
}

interface CompiledRoute {
  route: OperationRoute;
  pattern: RegExp;
  names: string[];
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function readParameters(
  doc: SpecObject,
  pathItem: SpecObject,
  operation: SpecObject,
  where: string,
): RouteParameter[] {
  const byKey = new Map<string, RouteParameter>();
  const lists = [pathItem["parameters"], operation["parameters"]];
  for (const list of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`${where}: parameters must be a list`);
    for (const raw of list) {
      const param = deref(doc, raw);
      const name = stringField(param, "name");
      const location = stringField(param, "in");
      if (name === undefined) throw new Error(`${where}: a parameter has no name`);
      if (location === "header" || location === "cookie") continue;
      if (location !== "path" && location !== "query")
        throw new Error(`${where}: parameter ${name} has in=${String(location)}`);
      byKey.set(`${location}:${name}`, {
        name,
        in: location,
        required: location === "path" || param["required"] === true,
        schema: param["schema"] ?? {},
      });
    }
  }
  return [...byKey.values()];
}

function readBody(
  doc: SpecObject,
  operation: SpecObject,
  where: string,
): Pick<OperationRoute, "bodySchema" | "bodyRequired" | "multipart"> {
  if (operation["requestBody"] === undefined) return { bodyRequired: false };
  const body = deref(doc, operation["requestBody"]);
  const content = body["content"];
  if (!isObject(content)) throw new Error(`${where}: requestBody has no content`);
  const required = body["required"] === true;
  const json = content["application/json"];
  if (isObject(json)) return { bodySchema: json["schema"] ?? {}, bodyRequired: required };
  const form = content["multipart/form-data"];
  if (isObject(form)) {
    const extension = operation["x-wechatpay-multipart"];
    const metaPart = isObject(extension) ? (stringField(extension, "meta_part") ?? "meta") : "meta";
    const filePart = isObject(extension) ? (stringField(extension, "file_part") ?? "file") : "file";
    let metaSchema: unknown;
    if (form["schema"] !== undefined) {
      const schema = deref(doc, form["schema"]);
      const properties = schema["properties"];
      if (isObject(properties)) metaSchema = properties[metaPart];
    }
    return {
      bodyRequired: required,
      multipart:
        metaSchema === undefined ? { metaPart, filePart } : { metaPart, filePart, metaSchema },
    };
  }
  throw new Error(`${where}: requestBody content must be application/json or multipart/form-data`);
}

function readSuccessSchemas(doc: SpecObject, operation: SpecObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const responses = operation["responses"];
  if (!isObject(responses)) return out;
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status)) continue;
    const response = deref(doc, raw);
    const content = response["content"];
    const json = isObject(content) ? content["application/json"] : undefined;
    if (isObject(json) && json["schema"] !== undefined) out[status] = json["schema"];
  }
  return out;
}

export function readRoutes(doc: SpecObject): OperationRoute[] {
  const paths = doc["paths"];
  if (!isObject(paths)) throw new Error("spec document has no paths");
  const routes: OperationRoute[] = [];
  for (const [template, rawItem] of Object.entries(paths)) {
    const pathItem = deref(doc, rawItem);
    for (const method of METHODS) {
      const rawOperation = pathItem[method];
      if (rawOperation === undefined) continue;
      const operation = deref(doc, rawOperation);
      const where = `${method.toUpperCase()} ${template}`;
      const operationId = stringField(operation, "operationId");
      if (operationId === undefined) throw new Error(`${where}: operation has no operationId`);
      routes.push({
        operationId,
        method: method.toUpperCase(),
        template,
        parameters: readParameters(doc, pathItem, operation, where),
        ...readBody(doc, operation, where),
        successSchemas: readSuccessSchemas(doc, operation),
        rateLimits: readRateLimits(operation["x-wechatpay-rate-limits"], where),
        unsignedResponse: operation["x-wechatpay-unsigned-response"] === true,
      });
    }
  }
  return routes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(readonly routes: readonly OperationRoute[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      let source = "";
      let last = 0;
      for (const m of route.template.matchAll(/\{([^}]+)\}/g)) {
        source += escapeRegExp(route.template.slice(last, m.index));
        source += "([^/]+)";
        names.push(m[1] ?? "");
        last = (m.index ?? 0) + m[0].length;
      }
      source += escapeRegExp(route.template.slice(last));
      return { route, pattern: new RegExp(`^${source}$`), names };
    });
    // A literal segment must win over a placeholder (e.g. `/stocks/x` vs `/stocks/{id}`):
    // try templates with fewer placeholders first.
    this.compiled.sort((a, b) => a.names.length - b.names.length);
  }

  /**
   * Matches a raw (still percent-encoded) path. Returns the operation, "method" when the
   * path exists for another method only, or undefined.
   * Throws URIError for malformed percent-encoding in a path segment.
   */
  match(method: string, rawPath: string): RouteMatch | "method" | undefined {
    let pathExists = false;
    for (const { route, pattern, names } of this.compiled) {
      const m = pattern.exec(rawPath);
      if (!m) continue;
      if (route.method !== method) {
        pathExists = true;
        continue;
      }
      const pathParams: Record<string, string> = {};
      names.forEach((name, i) => {
        pathParams[name] = decodeURIComponent(m[i + 1] ?? "");
      });
      return { route, pathParams };
    }
    return pathExists ? "method" : undefined;
  }

  byOperationId(operationId: string): OperationRoute | undefined {
    return this.routes.find((r) => r.operationId === operationId);
  }
}
