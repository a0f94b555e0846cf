/**
 * The one way a generator error quotes a value taken from the spec. The spec is untrusted input:
 * a value can be a whole file's worth of text (a `$ref`, a description, an enum value), hold a
 * token, or carry terminal escapes and bidi controls that would rewrite what the reader sees. So a
 * quoted value is always short (cut with `…` and its full length said) and escaped (JSON
 * escapes plus the invisible and direction-changing characters JSON leaves as they are).
 */

/** How many characters of a value an error shows; enough for any name, path or enum value. */
export const QUOTE_MAX_CHARS = 60;

/** Invisible, line-breaking and direction-changing characters that JSON.stringify keeps raw. */
const UNSAFE = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * `"listStocks"` for a short string, `"aaaa…" (5000 chars)` for a long one, `[1,2]` for other
 * JSON values, `undefined` for nothing. The result is always one printable line.
 */
export function quote(value: unknown, max: number = QUOTE_MAX_CHARS): string {
  return excerpt(value, max, true);
}

/**
 * The same cut and escapes without the quotes, for a value shown inside YAML a fix suggests
 * (`add properties.<name>`): `aaaa…` (5000 chars), never a raw line break or escape sequence.
 */
export function unquoted(value: unknown, max: number = QUOTE_MAX_CHARS): string {
  return excerpt(value, max, false);
}

function excerpt(value: unknown, max: number, quoted: boolean): string {
  if (value === undefined) return "undefined";
  const text = typeof value === "string" ? value : safeJson(value);
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
  const json = typeof value === "string" ? JSON.stringify(cut) : cut;
  const shown = quoted || typeof value !== "string" ? json : json.slice(1, -1);
  const escaped = shown.replace(
    UNSAFE,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
  return chars.length > max ? `${escaped} (${chars.length} chars)` : escaped;
}

/** JSON text of a non-string value; control characters inside are escaped by JSON itself. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
