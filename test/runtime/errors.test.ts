/** ApiError mapping, and the rule that no error ever carries a secret. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  WechatPayError,
} from "../../runtime/errors.js";
import { parseAuthorization } from "../../runtime/signing.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { createStockOp, queryStockOp } from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";
import type { ScriptedResponse, TestServer } from "./helpers/server.js";

const bytes = (text: string): Uint8Array => Buffer.from(text, "utf8");

describe("ApiError.fromResponse", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [409, ApiError],
  ])("%i → %s", (status, Class) => {
    const error = ApiError.fromResponse(status, bytes('{"code":"X","message":"m"}'), "rid");
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(WechatPayError);
    expect(error.name).toBe(Class.name);
  });

  it("keeps code, WeChat's message, detail and Request-ID", () => {
    const body =
      '{"code":"PARAM_ERROR","message":"页大小超过阈值","detail":{"field":"limit","value":11,"issue":"too big","location":"query"}}';
    const error = ApiError.fromResponse(400, bytes(body), "08F78BB5AF0610D302");
    expect(error).toMatchObject({
      status: 400,
      code: "PARAM_ERROR",
      apiMessage: "页大小超过阈值",
      detail: { field: "limit", value: 11, issue: "too big", location: "query" },
      requestId: "08F78BB5AF0610D302",
    });
    expect(error.message).toBe(
      "HTTP 400 PARAM_ERROR: 页大小超过阈值 [Request-ID 08F78BB5AF0610D302]",
    );
    expect(error.toJSON()).toEqual({
      name: "BadRequestError",
      message: error.message,
      status: 400,
      code: "PARAM_ERROR",
      apiMessage: "页大小超过阈值",
      detail: { field: "limit", value: 11, issue: "too big", location: "query" },
      requestId: "08F78BB5AF0610D302",
    });
  });

  it("an empty body still gives a useful error", () => {
    const error = ApiError.fromResponse(502, new Uint8Array(0), "r");
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.code).toBeUndefined();
    expect(error.message).toBe("HTTP 502 (empty body) [Request-ID r]");
  });

  it("an HTML or broken-JSON body gives a useful error with the start of the body", () => {
    const error = ApiError.fromResponse(503, bytes("<html>busy</html>"), undefined);
    expect(error.message).toBe("HTTP 503 (body is not WeChat's error JSON)");
    expect(error.rawBody).toBe("<html>busy</html>");
    expect(ApiError.fromResponse(400, bytes('{"code":'), undefined).rawBody).toBe('{"code":');
    expect(ApiError.fromResponse(400, bytes("[1,2]"), undefined).code).toBeUndefined();
  });

  it("a 429 with any code is a RateLimitError", () => {
    for (const code of [
      "FREQUENCY_LIMITED",
      "FREQUENCY_LIMIT_EXCEED",
      "RATELIMIT_EXCEEDED",
      "WHATEVER",
    ]) {
      expect(
        ApiError.fromResponse(429, bytes(`{"code":"${code}","message":"x"}`), undefined),
      ).toBeInstanceOf(RateLimitError);
    }
  });
});

describe("secrets never appear in errors", () => {
  const keys = makeTestKeys();
  const apiV3Key = "S3cr3tS3cr3tS3cr3tS3cr3tS3cr3t!!";
  let server: TestServer;
  let client: WechatPayClient;
  let next: (signature: string) => ScriptedResponse;

  beforeAll(async () => {
    server = await startTestServer((request) =>
      next(parseAuthorization(String(request.headers.authorization))?.signature ?? ""),
    );
    client = new WechatPayClient({
      mchid: MCHID,
      serialNo: SERIAL_NO,
      privateKey: keys.merchantPrivatePem,
      wechatpayPublicKeyId: PUB_KEY_ID,
      wechatpayPublicKey: keys.wechatPublicPem,
      apiV3Key,
      baseUrl: server.baseUrl,
      maxRetries: 0,
      now: () => 1_700_000_000_000,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  const privateBody = (): string =>
    keys.merchantPrivatePem.replace(/-----[^-]+-----/g, "").replace(/\s/g, "");

  it("API errors, verification errors, validation errors and timeouts stay clean", async () => {
    const errors: unknown[] = [];
    const signatures: string[] = [];
    const scenarios: ((sig: string) => ScriptedResponse)[] = [
      (sig) => ({
        status: 401,
        body: `{"code":"SIGN_ERROR","message":"错误的签名,验签失败","detail":{"sign_information":{"method":"GET"}}}`,
        headers: { "x-sig": sig.slice(0, 4) },
      }),
      () => ({ status: 500, body: "" }),
      () => ({ status: 200, body: "{}" }),
      () => signedResponse(keys.merchantPrivate, PUB_KEY_ID, "{}", 1_700_000_000_000),
      () => ({
        ...signedResponse(keys.wechatPrivate, PUB_KEY_ID, "{}", 1_700_000_000_000),
        delayMs: 500,
      }),
    ];
    for (const scenario of scenarios) {
      next = (sig) => {
        signatures.push(sig);
        return scenario(sig);
      };
      errors.push(
        await client
          .request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID }, { timeout: 200 })
          .catch((e: unknown) => e),
      );
    }
    errors.push(
      await client
        .request(createStockOp, { stock_name: 5 as unknown as string, nope: 1 })
        .catch((e: unknown) => e),
    );
    errors.push(
      (() => {
        try {
          client.parseNotification({ headers: {}, body: "{}" });
        } catch (e) {
          return e;
        }
        return undefined;
      })(),
    );

    expect(errors.every((e) => e instanceof WechatPayError)).toBe(true);
    expect(signatures.length).toBeGreaterThan(0);
    for (const error of errors) {
      const text = `${(error as Error).message}\n${JSON.stringify(error)}\n${String((error as Error).stack)}`;
      expect(text).not.toContain(privateBody().slice(20, 80));
      expect(text).not.toContain(apiV3Key);
      for (const sig of signatures) expect(text).not.toContain(sig.slice(0, 32));
      expect(text).not.toContain("WECHATPAY2-SHA256-RSA2048 mchid=");
    }
  });
});
