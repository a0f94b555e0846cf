/** Configuration errors are raised at construction, name the field and never echo key material. */
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import { ConfigurationError } from "../../runtime/errors.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";

const keys = makeTestKeys();
const valid: WechatPayClientConfig = {
  mchid: MCHID,
  serialNo: SERIAL_NO,
  privateKey: keys.merchantPrivatePem,
  wechatpayPublicKeyId: PUB_KEY_ID,
  wechatpayPublicKey: keys.wechatPublicPem,
};

function configError(config: unknown): ConfigurationError {
  try {
    new WechatPayClient(config as WechatPayClientConfig);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw new Error(`expected ConfigurationError, got ${String(error)}`);
  }
  throw new Error("expected the constructor to throw");
}

const pemBody = (pem: string): string =>
  pem.split("\n").filter((line) => !line.startsWith("-----") && line !== "")[1] ?? "";

describe("valid configurations", () => {
  it("accepts PEM strings and KeyObjects", async () => {
    await new WechatPayClient(valid).close();
    await new WechatPayClient({
      ...valid,
      privateKey: keys.merchantPrivate,
      wechatpayPublicKey: keys.wechatPublic,
    }).close();
  });

  it("accepts a PKCS#1 RSA private key PEM too", async () => {
    const pkcs1 = keys.merchantPrivate.export({ type: "pkcs1", format: "pem" }).toString();
    await new WechatPayClient({ ...valid, privateKey: pkcs1 }).close();
  });
});

describe("construction errors", () => {
  it.each([
    ["mchid", { ...valid, mchid: undefined }, "mchid", "is required"],
    ["mchid not digits", { ...valid, mchid: "19000a" }, "mchid", "digits"],
    ["serialNo", { ...valid, serialNo: "" }, "serialNo", "is required"],
    ["serialNo not hex", { ...valid, serialNo: "XYZ" }, "serialNo", "hex"],
    [
      "wechatpayPublicKeyId",
      { ...valid, wechatpayPublicKeyId: undefined },
      "wechatpayPublicKeyId",
      "is required",
    ],
    [
      "PUB_KEY_ID format",
      { ...valid, wechatpayPublicKeyId: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1" },
      "wechatpayPublicKeyId",
      "PUB_KEY_ID_",
    ],
    [
      "PUB_KEY_ID digits",
      { ...valid, wechatpayPublicKeyId: "PUB_KEY_ID_12ab" },
      "wechatpayPublicKeyId",
      "PUB_KEY_ID_",
    ],
    ["privateKey missing", { ...valid, privateKey: undefined }, "privateKey", "is required"],
    [
      "wechatpayPublicKey missing",
      { ...valid, wechatpayPublicKey: undefined },
      "wechatpayPublicKey",
      "is required",
    ],
    [
      "public key passed as private key (PEM)",
      { ...valid, privateKey: keys.wechatPublicPem },
      "privateKey",
      "public key",
    ],
    [
      "public key passed as private key (KeyObject)",
      { ...valid, privateKey: keys.merchantPublic },
      "privateKey",
      "public key",
    ],
    [
      "private key passed as WeChat public key",
      { ...valid, wechatpayPublicKey: keys.merchantPrivatePem },
      "wechatpayPublicKey",
      "private key",
    ],
    [
      "private KeyObject as WeChat public key",
      { ...valid, wechatpayPublicKey: keys.merchantPrivate },
      "wechatpayPublicKey",
      "private key",
    ],
    [
      "malformed private PEM",
      { ...valid, privateKey: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" },
      "privateKey",
      "not a valid PEM",
    ],
    ["not PEM at all", { ...valid, privateKey: "hello" }, "privateKey", "no -----BEGIN"],
    [
      "malformed public PEM",
      {
        ...valid,
        wechatpayPublicKey: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
      },
      "wechatpayPublicKey",
      "not a valid PEM",
    ],
    [
      "private key of a number type",
      { ...valid, privateKey: 42 },
      "privateKey",
      "PEM string or a KeyObject",
    ],
    ["apiV3Key too short", { ...valid, apiV3Key: "short" }, "apiV3Key", "32 bytes"],
    [
      "bad platform certificate",
      { ...valid, platformCertificates: { ABC: "nope" } },
      'platformCertificates["ABC"]',
      "not a PEM",
    ],
    ["baseUrl", { ...valid, baseUrl: "not a url" }, "baseUrl", "absolute URL"],
    [
      "baseUrl with query",
      { ...valid, baseUrl: "https://api.mch.weixin.qq.com/?x=1" },
      "baseUrl",
      "query",
    ],
    ["timeout", { ...valid, timeout: 0 }, "timeout", "positive"],
    ["timeout over the timer limit", { ...valid, timeout: 2 ** 31 }, "timeout", "2147483647"],
    ["maxRetries", { ...valid, maxRetries: 1.5 }, "maxRetries", "integer"],
    ["userAgent with newline", { ...valid, userAgent: "a\nb" }, "userAgent", "single-line"],
    // undici refuses such a header value on every request; say so at construction instead.
    [
      "userAgent with non-Latin-1 characters",
      { ...valid, userAgent: "我的商城/1.0" },
      "userAgent",
      "Latin-1",
    ],
  ])("%s", (_name, config, field, fragment) => {
    const error = configError(config);
    expect(error.field).toBe(field);
    expect(error.message).toContain(fragment);
  });

  it("an EC private key is refused (RSA required)", () => {
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
    expect(configError({ ...valid, privateKey: ec.privateKey }).message).toContain("RSA");
  });

  it("messages and toJSON never contain key material", () => {
    const broken = `${keys.merchantPrivatePem.slice(0, 200)}garbage\n-----END PRIVATE KEY-----\n`;
    for (const config of [
      { ...valid, privateKey: broken },
      { ...valid, privateKey: keys.wechatPublicPem },
      { ...valid, wechatpayPublicKey: keys.merchantPrivatePem },
      { ...valid, apiV3Key: "0123456789abcdef0123456789abcde" },
    ]) {
      const error = configError(config);
      const text = `${error.message} ${JSON.stringify(error)} ${String(error.stack)}`;
      expect(text).not.toContain(pemBody(keys.merchantPrivatePem));
      expect(text).not.toContain(pemBody(keys.wechatPublicPem));
      expect(text).not.toContain("0123456789abcdef0123456789abcde");
    }
  });

  it("a certificate-shaped public key works for platformCertificates via KeyObject", async () => {
    const pub = createPublicKey(keys.wechatPublicPem);
    await new WechatPayClient({
      ...valid,
      platformCertificates: { "5157F09EFDC096DE15EBE81A47057A7232F1B8E1": pub },
    }).close();
  });
});
