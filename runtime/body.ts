/**
 * JSON request bodies. The body is serialized exactly once; those bytes are both signed (line 5) and
 * sent, so nothing downstream may re-serialize it.
 */
import { formatRfc3339 } from "./date.js";

/**
 * `JSON.stringify` with WeChat's rules: `Date` → RFC 3339 +08:00 with seconds (date.ts), keys whose
 * value is `undefined` or `null` omitted (WeChat forbids JSON null), compact output.
 */
export function serializeJsonBody(body: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(body, function (this: Record<string, unknown>, key: string, value: unknown) {
    // Date.prototype.toJSON has already run on `value`; the original is still on the holder.
    const original = key === "" ? value : this[key];
    if (original instanceof Date) return formatRfc3339(original);
    if (original === null && !Array.isArray(this)) return undefined;
    return value;
  });
}
