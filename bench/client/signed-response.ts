import { createPrivateKey, randomBytes, sign } from "node:crypto";
import type { BenchFixtures } from "./fixtures.js";

/**
 * Response headers WeChat Pay would send with `body`: signed over `timestamp\nnonce\nbody\n` with
 * the platform key, under the PUB_KEY_ID serial, timestamped now (valid for the clients' ±300 s).
 */
export function signedResponseHeaders(
  fixtures: BenchFixtures,
  body: Buffer,
): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString("hex");
  const message = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, Buffer.from("\n")]);
  return {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(body.length),
    "request-id": "08F78BB5AF0610D302A38D7E19A0B56D",
    "wechatpay-timestamp": timestamp,
    "wechatpay-nonce": nonce,
    "wechatpay-serial": fixtures.pubKeyId,
    "wechatpay-signature": sign(
      "sha256",
      message,
      createPrivateKey(fixtures.platformPrivateKeyPem),
    ).toString("base64"),
    "wechatpay-signature-type": "WECHATPAY2-SHA256-RSA2048",
  };
}
