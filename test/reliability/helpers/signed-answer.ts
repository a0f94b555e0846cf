/** Builds WeChat-Pay-style signed answers with the canary platform key (or any key, to forge). */
import { randomBytes } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { buildResponseVerifyMessage, signMessage } from "../../../runtime/signing.js";
import { CANARY_PUB_KEY_ID } from "./canary.js";

export interface SignedHeaders {
  "wechatpay-timestamp": string;
  "wechatpay-nonce": string;
  "wechatpay-signature": string;
  "wechatpay-serial": string;
  [name: string]: string;
}

export function signedHeaders(
  privateKey: KeyObject,
  body: Buffer,
  options: { timestamp?: number; nonce?: string; serial?: string } = {},
): SignedHeaders {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? randomBytes(16).toString("hex").toUpperCase();
  return {
    "wechatpay-timestamp": timestamp,
    "wechatpay-nonce": nonce,
    "wechatpay-signature": signMessage(
      privateKey,
      buildResponseVerifyMessage(timestamp, nonce, body),
    ),
    "wechatpay-serial": options.serial ?? CANARY_PUB_KEY_ID,
  };
}
