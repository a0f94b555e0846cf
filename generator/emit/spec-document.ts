import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { BundledDocument } from "../load/index.js";
import { tsHeader } from "./header.js";
import { tsLiteral } from "./literal.js";
import type { TsPrinter } from "./project.js";

/**
 * `generated/spec-document.ts`: the bundled spec as one object literal (all `$ref`s internal),
 * for the sandbox to validate requests with ajv without reading YAML at runtime. Keys are sorted
 * so the file does not change when only the key order of the YAML changes.
 */
export function emitSpecDocument(printer: TsPrinter, document: BundledDocument, specSha256: string): string {
  return printer.print("spec-document.ts", [
    tsHeader(specSha256),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "The whole favor OpenAPI document, bundled into one JSON-compatible object. Not re-exported from index.ts." }],
      declarations: [{ name: "specDocument", initializer: tsLiteral(document, true) }],
    },
  ]);
}
