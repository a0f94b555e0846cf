/**
 * Full response validation against the spec (the `validateResponses` client option): every
 * verified 2xx body is checked with ajv (JSON Schema 2020-12, formats on) against the success
 * response schema the OpenAPI document gives for the operation. Meant for tests and staging: it
 * costs CPU per call (bench/RESULTS.md) and refuses answers the spec does not describe yet.
 *
 * The document is passed in (the generated `specDocument`), so the runtime does not depend on
 * generated code: `new WechatPayClient({ …, validateResponses: createSpecResponseValidator(specDocument) })`.
 */
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { ResponseValidator } from "./config.js";
import { ConfigurationError } from "./errors.js";
import type { ValidationIssue } from "./errors.js";
import type { OperationMeta } from "./operation.js";

/**
 * ajv is loaded on first use, not at import: most clients never turn full validation on, and
 * loading ajv would add to every `import "wechatpay-favor"` (bench/import measures that).
 */
interface AjvLike {
  addSchema(schema: object): unknown;
  compile(schema: object): ValidateFunction;
}
type AjvConstructor = new (options: Record<string, unknown>) => AjvLike;
type AddFormats = (ajv: AjvLike) => unknown;

function loadAjv(): { Ajv2020: AjvConstructor; addFormats: AddFormats } {
  const require = createRequire(import.meta.url);
  // CommonJS modules whose export is also under `default`.
  const ajv = require("ajv/dist/2020.js") as AjvConstructor & { default?: AjvConstructor };
  const formats = require("ajv-formats") as AddFormats & { default?: AddFormats };
  return { Ajv2020: ajv.default ?? ajv, addFormats: formats.default ?? formats };
}

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
function fieldPath(error: ErrorObject): string {
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
 * A ResponseValidator for the given OpenAPI 3.1 document. Schemas are compiled on first use per
 * operation and status, then cached. Throws ConfigurationError when `document` has no `paths`.
 */
export function createSpecResponseValidator(document: object): ResponseValidator {
  if (!isObject(document) || !isObject(document["paths"]))
    throw new ConfigurationError("validateResponses", "needs the OpenAPI document (with paths)");
  const doc = document;
  // strict: false because OpenAPI schemas carry keywords ajv does not know (examples, x-…).
  const { Ajv2020, addFormats } = loadAjv();
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...(absolutize(doc) as Record<string, unknown>), $id: DOC_ID });
  const cache = new Map<string, ValidateFunction | null>();

  return (op, status, body) => {
    const key = `${op.method} ${op.path} ${status}`;
    let validate: ValidateFunction | null | undefined = cache.get(key);
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
