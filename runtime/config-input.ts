/**
 * Tidying of configuration values as people paste them: surrounding whitespace, a lower-case
 * certificate serial, a PEM whose line breaks arrived as literal `\n` (an environment variable).
 * What is safe to normalise is normalised here, before the checks in config.ts; what is not is
 * left for those checks to refuse with the fix. Nothing here puts a value into a message.
 */

/** Trims a pasted string value (copy-paste and `.env` files bring spaces and newlines along). */
export function trimmed(value: unknown): unknown {
  return typeof value === "string" ? value.trim() : value;
}

/**
 * The certificate serial as WeChat Pay expects it in `serial_no`: upper-case hex. A lower-case
 * serial is the same certificate, but the platform answers 401 without saying why; so it is
 * upper-cased here rather than sent as typed.
 */
export function normaliseSerialNo(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * A PEM as node:crypto reads it: trimmed, and with literal `\n` / `\r\n` escapes (an environment
 * variable or a JSON file holding a one-line key) turned into line breaks. Only done when the text
 * has a PEM header, so a value that is not a PEM at all still gets its own message.
 */
export function normalisePem(text: string): string {
  const pem = text.trim();
  if (!pem.includes("-----BEGIN") || !pem.includes("\\n")) return pem;
  return pem.replace(/\\r\\n|\\n/g, "\n");
}

/** `/etc/wechatpay/apiclient_key.pem`, `./keys/key.pem`, `C:\keys\key.pem`, `apiclient_key.pem`. */
const FILE_PATH = /^(?:~|\.{1,2})?[\\/]\S|^[A-Za-z]:[\\/]|^[^\s\\/]+\.(?:pem|key|crt|cer|p12)$/i;

/** Whether a key option that is not a PEM holds a file's path instead of the file's contents. */
export function looksLikeFilePath(text: string): boolean {
  return !text.includes("\n") && FILE_PATH.test(text.trim());
}

/** The fix for a key option given a path: read the file and pass what it holds. */
export const FILE_PATH_HINT =
  'looks like a file path, not the key itself; pass the file\'s contents: readFileSync(path, "utf8")';
