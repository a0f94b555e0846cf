import { joinPointer } from "../load/index.js";
import { componentSchemaName, deref, isRecord } from "../walk/json.js";
import {
  collectParameters,
  listRawOperations,
  multipartOf,
  requestBodyOf,
  successResponseOf,
  type RawOperation,
} from "../walk/operations.js";
import type { CheckContext } from "./context.js";
import { FIXED_GENERATED_NAMES, RESERVED_WORDS, namesOfOperation } from "../naming.js";

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;
const SUPPORTED_METHODS = new Set(["get", "post"]);

/**
 * Operation-level rules: every operation has a unique lowerCamel operationId (it becomes a
 * function name), uses GET/POST, puts params only in path/query/body, and no field name appears
 * in two places (the flat params object could not say where it goes).
 */
export function checkOperations(ctx: CheckContext): void {
  const seenIds = new Map<string, string>();
  const remember = (id: string, pointer: string): void => {
    const first = seenIds.get(id);
    if (first !== undefined) {
      const at = ctx.spec.locate(first);
      ctx.error(
        joinPointer(pointer, "operationId"),
        `duplicate operationId "${id}" (first used at ${at ? `${at.file.split("/").slice(-2).join("/")}:${at.line}` : first})`,
        "operationIds become function names: give each operation its own",
      );
    } else seenIds.set(id, pointer);
  };

  for (const raw of listRawOperations(ctx.document)) {
    const where = `${raw.method.toUpperCase()} ${raw.path}`;
    if (!SUPPORTED_METHODS.has(raw.method)) {
      ctx.error(
        raw.pointer,
        `unsupported method ${where}: the runtime sends GET and POST only`,
        "use get or post, or extend runtime HttpMethod first",
      );
    }
    if (raw.id === undefined) {
      ctx.error(
        raw.pointer,
        `operation ${where} has no operationId`,
        "add `operationId: lowerCamelName` (it becomes the generated function name)",
      );
      continue;
    }
    if (!OPERATION_ID.test(raw.id)) {
      ctx.error(
        joinPointer(raw.pointer, "operationId"),
        `operationId "${raw.id}" is not lowerCamelCase`,
        "use letters and digits only, starting lower case, e.g. listStocks",
      );
    } else if (RESERVED_WORDS.has(raw.id)) {
      ctx.error(
        joinPointer(raw.pointer, "operationId"),
        `operationId "${raw.id}" is a reserved word in JavaScript/TypeScript and cannot name the generated function`,
        `choose a descriptive verb phrase, e.g. ${raw.id}Stock`,
      );
    } else if (FIXED_GENERATED_NAMES.has(raw.id)) {
      ctx.error(
        joinPointer(raw.pointer, "operationId"),
        `operationId "${raw.id}" collides with a name the generated client already exports or imports`,
        "rename the operation",
      );
    }
    remember(raw.id, raw.pointer);
    checkParameters(ctx, raw, where);
    checkBody(ctx, raw, where);
    checkResponses(ctx, raw, where);
  }

  const webhooks = isRecord(ctx.document["webhooks"]) ? ctx.document["webhooks"] : {};
  for (const [name, item] of Object.entries(webhooks)) {
    const resolved = deref(ctx.document, item, joinPointer("/webhooks", name));
    const post = resolved && isRecord(resolved.node["post"]) ? resolved.node["post"] : undefined;
    const id = post?.["operationId"];
    if (typeof id === "string" && resolved) remember(id, joinPointer(resolved.pointer, "post"));
  }
  checkGeneratedNameCollisions(ctx);
}

/** `list` + `listOperation` would both produce an export named listOperation: report the second. */
function checkGeneratedNameCollisions(ctx: CheckContext): void {
  const owners = new Map<string, string>();
  const ops = listRawOperations(ctx.document).filter(
    (raw): raw is RawOperation & { id: string } =>
      raw.id !== undefined && OPERATION_ID.test(raw.id),
  );
  for (const raw of ops)
    for (const name of namesOfOperation(raw.id).slice(1))
      if (!owners.has(name)) owners.set(name, raw.id);
  for (const raw of ops) {
    const owner = owners.get(raw.id);
    if (owner !== undefined && owner !== raw.id) {
      ctx.error(
        joinPointer(raw.pointer, "operationId"),
        `operationId "${raw.id}" collides with a name generated for operation "${owner}"`,
        "rename one of the two operations",
      );
    }
  }
}

function checkParameters(ctx: CheckContext, raw: RawOperation, where: string): void {
  const placesByName = new Map<string, { location: string; pointer: string }>();
  const claim = (name: string, location: string, pointer: string): void => {
    const previous = placesByName.get(name);
    if (previous) {
      ctx.error(
        pointer,
        `${where}: field "${name}" appears in both ${previous.location} and ${location}`,
        "the generated params object is flat, so every path/query/body field name must be unique within an operation; rename or drop one",
      );
    } else placesByName.set(name, { location, pointer });
  };

  for (const { node, pointer, definedAt } of collectParameters(ctx.document, raw)) {
    const name = node["name"];
    const location = node["in"];
    if (typeof name !== "string" || name === "") {
      ctx.error(pointer, `${where}: parameter without a name`, "add `name:`");
      continue;
    }
    if (location !== "path" && location !== "query") {
      ctx.error(
        joinPointer(pointer, "in"),
        `${where}: parameter "${name}" is in ${JSON.stringify(location)}; only path and query parameters are supported`,
        "headers are set by the runtime (signing); move the field to query or body",
      );
      continue;
    }
    if (location === "path" && !raw.path.includes(`{${name}}`)) {
      ctx.error(
        pointer,
        `${where}: path parameter "${name}" does not appear in the path template`,
        `add {${name}} to the path or make it a query parameter`,
      );
    }
    if (location === "path" && node["required"] !== true) {
      ctx.error(
        joinPointer(definedAt, "required"),
        `path parameter "${name}" is not required`,
        "OpenAPI requires `required: true` on every path parameter (a URL cannot leave a path segment out)",
      );
    }
    if (!isRecord(node["schema"]))
      ctx.error(
        pointer,
        `${where}: parameter "${name}" has no schema`,
        "add `schema: { type: string }` (or the right type)",
      );
    claim(name, location, pointer);
  }
  for (const match of raw.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1] ?? "";
    if (placesByName.get(name)?.location !== "path") {
      ctx.error(
        raw.pointer,
        `${where}: path template variable {${name}} has no \`in: path\` parameter`,
        `declare a parameter { name: ${name}, in: path, required: true }`,
      );
    }
  }

  const body = requestBodyOf(ctx.document, raw);
  if (!body) return;
  const multipart = multipartOf(raw.node);
  const resolved = deref(ctx.document, body.schema, body.schemaPointer);
  if (!resolved) return;
  const properties = isRecord(resolved.node["properties"]) ? resolved.node["properties"] : {};
  const bodyFields: { name: string; pointer: string }[] = [];
  if (multipart) {
    // Multipart: the caller passes the meta part's fields plus the file part, all flat.
    const meta = deref(
      ctx.document,
      properties[multipart.metaPart],
      joinPointer(joinPointer(resolved.pointer, "properties"), multipart.metaPart),
    );
    const metaProperties = meta && isRecord(meta.node["properties"]) ? meta.node["properties"] : {};
    for (const name of Object.keys(metaProperties))
      bodyFields.push({
        name,
        pointer: joinPointer(joinPointer(meta?.pointer ?? "", "properties"), name),
      });
    bodyFields.push({
      name: multipart.filePart,
      pointer: joinPointer(joinPointer(resolved.pointer, "properties"), multipart.filePart),
    });
  } else {
    for (const name of Object.keys(properties))
      bodyFields.push({
        name,
        pointer: joinPointer(joinPointer(resolved.pointer, "properties"), name),
      });
  }
  for (const { name, pointer } of bodyFields) claim(name, "body", pointer);
}

function checkBody(ctx: CheckContext, raw: RawOperation, where: string): void {
  if (raw.node["requestBody"] === undefined) {
    if (multipartOf(raw.node))
      ctx.error(
        raw.pointer,
        `${where}: x-wechatpay-multipart without a requestBody`,
        "add a multipart/form-data requestBody",
      );
    return;
  }
  const body = requestBodyOf(ctx.document, raw);
  if (!body) {
    ctx.error(
      joinPointer(raw.pointer, "requestBody"),
      `${where}: requestBody has no content schema`,
      "add content: { application/json: { schema: { $ref: '#/components/schemas/<Op>Body' } } }",
    );
    return;
  }
  const multipart = multipartOf(raw.node);
  if (body.mediaType === "multipart/form-data") {
    if (!multipart)
      ctx.error(
        joinPointer(raw.pointer, "requestBody"),
        `${where}: multipart body without x-wechatpay-multipart`,
        "add `x-wechatpay-multipart: { meta_part: meta, file_part: file }` so the runtime knows which part is signed",
      );
  } else if (body.mediaType !== "application/json") {
    ctx.error(
      joinPointer(raw.pointer, "requestBody"),
      `${where}: request media type ${body.mediaType} is not supported`,
      "use application/json (or multipart/form-data with x-wechatpay-multipart)",
    );
    return;
  }
  const resolved = deref(ctx.document, body.schema, body.schemaPointer);
  if (!resolved || resolved.node["type"] !== "object" || !isRecord(resolved.node["properties"])) {
    ctx.error(
      body.schemaPointer,
      `${where}: request body schema must be an object with properties`,
      "the body's properties become fields of the flat params object",
    );
    return;
  }
  if (!multipart && componentSchemaName(body.schema) === undefined) {
    ctx.error(
      body.schemaPointer,
      `${where}: request body schema is inline`,
      `name it: components.schemas.${raw.id ? raw.id.charAt(0).toUpperCase() + raw.id.slice(1) : "<Op>"}Body and $ref it`,
    );
  }
  if (multipart) {
    const properties = resolved.node["properties"] as Record<string, unknown>;
    for (const part of [multipart.metaPart, multipart.filePart]) {
      if (!(part in properties))
        ctx.error(
          joinPointer(raw.pointer, "x-wechatpay-multipart"),
          `${where}: multipart part "${part}" is not a property of the request body`,
          "make meta_part/file_part name properties of the multipart schema",
        );
    }
  }
  const key = raw.node["x-wechatpay-idempotency-key"];
  if (key !== undefined) {
    const properties = resolved.node["properties"] as Record<string, unknown>;
    if (typeof key !== "string" || !(key in properties)) {
      ctx.error(
        joinPointer(raw.pointer, "x-wechatpay-idempotency-key"),
        `${where}: x-wechatpay-idempotency-key ${JSON.stringify(key)} is not a body field`,
        "name a property of the request body, e.g. out_request_no",
      );
    }
  }
}

function checkResponses(ctx: CheckContext, raw: RawOperation, where: string): void {
  const success = successResponseOf(ctx.document, raw);
  if (!success) {
    ctx.error(
      joinPointer(raw.pointer, "responses"),
      `${where}: no 2xx response`,
      'add the success response (e.g. "200") with its schema',
    );
    return;
  }
  if (success.schema && componentSchemaName(success.schema) === undefined) {
    ctx.error(
      success.pointer,
      `${where}: success response schema is inline`,
      "name it under components.schemas and $ref it, so the generated function returns a named type",
    );
  }
}
