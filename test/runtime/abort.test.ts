/**
 * Aborts keep the caller's reason: AbortError.cause is the signal's reason, and `kind` tells a
 * deadline signal (AbortSignal.timeout) from a user abort, whether the abort happens before
 * sending, in flight or during a retry wait.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import { AbortError, TimeoutError } from "../../runtime/errors.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { queryStockOp } from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";
import type { TestServer } from "./helpers/server.js";

const keys = makeTestKeys();
let server: TestServer;
let client: WechatPayClient;

function makeClient(overrides: Partial<WechatPayClientConfig> = {}): WechatPayClient {
  return new WechatPayClient({
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivate,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublic,
    baseUrl: server.baseUrl,
    ...overrides,
  });
}

const ok = () => signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', Date.now());
const slow = () => ({ ...ok(), delayMs: 2000 });

beforeAll(async () => {
  server = await startTestServer(ok);
  client = makeClient();
});
afterAll(async () => {
  await client.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

async function failure(c: WechatPayClient, signal: AbortSignal): Promise<AbortError> {
  const error = await c
    .request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID }, { signal })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AbortError);
  expect(error).not.toBeInstanceOf(TimeoutError);
  return error as AbortError;
}

describe("AbortError keeps the signal's reason", () => {
  it("an in-flight user abort: cause is the reason given to abort(), kind 'abort'", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    // Aborted once the server holds the request: in flight, whatever the machine's speed.
    server.setHandler(() => {
      controller.abort(reason);
      return slow();
    });
    const error = await failure(client, controller.signal);
    expect(error.cause).toBe(reason);
    expect(error.kind).toBe("abort");
    expect(server.requests).toHaveLength(1);
  });

  it("a non-Error reason is kept as is", async () => {
    const error = await failure(client, AbortSignal.abort("shutting down"));
    expect(error.cause).toBe("shutting down");
    expect(error.kind).toBe("abort");
    expect(server.requests).toHaveLength(0);
  });

  it("abort() without a reason: cause is the signal's default AbortError DOMException", async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client, controller.signal);
    expect(error.cause).toBe(controller.signal.reason);
    expect((error.cause as DOMException).name).toBe("AbortError");
    expect(error.kind).toBe("abort");
  });

  it("AbortSignal.timeout(ms) in flight: kind 'timeout', cause the TimeoutError DOMException", async () => {
    server.setHandler(slow);
    const signal = AbortSignal.timeout(50);
    const error = await failure(client, signal);
    expect(error.kind).toBe("timeout");
    expect(error.cause).toBe(signal.reason);
    expect((error.cause as DOMException).name).toBe("TimeoutError");
    expect(error.message).toMatch(/timed out/);
    expect(error.toJSON()).toMatchObject({ name: "AbortError", kind: "timeout" });
  });

  it("AbortSignal.any over a timeout keeps the timeout kind", async () => {
    server.setHandler(slow);
    const error = await failure(
      client,
      AbortSignal.any([new AbortController().signal, AbortSignal.timeout(50)]),
    );
    expect(error.kind).toBe("timeout");
  });

  it("an abort during the retry wait keeps the reason", async () => {
    server.setHandler(() => ({
      status: 500,
      headers: { "content-type": "application/json" },
      body: '{"code":"SYSTEM_ERROR","message":"系统错误"}',
    }));
    const controller = new AbortController();
    const reason = new Error("stop retrying");
    const waiting = makeClient({
      retry: {
        sleep: (_ms, signal) =>
          new Promise((_resolve, reject) => {
            signal?.addEventListener("abort", () => reject(signal.reason));
            controller.abort(reason);
          }),
      },
    });
    try {
      const error = await failure(waiting, controller.signal);
      expect(error.cause).toBe(reason);
      expect(server.requests).toHaveLength(1);
    } finally {
      await waiting.close();
    }
  });
});
