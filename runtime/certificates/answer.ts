/**
 * Reading the answer of `GET /v3/certificates` (WeChat Pay's APIv3 guide, 平台证书:
 * https://wechatpay-api.gitbook.io/wechatpay-api-v3/jie-kou-wen-dang/ping-tai-zheng-shu): `{ "data": [ { serial_no,
 * effective_time, expire_time, encrypt_certificate: { algorithm, nonce, associated_data,
 * ciphertext } } ] }`. The answer is signed with a platform certificate the first download does not
 * hold yet, so the order is: decrypt every certificate with the APIv3 key (AEAD_AES_256_GCM, as
 * notifications), then verify the answer's signature with the certificate its Wechatpay-Serial
 * names from that just-decrypted list, and refuse the whole download if anything fails.
 */
import { X509Certificate } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { ApiError, NotificationError, SignatureVerificationError } from "../errors.js";
import { getHeader } from "../headers.js";
import type { HeadersInput } from "../headers.js";
import { decryptResource } from "../notification.js";
import { verifyWechatpaySignature } from "../verify.js";
import { isEffective, normaliseSerial, readPlatformCertificate } from "./certificate.js";
import type { PlatformCertificate } from "./certificate.js";
import { isRecord } from "../../shared/json.js";
import { PlatformCertificateError } from "./errors.js";

/** The raw HTTP answer, exactly as received. */
export interface CertificateAnswer {
  readonly status: number;
  readonly headers: HeadersInput;
  readonly body: Uint8Array;
}

export interface CertificateAnswerContext {
  /** The 32-byte APIv3 key. */
  readonly apiV3Key: Uint8Array;
  /** Current time, epoch ms (signature window and expiry). */
  readonly nowMs: number;
  /**
   * Keys already configured (a WeChat Pay public key during a migration): an answer signed with
   * one of them is verified with it instead of a listed certificate.
   */
  readonly configuredKeys?: ReadonlyMap<string, KeyObject>;
}

const PUBLIC_KEY_ADVICE =
  "this merchant has no platform certificates (it uses WeChat Pay public key mode): configure wechatpayPublicKeyId and wechatpayPublicKey instead";

/**
 * Decrypts, checks and verifies a certificates answer; returns the certificates that are effective
 * now or will be (expired ones are dropped). Throws PlatformCertificateError, or ApiError for a
 * non-2xx answer other than "no certificates".
 */
export function readCertificateAnswer(
  answer: CertificateAnswer,
  context: CertificateAnswerContext,
): PlatformCertificate[] {
  const requestId = getHeader(answer.headers, "request-id");
  if (answer.status === 404)
    throw new PlatformCertificateError("no_platform_certificates", PUBLIC_KEY_ADVICE);
  if (answer.status < 200 || answer.status > 299)
    throw ApiError.fromResponse(answer.status, answer.body, requestId);

  const entries = parseEntries(answer.body);
  if (entries.length === 0)
    throw new PlatformCertificateError("no_platform_certificates", PUBLIC_KEY_ADVICE);

  // 1. Decrypt every certificate: the signer is among them. A serial listed twice is refused
  // before anything is trusted: otherwise the later entry's key silently replaced the earlier.
  const decrypted = entries.map((entry, index) => decryptEntry(entry, index, context.apiV3Key));
  refuseDuplicateSerials(decrypted);
  // 2. Verify the answer before anything listed is trusted.
  const signer = verifyAnswer(answer, decrypted, context);

  // 3. Each listed serial_no must be its certificate's serial; windows must make sense.
  const certificates = decrypted.map((d) =>
    readPlatformCertificate(d.pem, d.entry.serialNo, d.entry, d.where),
  );
  const signerCertificate =
    signer === undefined ? undefined : certificates[decrypted.indexOf(signer)];
  if (signerCertificate !== undefined && !isEffective(signerCertificate, context.nowMs)) {
    throw new PlatformCertificateError(
      "signature_invalid",
      `the answer is signed with certificate ${signerCertificate.serialNo}, which is not valid now`,
    );
  }

  // 4. Keep what is or will become usable.
  const usable = certificates.filter((c) => c.expireTime > context.nowMs);
  if (usable.length === 0) {
    throw new PlatformCertificateError(
      "no_valid_certificate",
      "every certificate of the answer has expired",
    );
  }
  return usable;
}

/**
 * Refuses an answer whose certificates share a serial (by the X.509 serial, the one keys are held
 * under once each `serial_no` is checked against it).
 */
function refuseDuplicateSerials(decrypted: readonly DecryptedEntry[]): void {
  const seen = new Map<string, string>();
  for (const d of decrypted) {
    const serial = normaliseSerial(d.x509.serialNumber);
    const first = seen.get(serial);
    if (first !== undefined)
      throw new PlatformCertificateError(
        "duplicate_serial",
        `${d.where} repeats serial ${serial} of ${first}; the answer is refused whole`,
      );
    seen.set(serial, d.where);
  }
}

/** One listed certificate after decryption. */
interface DecryptedEntry {
  readonly entry: Entry;
  readonly where: string;
  readonly pem: string;
  readonly x509: X509Certificate;
}

/** Decrypts `data[index]` with the APIv3 key and parses it as an X.509 certificate. */
function decryptEntry(entry: Entry, index: number, apiV3Key: Uint8Array): DecryptedEntry {
  const where = `data[${index}]`;
  let pem: string;
  try {
    pem = decryptResource(apiV3Key, {
      original_type: "certificate",
      algorithm: entry.algorithm,
      ciphertext: entry.ciphertext,
      nonce: entry.nonce,
      associated_data: entry.associatedData,
    });
  } catch (error) {
    if (error instanceof NotificationError && error.reason === "decryption_failed") {
      throw new PlatformCertificateError(
        "decryption_failed",
        `${where}.encrypt_certificate did not decrypt: the configured APIv3 key is most likely not this merchant's (check it in the merchant platform; it is not shown here), or the answer was altered in transit`,
      );
    }
    const detail = error instanceof Error ? error.message.replace(/^.*?: /, "") : "";
    throw new PlatformCertificateError(
      "malformed_answer",
      `${where}.encrypt_certificate: ${detail}`,
    );
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(pem);
  } catch {
    throw new PlatformCertificateError(
      "invalid_certificate",
      `${where} did not decrypt to a PEM X.509 certificate`,
    );
  }
  return { entry, where, pem, x509 };
}

/**
 * Verifies the answer with the certificate its Wechatpay-Serial names (matched against each
 * certificate's own serial, not the listed serial_no), or with a configured key. Returns the
 * signing entry when it is one of the listed certificates.
 */
function verifyAnswer(
  answer: CertificateAnswer,
  decrypted: readonly DecryptedEntry[],
  context: CertificateAnswerContext,
): DecryptedEntry | undefined {
  const serial = getHeader(answer.headers, "wechatpay-serial");
  const signer =
    serial === undefined
      ? undefined
      : decrypted.find((d) => normaliseSerial(d.x509.serialNumber) === normaliseSerial(serial));
  const configured = serial === undefined ? undefined : context.configuredKeys?.get(serial);
  if (serial !== undefined && signer === undefined && configured === undefined) {
    throw new PlatformCertificateError(
      "signer_not_listed",
      `the answer is signed with ${JSON.stringify(serial.slice(0, 64))}, which is none of the certificates it lists`,
    );
  }
  const key = signer?.x509.publicKey ?? configured;
  try {
    verifyWechatpaySignature({
      headers: answer.headers,
      body: answer.body,
      keys: new Map(serial === undefined || key === undefined ? [] : [[serial, key]]),
      nowMs: context.nowMs,
    });
  } catch (error) {
    if (!(error instanceof SignatureVerificationError)) throw error;
    throw new PlatformCertificateError(
      "signature_invalid",
      `the answer's signature did not verify (${error.reason}); it was refused whole`,
      { cause: error },
    );
  }
  return signer;
}

interface Entry {
  readonly serialNo: string;
  readonly effectiveTime: number;
  readonly expireTime: number;
  readonly algorithm: string;
  readonly nonce: string;
  readonly associatedData: string;
  readonly ciphertext: string;
}

function parseEntries(body: Uint8Array): Entry[] {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
  } catch {
    throw new PlatformCertificateError("malformed_answer", "the answer is not JSON");
  }
  if (!isRecord(json) || !Array.isArray(json.data))
    throw new PlatformCertificateError("malformed_answer", "data is missing or not an array");
  return json.data.map((item: unknown, index) => {
    const where = `data[${index}]`;
    if (!isRecord(item))
      throw new PlatformCertificateError("malformed_answer", `${where} is not an object`);
    const encrypted = item.encrypt_certificate;
    if (!isRecord(encrypted))
      throw new PlatformCertificateError(
        "malformed_answer",
        `${where}.encrypt_certificate is missing or not an object`,
      );
    const associated = encrypted.associated_data;
    if (associated !== undefined && typeof associated !== "string")
      throw new PlatformCertificateError(
        "malformed_answer",
        `${where}.encrypt_certificate.associated_data is not a string`,
      );
    return {
      serialNo: text(item, "serial_no", where),
      effectiveTime: time(item, "effective_time", where),
      expireTime: time(item, "expire_time", where),
      algorithm: text(encrypted, "algorithm", `${where}.encrypt_certificate`),
      nonce: text(encrypted, "nonce", `${where}.encrypt_certificate`),
      associatedData: associated ?? "",
      ciphertext: text(encrypted, "ciphertext", `${where}.encrypt_certificate`),
    };
  });
}

function text(from: Record<string, unknown>, name: string, where: string): string {
  const value = from[name];
  if (typeof value !== "string" || value === "")
    throw new PlatformCertificateError(
      "malformed_answer",
      `${where}.${name} is missing or not a non-empty string`,
    );
  return value;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

function time(from: Record<string, unknown>, name: string, where: string): number {
  const value = text(from, name, where);
  const ms = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new PlatformCertificateError(
      "malformed_answer",
      `${where}.${name} is not an RFC 3339 time`,
    );
  return ms;
}
