/**
 * Turns the raw request into the validated parts a handler gets: path and query parameters
 * converted to the types the spec declares and validated one by one (so `detail.field` is
 * the parameter name), and the JSON body validated against the spec schema (`detail.field` a
 * JSON pointer).
 */
import type { JsonObject } from "../state/store.js";
import { bodyForValidation } from "./loopback-callbacks.js";
import { invalidRequest, paramError } from "../errors.js";
import type { OperationRoute, RouteParameter } from "../spec/routes.js";
import { toParamError, type SpecValidators } from "../spec/validators.js";

/** Query text → the JSON type the parameter's schema expects; left as text when it doesn't convert. */
function convert(text: string, types: Set<string>): unknown {
  if ((types.has("integer") || types.has("number")) && /^-?\d+(\.\d+)?$/.test(text))
    return Number(text);
  if (types.has("boolean") && (text === "true" || text === "false")) return text === "true";
  return text;
}

export function validateParameters(
  route: OperationRoute,
  validators: SpecValidators,
  pathParams: Readonly<Record<string, string>>,
  query: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const compiled = validators.for(route.operationId);
  const converted: Record<string, unknown> = {};
  const check = (param: RouteParameter, text: string | undefined): void => {
    if (text === undefined) {
      if (param.required)
        throw paramError(`参数错误：缺少必填参数 ${param.name} (${param.name} is required)`, {
          field: param.name,
          issue: "is required",
          location: param.in,
        });
      return;
    }
    const value = convert(text, validators.paramTypes(param));
    const validate = compiled.params.get(`${param.in}:${param.name}`);
    if (validate && !validate(value))
      throw toParamError(validate.errors, value, param.in, param.name);
    if (param.in === "query") converted[param.name] = value;
  };
  for (const param of route.parameters)
    check(param, param.in === "path" ? pathParams[param.name] : query.get(param.name));
  return converted;
}

export function parseJsonBody(
  raw: Buffer,
  contentType: string | undefined,
): JsonObject | undefined {
  if (raw.length === 0) return undefined;
  if (contentType === undefined || !/^application\/json\b/i.test(contentType)) {
    throw invalidRequest(
      "Content-Type 必须为 application/json (request body must be application/json)",
      {
        field: "Content-Type",
        value: contentType ?? "",
        issue: "must be application/json",
        location: "header",
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    throw paramError("请求体不是合法的JSON (body is not valid JSON)", {
      field: "/",
      issue: "not valid JSON",
      location: "body",
    });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw paramError("请求体必须是JSON对象 (body must be a JSON object)", {
      field: "/",
      issue: "must be a JSON object",
      location: "body",
    });
  }
  return parsed as JsonObject;
}

export function validateBody(
  route: OperationRoute,
  validators: SpecValidators,
  body: JsonObject | undefined,
  allowLoopbackHttpCallbacks: boolean,
): JsonObject {
  const validate = validators.for(route.operationId).body;
  if (validate === undefined) return body ?? {};
  if (body === undefined) {
    if (route.bodyRequired)
      throw paramError("参数错误：缺少请求体 (request body is required)", {
        field: "/",
        issue: "is required",
        location: "body",
      });
    return {};
  }
  const viewed = bodyForValidation(body, allowLoopbackHttpCallbacks);
  if (!validate(viewed)) throw toParamError(validate.errors, viewed, "body");
  return body;
}
