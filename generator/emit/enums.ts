import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { SpecModel } from "../model/types.js";
import { tsHeader } from "./header.js";
import { docText } from "./jsdoc.js";
import type { TsPrinter } from "./project.js";

/**
 * `generated/enums.ts`: for each string-enum component schema a const object of its values
 * (each documented with its meaning from `x-enum-descriptions`) and a union type of the same
 * name. Users get autocompletion via `StockStatus.running` and can still pass the plain string;
 * no TypeScript `enum` (nominal, not tree-shakable).
 */
export function emitEnums(printer: TsPrinter, model: SpecModel): string {
  const statements: StatementStructures[] = [];
  for (const schema of model.schemas) {
    if (!schema.enumValues) continue;
    const members = schema.enumValues.map((v) => {
      const doc = v.description ? `/** ${docText(v.description).replace(/\n/g, " ")} */\n` : "";
      return `${doc}${v.key}: ${JSON.stringify(v.value)},`;
    });
    const docs = schema.description ? [{ description: docText(schema.description) }] : [];
    statements.push(
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs,
        declarations: [{ name: schema.name, initializer: `{\n${members.join("\n")}\n} as const` }],
      },
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: schema.name,
        type: `(typeof ${schema.name})[keyof typeof ${schema.name}]`,
        docs,
      },
    );
  }
  return printer.print("enums.ts", tsHeader(), statements);
}
