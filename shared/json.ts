/** Plain-JSON helpers used on both sides of the layering (runtime, sandbox, generator, tools). */

/** A non-null, non-array object (any prototype): what a parsed JSON/YAML object is. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** UTF-16 code-unit order: the same on every machine and locale (unlike `localeCompare`). */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * JSON text with object keys sorted at every level, so equal content gives equal text whatever the
 * key order (fingerprints, hashes, comparisons). Array order is meaningful and kept. Follows
 * `JSON.stringify` for what JSON cannot hold: an `undefined` property is left out, an `undefined`
 * array element (or top-level value) is `null`. Meant for JSON data (parsed JSON/YAML); a class
 * instance is written as its own enumerable properties.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byCodeUnit(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * A deep copy with object keys inserted in sorted order. (JavaScript still enumerates
 * integer-like keys first, so use `canonicalJson` when the text itself must be canonical.)
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => byCodeUnit(a, b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeysDeep(v)]));
}
