/**
 * Canary secrets. Every reliability suite runs its clients (and the sandbox) with these keys, so a
 * secret that escapes into an error, a log line or a snapshot can be found by exact search.
 * The APIv3 key spells out what it is, so a hit is unmistakable in any log.
 */
import { generateKeyPairSync } from "node:crypto";
import type { KeyObject } from "node:crypto";
import type { SandboxCredentials } from "../../../sandbox/index.js";

/** 32 ASCII characters = the 32 bytes AES-256-GCM needs. */
export const CANARY_API_V3_KEY = "CanaryV3Key-DoNotLeak-7f3a9c1e5b";

export const CANARY_MCHID = "1900000109";
export const CANARY_SERIAL_NO = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
export const CANARY_PUB_KEY_ID = "PUB_KEY_ID_0119000001092026112700000000000001";
export const CANARY_APPID = "wxd678efh567hg6787";

export interface CanaryKeys {
  readonly merchantPrivate: KeyObject;
  readonly merchantPublic: KeyObject;
  readonly merchantPrivatePem: string;
  readonly merchantPublicPem: string;
  /** The "WeChat Pay" platform pair: signs responses and notifications. */
  readonly platformPrivate: KeyObject;
  readonly platformPublic: KeyObject;
  readonly platformPrivatePem: string;
  readonly platformPublicPem: string;
  /** A third pair: an attacker's key, used to forge signatures. */
  readonly otherPrivate: KeyObject;
}

let cached: CanaryKeys | undefined;

/** Generated once per test file (RSA generation is slow). */
export function canaryKeys(): CanaryKeys {
  if (cached !== undefined) return cached;
  const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const platform = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
  cached = {
    merchantPrivate: merchant.privateKey,
    merchantPublic: merchant.publicKey,
    merchantPrivatePem: merchant.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    merchantPublicPem: merchant.publicKey.export({ type: "spki", format: "pem" }).toString(),
    platformPrivate: platform.privateKey,
    platformPublic: platform.publicKey,
    platformPrivatePem: platform.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    platformPublicPem: platform.publicKey.export({ type: "spki", format: "pem" }).toString(),
    otherPrivate: other.privateKey,
  };
  return cached;
}

/** Sandbox credentials built from the canary keys (`startSandbox({ credentials })`). */
export function canaryCredentials(): SandboxCredentials {
  const keys = canaryKeys();
  return {
    mchid: CANARY_MCHID,
    merchantSerialNo: CANARY_SERIAL_NO,
    merchantPrivateKeyPem: keys.merchantPrivatePem,
    merchantPublicKeyPem: keys.merchantPublicPem,
    publicKeyId: CANARY_PUB_KEY_ID,
    platformPrivateKeyPem: keys.platformPrivatePem,
    platformPublicKeyPem: keys.platformPublicPem,
    apiV3Key: CANARY_API_V3_KEY,
    appid: CANARY_APPID,
  };
}
