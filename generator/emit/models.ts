import { StructureKind, type StatementStructures } from "ts-morph";
import type { SpecModel } from "../model/types.js";
import { tsHeader } from "./header.js";
import { docText } from "./jsdoc.js";
import type { TsPrinter } from "./project.js";

/**
 * `generated/models.ts`: a named alias for every non-enum component schema
 * (`export type Stock = components["schemas"]["Stock"]`), so users, hovers and errors see
 * `Stock` instead of an indexed-access chain. Enum schemas live in enums.ts instead.
 */
export function emitModels(printer: TsPrinter, model: SpecModel): string {
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./schema.js",
      namedImports: ["components"],
    },
  ];
  for (const schema of model.schemas) {
    if (schema.enumValues) continue;
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: schema.name,
      type: `components["schemas"][${JSON.stringify(schema.name)}]`,
      docs: schema.description ? [{ description: docText(schema.description) }] : [],
    });
  }
  return printer.print("models.ts", tsHeader(), statements);
}
