import { X509Certificate, generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSelfSignedCertificatePem } from "../../sandbox/certificates/x509.js";

/**
 * Throwaway credentials for one bench run. The merchant key signs requests; the "platform"
 * key pair plays WeChat Pay's 微信支付公钥 (the server signs responses with its private half,
 * clients verify with the public half under a PUB_KEY_ID serial).
 */
export interface BenchFixtures {
  readonly mchid: string;
  /** Upper-case hex serial of the self-signed merchant API certificate. */
  readonly merchantSerial: string;
  readonly pubKeyId: string;
  readonly merchantPrivateKeyPem: string;
  /** Self-signed X.509 merchant certificate (wechatpay-node-v3 insists on one to derive the serial). */
  readonly merchantCertificatePem: string;
  readonly platformPublicKeyPem: string;
  readonly platformPrivateKeyPem: string;
  readonly stockCreatorMchid: string;
}

const FILE = "fixtures.json";

/** Generates fresh keys and a self-signed merchant certificate into `dir`. */
export function createFixtures(dir: string): BenchFixtures {
  mkdirSync(dir, { recursive: true });
  const merchant = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const platform = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const merchantPrivateKeyPem = merchant.privateKey
    .export({ type: "pkcs8", format: "pem" })
    .toString();
  writeFileSync(join(dir, "apiclient_key.pem"), merchantPrivateKeyPem, { mode: 0o600 });
  const merchantCertificatePem = createSelfSignedCertificatePem({
    privateKey: merchant.privateKey,
    publicKey: merchant.publicKey,
    commonName: "1900000001",
    validDays: 2,
  });
  writeFileSync(join(dir, "apiclient_cert.pem"), merchantCertificatePem);
  const fixtures: BenchFixtures = {
    mchid: "1900000001",
    merchantSerial: new X509Certificate(merchantCertificatePem).serialNumber.toUpperCase(),
    pubKeyId: "PUB_KEY_ID_0119000000012025112700000000000001",
    merchantPrivateKeyPem,
    merchantCertificatePem,
    platformPublicKeyPem: platform.publicKey.export({ type: "spki", format: "pem" }).toString(),
    platformPrivateKeyPem: platform.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    stockCreatorMchid: "1900000001",
  };
  writeFileSync(join(dir, FILE), JSON.stringify(fixtures), { mode: 0o600 });
  return fixtures;
}

export function loadFixtures(dir: string): BenchFixtures {
  return JSON.parse(readFileSync(join(dir, FILE), "utf8")) as BenchFixtures;
}
