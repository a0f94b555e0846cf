import { StructureKind, type StatementStructures } from "ts-morph";
import type { SpecModel } from "../model/types.js";
import { tsHeader } from "./header.js";
import type { TsPrinter } from "./project.js";

/**
 * `generated/index.ts`: re-exports everything public. Not spec-document.ts (sandbox-only) and not
 * schema.ts: openapi-typescript's `paths`/`components` are the `wechatpay-favor/openapi` subpath,
 * for openapi-fetch and the like; the root entry names each model once, as models.ts declares it.
 */
export function emitIndex(printer: TsPrinter, model: SpecModel): string {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./models.js" },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./enums.js" },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./metadata.js" },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./webhooks.js" },
    ...model.operations.map((op): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./operations/${op.id}.js`,
    })),
  ];
  return printer.print("index.ts", tsHeader(), statements);
}
