/**
 * Every module reference in a source file, found by parsing it with the TypeScript compiler (not
 * by regular expressions, which miss multi-line imports and match text inside strings and comments):
 * static, side-effect, type-only, re-exports, `import x = require()`, `require()`, dynamic `import()`
 * and `import("…")` types.
 */
import ts from "typescript";

export interface ModuleReference {
  readonly specifier: string;
  /** 1-based line of the specifier. */
  readonly line: number;
  /** True when nothing of the target is loaded at run time (`import type`, `export type`, `import("…")` in a type). */
  readonly typeOnly: boolean;
}

export function moduleReferences(fileName: string, text: string): ModuleReference[] {
  const kind = /\.(?:m|c)?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: ModuleReference[] = [];
  const add = (node: ts.Node, typeOnly: boolean): void => {
    if (!ts.isStringLiteralLike(node)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ specifier: node.text, line: line + 1, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === "require";
      if (isDynamicImport || isRequire) add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
