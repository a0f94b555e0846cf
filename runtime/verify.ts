/**
 * Verification of WeChat Pay signatures on responses and notifications
 * (https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml): all four
 * headers present, timestamp within ±300 s of our clock, serial known, RSA-SHA256 valid over the RAW
 * body bytes. Every failure is a SignatureVerificationError with a `reason`; nothing else escapes.
 */
import type { KeyObject } from "node:crypto";
import { SignatureVerificationError } from "./errors.js";
import { getHeader } from "./headers.js";
import type { HeadersInput } from "./headers.js";
import { decodeSignature, SIGNATURE_PROBE_PREFIX, verifyResponseSignature } from "./signing.js";
import { MAX_CLOCK_SKEW_SECONDS } from "../shared/clock.js";

/** Replay window (the one constant both sides use): |now − timestamp| > 300 s is refused. */
export { MAX_CLOCK_SKEW_SECONDS };

export interface VerifySignatureInput {
  readonly headers: HeadersInput;
  /** Raw body exactly as received (a string is taken as its UTF-8 bytes). */
  readonly body: Uint8Array | string;
  /** Keys by serial: the PUB_KEY_ID and any platform-certificate serials. */
  readonly keys: ReadonlyMap<string, KeyObject>;
  /** Current time in epoch ms. */
  readonly nowMs: number;
}

/** What a successful verification established. */
export interface VerifiedSignature {
  readonly serial: string;
  readonly timestamp: number;
  readonly nonce: string;
}

/** Verifies the signature headers against the raw body; throws SignatureVerificationError. */
export function verifyWechatpaySignature(input: VerifySignatureInput): VerifiedSignature {
  const requestId = getHeader(input.headers, "request-id");
  const timestampText = getHeader(input.headers, "wechatpay-timestamp");
  const nonce = getHeader(input.headers, "wechatpay-nonce");
  const signature = getHeader(input.headers, "wechatpay-signature");
  const serial = getHeader(input.headers, "wechatpay-serial");
  const fail = (reason: SignatureVerificationError["reason"], message: string): never => {
    throw new SignatureVerificationError(reason, message, { requestId, serial });
  };

  if (!timestampText || !nonce || !signature || !serial) {
    // The list of absent headers is only built on this (rare) failure path.
    const missing = [
      ["Wechatpay-Timestamp", timestampText],
      ["Wechatpay-Nonce", nonce],
      ["Wechatpay-Signature", signature],
      ["Wechatpay-Serial", serial],
    ]
      .filter(([, value]) => !value)
      .map(([name]) => name);
    return fail("missing_header", `missing ${missing.join(", ")}`);
  }

  if (!/^\d{1,12}$/.test(timestampText))
    return fail("invalid_timestamp", "Wechatpay-Timestamp is not Unix seconds");
  const timestamp = Number(timestampText);
  const skew = Math.abs(input.nowMs / 1000 - timestamp);
  // Written as "not within" so that a NaN/undefined clock fails closed instead of passing.
  if (!(skew <= MAX_CLOCK_SKEW_SECONDS)) {
    return fail(
      "timestamp_out_of_window",
      Number.isFinite(skew)
        ? `Wechatpay-Timestamp is ${Math.round(skew)} s from our clock (limit ${MAX_CLOCK_SKEW_SECONDS} s)`
        : "our clock gave no valid time (nowMs is not a finite number), so no timestamp can be in the window",
    );
  }

  const key = input.keys.get(serial);
  if (key === undefined)
    return fail("unknown_serial", `no WeChat Pay public key configured for serial ${serial}`);

  // The probe prefix is reported as such for logs, but only after it failed like any bad signature.
  const body = typeof input.body === "string" ? Buffer.from(input.body, "utf8") : input.body;
  if (verifyResponseSignature(key, timestampText, nonce, body, signature)) {
    return { serial, timestamp, nonce };
  }
  if (signature.startsWith(SIGNATURE_PROBE_PREFIX))
    return fail("signature_probe", "WECHATPAY/SIGNTEST/ probe signature");
  if (decodeSignature(key, signature) === undefined)
    return fail(
      "malformed_signature",
      "Wechatpay-Signature is not a base64 RSA signature of the right length",
    );
  return fail("signature_mismatch", "RSA-SHA256 signature does not match the body");
}
