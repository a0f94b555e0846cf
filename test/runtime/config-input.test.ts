/**
 * Configuration values as people paste them: what is safe to normalise is normalised
 * and signs the same as the tidy value; the rest is refused with the fix, never echoing a key.
 */
import { createPublicKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import { ConfigurationError } from "../../runtime/errors.js";
import { createNotificationHandler } from "../../runtime/notifications/handler.js";
import { webhookMetas } from "../../generated/index.js";
import { parseAuthorization } from "../../runtime/signing.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { queryStockOp } from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";

const keys = makeTestKeys();
const APIV3_KEY = "0123456789abcdef0123456789ABCDEF";
const valid: WechatPayClientConfig = {
  mchid: MCHID,
  serialNo: SERIAL_NO,
  privateKey: keys.merchantPrivatePem,
  wechatpayPublicKeyId: PUB_KEY_ID,
  wechatpayPublicKey: keys.wechatPublicPem,
};
/** The one-line form an environment variable holds: every line break written as `\n`. */
const escaped = (pem: string): string => pem.trim().replaceAll("\n", "\\n");

function configError(config: unknown): ConfigurationError {
  try {
    new WechatPayClient(config as WechatPayClientConfig);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw new Error(`expected ConfigurationError, got ${String(error)}`);
  }
  throw new Error("expected the constructor to throw");
}

/** The `serial_no` of the Authorization header the client sends, captured on a loopback server. */
async function sentSerial(config: WechatPayClientConfig): Promise<string | undefined> {
  const now = 1_700_000_000_000;
  const server = await startTestServer(() =>
    signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', now),
  );
  const client = new WechatPayClient({ ...config, baseUrl: server.baseUrl, now: () => now });
  try {
    await client.request(queryStockOp, { stock_id: "9856000", stock_creator_mchid: MCHID });
    return parseAuthorization(String(server.requests[0]?.headers.authorization))?.serial_no;
  } finally {
    await client.close();
    await server.close();
  }
}

describe("normalised: pasted values that mean the same thing", () => {
  it("a lower-case serialNo is sent upper-case (WeChat Pay answers 401 otherwise)", async () => {
    expect(await sentSerial({ ...valid, serialNo: SERIAL_NO.toLowerCase() })).toBe(SERIAL_NO);
  });

  it("surrounding whitespace is trimmed from mchid, serialNo, key ID, apiV3Key and PEMs", async () => {
    const client = new WechatPayClient({
      mchid: ` ${MCHID}\n`,
      serialNo: `\t${SERIAL_NO} `,
      privateKey: `\n\n${keys.merchantPrivatePem}  \n`,
      wechatpayPublicKeyId: ` ${PUB_KEY_ID}\r\n`,
      wechatpayPublicKey: `  ${keys.wechatPublicPem}\n`,
      apiV3Key: ` ${APIV3_KEY}\n`,
    });
    expect(client.mchid).toBe(MCHID);
    expect(client.decryptsNotifications).toBe(true);
    await client.close();
  });

  it("PEMs whose line breaks are literal \\n escapes (PKCS#8, PKCS#1, SPKI) are read", async () => {
    const pkcs1 = keys.merchantPrivate.export({ type: "pkcs1", format: "pem" }).toString();
    for (const privateKey of [escaped(keys.merchantPrivatePem), escaped(pkcs1)]) {
      await new WechatPayClient({
        ...valid,
        privateKey,
        wechatpayPublicKey: escaped(keys.wechatPublicPem),
      }).close();
    }
  });
});

describe("refused with the fix in the message", () => {
  it.each([
    ["/etc/wechatpay/apiclient_key.pem", "privateKey"],
    ["./keys/apiclient_key.pem", "privateKey"],
    ["apiclient_key.pem", "privateKey"],
    ["C:\\wechatpay\\apiclient_key.pem", "privateKey"],
  ])("a file path (%s) as %s says to pass the file's contents", (path, field) => {
    const error = configError({ ...valid, [field]: path });
    expect(error.field).toBe(field);
    expect(error.message).toContain("looks like a file path");
    expect(error.message).toContain('readFileSync(path, "utf8")');
  });

  it("a path as wechatpayPublicKey or a platform certificate gets the same hint", () => {
    expect(configError({ ...valid, wechatpayPublicKey: "/etc/pub_key.pem" }).message).toContain(
      "looks like a file path",
    );
    const error = configError({ ...valid, platformCertificates: { ABC: "./cert.pem" } });
    expect(error.field).toBe('platformCertificates["ABC"]');
    expect(error.message).toContain("looks like a file path");
  });

  it("the file's bytes (readFileSync without an encoding) ask for the text", () => {
    const error = configError({ ...valid, privateKey: Buffer.from(keys.merchantPrivatePem) });
    expect(error.message).toContain('readFileSync(path, "utf8")');
  });

  it("a broken private key names both accepted formats, not 'PKCS#8 expected'", () => {
    const broken = keys.merchantPrivatePem.replace(/\n[A-Za-z0-9+/]{20}/, "\n");
    const error = configError({ ...valid, privateKey: broken });
    expect(error.message).not.toContain("PKCS#8 expected");
    expect(error.message).toContain("PKCS#1");
    expect(error.message).toContain("apiclient_key.pem");
  });

  it("a non-hex serialNo shows what one looks like and where to read it", () => {
    const error = configError({ ...valid, serialNo: "serial=5157F09E" });
    expect(error.field).toBe("serialNo");
    expect(error.message).toContain("openssl x509 -noout -serial");
  });

  it("no message, JSON or stack echoes PEM material, whatever the mistake", () => {
    const body = keys.merchantPrivatePem.split("\n").filter((l) => !l.startsWith("-----"));
    const mistakes = [
      escaped(keys.merchantPrivatePem).replace("\\n", " "),
      keys.merchantPrivatePem.replace("-----BEGIN PRIVATE KEY-----", "-----BEGIN PRIVATE KEY"),
      keys.merchantPrivatePem.replaceAll("\n", "\r"),
      body.join("\n"),
      `"${escaped(keys.merchantPrivatePem)}"`,
      keys.merchantPrivatePem.replace("PRIVATE KEY-----", "ENCRYPTED PRIVATE KEY-----"),
    ];
    for (const privateKey of mistakes) {
      const error = configError({ ...valid, privateKey });
      const text = `${error.message} ${JSON.stringify(error)} ${String(error.stack)}`;
      for (const line of body.filter((l) => l.length >= 16)) expect(text).not.toContain(line);
    }
  });
});

describe("createNotificationHandler", () => {
  it("throws at creation when the client has no apiV3Key (not a 500 at the first delivery)", async () => {
    const client = new WechatPayClient(valid);
    try {
      expect(() =>
        createNotificationHandler(client, { webhooks: webhookMetas, onEvent: () => undefined }),
      ).toThrow(/apiV3Key is required to receive notifications/);
    } finally {
      await client.close();
    }
  });

  it("is created when apiV3Key is configured", async () => {
    const client = new WechatPayClient({ ...valid, apiV3Key: APIV3_KEY });
    try {
      const handler = createNotificationHandler(client, {
        webhooks: webhookMetas,
        onEvent: () => undefined,
      });
      expect(typeof handler.handle).toBe("function");
    } finally {
      await client.close();
    }
  });
});

it("a platform certificate given as a KeyObject is unaffected by the tidying", async () => {
  await new WechatPayClient({
    ...valid,
    platformCertificates: { ABC: createPublicKey(keys.wechatPublicPem) },
  }).close();
});
