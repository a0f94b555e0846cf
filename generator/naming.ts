/**
 * Every name the generator derives from the spec, in one place: the emitters print these names,
 * the check stage rejects specs whose names would collide or not parse, and tools/spec-review
 * reports them as the public surface. Changing a rule here changes all three together.
 */

/** `listStocks` → `ListStocks`. */
export function pascalCase(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** The flat params interface of an operation: `ListStocksParams`. */
export function paramsTypeName(operationId: string): string {
  return `${pascalCase(operationId)}Params`;
}

/** The page iterator of a paginated list operation: `iterateListStocks`. */
export function iteratorName(operationId: string): string {
  return `iterate${pascalCase(operationId)}`;
}

/** The `OperationMeta` constant in metadata.ts: `listStocksOperation`. */
export function operationMetaName(operationId: string): string {
  return `${operationId}Operation`;
}

/** The typed notification parser of a webhook: `couponUse` → `parseCouponUseNotification`. */
export function notificationParserName(webhookName: string): string {
  return `parse${pascalCase(webhookName)}Notification`;
}

/** The decrypted-plaintext schema a webhook's parser returns, by convention: `CouponUseResource`. */
export function webhookResourceName(webhookName: string): string {
  return `${pascalCase(webhookName)}Resource`;
}

/**
 * Property key for an enum value in the generated const object. Keys must be valid identifiers
 * so users can write `EventType.COUPON_USE`: every other character becomes `_`, and a leading
 * digit gets a `_` prefix (`1ST` → `_1ST`). Collisions are reported by the check stage.
 */
export function enumKey(value: string): string {
  const key = value.replace(/[^A-Za-z0-9_$]/g, "_");
  if (key === "") return "_";
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

/*
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
  return [
    operationId,
    operationMetaName(operationId),
    iteratorName(operationId),
    paramsTypeName(operationId),
  ];
}
