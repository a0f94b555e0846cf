/**
 * Notifications (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html):
 * verify the WeChat signature over the raw body first (same rule as responses), only then parse
 * the envelope and decrypt its AEAD_AES_256_GCM resource with the APIv3 key.
 */
import { createCipheriv, createDecipheriv } from "node:crypto";
import type { KeyObject } from "node:crypto";
import {
  DecryptionError,
  NotificationFormatError,
  NotificationInputError,
  UnsupportedAlgorithmError,
} from "./errors.js";
import { getHeader } from "./headers.js";
import type { HeadersInput } from "./headers.js";
import { verifyWechatpaySignature } from "./verify.js";
import { isRecord } from "../shared/json.js";

export const NOTIFICATION_ALGORITHM = "AEAD_AES_256_GCM";
const TAG_BYTES = 16;

/** What the merchant's HTTP endpoint received. */
export interface NotificationInput {
  readonly headers: HeadersInput;
  /** Raw request body exactly as received (do not re-serialize parsed JSON). */
  readonly body: string | Uint8Array;
}

/** The encrypted `resource` of a notification envelope. */
export interface EncryptedResource {
  readonly original_type: string;
  readonly algorithm: string;
  /** base64 of ciphertext || 16-byte GCM tag */
  readonly ciphertext: string;
  /** 12-character GCM nonce (unrelated to the Wechatpay-Nonce header). */
  readonly nonce: string;
  /** GCM additional authenticated data; may be "" or absent. */
  readonly associated_data?: string;
}

/** A verified, decrypted notification. `resource` is the decrypted plaintext JSON. */
export interface Notification<T> {
  readonly id: string;
  readonly create_time: string;
  readonly event_type: string;
  readonly resource_type: string;
  readonly summary: string;
  readonly original_type: string;
  readonly resource: T;
  /** The Request-ID header, when present. */
  readonly requestId: string | undefined;
}

export interface OpenNotificationContext {
  readonly keys: ReadonlyMap<string, KeyObject>;
  readonly nowMs: number;
  readonly apiV3Key: Uint8Array;
  /**
   * Called with the verified, parsed envelope before anything is decrypted; throw to refuse it
   * (how typed handlers check `event_type` and the envelope schema first).
   */
  readonly beforeDecrypt?: (envelope: Readonly<Record<string, unknown>>) => void;
}

/**
 * Throws NotificationInputError unless `input` is `{ headers, body }` with the raw body as a
 * string or bytes: a JavaScript caller passing null, or a framework's parsed JSON object, gets a
 * typed error saying so instead of a TypeError deep inside verification.
 */
export function assertNotificationInput(input: unknown): asserts input is NotificationInput {
  if (typeof input !== "object" || input === null)
    throw new NotificationInputError(
      "invalid_input",
      `expected { headers, body } with the raw request body, got ${input === null ? "null" : typeof input}`,
    );
  const { headers, body } = input as { headers?: unknown; body?: unknown };
  if (typeof headers !== "object" || headers === null)
    throw new NotificationInputError(
      "invalid_input",
      "headers must be the request headers (an object or a Headers instance)",
    );
  if (typeof body === "string" || body instanceof Uint8Array) return;
  throw new NotificationInputError(
    "invalid_input",
    body === undefined || body === null
      ? "body is missing: pass the raw request body (Buffer, Uint8Array or string)"
      : `body must be the raw request bytes (Buffer, Uint8Array or string), got ${Array.isArray(body) ? "an array" : typeof body}${typeof body === "object" ? ": parsed JSON cannot be verified, the signature covers the exact bytes sent" : ""}`,
  );
}

/**
 * Verifies then decrypts a notification. Throws SignatureVerificationError (bad signature, stale,
 * unknown serial, probe), NotificationFormatError, UnsupportedAlgorithmError or DecryptionError.
 */
export function openNotification<T = unknown>(
  input: NotificationInput,
  context: OpenNotificationContext,
): Notification<T> {
  assertNotificationInput(input);
  verifyWechatpaySignature({
    headers: input.headers,
    body: input.body,
    keys: context.keys,
    nowMs: context.nowMs,
  });
  const envelope = parseEnvelope(input.body);
  context.beforeDecrypt?.(envelope);
  const id = stringField("id", envelope, "");
  const createTime = stringField("create_time", envelope, "");
  const eventType = stringField("event_type", envelope, "");
  const resourceType = stringField("resource_type", envelope, "");
  const encrypted = readEncryptedResource(envelope);
  const decoded = parsePlaintext(decryptResource(context.apiV3Key, encrypted));
  return {
    id,
    create_time: createTime,
    event_type: eventType,
    resource_type: resourceType,
    summary: typeof envelope.summary === "string" ? envelope.summary : "",
    original_type: encrypted.original_type,
    resource: decoded as T,
    requestId: getHeader(input.headers, "request-id"),
  };
}

/** The verified body as a JSON object. */
function parseEnvelope(body: string | Uint8Array): Record<string, unknown> {
  const text = typeof body === "string" ? body : Buffer.from(body).toString("utf8");
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    throw new NotificationFormatError("malformed_envelope", "body is not JSON");
  }
  if (!isRecord(envelope))
    throw new NotificationFormatError("malformed_envelope", "body is not a JSON object");
  return envelope;
}

/** A required non-empty string of the envelope; `where` prefixes the field's path in the error. */
function stringField(name: string, from: Record<string, unknown>, where: string): string {
  const value = from[name];
  if (typeof value !== "string" || value === "") {
    throw new NotificationFormatError(
      "malformed_envelope",
      `${where}${name} is missing or not a non-empty string`,
    );
  }
  return value;
}

/** The envelope's `resource` object, checked field by field before decryption. */
function readEncryptedResource(envelope: Record<string, unknown>): EncryptedResource {
  const resource = envelope.resource;
  if (!isRecord(resource))
    throw new NotificationFormatError("malformed_envelope", "resource is missing or not an object");
  const associated = resource.associated_data;
  if (associated !== undefined && typeof associated !== "string") {
    throw new NotificationFormatError(
      "malformed_envelope",
      "resource.associated_data is not a string",
    );
  }
  return {
    original_type: stringField("original_type", resource, "resource."),
    algorithm: stringField("algorithm", resource, "resource."),
    ciphertext: stringField("ciphertext", resource, "resource."),
    nonce: stringField("nonce", resource, "resource."),
    associated_data: associated ?? "",
  };
}

/** The decrypted resource as a JSON object. */
function parsePlaintext(plaintext: string): Record<string, unknown> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(plaintext);
  } catch {
    throw new NotificationFormatError("malformed_plaintext", "decrypted resource is not JSON");
  }
  if (!isRecord(decoded))
    throw new NotificationFormatError(
      "malformed_plaintext",
      `decrypted resource is ${decoded === null ? "null" : Array.isArray(decoded) ? "an array" : `a ${typeof decoded}`}, not a JSON object`,
    );
  return decoded;
}

/**
 * AEAD_AES_256_GCM decryption: key = the 32 APIv3-key bytes as-is, IV = UTF-8 nonce, AAD = UTF-8
 * associated_data, input = base64 ciphertext whose last 16 bytes are the tag. Returns UTF-8 text.
 */
export function decryptResource(
  apiV3Key: Uint8Array | string,
  resource: EncryptedResource,
): string {
  if (resource.algorithm !== NOTIFICATION_ALGORITHM) {
    throw new UnsupportedAlgorithmError(
      "unsupported_algorithm",
      `algorithm ${JSON.stringify(resource.algorithm).slice(0, 40)} is not ${NOTIFICATION_ALGORITHM}`,
    );
  }
  const key = typeof apiV3Key === "string" ? Buffer.from(apiV3Key, "utf8") : apiV3Key;
  if (key.length !== 32)
    throw new DecryptionError("decryption_failed", "APIv3 key must be 32 bytes");
  if (resource.nonce === "")
    throw new NotificationFormatError("malformed_envelope", "resource.nonce is empty");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(resource.ciphertext)) {
    throw new NotificationFormatError("malformed_envelope", "resource.ciphertext is not base64");
  }
  const data = Buffer.from(resource.ciphertext, "base64");
  if (data.length <= TAG_BYTES)
    throw new NotificationFormatError(
      "malformed_envelope",
      "resource.ciphertext is too short to hold a GCM tag",
    );
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(resource.nonce, "utf8"), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    decipher.setAAD(Buffer.from(resource.associated_data ?? "", "utf8"));
    return Buffer.concat([
      decipher.update(data.subarray(0, data.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new DecryptionError(
      "decryption_failed",
      "AES-GCM authentication failed (wrong APIv3 key, nonce, associated_data or tampered ciphertext)",
    );
  }
}

/**
 * The inverse of {@link decryptResource}: base64(ciphertext || tag). Used by the sandbox to send
 * notifications and by tests; merchants never need it.
 */
export function encryptResource(
  apiV3Key: Uint8Array | string,
  plaintext: string,
  nonce: string,
  associatedData: string,
): string {
  const key = typeof apiV3Key === "string" ? Buffer.from(apiV3Key, "utf8") : apiV3Key;
  const cipher = createCipheriv("aes-256-gcm", key, Buffer.from(nonce, "utf8"), {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([body, cipher.getAuthTag()]).toString("base64");
}
