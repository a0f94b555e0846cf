/** Response signature verification (https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml, vector V4): every failure is a SignatureVerificationError. */
import { createPublicKey } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import { SignatureVerificationError } from "../../runtime/errors.js";
import type { SignatureFailureReason } from "../../runtime/errors.js";
import { verifyWechatpaySignature } from "../../runtime/verify.js";
import { V4, VECTOR_PUBLIC_KEY } from "./fixtures/vectors.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { queryStockOp } from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";
import type { ScriptedResponse, TestServer } from "./helpers/server.js";

const VECTOR_SERIAL = "PUB_KEY_ID_0000000000000000000000000000000001";
const vectorKeys = new Map<string, KeyObject>([
  [VECTOR_SERIAL, createPublicKey(VECTOR_PUBLIC_KEY)],
]);

function v4Headers(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    "Wechatpay-Timestamp": V4.timestamp,
    "Wechatpay-Nonce": V4.nonce,
    "Wechatpay-Signature": V4.signature,
    "Wechatpay-Serial": VECTOR_SERIAL,
    "Request-ID": "req-1",
    ...overrides,
  };
}

function failureReason(run: () => unknown): SignatureFailureReason | "passed" | "other error" {
  try {
    run();
    return "passed";
  } catch (error) {
    return error instanceof SignatureVerificationError ? error.reason : "other error";
  }
}

const atV4 = 1_554_210_000_000;

describe("vector V4 with an injected clock", () => {
  it("verifies at now = 1554210000 (raw bytes and string body)", () => {
    expect(
      verifyWechatpaySignature({
        headers: v4Headers(),
        body: Buffer.from(V4.body),
        keys: vectorKeys,
        nowMs: atV4,
      }),
    ).toEqual({
      serial: VECTOR_SERIAL,
      timestamp: 1554209980,
      nonce: V4.nonce,
    });
    expect(() =>
      verifyWechatpaySignature({
        headers: v4Headers(),
        body: V4.body,
        keys: vectorKeys,
        nowMs: atV4,
      }),
    ).not.toThrow();
  });

  it("accepts exactly 300 s late and 300 s early", () => {
    expect(
      failureReason(() =>
        verifyWechatpaySignature({
          headers: v4Headers(),
          body: V4.body,
          keys: vectorKeys,
          nowMs: 1_554_210_280_000,
        }),
      ),
    ).toBe("passed");
    expect(
      failureReason(() =>
        verifyWechatpaySignature({
          headers: v4Headers(),
          body: V4.body,
          keys: vectorKeys,
          nowMs: 1_554_209_680_000,
        }),
      ),
    ).toBe("passed");
  });

  it.each([
    ["301 s late (now = 1554210281)", 1_554_210_281_000],
    ["301 s early (two-sided window)", 1_554_209_679_000],
    ["real wall clock (2019 timestamp)", Date.now()],
  ])("rejects %s as timestamp_out_of_window", (_name, nowMs) => {
    expect(
      failureReason(() =>
        verifyWechatpaySignature({ headers: v4Headers(), body: V4.body, keys: vectorKeys, nowMs }),
      ),
    ).toBe("timestamp_out_of_window");
  });

  it("header names are case-insensitive (WHATWG Headers too)", () => {
    const lower = Object.fromEntries(
      Object.entries(v4Headers()).map(([k, v]) => [k.toLowerCase(), v]),
    );
    expect(
      failureReason(() =>
        verifyWechatpaySignature({ headers: lower, body: V4.body, keys: vectorKeys, nowMs: atV4 }),
      ),
    ).toBe("passed");
    const headers = new Headers(lower as Record<string, string>);
    expect(
      failureReason(() =>
        verifyWechatpaySignature({ headers, body: V4.body, keys: vectorKeys, nowMs: atV4 }),
      ),
    ).toBe("passed");
  });
});

describe("every failure mode has its reason and never another error type", () => {
  const cases: [string, Record<string, string | undefined>, string, SignatureFailureReason][] = [
    [
      "SIGNTEST probe",
      v4Headers({ "Wechatpay-Signature": `WECHATPAY/SIGNTEST/${V4.signature}` }),
      V4.body,
      "signature_probe",
    ],
    [
      "bare SIGNTEST probe",
      v4Headers({ "Wechatpay-Signature": "WECHATPAY/SIGNTEST/" }),
      V4.body,
      "signature_probe",
    ],
    [
      "garbage base64",
      v4Headers({ "Wechatpay-Signature": "%%%not-base64%%%" }),
      V4.body,
      "malformed_signature",
    ],
    [
      "wrong length",
      v4Headers({ "Wechatpay-Signature": Buffer.alloc(128, 7).toString("base64") }),
      V4.body,
      "malformed_signature",
    ],
    ["tampered body", v4Headers(), V4.body.replace("9865000", "9865001"), "signature_mismatch"],
    [
      "body re-serialized with spaces",
      v4Headers(),
      JSON.stringify(JSON.parse(V4.body), null, 1),
      "signature_mismatch",
    ],
    ["wrong nonce", v4Headers({ "Wechatpay-Nonce": "x" }), V4.body, "signature_mismatch"],
    [
      "unknown serial",
      v4Headers({ "Wechatpay-Serial": "PUB_KEY_ID_999" }),
      V4.body,
      "unknown_serial",
    ],
    [
      "non-numeric timestamp",
      v4Headers({ "Wechatpay-Timestamp": "1554209980.5" }),
      V4.body,
      "invalid_timestamp",
    ],
    [
      "missing Wechatpay-Timestamp",
      v4Headers({ "Wechatpay-Timestamp": undefined }),
      V4.body,
      "missing_header",
    ],
    [
      "missing Wechatpay-Nonce",
      v4Headers({ "Wechatpay-Nonce": undefined }),
      V4.body,
      "missing_header",
    ],
    [
      "missing Wechatpay-Signature",
      v4Headers({ "Wechatpay-Signature": undefined }),
      V4.body,
      "missing_header",
    ],
    [
      "empty Wechatpay-Signature",
      v4Headers({ "Wechatpay-Signature": "" }),
      V4.body,
      "missing_header",
    ],
    [
      "missing Wechatpay-Serial",
      v4Headers({ "Wechatpay-Serial": undefined }),
      V4.body,
      "missing_header",
    ],
  ];

  it.each(cases)("%s", (_name, headers, body, reason) => {
    expect(
      failureReason(() =>
        verifyWechatpaySignature({ headers, body, keys: vectorKeys, nowMs: atV4 }),
      ),
    ).toBe(reason);
  });

  it("the error carries Request-ID and serial, and its message names the reason", () => {
    try {
      verifyWechatpaySignature({
        headers: v4Headers({ "Wechatpay-Nonce": "x" }),
        body: V4.body,
        keys: vectorKeys,
        nowMs: atV4,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SignatureVerificationError);
      const e = error as SignatureVerificationError;
      expect(e.requestId).toBe("req-1");
      expect(e.serial).toBe(VECTOR_SERIAL);
      expect(e.message).toContain("signature_mismatch");
      expect(e.message).not.toContain(V4.signature);
    }
  });
});

describe("client-side verification over the wire", () => {
  const keys = makeTestKeys();
  const other = makeTestKeys();
  const NOW = 1_700_000_000_000;
  const PLATFORM_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
  let server: TestServer;
  let client: WechatPayClient;
  let next: ScriptedResponse;

  beforeAll(async () => {
    server = await startTestServer(() => next);
    client = new WechatPayClient({
      mchid: MCHID,
      serialNo: SERIAL_NO,
      privateKey: keys.merchantPrivate,
      wechatpayPublicKeyId: PUB_KEY_ID,
      wechatpayPublicKey: keys.wechatPublic,
      platformCertificates: { [PLATFORM_SERIAL]: other.wechatPublicPem },
      baseUrl: server.baseUrl,
      now: () => NOW,
      maxRetries: 0,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  const call = (): Promise<unknown> =>
    client.request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID });
  const reasonOf = async (): Promise<string> => {
    const error = await call().then(
      () => "passed",
      (e: unknown) => e,
    );
    return error instanceof SignatureVerificationError ? error.reason : String(error);
  };

  it("a valid signature passes", async () => {
    next = signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"stock_id":"1"}', NOW);
    expect(await call()).toEqual({ stock_id: "1" });
  });

  it("the key is chosen by the response's Wechatpay-Serial (platform certificate during migration)", async () => {
    next = signedResponse(other.wechatPrivate, PLATFORM_SERIAL, '{"stock_id":"2"}', NOW);
    expect(await call()).toEqual({ stock_id: "2" });
    next = signedResponse(other.wechatPrivate, PUB_KEY_ID, '{"stock_id":"2"}', NOW);
    expect(await reasonOf()).toBe("signature_mismatch");
  });

  it("an unsigned 2xx is treated as forged", async () => {
    next = {
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"stock_id":"1"}',
    };
    expect(await reasonOf()).toBe("missing_header");
  });

  it("a body changed after signing is rejected before parsing", async () => {
    const good = signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"stock_id":"1"}', NOW);
    next = { ...good, body: '{"stock_id":"2"}' };
    expect(await reasonOf()).toBe("signature_mismatch");
  });

  it("a non-JSON body that is signed correctly is still verified first (forged one never parsed)", async () => {
    const good = signedResponse(keys.wechatPrivate, PUB_KEY_ID, "{not json", NOW);
    next = {
      ...good,
      headers: {
        ...good.headers,
        "wechatpay-signature": `WECHATPAY/SIGNTEST/${good.headers?.["wechatpay-signature"]}`,
      },
    };
    expect(await reasonOf()).toBe("signature_probe");
  });

  it("a response signed by the merchant's own key is rejected", async () => {
    next = signedResponse(keys.merchantPrivate, PUB_KEY_ID, '{"stock_id":"1"}', NOW);
    expect(await reasonOf()).toBe("signature_mismatch");
  });

  it("a stale response (301 s old) is rejected", async () => {
    next = signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"stock_id":"1"}', NOW - 301_000);
    expect(await reasonOf()).toBe("timestamp_out_of_window");
  });

  it("an unknown serial is rejected", async () => {
    next = signedResponse(keys.wechatPrivate, "PUB_KEY_ID_42", '{"stock_id":"1"}', NOW);
    expect(await reasonOf()).toBe("unknown_serial");
  });

  it("error responses (4xx) are not verified and become ApiError", async () => {
    next = {
      status: 404,
      headers: { "content-type": "application/json", "request-id": "r404" },
      body: '{"code":"RESOURCE_NOT_EXISTS","message":"批次不存在"}',
    };
    const error = await call().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "NotFoundError",
      status: 404,
      code: "RESOURCE_NOT_EXISTS",
      requestId: "r404",
    });
  });
});
