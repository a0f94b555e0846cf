/**
 * Credential material scrubbed from any text an error carries. Errors quote what came from
 * outside (a server's error message or body, a configuration key), and a server may echo our
 * Authorization header back, or a caller may put a PEM where a serial belongs: that text must not
 * reach logs through `message`, `stack`, `toJSON()` or `util.inspect`.
 */

export const REDACTED = "[redacted]";

/** `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",…` (quotes possibly escaped). */
const AUTHORIZATION =
  /WECHATPAY2-[A-Z0-9-]+(?:[\s,]*[A-Za-z_]+\s*=\s*(?:\\?"[^"\\]*\\?"|[^\s,"\\]*))*/g;
/** A `signature=` parameter on its own (a partial echo of the header). */
const SIGNATURE_PARAM = /\bsignature\s*=\s*\\?"?[A-Za-z0-9+/=]+\\?"?/gi;
/** PEM armour and the base64 after it (real or `\n`-escaped line breaks), with or without END. */
const PEM = /-----BEGIN [A-Z0-9 ]+-----(?:[A-Za-z0-9+/=\s]|\\[nr])*(?:-----END [A-Z0-9 ]+-----)?/g;
/**
 * A long base64 run: a PEM body line (64), an RSA-2048 signature (344), a key. Serial numbers (40
 * hex), SHA-1 digests (40) and Request-IDs stay below 48 and are kept.
 */
const BASE64_RUN = /[A-Za-z0-9+/]{48,}={0,2}/g;

/** `text` with Authorization values, signatures, PEM blocks and long base64 runs replaced. */
export function redactSecrets(text: string): string {
  return text
    .replace(PEM, `${REDACTED} PEM`)
    .replace(AUTHORIZATION, (match) =>
      // The bare scheme name (in an explanation) is kept; with parameters it is a credential.
      match.includes("=") ? `${match.slice(0, match.search(/[\s,]|$/))} ${REDACTED}` : match,
    )
    .replace(SIGNATURE_PARAM, `signature=${REDACTED}`)
    .replace(BASE64_RUN, REDACTED);
}

/** `value` with every string inside it (objects and arrays, 8 levels deep) redacted. */
export function redactDeep<T>(value: T, depth = 8): T {
  if (typeof value === "string") return redactSecrets(value) as T;
  if (depth <= 0 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, depth - 1)) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    copy[redactSecrets(key)] = redactDeep(item, depth - 1);
  return copy as T;
}
