/**
 * Why platform certificates could not be obtained or trusted. One class, `reason` to switch on;
 * the message says what to do. Never carries the APIv3 key, a private key or an Authorization.
 */
import { errorJson, WechatPayError } from "../errors.js";

export type PlatformCertificateFailureReason =
  /** The merchant has no platform certificates (public-key mode): configure the public key. */
  | "no_platform_certificates"
  /** A certificate did not decrypt: most likely the configured APIv3 key is not this merchant's. */
  | "decryption_failed"
  /** The answer is not the documented `{ data: [ … ] }` shape (field path in the message). */
  | "malformed_answer"
  /** A decrypted certificate is not an RSA X.509 certificate. */
  | "invalid_certificate"
  /** `serial_no` differs from the serial inside the decrypted certificate. */
  | "serial_mismatch"
  /** The answer's signature did not verify with the certificate its Wechatpay-Serial names. */
  | "signature_invalid"
  /** The answer's Wechatpay-Serial names no certificate of the answer (nor a configured key). */
  | "signer_not_listed"
  /** The answer lists one serial twice (which key would be trusted is ambiguous): refused whole. */
  | "duplicate_serial"
  /** Every certificate of the answer has expired. */
  | "no_valid_certificate"
  /** The client has no APIv3 key, which is needed to decrypt the certificates. */
  | "missing_api_v3_key"
  /** A reader-only provider found no usable certificates in its store. */
  | "store_empty"
  /** The stored `downloaded_at` is in the future (another host's clock, a bad write): treated as stale. */
  | "store_from_future"
  /** The certificate store could not be read or written (or its file is over the size limit). */
  | "store_failed";

/** Platform certificates could not be downloaded, decrypted, verified or stored. */
export class PlatformCertificateError extends WechatPayError {
  override readonly name = "PlatformCertificateError";
  readonly reason: PlatformCertificateFailureReason;

  constructor(
    reason: PlatformCertificateFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`platform certificates (${reason}): ${message}`, options);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason");
  }
}
