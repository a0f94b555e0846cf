/**
 * Prints JSON-compatible data as a TypeScript object literal: identifier-like keys unquoted,
 * everything else JSON-quoted, `undefined` members dropped. Key order is the caller's.
 */
export function tsLiteral(value: unknown, sortKeys = false): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => tsLiteral(v, sortKeys)).join(", ")}]`;
  let entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (sortKeys) entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${tsLiteral(v, sortKeys)}`).join(", ")} }`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name as it must be written in TypeScript source. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * Multi-line variant of {@link tsLiteral} for large data files (spec-document.ts): one member per
 * line, two-space indent, trailing commas — already in the shape prettier would print, so the
 * file skips prettier (which spends ~1 s per 150 KB on an object literal that is only data).
 */
export function tsLiteralPretty(value: unknown, sortKeys: boolean, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => `${inner}${tsLiteralPretty(v, sortKeys, inner)},\n`).join("")}${indent}]`;
  }
  let entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  if (sortKeys) entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${tsLiteralPretty(v, sortKeys, inner)},\n`).join("")}${indent}}`;
}
