/** COUPON.USE notifications: the V5 vector of fixtures/vectors.ts, then verify-then-decrypt through the client. */
import { afterAll, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import {
  DecryptionError,
  NotificationError,
  NotificationFormatError,
  SignatureVerificationError,
  UnsupportedAlgorithmError,
} from "../../runtime/errors.js";
import { decryptResource, encryptResource } from "../../runtime/notification.js";
import { buildResponseVerifyMessage, signMessage } from "../../runtime/signing.js";
import { V5 } from "./fixtures/vectors.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";

const resource = {
  original_type: "coupon",
  algorithm: "AEAD_AES_256_GCM",
  ciphertext: V5.ciphertext,
  nonce: V5.nonce,
  associated_data: V5.associatedData,
};

describe("vector V5 AEAD_AES_256_GCM", () => {
  it("decrypts to the expected plaintext byte for byte", () => {
    const plaintext = decryptResource(V5.apiV3Key, resource);
    expect(plaintext).toBe(V5.plaintext);
    expect(Buffer.byteLength(plaintext)).toBe(549);
    expect(Buffer.from(V5.ciphertext, "base64").length).toBe(565);
  });

  it('empty-AAD vector: {"a":1} encrypts to the documented ciphertext and back', () => {
    expect(encryptResource(V5.apiV3Key, V5.emptyAadPlaintext, V5.nonce, "")).toBe(
      V5.emptyAadCiphertext,
    );
    expect(
      decryptResource(V5.apiV3Key, {
        ...resource,
        ciphertext: V5.emptyAadCiphertext,
        associated_data: "",
      }),
    ).toBe(V5.emptyAadPlaintext);
    // An absent associated_data means empty AAD too.
    const { associated_data: _omit, ...withoutAad } = {
      ...resource,
      ciphertext: V5.emptyAadCiphertext,
    };
    expect(decryptResource(V5.apiV3Key, withoutAad)).toBe(V5.emptyAadPlaintext);
  });

  it("AAD 'Coupon' (capital C) fails authentication", () => {
    expect(() => decryptResource(V5.apiV3Key, { ...resource, associated_data: "Coupon" })).toThrow(
      DecryptionError,
    );
  });

  it.each([
    [
      "flipped tag byte",
      (() => {
        const b = Buffer.from(V5.ciphertext, "base64");
        b[b.length - 1] = (b[b.length - 1] ?? 0) ^ 1;
        return b.toString("base64");
      })(),
    ],
    [
      "flipped ciphertext byte",
      (() => {
        const b = Buffer.from(V5.ciphertext, "base64");
        b[0] = (b[0] ?? 0) ^ 1;
        return b.toString("base64");
      })(),
    ],
  ])("%s fails authentication", (_name, ciphertext) => {
    expect(() => decryptResource(V5.apiV3Key, { ...resource, ciphertext })).toThrow(
      DecryptionError,
    );
  });

  it("wrong key or nonce fails authentication", () => {
    expect(() => decryptResource("fedcba9876543210fedcba9876543210", resource)).toThrow(
      DecryptionError,
    );
    expect(() => decryptResource(V5.apiV3Key, { ...resource, nonce: "abcdef012346" })).toThrow(
      DecryptionError,
    );
  });

  it("a different algorithm is refused before decrypting", () => {
    const error = (() => {
      try {
        decryptResource(V5.apiV3Key, { ...resource, algorithm: "AEAD_AES_128_GCM" });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnsupportedAlgorithmError);
    expect((error as NotificationError).reason).toBe("unsupported_algorithm");
  });

  it.each([
    [
      "ciphertext shorter than a tag",
      { ...resource, ciphertext: Buffer.alloc(16).toString("base64") },
    ],
    ["ciphertext not base64", { ...resource, ciphertext: "***" }],
    ["empty nonce", { ...resource, nonce: "" }],
  ])("%s is a NotificationFormatError", (_name, bad) => {
    expect(() => decryptResource(V5.apiV3Key, bad)).toThrow(NotificationFormatError);
  });
});

describe("client.parseNotification (verify, then decrypt)", () => {
  const keys = makeTestKeys();
  const NOW = 1_700_000_000_000;
  const client = new WechatPayClient({
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivatePem,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublicPem,
    apiV3Key: V5.apiV3Key,
    now: () => NOW,
  });
  afterAll(() => client.close());

  const envelope = (
    overrides: Record<string, unknown> = {},
    resourceOverrides: Record<string, unknown> = {},
  ): string =>
    JSON.stringify({
      id: "EV-2018022511223320873",
      create_time: "2015-05-20T13:29:35+08:00",
      resource_type: "encrypt-resource",
      event_type: "COUPON.USE",
      summary: "用券成功",
      resource: { ...resource, ...resourceOverrides },
      ...overrides,
    });

  function signed(
    body: string,
    options: { tsMs?: number; serial?: string; signature?: string } = {},
  ): Record<string, string> {
    const timestamp = String(Math.floor((options.tsMs ?? NOW) / 1000));
    const nonce = "fdasflkja484w";
    return {
      "content-type": "application/json",
      "request-id": "notify-1",
      "wechatpay-timestamp": timestamp,
      "wechatpay-nonce": nonce,
      "wechatpay-serial": options.serial ?? PUB_KEY_ID,
      "wechatpay-signature-type": "WECHATPAY2-SHA256-RSA2048",
      "wechatpay-signature":
        options.signature ??
        signMessage(
          keys.wechatPrivate,
          buildResponseVerifyMessage(timestamp, nonce, Buffer.from(body)),
        ),
    };
  }

  it("returns the envelope with the decrypted, parsed resource", () => {
    const body = envelope();
    const event = client.parseNotification<{ coupon_id: string; status: string }>({
      headers: signed(body),
      body: Buffer.from(body),
    });
    expect(event).toMatchObject({
      id: "EV-2018022511223320873",
      event_type: "COUPON.USE",
      resource_type: "encrypt-resource",
      summary: "用券成功",
      original_type: "coupon",
      requestId: "notify-1",
    });
    expect(event.resource).toEqual(JSON.parse(V5.plaintext));
    expect(event.resource.coupon_id).toBe("98674556");
  });

  it("a bad signature is a SignatureVerificationError and nothing is decrypted", () => {
    const body = envelope();
    const tampered = body.replace("用券成功", "用券失败");
    expect(() => client.parseNotification({ headers: signed(body), body: tampered })).toThrow(
      SignatureVerificationError,
    );
  });

  it("a SIGNTEST probe notification fails as a verification error", () => {
    const body = envelope();
    const headers = signed(body);
    headers["wechatpay-signature"] = `WECHATPAY/SIGNTEST/${headers["wechatpay-signature"]}`;
    const error = (() => {
      try {
        client.parseNotification({ headers, body });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect((error as SignatureVerificationError).reason).toBe("signature_probe");
  });

  it("a replayed notification older than 300 s is rejected", () => {
    const body = envelope();
    expect(() =>
      client.parseNotification({ headers: signed(body, { tsMs: NOW - 301_000 }), body }),
    ).toThrow(SignatureVerificationError);
  });

  it("wrong algorithm (signed correctly) → UnsupportedAlgorithmError", () => {
    const body = envelope({}, { algorithm: "AES_256_CBC" });
    expect(() => client.parseNotification({ headers: signed(body), body })).toThrow(
      UnsupportedAlgorithmError,
    );
  });

  it("bad AAD (signed correctly) → DecryptionError", () => {
    const body = envelope({}, { associated_data: "Coupon" });
    expect(() => client.parseNotification({ headers: signed(body), body })).toThrow(
      DecryptionError,
    );
  });

  it.each([
    ["not JSON", "not json"],
    [
      "no resource",
      JSON.stringify({
        id: "x",
        create_time: "t",
        event_type: "COUPON.USE",
        resource_type: "encrypt-resource",
      }),
    ],
    ["resource without ciphertext", envelope({}, { ciphertext: undefined })],
    ["associated_data not a string", envelope({}, { associated_data: 5 })],
    ["missing id", envelope({ id: undefined })],
  ])("malformed envelope (%s) → NotificationFormatError", (_name, body) => {
    expect(() => client.parseNotification({ headers: signed(body), body })).toThrow(
      NotificationFormatError,
    );
  });

  it("plaintext that is not JSON → NotificationFormatError(malformed_plaintext)", () => {
    const body = envelope(
      {},
      { ciphertext: encryptResource(V5.apiV3Key, "not json", V5.nonce, "coupon") },
    );
    try {
      client.parseNotification({ headers: signed(body), body });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NotificationFormatError);
      expect((error as NotificationError).reason).toBe("malformed_plaintext");
    }
  });

  it("a client without apiV3Key refuses with missing_api_v3_key", () => {
    const noKey = new WechatPayClient({
      mchid: MCHID,
      serialNo: SERIAL_NO,
      privateKey: keys.merchantPrivate,
      wechatpayPublicKeyId: PUB_KEY_ID,
      wechatpayPublicKey: keys.wechatPublic,
      now: () => NOW,
    });
    const body = envelope();
    try {
      noKey.parseNotification({ headers: signed(body), body });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NotificationError);
      expect((error as NotificationError).reason).toBe("missing_api_v3_key");
    } finally {
      void noKey.close();
    }
  });
});
