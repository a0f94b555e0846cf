/**
 * Full response validation against the spec for the client's `validateResponses` option: every
 * verified 2xx body is checked (JSON Schema 2020-12, formats on) against the success response
 * schema the OpenAPI document gives for the operation. Meant for tests and staging: it costs CPU
 * per call (bench/RESULTS.md §1) and refuses answers the spec does not describe yet.
 *
 * It lives with the sandbox, not in the runtime, because it needs the validator the package
 * bundles for the sandbox only (sandbox/spec/ajv.ts); a service that never turns it on installs
 * and loads no validator. Usage:
 * `new WechatPayClient({ …, validateResponses: createSpecResponseValidator() })`.
 */
import { specDocument } from "../../generated/spec-document.js";
import {
  ConfigurationError,
  type OperationMeta,
  type ResponseValidator,
  type ValidationIssue,
} from "../../runtime/index.js";
import { createSchemaCompiler, type SchemaError, type SchemaValidator } from "./ajv.js";

const DOC_ID = "https://wechatpay-favor.invalid/spec.json";

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Rewrites internal `#/…` refs so one schema compiles against the registered document. */
function absolutize(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolutize);
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema))
    out[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? `${DOC_ID}${value}`
        : absolutize(value);
  return out;
}

function resolveRef(doc: Json, node: unknown): unknown {
  let current = node;
  for (
    let depth = 0;
    depth < 8 && isObject(current) && typeof current["$ref"] === "string";
    depth++
  ) {
    const ref = current["$ref"];
    if (!ref.startsWith("#/")) return undefined;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((at, part) => (isObject(at) ? at[part] : undefined), doc);
  }
  return current;
}

/** The JSON body schema of `op`'s `status` answer in `doc`, or undefined when it has none. */
function responseSchema(doc: Json, op: OperationMeta, status: number): unknown {
  const paths = doc["paths"];
  const item = isObject(paths) ? resolveRef(doc, paths[op.path]) : undefined;
  const operation = isObject(item) ? item[op.method.toLowerCase()] : undefined;
  const responses = isObject(operation) ? operation["responses"] : undefined;
  if (!isObject(responses)) return undefined;
  const response = resolveRef(doc, responses[String(status)] ?? responses["2XX"]);
  const content = isObject(response) ? response["content"] : undefined;
  const json = isObject(content) ? content["application/json"] : undefined;
  return isObject(json) ? json["schema"] : undefined;
}

/** `/data/0/stock_id` → `data[0].stock_id`, the path style of ValidationIssue. */
function fieldPath(error: SchemaError): string {
  const params = error.params as Record<string, unknown>;
  const parts = error.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (error.keyword === "required" && typeof params["missingProperty"] === "string")
    parts.push(params["missingProperty"]);
  return parts.reduce(
    (path, part) =>
      /^\d+$/.test(part) ? `${path}[${part}]` : path === "" ? part : `${path}.${part}`,
    "",
  );
}

/**
 * A ResponseValidator for an OpenAPI 3.1 document (default: this package's spec). Schemas are
 * compiled on first use per operation and status, then cached. Throws ConfigurationError when
 * `document` has no `paths`.
 */
export function createSpecResponseValidator(document: object = specDocument): ResponseValidator {
  if (!isObject(document) || !isObject(document["paths"]))
    throw new ConfigurationError("validateResponses", "needs the OpenAPI document (with paths)");
  const doc = document;
  const ajv = createSchemaCompiler({ allErrors: true });
  ajv.addSchema({ ...(absolutize(doc) as Record<string, unknown>), $id: DOC_ID });
  const cache = new Map<string, SchemaValidator | null>();

  return (op, status, body) => {
    const key = `${op.method} ${op.path} ${status}`;
    let validate: SchemaValidator | null | undefined = cache.get(key);
    if (validate === undefined) {
      const schema = responseSchema(doc, op, status);
      try {
        validate = schema === undefined ? null : ajv.compile(absolutize(schema) as object);
      } catch {
        throw new ConfigurationError(
          "validateResponses",
          `cannot compile the spec's ${status} response schema of ${op.operationId}`,
        );
      }
      cache.set(key, validate);
    }
    if (validate === null || validate(body)) return [];
    return (validate.errors ?? []).map((error): ValidationIssue => ({
      path: fieldPath(error),
      message: error.message ?? "is invalid",
    }));
  };
}
