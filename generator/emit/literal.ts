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
