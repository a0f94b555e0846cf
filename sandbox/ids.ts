/**
 * Random identifiers in the shapes WeChat Pay uses. Kept in one place so every module
 * produces the same formats (and tests can rely on them).
 */
import { randomBytes, randomInt } from "node:crypto";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function randomAlnum(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALNUM[randomInt(ALNUM.length)];
  return out;
}

export function randomDigits(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}

/** 32 upper-case hex characters, like the official Wechatpay-Nonce examples. */
export function randomNonce(): string {
  return randomBytes(16).toString("hex").toUpperCase();
}

/** 40 upper-case hex characters: the shape of a merchant API certificate serial. */
export function randomCertificateSerial(): string {
  return randomBytes(20).toString("hex").toUpperCase();
}

/** `PUB_KEY_ID_` followed by 32 digits: the 微信支付公钥 ID format. */
export function randomPublicKeyId(): string {
  return `PUB_KEY_ID_${randomDigits(32)}`;
}

/** Request-ID header value; opaque to clients, unique per response. */
export function randomRequestId(): string {
  return randomBytes(16).toString("hex").toUpperCase();
}
