/**
 * Writes sandbox responses: JSON bodies signed with the platform private key
 * (`Wechatpay-Timestamp/Nonce/Signature/Serial/Signature-Type`,
 * https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml), a Request-ID on
 * every response, and the response-side faults (tampering, stale timestamps, probes, delays,
 * dropped connections).
 */
import type { KeyObject } from "node:crypto";
import type { ServerResponse } from "node:http";
import {
  AUTH_SCHEME,
  buildResponseVerifyString,
  signMessage,
  SIGNATURE_PROBE_PREFIX,
} from "../../runtime/protocol.js";
import type { Clock } from "../clock.js";
import type { PostFault } from "../faults.js";
import { randomNonce, randomPublicKeyId, randomRequestId } from "../ids.js";

export interface PlatformSigner {
  privateKey: KeyObject;
  publicKeyId: string;
  clock: Clock;
}

export interface SignedHeaders {
  "Wechatpay-Timestamp": string;
  "Wechatpay-Nonce": string;
  "Wechatpay-Signature": string;
  "Wechatpay-Serial": string;
  "Wechatpay-Signature-Type": string;
}

/** How far a `stale-timestamp` fault moves the timestamp: well outside the ±300 s window. */
const STALE_BY_SECONDS = 600;

/**
 * Signature headers for `body`, with an optional signature fault applied. The body itself is
 * not changed here (`tamper-body` is applied by the caller after signing).
 */
export function signatureHeaders(
  signer: PlatformSigner,
  body: string,
  fault?: PostFault,
): SignedHeaders {
  let timestamp = Math.floor(signer.clock.now() / 1000);
  if (fault?.kind === "stale-timestamp") timestamp -= STALE_BY_SECONDS;
  const nonce = randomNonce();
  let signature = signMessage(signer.privateKey, buildResponseVerifyString(timestamp, nonce, body));
  if (fault?.kind === "signtest") signature = `${SIGNATURE_PROBE_PREFIX}${signature}`;
  return {
    "Wechatpay-Timestamp": String(timestamp),
    "Wechatpay-Nonce": nonce,
    "Wechatpay-Signature": signature,
    "Wechatpay-Serial": fault?.kind === "wrong-serial" ? randomPublicKeyId() : signer.publicKeyId,
    "Wechatpay-Signature-Type": AUTH_SCHEME,
  };
}

/** Changes the body after it was signed, keeping it valid JSON so only the signature can tell. */
export function tamper(body: string): string {
  const digit = /\d/.exec(body);
  if (digit)
    return (
      body.slice(0, digit.index) + String((Number(digit[0]) + 1) % 10) + body.slice(digit.index + 1)
    );
  return `${body} `;
}

/** A copy of `data` with its middle byte changed (same length, so only the hash can tell). */
export function corruptOneByte(data: Buffer): Buffer {
  const copy = Buffer.from(data);
  if (copy.length === 0) return copy;
  const at = Math.floor(copy.length / 2);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

export interface ResponseSpec {
  status: number;
  /** JSON-serialisable body, or raw bytes with their content type; undefined for no body. */
  body?: unknown;
  raw?: { data: Buffer; contentType: string };
  /** false for the spec's unsigned endpoints (use/refund flow) and for control endpoints. */
  signed: boolean;
  headers?: Readonly<Record<string, string>>;
}

/**
 * Waits `ms`, or less if the connection closes first (client gone, or the sandbox closing): a
 * timer left behind would keep a user's test process alive for the rest of the delay.
 */
function delayWhileOpen(res: ServerResponse, ms: number): Promise<void> {
  if (res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      res.off("close", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once("close", done);
  });
}

export async function writeResponse(
  res: ServerResponse,
  signer: PlatformSigner,
  spec: ResponseSpec,
  fault?: PostFault,
): Promise<void> {
  if (fault?.kind === "slow") await delayWhileOpen(res, fault.ms);
  if (fault?.kind === "drop-after") {
    res.socket?.destroy();
    return;
  }
  if (res.destroyed || res.writableEnded) return;
  const text = spec.raw ? undefined : spec.body === undefined ? "" : JSON.stringify(spec.body);
  const headers: Record<string, string> = { "Request-ID": randomRequestId(), ...spec.headers };
  if (spec.signed && text !== undefined && fault?.kind !== "unsigned")
    Object.assign(headers, signatureHeaders(signer, text, fault));
  let payload: Buffer;
  if (spec.raw) {
    payload = fault?.kind === "corrupt-file" ? corruptOneByte(spec.raw.data) : spec.raw.data;
    headers["Content-Type"] = spec.raw.contentType;
  } else {
    payload = Buffer.from(
      fault?.kind === "tamper-body" ? tamper(text ?? "") : (text ?? ""),
      "utf8",
    );
    if (payload.length > 0) headers["Content-Type"] = "application/json; charset=utf-8";
  }
  headers["Content-Length"] = String(payload.length);
  res.writeHead(spec.status, headers);
  res.end(payload);
}
