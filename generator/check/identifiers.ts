/**
 * Names an operationId may not take. An operationId becomes a function declaration in an ES
 * module (strict mode), and `generated/index.ts` re-exports every operation file with `export *`,
 * so a name that is a reserved word does not parse, and a name another generated export already
 * uses makes `export *` drop both silently (or fail to type-check).
 */

/** ECMAScript reserved words, strict-mode/module restrictions, and literals that look like identifiers. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  // reserved words (ECMA-262 §12.7.2, https://tc39.es/ecma262/#sec-keywords-and-reserved-words)
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  // strict mode (every ES module): future reserved words and bindings that may not be declared
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "arguments",
  "eval",
  // global value properties: declaring them is legal but shadows the real value in every generated file
  "undefined",
  "globalThis",
]);

/** Module-level names every generated client already exports or imports (besides per-operation names). */
export const FIXED_GENERATED_NAMES: ReadonlySet<string> = new Set([
  "operationMetas",
  "paginate",
  "specDocument",
]);

/** The exported names one operation contributes: function, metadata constant, iterator, params type. */
export function namesOfOperation(operationId: string): string[] {
  const pascal = operationId.charAt(0).toUpperCase() + operationId.slice(1);
  return [operationId, `${operationId}Operation`, `iterate${pascal}`, `${pascal}Params`];
}
