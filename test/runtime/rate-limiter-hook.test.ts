/**
 * The client's `rateLimiter` hook: awaited before every attempt (retries too, since WeChat Pay
 * counts each), settled after each attempt ends, given the operation and the merchant; its error
 * fails the call unsent; a limiter without `acquire` is a ConfigurationError at construction.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import { ConfigurationError } from "../../runtime/errors.js";
import type { CallRateLimiter } from "../../runtime/rate-limit.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { queryStockOp } from "./helpers/operations.js";
import { signedResponse, startTestServer, type TestServer } from "./helpers/server.js";

const keys = makeTestKeys();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(() =>
    signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', Date.now()),
  );
});
afterAll(() => server.close());

function config(rateLimiter: unknown): WechatPayClientConfig {
  return {
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivate,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublic,
    baseUrl: server.baseUrl,
    retry: { sleep: async () => undefined },
    rateLimiter: rateLimiter as CallRateLimiter,
  };
}

/** Records what the client asks of it, in order. */
function recordingLimiter(events: string[], refuse = false): CallRateLimiter {
  return {
    async acquire(op, context) {
      events.push(
        `acquire ${op.operationId} ${context.mchid} (sent so far: ${server.requests.length})`,
      );
      if (refuse) throw new Error("no slot");
      return { settle: () => events.push(`settle (sent: ${server.requests.length})`) };
    },
  };
}

const getStock = (client: WechatPayClient) =>
  client.request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID });

describe("client rateLimiter option", () => {
  it("acquires before and settles after every attempt, retries included", async () => {
    server.requests.length = 0;
    let calls = 0;
    server.setHandler(() =>
      calls++ === 0
        ? { status: 500, headers: {}, body: '{"code":"SYSTEM_ERROR","message":"x"}' }
        : signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', Date.now()),
    );
    const events: string[] = [];
    const client = new WechatPayClient(config(recordingLimiter(events)));
    try {
      expect(await getStock(client)).toEqual({ ok: true });
    } finally {
      await client.close();
    }
    expect(events).toEqual([
      `acquire ${queryStockOp.operationId} ${MCHID} (sent so far: 0)`,
      "settle (sent: 1)",
      `acquire ${queryStockOp.operationId} ${MCHID} (sent so far: 1)`,
      "settle (sent: 2)",
    ]);
  });

  it("a limiter that refuses fails the call before anything is sent", async () => {
    server.requests.length = 0;
    const events: string[] = [];
    const client = new WechatPayClient(config(recordingLimiter(events, true)));
    try {
      await expect(getStock(client)).rejects.toThrow("no slot");
    } finally {
      await client.close();
    }
    expect(server.requests).toHaveLength(0);
  });

  it("a rateLimiter without acquire is a ConfigurationError naming the field", () => {
    expect(() => new WechatPayClient(config({}))).toThrow(ConfigurationError);
    expect(() => new WechatPayClient(config({}))).toThrow(/rateLimiter/);
  });
});
