import { joinPointer } from "../load/index.js";
import { componentSchemaName, deref, isRecord } from "../walk/json.js";
import {
  collectParameters,
  listRawOperations,
  multipartOf,
  requestBodyOf,
  successResponseOf,
  type CollectedParameter,
  type RawOperation,
} from "../walk/operations.js";
import type { CheckContext } from "./context.js";
import { FIXED_GENERATED_NAMES, RESERVED_WORDS, namesOfOperation } from "../naming.js";
import { quote, unquoted } from "../quote.js";

const OPERATION_ID = /^[a-z][A-Za-z0-9]*$/;
const SUPPORTED_METHODS = new Set(["get", "post"]);

/**
 * Operation-level rules: every operation has a unique lowerCamel operationId (it becomes a
 * function name), uses GET/POST, puts params only in path/query/body, and no field name appears
 * in two places (the flat params object could not say where it goes).
 */
export function checkOperations(ctx: CheckContext): void {
  const remember = operationIdRegistry(ctx);
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
    checkOperationIdSpelling(ctx, raw.id, raw.pointer);
    remember(raw.id, raw.pointer);
    checkParameters(ctx, raw, where);
    checkBody(ctx, raw, where);
    checkResponses(ctx, raw, where);
  }
  rememberWebhookIds(ctx, remember);
  checkGeneratedNameCollisions(ctx);
}

/** Returns `remember(id, pointer)`, which reports an operationId already used by an earlier operation. */
function operationIdRegistry(ctx: CheckContext): (id: string, pointer: string) => void {
  const seenIds = new Map<string, string>();
  return (id, pointer) => {
    const first = seenIds.get(id);
    if (first !== undefined) {
      const at = ctx.spec.locate(first);
      ctx.error(
        joinPointer(pointer, "operationId"),
        `duplicate operationId ${quote(id)} (first used at ${at ? `${at.file.split("/").slice(-2).join("/")}:${at.line}` : first})`,
        "operationIds become function names: give each operation its own",
      );
    } else seenIds.set(id, pointer);
  };
}

/** Webhook operationIds share the namespace (they name generated handlers), so they count as uses too. */
function rememberWebhookIds(
  ctx: CheckContext,
  remember: (id: string, pointer: string) => void,
): void {
  const webhooks = isRecord(ctx.document["webhooks"]) ? ctx.document["webhooks"] : {};
  for (const [name, item] of Object.entries(webhooks)) {
    const resolved = deref(ctx.document, item, joinPointer("/webhooks", name));
    const post = resolved && isRecord(resolved.node["post"]) ? resolved.node["post"] : undefined;
    const id = post?.["operationId"];
    if (typeof id === "string" && resolved) remember(id, joinPointer(resolved.pointer, "post"));
  }
}

/** What an operationId must not be, in the order checked; only the first broken rule is reported. */
const OPERATION_ID_RULES: readonly {
  broken: (id: string) => boolean;
  message: (id: string) => string;
  fix: (id: string) => string;
}[] = [
  {
    broken: (id) => !OPERATION_ID.test(id),
    message: (id) => `operationId ${quote(id)} is not lowerCamelCase`,
    fix: () => "use letters and digits only, starting lower case, e.g. listStocks",
  },
  {
    broken: (id) => RESERVED_WORDS.has(id),
    message: (id) =>
      `operationId ${quote(id)} is a reserved word in JavaScript/TypeScript and cannot name the generated function`,
    fix: (id) => `choose a descriptive verb phrase, e.g. ${unquoted(id)}Stock`,
  },
  {
    broken: (id) => FIXED_GENERATED_NAMES.has(id),
    message: (id) =>
      `operationId ${quote(id)} collides with a name the generated client already exports or imports`,
    fix: () => "rename the operation",
  },
];

function checkOperationIdSpelling(ctx: CheckContext, id: string, pointer: string): void {
  const rule = OPERATION_ID_RULES.find((candidate) => candidate.broken(id));
  if (rule) ctx.error(joinPointer(pointer, "operationId"), rule.message(id), rule.fix(id));
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
        `operationId ${quote(raw.id)} collides with a name generated for operation ${quote(owner)}`,
        "rename one of the two operations",
      );
    }
  }
}

/**
 * Parameters and body fields of one operation: each parameter is well formed, the path template
 * and the path parameters match, and no field name is claimed twice across path, query and body.
 */
function checkParameters(ctx: CheckContext, raw: RawOperation, where: string): void {
  const places = new FieldPlaces(ctx, where);
  for (const parameter of collectParameters(ctx.document, raw)) {
    const checked = checkParameter(ctx, raw, where, parameter);
    if (checked) places.claim(checked.name, checked.location, parameter.pointer);
  }
  for (const match of raw.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1] ?? "";
    if (places.locationOf(name) !== "path") {
      ctx.error(
        raw.pointer,
        `${where}: path template variable {${unquoted(name)}} has no \`in: path\` parameter`,
        `declare a parameter { name: ${unquoted(name)}, in: path, required: true }`,
      );
    }
  }
  for (const { name, pointer } of bodyFields(ctx, raw)) places.claim(name, "body", pointer);
}

/** Where each field name of the flat params object comes from; a second place is reported. */
class FieldPlaces {
  readonly #byName = new Map<string, { location: string; pointer: string }>();
  constructor(
    private readonly ctx: CheckContext,
    private readonly where: string,
  ) {}

  locationOf(name: string): string | undefined {
    return this.#byName.get(name)?.location;
  }

  claim(name: string, location: string, pointer: string): void {
    const previous = this.#byName.get(name);
    if (previous) {
      this.ctx.error(
        pointer,
        `${this.where}: field ${quote(name)} appears in both ${previous.location} and ${location}`,
        "the generated params object is flat, so every path/query/body field name must be unique within an operation; rename or drop one",
      );
    } else this.#byName.set(name, { location, pointer });
  }
}

/** Reports what is wrong with one parameter; returns its name and place when it can take part in the flat params object. */
function checkParameter(
  ctx: CheckContext,
  raw: RawOperation,
  where: string,
  { node, pointer, definedAt }: CollectedParameter,
): { name: string; location: "path" | "query" } | undefined {
  const name = node["name"];
  const location = node["in"];
  if (typeof name !== "string" || name === "") {
    ctx.error(pointer, `${where}: parameter without a name`, "add `name:`");
    return undefined;
  }
  if (location !== "path" && location !== "query") {
    ctx.error(
      joinPointer(pointer, "in"),
      `${where}: parameter ${quote(name)} is in ${quote(location)}; only path and query parameters are supported`,
      "headers are set by the runtime (signing); move the field to query or body",
    );
    return undefined;
  }
  if (location === "path" && !raw.path.includes(`{${name}}`)) {
    ctx.error(
      pointer,
      `${where}: path parameter ${quote(name)} does not appear in the path template`,
      `add {${unquoted(name)}} to the path or make it a query parameter`,
    );
  }
  if (location === "path" && node["required"] !== true) {
    ctx.error(
      joinPointer(definedAt, "required"),
      `path parameter ${quote(name)} is not required`,
      "OpenAPI requires `required: true` on every path parameter (a URL cannot leave a path segment out)",
    );
  }
  if (!isRecord(node["schema"]))
    ctx.error(
      pointer,
      `${where}: parameter ${quote(name)} has no schema`,
      "add `schema: { type: string }` (or the right type)",
    );
  return { name, location };
}

/** The request body's fields as the caller passes them: multipart flattens the meta part's fields plus the file part. */
function bodyFields(ctx: CheckContext, raw: RawOperation): { name: string; pointer: string }[] {
  const body = requestBodyOf(ctx.document, raw);
  if (!body) return [];
  const resolved = deref(ctx.document, body.schema, body.schemaPointer);
  if (!resolved) return [];
  const properties = isRecord(resolved.node["properties"]) ? resolved.node["properties"] : {};
  const fieldsOf = (names: Iterable<string>, pointer: string) =>
    [...names].map((name) => ({
      name,
      pointer: joinPointer(joinPointer(pointer, "properties"), name),
    }));
  const multipart = multipartOf(raw.node);
  if (!multipart) return fieldsOf(Object.keys(properties), resolved.pointer);
  const meta = deref(
    ctx.document,
    properties[multipart.metaPart],
    joinPointer(joinPointer(resolved.pointer, "properties"), multipart.metaPart),
  );
  const metaProperties = meta && isRecord(meta.node["properties"]) ? meta.node["properties"] : {};
  return [
    ...fieldsOf(Object.keys(metaProperties), meta?.pointer ?? ""),
    ...fieldsOf([multipart.filePart], resolved.pointer),
  ];
}

/** The request body: a supported media type, a named object schema, and extensions that name its properties. */
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
  if (!checkBodyMediaType(ctx, raw, where, body.mediaType)) return;
  const resolved = deref(ctx.document, body.schema, body.schemaPointer);
  if (!resolved || resolved.node["type"] !== "object" || !isRecord(resolved.node["properties"])) {
    ctx.error(
      body.schemaPointer,
      `${where}: request body schema must be an object with properties`,
      "the body's properties become fields of the flat params object",
    );
    return;
  }
  if (!multipartOf(raw.node) && componentSchemaName(body.schema) === undefined) {
    ctx.error(
      body.schemaPointer,
      `${where}: request body schema is inline`,
      `name it: components.schemas.${raw.id ? raw.id.charAt(0).toUpperCase() + raw.id.slice(1) : "<Op>"}Body and $ref it`,
    );
  }
  checkBodyExtensions(ctx, raw, where, resolved.node["properties"]);
}

/** JSON, or multipart with x-wechatpay-multipart; returns false when the body cannot be checked further. */
function checkBodyMediaType(
  ctx: CheckContext,
  raw: RawOperation,
  where: string,
  mediaType: string,
): boolean {
  if (mediaType === "multipart/form-data") {
    if (!multipartOf(raw.node))
      ctx.error(
        joinPointer(raw.pointer, "requestBody"),
        `${where}: multipart body without x-wechatpay-multipart`,
        "add `x-wechatpay-multipart: { meta_part: meta, file_part: file }` so the runtime knows which part is signed",
      );
    return true;
  }
  if (mediaType === "application/json") return true;
  ctx.error(
    joinPointer(raw.pointer, "requestBody"),
    `${where}: request media type ${mediaType} is not supported`,
    "use application/json (or multipart/form-data with x-wechatpay-multipart)",
  );
  return false;
}

/** x-wechatpay-multipart parts and x-wechatpay-idempotency-key must name properties of the body schema. */
function checkBodyExtensions(
  ctx: CheckContext,
  raw: RawOperation,
  where: string,
  properties: Record<string, unknown>,
): void {
  const multipart = multipartOf(raw.node);
  if (multipart) {
    for (const part of [multipart.metaPart, multipart.filePart]) {
      if (!(part in properties))
        ctx.error(
          joinPointer(raw.pointer, "x-wechatpay-multipart"),
          `${where}: multipart part ${quote(part)} is not a property of the request body`,
          "make meta_part/file_part name properties of the multipart schema",
        );
    }
  }
  const key = raw.node["x-wechatpay-idempotency-key"];
  if (key !== undefined && (typeof key !== "string" || !(key in properties))) {
    ctx.error(
      joinPointer(raw.pointer, "x-wechatpay-idempotency-key"),
      `${where}: x-wechatpay-idempotency-key ${quote(key)} is not a body field`,
      "name a property of the request body, e.g. out_request_no",
    );
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
