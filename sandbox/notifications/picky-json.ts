/**
 * How the sandbox writes a notification body by default: the way a real server may, and the way
 * a handler that parses and re-serializes the JSON cannot reproduce. Members in the order of the
 * official example (id, create_time, resource_type, event_type, summary, resource{original_type,
 * algorithm, ciphertext, associated_data, nonce};
 * https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html), four-space
 * indentation, every non-ASCII character escaped as `\uXXXX` and `/` as `\/` (both valid JSON
 * that `JSON.stringify` never writes). The signature covers these exact bytes, so only a handler
 * that verifies the raw body accepts it.
 */

/** "picky" (the default) or "compact" (`JSON.stringify`, which survives a parse/stringify round trip). */
export type NotificationFormat = "picky" | "compact";

export const NOTIFICATION_FORMATS: readonly NotificationFormat[] = ["picky", "compact"];

const INDENT = "    ";

/** Serializes JSON data in the picky form; object members keep their insertion order. */
export function pickyJson(value: unknown, indent = ""): string {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return JSON.stringify(value);
  if (typeof value === "string") return escapeString(value);
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + pickyJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${escapeString(k)}: ${pickyJson(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  throw new TypeError(`cannot serialize a ${typeof value} as JSON`);
}

function escapeString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i] ?? "";
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "/") out += "\\/";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

/** Writes a notification body in the chosen format. */
export function serializeNotification(value: unknown, format: NotificationFormat): string {
  return format === "compact" ? JSON.stringify(value) : pickyJson(value);
}
