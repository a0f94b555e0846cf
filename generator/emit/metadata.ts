import type { OperationMeta, ResponseMeta, ValidationSchema } from "../../runtime/index.js";
import type { OperationModel, SpecModel } from "../model/types.js";
import { operationMetaName } from "../naming.js";
import { tsHeader } from "./header.js";
import { printMember, RawCode, type PrettyData } from "./pretty-data.js";
import { DEFAULT_RUNTIME, runtimeSpecifier } from "./runtime-import.js";

/**
 * The success answer's top-level shape: its status, whether it has a JSON object body, and that
 * body's required fields (read from the named component schema; an inline or unknown schema gives
 * an object with no required fields, so the check never invents a constraint).
 */
export function responseMeta(op: OperationModel, model?: SpecModel): ResponseMeta {
  const status = Number(op.successStatus);
  if (op.successSchemaName === undefined) return { status, body: "none" };
  const schema = model?.schemas.find((s) => s.name === op.successSchemaName)?.schema;
  const required = Array.isArray(schema?.["required"])
    ? (schema["required"] as unknown[]).filter((r): r is string => typeof r === "string")
    : [];
  return { status, body: "object", ...(required.length > 0 ? { required } : {}) };
}

/** The runtime's view of one operation, as data (see runtime/operation.ts). */
export function operationMeta(op: OperationModel, model?: SpecModel): OperationMeta {
  const required = op.params.filter((p) => p.required).map((p) => p.name);
  const validation: ValidationSchema = {
    type: "object",
    properties: Object.fromEntries(op.params.map((p) => [p.name, p.validation])),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
  return {
    operationId: op.id,
    method: op.method,
    path: op.path,
    params: op.params.map((p) => ({
      name: p.name,
      in: p.in,
      ...(p.clientDefault === undefined ? {} : { clientDefault: p.clientDefault }),
    })),
    retrySafe: op.idempotent,
    signedResponse: !op.unsignedResponse,
    ...(op.multipart ? { multipart: op.multipart } : {}),
    validation,
    response: responseMeta(op, model),
    ...(op.rateLimits.length > 0 ? { rateLimits: op.rateLimits } : {}),
  };
}

/**
 * `generated/metadata.ts`: one `OperationMeta` constant per operation plus `operationMetas`.
 * Everything the runtime needs to send a call lives here as data, so operation functions stay
 * one-liners and client-side validation comes from the spec, not from hand-written checks.
 *
 * Printed as text in prettier's exact shape (pretty-data.ts) rather than through ts-morph and
 * prettier: the file is only data, and formatting it was the largest single prettier cost.
 */
export function emitMetadata(model: SpecModel, runtime: string = DEFAULT_RUNTIME): string {
  const runtimeTypes =
    model.sharedErrors.length > 0 ? "ErrorCodeMeta, OperationMeta" : "OperationMeta";
  const from = JSON.stringify(runtimeSpecifier(runtime, ""));
  const lines = [tsHeader(), "", `import type { ${runtimeTypes} } from ${from};`, ""];
  lines.push(...sharedErrorsConstant(model));
  for (const op of model.operations) {
    lines.push(`/** ${`\`${op.method} ${op.path}\`${op.summary ? ` — ${op.summary}` : ""}`} */`);
    lines.push(
      ...printMember(
        operationMeta(op, model) as unknown as PrettyData,
        "",
        `export const ${operationMetaName(op.id)} = `,
        " as const satisfies OperationMeta;",
        false,
      ),
      "",
    );
  }
  lines.push("/** Every generated operation's metadata, sorted by operationId. */");
  const all = model.operations.map((op) => new RawCode(operationMetaName(op.id)));
  lines.push(
    ...printMember(
      all,
      "",
      "export const operationMetas = ",
      " as const satisfies readonly OperationMeta[];",
      false,
    ),
    "",
  );
  return lines.join("\n");
}

/**
 * `SHARED_ERRORS`: the error codes of the shared responses (`components/responses` in the spec)
 * that every operation references; each operation's JSDoc points here instead of repeating them.
 */
function sharedErrorsConstant(model: SpecModel): string[] {
  if (model.sharedErrors.length === 0) return [];
  const entries = model.sharedErrors.flatMap((e) =>
    e.codes.map((c) => ({ status: Number(e.status), code: c.code, description: c.description })),
  );
  return [
    "/**",
    " * Errors any operation can answer with (the spec's shared responses), listed once here and in",
    " * API.md; each operation's JSDoc lists only its own codes. Switch on `status` and `code`.",
    " */",
    ...printMember(
      entries as unknown as PrettyData,
      "",
      "export const SHARED_ERRORS = ",
      " as const satisfies readonly ErrorCodeMeta[];",
      false,
    ),
    "",
  ];
}
