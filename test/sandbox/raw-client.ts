/**
 * A deliberately low-level client for the sandbox tests: it signs exactly the target and body
 * it is given (so tests can send wrong signatures, stale timestamps, odd encodings) and
 * returns status, headers and the raw body text.
 */
import { createPrivateKey, createPublicKey, randomBytes } from "node:crypto";
import { request } from "node:http";
import {
  buildAuthorization,
  buildRequestSigningString,
  buildResponseVerifyString,
  signMessage,
  verifyMessage,
} from "../../runtime/signing.js";
import type { Sandbox } from "../../sandbox/index.js";

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

export interface RawRequestOptions {
  /** Default: the sandbox merchant's key. */
  privateKeyPem?: string;
  mchid?: string;
  serialNo?: string;
  /** Unix seconds for the Authorization (default now). */
  timestamp?: number;
  /** Override the Wechatpay-Serial header (undefined: the sandbox's PUB_KEY_ID; null: omit). */
  wechatpaySerial?: string | null;
  /** Replace the whole Authorization header. */
  authorization?: string | null;
  headers?: Record<string, string>;
  contentType?: string;
  /** For multipart: the signed meta JSON (body is then sent as-is). */
  signedBody?: string;
}

export function rawRequest(
  sandbox: Sandbox,
  method: string,
  target: string,
  body: string | Buffer = "",
  options: RawRequestOptions = {},
): Promise<RawResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const nonce = randomBytes(16).toString("hex");
  const bodyText = options.signedBody ?? (typeof body === "string" ? body : body.toString("utf8"));
  const message = buildRequestSigningString(method, target, timestamp, nonce, bodyText);
  const signature = signMessage(
    createPrivateKey(options.privateKeyPem ?? sandbox.clientConfig.privateKey),
    message,
  );
  const authorization =
    options.authorization === undefined
      ? buildAuthorization({
          mchid: options.mchid ?? sandbox.mchid,
          nonce_str: nonce,
          timestamp: String(timestamp),
          serial_no: options.serialNo ?? sandbox.clientConfig.serialNo,
          signature,
        })
      : options.authorization;
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (authorization !== null) headers["Authorization"] = authorization;
  const serial =
    options.wechatpaySerial === undefined
      ? sandbox.clientConfig.wechatpayPublicKeyId
      : options.wechatpaySerial;
  if (serial !== null) headers["Wechatpay-Serial"] = serial;
  const payload = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  if (payload.length > 0) headers["Content-Type"] = options.contentType ?? "application/json";
  const url = new URL(sandbox.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method, path: target, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = text === "" ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          const flat: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") flat[k] = v;
          resolve({ status: res.statusCode ?? 0, headers: flat, text, json });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** Checks a sandbox response signature with the platform public key, as a client would. */
export function responseSignatureValid(sandbox: Sandbox, response: RawResponse): boolean {
  const {
    "wechatpay-timestamp": ts,
    "wechatpay-nonce": nonce,
    "wechatpay-signature": sig,
  } = response.headers;
  if (ts === undefined || nonce === undefined || sig === undefined) return false;
  return verifyMessage(
    createPublicKey(sandbox.clientConfig.wechatpayPublicKey),
    buildResponseVerifyString(ts, nonce, response.text),
    sig,
  );
}

export function jsonOf(response: RawResponse): Record<string, unknown> {
  if (response.json === null || typeof response.json !== "object")
    throw new Error(`expected a JSON object body, got: ${response.text.slice(0, 200)}`);
  return response.json as Record<string, unknown>;
}
