/**
 * URL encoding for the signed request target. The string built here is signed AND handed to undici
 * as the request `path` unchanged, so it must already be in its final on-the-wire form: every
 * reserved character percent-encoded per RFC 3986 and nothing left for a URL parser to normalise.
 */
import { formatRfc3339 } from "./date.js";
import { RequestValidationError } from "./errors.js";
import type { ValidationIssue } from "./errors.js";
import type { OperationMeta } from "./operation.js";

/**
 * RFC 3986 percent-encoding of one component: everything except `A-Z a-z 0-9 - . _ ~` is encoded
 * from its UTF-8 bytes. `encodeURIComponent` already encodes `+` (%2B), `:` (%3A) and space (%20)
 * but leaves `! ' ( ) *`, which we encode too so no layer can treat them as sub-delimiters.
 * Throws URIError for a string with a lone surrogate (not representable in UTF-8).
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Outcome of turning one parameter value into wire text. */
type Encoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * Text form of a scalar parameter: strings as is, finite numbers in plain decimal, booleans as
 * `true`/`false`, `Date` as RFC 3339 in +08:00 (see date.ts). Anything else is refused.
 */
export function scalarToText(value: unknown): Encoded {
  if (typeof value === "string") return { ok: true, text: value };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, message: "must be a finite number" };
    // Exponent notation (1e+21) would be sent literally; WeChat expects plain digits.
    const text = String(value);
    if (/e/i.test(text))
      return { ok: false, message: "number too large or small to send as plain digits" };
    return { ok: true, text };
  }
  if (typeof value === "boolean") return { ok: true, text: value ? "true" : "false" };
  if (value instanceof Date) {
    try {
      return { ok: true, text: formatRfc3339(value) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }
  return { ok: false, message: `cannot be sent in a URL (got ${describe(value)})` };
}

function encodeComponent(text: string): Encoded {
  try {
    return { ok: true, text: percentEncode(text) };
  } catch {
    return { ok: false, message: "contains an unpaired UTF-16 surrogate (not valid UTF-8)" };
  }
}

/**
 * Encodes `key=value` pairs in the given order, omitting undefined values (never `key=`).
 * `null` is treated like undefined because WeChat forbids sending null.
 */
export function buildQueryString(
  entries: readonly (readonly [string, unknown])[],
  issues: ValidationIssue[] = [],
): string {
  const parts: string[] = [];
  for (const [name, value] of entries) {
    if (value === undefined || value === null) continue;
    const text = scalarToText(value);
    const encoded = text.ok ? encodeComponent(text.text) : text;
    if (!encoded.ok) {
      issues.push({ path: name, message: encoded.message });
      continue;
    }
    parts.push(`${percentEncode(name)}=${encoded.text}`);
  }
  return parts.join("&");
}

// C0 controls, DEL and C1 controls: never legitimate in an identifier, and dangerous in logs.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Encodes one path parameter. Values that could change which resource the URL names are refused
 * instead of encoded: empty, `.`, containing `/` or `..`, or containing control characters.
 */
export function encodePathParam(value: unknown): Encoded {
  if (value === undefined || value === null)
    return { ok: false, message: "is required (path parameter)" };
  const text = scalarToText(value);
  if (!text.ok) return text;
  if (text.text === "") return { ok: false, message: "must not be empty (path parameter)" };
  if (text.text.includes("/"))
    return { ok: false, message: "must not contain '/' (path parameter)" };
  if (text.text.includes(".."))
    return { ok: false, message: "must not contain '..' (path parameter)" };
  // A lone "." is a dot-segment as well: servers and proxies normalise `/a/./b` to `/a/b`.
  if (text.text === ".") return { ok: false, message: "must not be '.' (path parameter)" };
  if (CONTROL_CHARS.test(text.text))
    return { ok: false, message: "must not contain control characters" };
  return encodeComponent(text.text);
}

/**
 * The request target `path?query` for an operation: `{name}` placeholders replaced by encoded path
 * params, query params in `op.params` order. Throws RequestValidationError naming every bad field.
 * `basePath` is the (already encoded) path prefix of the configured base URL, usually "".
 */
export function buildRequestTarget(
  op: OperationMeta,
  params: Readonly<Record<string, unknown>>,
  basePath = "",
): string {
  const issues: ValidationIssue[] = [];
  const pathValues = new Map<string, string>();
  const queryEntries: [string, unknown][] = [];
  for (const param of op.params) {
    if (param.in === "path") {
      const encoded = encodePathParam(params[param.name]);
      if (encoded.ok) pathValues.set(param.name, encoded.text);
      else issues.push({ path: param.name, message: encoded.message });
    } else if (param.in === "query") {
      queryEntries.push([param.name, params[param.name]]);
    }
  }
  const query = buildQueryString(queryEntries, issues);
  const path = op.path.replace(/\{([^}]+)\}/g, (placeholder, name: string) => {
    const value = pathValues.get(name);
    if (value === undefined && !issues.some((i) => i.path === name)) {
      issues.push({ path: name, message: `path placeholder ${placeholder} has no path parameter` });
    }
    return value ?? placeholder;
  });
  if (issues.length > 0) throw new RequestValidationError(op.operationId, issues);
  return query === "" ? `${basePath}${path}` : `${basePath}${path}?${query}`;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Uint8Array) return "bytes";
  return typeof value;
}
