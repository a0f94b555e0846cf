/**
 * WECHATPAY2-SHA256-RSA2048 signing primitives (https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_0.shtml,
 * https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml). Pure functions, no I/O:
 * the client uses them to sign requests and verify responses, and the sandbox server reuses them to
 * verify requests and sign responses, so both sides share one definition of the canonical strings.
 */
import { createVerify, sign as rsaSign, verify as rsaVerify } from "node:crypto";
import type { KeyObject } from "node:crypto";

/** The Authorization scheme and the `Wechatpay-Signature-Type` value. */
export const AUTH_SCHEME = "WECHATPAY2-SHA256-RSA2048";

/** Prefix WeChat puts on deliberately invalid signatures to check that merchants verify. */
export const SIGNATURE_PROBE_PREFIX = "WECHATPAY/SIGNTEST/";

/**
 * The 5-line request signing string: method, request target (path + `?query`, exactly as sent),
 * timestamp (Unix seconds), nonce, body — each line ends with `\n`, the last one included, so a GET
 * ends `nonce\n\n`. For the image upload the body line is the meta JSON.
 */
export function buildRequestSigningString(
  method: string,
  target: string,
  timestamp: number | string,
  nonce: string,
  body: string,
): string {
  return `${method.toUpperCase()}\n${target}\n${timestamp}\n${nonce}\n${body}\n`;
}

/**
 * The 3-line response/notification verify string `timestamp\nnonce\nbody\n`. `body` must be the raw
 * body exactly as received; prefer {@link buildResponseVerifyMessage} with the received bytes.
 */
export function buildResponseVerifyString(
  timestamp: number | string,
  nonce: string,
  body: string,
): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

/**
 * Byte form of {@link buildResponseVerifyString}: concatenates the raw body bytes without decoding
 * them, so a body that is not valid UTF-8 is verified as received instead of as a repaired string.
 */
export function buildResponseVerifyMessage(
  timestamp: string,
  nonce: string,
  body: Uint8Array,
): Buffer {
  return Buffer.concat([
    Buffer.from(`${timestamp}\n${nonce}\n`, "utf8"),
    body,
    Buffer.from("\n", "utf8"),
  ]);
}

/** RSASSA-PKCS1-v1_5 / SHA-256 signature of `message` (UTF-8 when a string), standard base64. */
export function signMessage(privateKey: KeyObject, message: string | Uint8Array): string {
  const data = typeof message === "string" ? Buffer.from(message, "utf8") : message;
  return rsaSign("sha256", data, privateKey).toString("base64");
}

const STRICT_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Checks a base64 RSASSA-PKCS1-v1_5 / SHA-256 signature. Returns false — never throws — for any
 * garbage: bad base64, wrong length, a `WECHATPAY/SIGNTEST/` probe, a non-RSA key.
 */
export function verifyMessage(
  publicKey: KeyObject,
  message: string | Uint8Array,
  signatureBase64: string,
): boolean {
  const signature = decodeSignature(publicKey, signatureBase64);
  if (signature === undefined) return false;
  const data = typeof message === "string" ? Buffer.from(message, "utf8") : message;
  try {
    return rsaVerify("sha256", data, publicKey, signature);
  } catch {
    return false;
  }
}

/**
 * {@link verifyMessage} of `timestamp\nnonce\nbody\n` without building that message: the three
 * parts are hashed in turn, so the received body bytes are neither copied nor decoded. Same
 * never-throws contract.
 */
export function verifyResponseSignature(
  publicKey: KeyObject,
  timestamp: string,
  nonce: string,
  body: Uint8Array,
  signatureBase64: string,
): boolean {
  const signature = decodeSignature(publicKey, signatureBase64);
  if (signature === undefined) return false;
  try {
    return createVerify("sha256")
      .update(`${timestamp}\n${nonce}\n`, "utf8")
      .update(body)
      .update("\n", "utf8")
      .verify(publicKey, signature);
  } catch {
    return false;
  }
}

/**
 * Decodes a signature strictly: canonical standard-alphabet base64 whose decoded length equals the
 * RSA modulus length. Returns undefined otherwise (Buffer.from(…, "base64") would silently skip
 * invalid characters, so we check the alphabet and the padding first).
 */
export function decodeSignature(publicKey: KeyObject, signatureBase64: string): Buffer | undefined {
  if (signatureBase64.length % 4 !== 0 || !STRICT_BASE64.test(signatureBase64)) return undefined;
  const bytes = Buffer.from(signatureBase64, "base64");
  if (bytes.toString("base64") !== signatureBase64) return undefined;
  const modulusBits = publicKey.asymmetricKeyDetails?.modulusLength;
  if (modulusBits === undefined || bytes.length !== Math.ceil(modulusBits / 8)) return undefined;
  return bytes;
}

/** The fields of an Authorization header. */
export interface AuthorizationFields {
  readonly mchid: string;
  readonly nonce_str: string;
  /** Unix seconds, as text. */
  readonly timestamp: string;
  /** Merchant API certificate serial (not the WeChat PUB_KEY_ID). */
  readonly serial_no: string;
  readonly signature: string;
}

/**
 * `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"`
 * (pair order of the official Go SDK, no spaces after commas).
 */
export function buildAuthorization(fields: AuthorizationFields): string {
  return (
    `${AUTH_SCHEME} mchid="${fields.mchid}",nonce_str="${fields.nonce_str}",` +
    `timestamp="${fields.timestamp}",serial_no="${fields.serial_no}",signature="${fields.signature}"`
  );
}

const AUTH_PAIR = /^\s*([a-z_]+)="([^"]*)"\s*$/;
const AUTH_KEYS: readonly (keyof AuthorizationFields)[] = [
  "mchid",
  "nonce_str",
  "timestamp",
  "serial_no",
  "signature",
];

/**
 * Parses an Authorization header (any pair order). Returns undefined when the scheme is wrong, a
 * pair is malformed or duplicated, or one of the five fields is missing; unknown keys are ignored.
 */
export function parseAuthorization(header: string): AuthorizationFields | undefined {
  const prefix = `${AUTH_SCHEME} `;
  if (!header.startsWith(prefix)) return undefined;
  const found = new Map<string, string>();
  // Values never contain commas (base64, digits, hex, [0-9A-Za-z]), so a plain split is exact.
  for (const pair of header.slice(prefix.length).split(",")) {
    const match = AUTH_PAIR.exec(pair);
    if (match === null) return undefined;
    const [, key, value] = match;
    if (key === undefined || value === undefined || found.has(key)) return undefined;
    found.set(key, value);
  }
  const values: Partial<Record<keyof AuthorizationFields, string>> = {};
  for (const key of AUTH_KEYS) {
    const value = found.get(key);
    if (value === undefined || value === "") return undefined;
    values[key] = value;
  }
  return values as AuthorizationFields;
}
