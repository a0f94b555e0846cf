/**
 * The "public surface" of a spec as callers of the generated client see it: per operation its
 * wire facts, flat request fields and response fields, plus the named models. Built from the
 * generator's own loader and model so the review sees exactly what `npm run generate` sees.
 */
import {
  buildModel,
  componentSchemaName,
  iteratorName,
  listRawOperations,
  loadCheckedSpec,
  loadSpec,
  paramsTypeName,
  requestBodyOf,
  successResponseOf,
  type LoadedSpec,
  type OperationModel,
} from "../../generator/index.js";
import { flattenBody, flattenParams, type FieldFacts, type TopField } from "./fields.js";
import { canonicalJson } from "../../shared/json.js";

export interface OperationSurface {
  /** operationId, or `webhook:<name>` for webhooks, or `model:<Name>` for standalone models. */
  readonly id: string;
  readonly kind: "operation" | "webhook" | "model";
  readonly method: string;
  readonly path: string;
  readonly experimental: boolean;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  /** Generated names a caller imports for this operation (function, params type, iterator). */
  readonly generated: readonly string[];
  readonly paramsType: string | undefined;
  readonly responseModel: string | undefined;
  readonly successStatus: string;
  readonly extensions: Readonly<Record<string, string>>;
  /** status → error codes the spec lists for it. */
  readonly errorCodes: ReadonlyMap<string, readonly string[]>;
  readonly paginated: boolean;
  readonly request: ReadonlyMap<string, FieldFacts>;
  readonly response: ReadonlyMap<string, FieldFacts>;
  /** Component schemas used as this operation's request/response bodies (multipart wrappers too). */
  readonly bodyModels: readonly string[];
}

export interface SpecSurface {
  readonly operations: ReadonlyMap<string, OperationSurface>;
  /** Named component schemas (the exported model/enum types). */
  readonly models: ReadonlySet<string>;
}

const COMPONENT_FIELD = /^\/components\/schemas\/([^/]+)\/properties\/[^/]+$/;

function requestFields(op: OperationModel): TopField[] {
  return op.params.map((p) => ({
    name: p.name,
    required: p.required,
    location: p.in,
    clientDefault: p.clientDefault,
    schema: p.schema,
    definedIn: COMPONENT_FIELD.exec(p.pointer)?.[1],
  }));
}

function operationSurface(spec: LoadedSpec, op: OperationModel): OperationSurface {
  const raw = listRawOperations(spec.document).find((r) => r.id === op.id);
  const success = raw ? successResponseOf(spec.document, raw) : undefined;
  const requestBody = raw ? requestBodyOf(spec.document, raw) : undefined;
  const bodyModels = [componentSchemaName(requestBody?.schema), op.successSchemaName].filter(
    (n): n is string => n !== undefined,
  );
  const node = raw?.node ?? {};
  const extensions: Record<string, string> = {};
  for (const key of [
    "x-wechatpay-rate-limits",
    "x-wechatpay-idempotent",
    "x-wechatpay-idempotency-key",
    "x-wechatpay-unsigned-response",
    "x-wechatpay-multipart",
  ]) {
    if (node[key] !== undefined) extensions[key] = canonicalJson(node[key]);
  }
  const paramsType = paramsTypeName(op.id);
  const paginated = op.pagination !== undefined;
  return {
    id: op.id,
    kind: "operation",
    method: op.method,
    path: op.path,
    experimental: op.experimental,
    summary: op.summary,
    description: op.description,
    generated: [op.id, paramsType, ...(paginated ? [iteratorName(op.id)] : [])],
    paramsType,
    responseModel: op.successSchemaName,
    successStatus: op.successStatus,
    extensions,
    errorCodes: new Map(op.errors.map((e) => [e.status, e.codes.map((c) => c.code)])),
    paginated,
    request: flattenParams(
      spec.document,
      requestFields(op),
      op.bodySchemaName ? [op.bodySchemaName] : [],
    ),
    response: success?.schema ? flattenBody(spec.document, success.schema) : new Map(),
    bodyModels,
  };
}

function bodySurface(
  spec: LoadedSpec,
  id: string,
  kind: "webhook" | "model",
  schemaName: string,
  summary: string | undefined,
): OperationSurface {
  return {
    id,
    kind,
    method: "",
    path: "",
    experimental: false,
    summary,
    description: undefined,
    generated: [schemaName],
    paramsType: undefined,
    responseModel: schemaName,
    successStatus: "",
    extensions: {},
    errorCodes: new Map(),
    paginated: false,
    request: new Map(),
    response: flattenBody(spec.document, { $ref: `#/components/schemas/${schemaName}` }),
    bodyModels: [schemaName],
  };
}

/**
 * Every operation (experimental ones included, flagged), every webhook payload, and every named
 * model no operation reaches (e.g. the decrypted notification resource), walked as data the
 * caller reads.
 */
export function buildSurface(spec: LoadedSpec): SpecSurface {
  // Experimental operations are included (flagged) so moving one in or out of the default client shows.
  const fullModel = buildModel(spec.document, { experimental: true });
  const operations = new Map<string, OperationSurface>();
  for (const op of fullModel.operations) operations.set(op.id, operationSurface(spec, op));
  for (const hook of fullModel.webhooks) {
    if (hook.bodySchemaName)
      operations.set(
        `webhook:${hook.name}`,
        bodySurface(spec, `webhook:${hook.name}`, "webhook", hook.bodySchemaName, hook.summary),
      );
  }
  const reached = new Set<string>();
  for (const op of operations.values()) {
    for (const name of op.bodyModels) reached.add(name);
    for (const facts of [...op.request.values(), ...op.response.values()])
      for (const name of facts.chain) reached.add(name);
  }
  for (const schema of fullModel.schemas) {
    if (!reached.has(schema.name)) {
      operations.set(
        `model:${schema.name}`,
        bodySurface(spec, `model:${schema.name}`, "model", schema.name, schema.description),
      );
    }
  }
  return { operations, models: new Set(fullModel.schemas.map((s) => s.name)) };
}

/**
 * Loads a spec through the generator's loader and checks (throws the generator's `SpecErrors`
 * when `npm run generate` would refuse it), so the report never describes a spec that cannot ship.
 * `checks: false` loads it as written (still a valid OpenAPI document): the rules table also
 * classifies changes the generator refuses, such as a null type or an `anyOf`.
 */
export function loadSurface(
  entryPath: string,
  options: { readonly checks: boolean } = { checks: true },
): SpecSurface {
  return buildSurface(
    options.checks ? loadCheckedSpec(entryPath, { experimental: true }).spec : loadSpec(entryPath),
  );
}
