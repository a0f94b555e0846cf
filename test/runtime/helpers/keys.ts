/** Test key material, generated once per test file (RSA generation is slow). */
import { generateKeyPairSync } from "node:crypto";
import type { KeyObject } from "node:crypto";

export interface TestKeys {
  readonly merchantPrivate: KeyObject;
  readonly merchantPublic: KeyObject;
  readonly wechatPrivate: KeyObject;
  readonly wechatPublic: KeyObject;
  readonly merchantPrivatePem: string;
  readonly wechatPublicPem: string;
}

export function makeTestKeys(): TestKeys {
  const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const wechat = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    merchantPrivate: merchant.privateKey,
    merchantPublic: merchant.publicKey,
    wechatPrivate: wechat.privateKey,
    wechatPublic: wechat.publicKey,
    merchantPrivatePem: merchant.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    wechatPublicPem: wechat.publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export const MCHID = "1900000001";
export const SERIAL_NO = "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C";
export const PUB_KEY_ID = "PUB_KEY_ID_0119000000012025010100000000000001";
