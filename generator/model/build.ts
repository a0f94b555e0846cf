import type { HttpMethod, ParamLocation } from "../../runtime/index.js";
import { joinPointer, type BundledDocument } from "../load/index.js";
import { enumKey } from "../naming.js";
import {
  componentSchemaName,
  deref,
  exampleOf,
  isRecord,
  recordOr,
  stringOrUndefined,
  type Json,
} from "../walk/json.js";
import {
  collectParameters,
  compare,
  listRawOperations,
  multipartOf,
  requestBodyOf,
  successResponseOf,
  type RawOperation,
} from "../walk/operations.js";
import type {
  ErrorResponseModel,
  NamedSchemaModel,
  OperationModel,
  PaginationModel,
  ParamModel,
  RateLimit,
  SkippedOperationModel,
  SpecModel,
  WebhookModel,
} from "./types.js";
import { clientDocument } from "./client-document.js";
import { clientDefaultOf } from "../check/client-defaults.js";
import { toValidationSchema, type ValidationIssue } from "./validation.js";
import { webhookValidation } from "./webhook-validation.js";

export interface BuildOptions {
  /** Include operations marked `x-wechatpay-experimental: true`. */
  readonly experimental: boolean;
}

/**
 * Meta fields of a multipart upload that the runtime computes from the file itself (the
 * SHA-256 of the bytes), so callers never pass them.
 */
const COMPUTED_META_FIELDS = new Set(["sha256"]);

/**
 * Builds the normalized model. Assumes the check stage passed; `issues` still collects anything
 * the validation conversion could not express so a caller that skipped checks learns about it.
 */
export function buildModel(
  document: BundledDocument,
  options: BuildOptions,
  issues: ValidationIssue[] = [],
): SpecModel {
  const info = isRecord(document["info"]) ? document["info"] : {};
  const operations: OperationModel[] = [];
  const skippedOperations: SkippedOperationModel[] = [];
  for (const raw of listRawOperations(document)) {
    if (raw.id === undefined) continue;
    if (raw.node["x-wechatpay-experimental"] === true && !options.experimental) {
      skippedOperations.push({
        id: raw.id,
        method: raw.method.toUpperCase() as HttpMethod,
        path: raw.path,
        summary: stringOrUndefined(raw.node["summary"]),
      });
      // Not generated, but checked: `--experimental` must never meet a spec that fails here.
      buildParams(document, raw, issues);
      continue;
    }
    operations.push(buildOperation(document, raw, raw.id, issues));
  }
  operations.sort((a, b) => compare(a.id, b.id));
  skippedOperations.sort((a, b) => compare(a.id, b.id));
  return {
    title: stringOrUndefined(info["title"]) ?? "",
    version: stringOrUndefined(info["version"]) ?? "",
    operations,
    skippedExperimental: skippedOperations.map((op) => op.id),
    skippedOperations,
    sharedErrors: sharedErrorsOf(operations),
    // Models only the left-out operations use are left out with them (see client-document.ts).
    schemas: buildSchemas(clientDocument(document, skippedOperations)),
    webhooks: buildWebhooks(document, issues),
  };
}

/** Flat params: path, then query (spec order), then body fields (sorted by name). */
export function buildParams(
  document: BundledDocument,
  raw: RawOperation,
  issues: ValidationIssue[],
): ParamModel[] {
  const params: ParamModel[] = [];
  const parameters = collectParameters(document, raw);
  for (const location of ["path", "query"] as const) {
    for (const { node, pointer } of parameters) {
      if (node["in"] !== location || typeof node["name"] !== "string") continue;
      const schema = isRecord(node["schema"]) ? node["schema"] : {};
      const resolvedSchema = deref(document, schema, joinPointer(pointer, "schema"))?.node;
      params.push({
        name: node["name"],
        in: location,
        required: location === "path" || node["required"] === true,
        description:
          stringOrUndefined(node["description"]) ??
          stringOrUndefined(resolvedSchema?.["description"]),
        example: exampleOf(node, schema, resolvedSchema),
        schema,
        validation: toValidationSchema(document, schema, joinPointer(pointer, "schema"), issues),
        pointer,
        clientDefault: clientDefaultOf(node),
      });
    }
  }
  const body = requestBodyOf(document, raw);
  if (body) {
    const resolved = deref(document, body.schema, body.schemaPointer);
    const multipart = multipartOf(raw.node);
    if (resolved && multipart)
      params.push(...multipartParams(document, resolved.node, resolved.pointer, multipart, issues));
    else if (resolved)
      params.push(...objectFields(document, resolved.node, resolved.pointer, "body", issues));
  }
  return params;
}

function objectFields(
  document: BundledDocument,
  schema: Json,
  pointer: string,
  location: ParamLocation,
  issues: ValidationIssue[],
  skip: ReadonlySet<string> = new Set(),
): ParamModel[] {
  const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
  const required = new Set(
    Array.isArray(schema["required"]) ? (schema["required"] as unknown[]) : [],
  );
  return Object.keys(properties)
    .filter((name) => !skip.has(name))
    .sort(compare)
    .map((name) => {
      const fieldPointer = joinPointer(joinPointer(pointer, "properties"), name);
      const fieldSchema = recordOr(properties[name]);
      const resolvedSchema = deref(document, fieldSchema, fieldPointer)?.node;
      return {
        name,
        in: location,
        required: required.has(name),
        description:
          stringOrUndefined(fieldSchema["description"]) ??
          stringOrUndefined(resolvedSchema?.["description"]),
        example: exampleOf(fieldSchema, resolvedSchema),
        schema: fieldSchema,
        validation: toValidationSchema(document, fieldSchema, fieldPointer, issues),
        pointer: fieldPointer,
        clientDefault: clientDefaultOf(fieldSchema),
      };
    });
}

/** uploadImage: the caller passes the meta fields it knows (filename) and the file bytes. */
function multipartParams(
  document: BundledDocument,
  body: Json,
  pointer: string,
  multipart: { metaPart: string; filePart: string },
  issues: ValidationIssue[],
): ParamModel[] {
  const properties = isRecord(body["properties"]) ? body["properties"] : {};
  const metaPointer = joinPointer(joinPointer(pointer, "properties"), multipart.metaPart);
  const meta = deref(document, properties[multipart.metaPart], metaPointer);
  const metaFields = meta
    ? objectFields(document, meta.node, meta.pointer, "body", issues, COMPUTED_META_FIELDS)
    : [];
  const fileSchema = recordOr(properties[multipart.filePart]);
  const filePointer = joinPointer(joinPointer(pointer, "properties"), multipart.filePart);
  const resolvedFile = deref(document, fileSchema, filePointer)?.node;
  return [
    ...metaFields,
    {
      name: multipart.filePart,
      in: "body",
      required: true,
      description:
        stringOrUndefined(fileSchema["description"]) ??
        stringOrUndefined(resolvedFile?.["description"]),
      example: undefined,
      schema: fileSchema,
      validation: toValidationSchema(document, fileSchema, filePointer, issues),
      pointer: filePointer,
      clientDefault: undefined,
    },
  ];
}

function buildOperation(
  document: BundledDocument,
  raw: RawOperation,
  id: string,
  issues: ValidationIssue[],
): OperationModel {
  const node = raw.node;
  const params = buildParams(document, raw, issues);
  const success = successResponseOf(document, raw);
  const body = requestBodyOf(document, raw);
  const multipart = multipartOf(node);
  return {
    id,
    method: raw.method.toUpperCase() as HttpMethod,
    path: raw.path,
    summary: stringOrUndefined(node["summary"]),
    description: stringOrUndefined(node["description"]),
    params,
    bodySchemaName: body && !multipart ? componentSchemaName(body.schema) : undefined,
    requestBodySchemaName: componentSchemaName(body?.schema),
    successStatus: success?.status ?? "200",
    successSchemaName: componentSchemaName(success?.schema),
    errors: buildErrors(document, raw),
    rateLimits: rateLimitsOf(node),
    idempotent: raw.method === "get" || node["x-wechatpay-idempotent"] === true,
    idempotencyKey: stringOrUndefined(node["x-wechatpay-idempotency-key"]),
    unsignedResponse: node["x-wechatpay-unsigned-response"] === true,
    multipart,
    experimental: node["x-wechatpay-experimental"] === true,
    pagination: paginationOf(document, params, success?.schema, success?.pointer ?? raw.pointer),
    pointer: raw.pointer,
  };
}

function buildErrors(document: BundledDocument, raw: RawOperation): ErrorResponseModel[] {
  const responses = isRecord(raw.node["responses"]) ? raw.node["responses"] : {};
  return Object.keys(responses)
    .filter((status) => !/^2\d\d$/.test(status))
    .sort(compare)
    .map((status) => {
      const written = responses[status];
      const response =
        deref(document, written, joinPointer(joinPointer(raw.pointer, "responses"), status))
          ?.node ?? {};
      const ref = isRecord(written) ? written["$ref"] : undefined;
      const shared =
        typeof ref === "string" ? /^#\/components\/responses\/([^/]+)$/.exec(ref)?.[1] : undefined;
      const codes = Array.isArray(response["x-wechatpay-error-codes"])
        ? response["x-wechatpay-error-codes"]
        : [];
      return {
        status,
        shared,
        description: stringOrUndefined(response["description"]),
        codes: codes
          .filter(isRecord)
          .map((c) => ({ code: String(c["code"]), description: String(c["description"] ?? "") })),
      };
    });
}

/** Each shared response the operations reference, once per status, sorted by status then name. */
function sharedErrorsOf(operations: readonly OperationModel[]): ErrorResponseModel[] {
  const byKey = new Map<string, ErrorResponseModel>();
  for (const op of operations)
    for (const e of op.errors) if (e.shared !== undefined) byKey.set(`${e.status}\n${e.shared}`, e);
  return [...byKey.keys()].sort(compare).map((key) => byKey.get(key) as ErrorResponseModel);
}

export function rateLimitsOf(node: Json): RateLimit[] {
  const list = node["x-wechatpay-rate-limits"];
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((r) => ({
    limit: Number(r["limit"]),
    per: r["per"] as RateLimit["per"],
    scope: r["scope"] as RateLimit["scope"],
  }));
}

/**
 * Page-indexed list operations: a query `offset` + `limit`, and a response with `total_count`
 * and a `data` array. Detected from the spec's shape, not from a list of names, so a new list
 * operation gets its iterator without touching the generator.
 */
function paginationOf(
  document: BundledDocument,
  params: readonly ParamModel[],
  successSchema: Json | undefined,
  pointer: string,
): PaginationModel | undefined {
  const hasQuery = (name: string): boolean =>
    params.some((p) => p.in === "query" && p.name === name);
  if (!hasQuery("offset") || !hasQuery("limit") || !successSchema) return undefined;
  const resolved = deref(document, successSchema, pointer)?.node;
  const properties =
    resolved && isRecord(resolved["properties"]) ? resolved["properties"] : undefined;
  const data = properties ? deref(document, properties["data"], pointer)?.node : undefined;
  if (
    !properties ||
    !("total_count" in properties) ||
    !data ||
    data["type"] !== "array" ||
    !isRecord(data["items"])
  )
    return undefined;
  return { itemSchema: data["items"] };
}

function buildSchemas(document: BundledDocument): NamedSchemaModel[] {
  const components = isRecord(document["components"]) ? document["components"] : {};
  const schemas = isRecord(components["schemas"]) ? components["schemas"] : {};
  return Object.keys(schemas)
    .sort(compare)
    .map((name) => {
      const schema = recordOr(schemas[name]);
      return {
        name,
        description:
          stringOrUndefined(schema["description"]) ??
          stringOrUndefined(schema["title"] !== name ? schema["title"] : undefined),
        schema,
        enumValues: enumValuesOf(schema),
      };
    });
}

export function enumValuesOf(schema: Json): NamedSchemaModel["enumValues"] {
  const values = schema["enum"];
  if (
    schema["type"] !== "string" ||
    !Array.isArray(values) ||
    !values.every((v) => typeof v === "string")
  )
    return undefined;
  const descriptions = isRecord(schema["x-enum-descriptions"]) ? schema["x-enum-descriptions"] : {};
  return (values as string[]).map((value) => ({
    value,
    key: enumKey(value),
    description: stringOrUndefined(descriptions[value]),
  }));
}

function buildWebhooks(document: BundledDocument, issues: ValidationIssue[]): WebhookModel[] {
  const webhooks = isRecord(document["webhooks"]) ? document["webhooks"] : {};
  return Object.keys(webhooks)
    .sort(compare)
    .map((name) => {
      const item = deref(document, webhooks[name], joinPointer("/webhooks", name))?.node ?? {};
      const post = isRecord(item["post"]) ? item["post"] : {};
      const body = deref(document, post["requestBody"], "")?.node;
      const content =
        body && isRecord(body["content"]) ? body["content"]["application/json"] : undefined;
      return {
        name,
        operationId: stringOrUndefined(post["operationId"]),
        summary: stringOrUndefined(post["summary"]),
        bodySchemaName: isRecord(content) ? componentSchemaName(content["schema"]) : undefined,
        validation: isRecord(content)
          ? webhookValidation(
              document,
              content["schema"],
              joinPointer(joinPointer("/webhooks", name), "post/requestBody"),
              issues,
            )
          : undefined,
      };
    });
}
