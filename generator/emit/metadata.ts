import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { OperationMeta, ValidationSchema } from "../../runtime/operation.js";
import type { OperationModel, SpecModel } from "../model/types.js";
import { tsHeader } from "./header.js";
import { tsLiteral } from "./literal.js";
import type { TsPrinter } from "./project.js";

export function operationMetaName(operationId: string): string {
  return `${operationId}Operation`;
}

/** The runtime's view of one operation, as data (see runtime/operation.ts). */
export function operationMeta(op: OperationModel): OperationMeta {
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
    params: op.params.map((p) => ({ name: p.name, in: p.in })),
    retrySafe: op.idempotent,
    ...(op.idempotencyKey !== undefined ? { idempotencyKey: op.idempotencyKey } : {}),
    signedResponse: !op.unsignedResponse,
    ...(op.multipart ? { multipart: op.multipart } : {}),
    validation,
  };
}

/**
 * `generated/metadata.ts`: one `OperationMeta` constant per operation plus `operationMetas`.
 * Everything the runtime needs to send a call lives here as data, so operation functions stay
 * one-liners and client-side validation comes from the spec, not from hand-written checks.
 */
export function emitMetadata(printer: TsPrinter, model: SpecModel, specSha256: string): string {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "../runtime/operation.js", namedImports: ["OperationMeta"] },
  ];
  for (const op of model.operations) {
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: `\`${op.method} ${op.path}\`${op.summary ? ` — ${op.summary}` : ""}` }],
      declarations: [{ name: operationMetaName(op.id), initializer: `${tsLiteral(operationMeta(op))} as const satisfies OperationMeta` }],
    });
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [{ description: "Every generated operation's metadata, sorted by operationId." }],
    declarations: [{ name: "operationMetas", initializer: `[${model.operations.map((op) => operationMetaName(op.id)).join(", ")}] as const satisfies readonly OperationMeta[]` }],
  });
  return printer.print("metadata.ts", tsHeader(specSha256), statements);
}
