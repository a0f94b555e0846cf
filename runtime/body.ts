/**
 * JSON request bodies. The body is serialized exactly once; those bytes are both signed (line 5) and
 * sent, so nothing downstream may re-serialize it.
 */
import { formatRfc3339, unwritableDate } from "./date.js";
import type { ValidationIssue } from "./errors.js";

/**
 * `JSON.stringify` with WeChat's rules: `Date` → RFC 3339 +08:00 with seconds (date.ts), keys whose
 * value is `undefined` or `null` omitted (WeChat forbids JSON null), compact output.
 */
export function serializeJsonBody(body: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(
    body,
    function (this: Record<string, unknown>, key: string, value: unknown) {
      // Date.prototype.toJSON has already run on `value`; the original is still on the holder.
      const original = key === "" ? value : this[key];
      if (original instanceof Date) return formatRfc3339(original);
      if (original === null && !Array.isArray(this)) return undefined;
      return value;
    },
  );
}

/**
 * The first Date in `value` that {@link serializeJsonBody} cannot write (invalid, or a year outside
 * 0000–9999 in +08:00), with its field path. Only walked after serialization failed.
 */
export function findUnwritableDate(value: unknown, path = ""): ValidationIssue | undefined {
  if (value instanceof Date) {
    const message = unwritableDate(value);
    return message === undefined ? undefined : { path, message };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnwritableDate(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnwritableDate(item, path === "" ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
