/** Retries, timeouts and aborts against a loopback server that fails in scripted ways. */
import { getEventListeners } from "node:events";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import {
  AbortError,
  ConnectionError,
  InternalServerError,
  RateLimitError,
  TimeoutError,
} from "../../runtime/errors.js";
import {
  backoffDelayMs,
  parseRetryAfterMs,
  retryDelayMs,
  shouldRetry,
} from "../../runtime/retry.js";
import { parseAuthorization } from "../../runtime/signing.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { createStockOp, nonIdempotentOp, queryStockOp } from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";
import type { Handler, TestServer } from "./helpers/server.js";

const keys = makeTestKeys();
const NOW = 1_700_000_000_000;
let clock = NOW;
let server: TestServer;
/** Every retry wait the client asked for (the injected sleep waits 1 ms instead). */
let sleeps: number[] = [];

function makeClient(overrides: Partial<WechatPayClientConfig> = {}): WechatPayClient {
  return new WechatPayClient({
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivate,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublic,
    baseUrl: server.baseUrl,
    now: () => clock,
    retry: {
      sleep: async (ms) => {
        sleeps.push(ms);
        // Advance the fake clock so each retry is signed with a new timestamp.
        clock += 1000;
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    },
    ...overrides,
  });
}

const ok = (): ReturnType<Handler> =>
  signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', clock);
/** Answers with `failures` in order, then succeeds. */
const script =
  (...failures: ReturnType<Handler>[]): Handler =>
  (_request, index) =>
    failures[index] ?? ok();
const serverError = {
  status: 500,
  headers: { "content-type": "application/json" },
  body: '{"code":"SYSTEM_ERROR","message":"系统错误"}',
};

let client: WechatPayClient;
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
  sleeps = [];
  clock = NOW;
});

const getStock = (c = client, options = {}): Promise<unknown> =>
  c.request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID }, options);

describe("retry-safe GET", () => {
  it("500 once → recovers on the second attempt, re-signed with a fresh nonce and timestamp", async () => {
    server.setHandler(script(serverError));
    expect(await getStock()).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests.map((r) =>
      parseAuthorization(String(r.headers.authorization)),
    );
    expect(first?.nonce_str).not.toBe(second?.nonce_str);
    expect(first?.timestamp).not.toBe(second?.timestamp);
    expect(first?.signature).not.toBe(second?.signature);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(375);
    expect(sleeps[0]).toBeLessThanOrEqual(500);
  });

  it("429 with Retry-After: 3 (seconds) waits 3000 ms", async () => {
    server.setHandler(
      script({
        status: 429,
        headers: { "retry-after": "3" },
        body: '{"code":"FREQUENCY_LIMITED","message":"请求过于频繁"}',
      }),
    );
    expect(await getStock()).toEqual({ ok: true });
    expect(sleeps).toEqual([3000]);
  });

  it("429 with an HTTP-date Retry-After is honoured relative to the client clock", async () => {
    const at = new Date(NOW + 5000).toUTCString();
    server.setHandler(script({ status: 429, headers: { "retry-after": at }, body: "" }));
    expect(await getStock()).toEqual({ ok: true });
    expect(sleeps).toEqual([5000]);
  });

  it("gives up after maxRetries (default 2) with the last ApiError", async () => {
    server.setHandler(() => serverError);
    const error = await getStock().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[1]).toBeGreaterThanOrEqual(750); // exponential: ~500 then ~1000
  });

  it("any 429 is a RateLimitError whatever the code, after retries run out", async () => {
    server.setHandler(() => ({
      status: 429,
      body: '{"code":"FREQUENCY_LIMIT_EXCEED","message":"接口限频"}',
    }));
    const error = await getStock(client, { maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it("connection reset → retried and recovers", async () => {
    server.setHandler(script({ reset: true }));
    expect(await getStock()).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it("4xx is not retried", async () => {
    server.setHandler(() => ({ status: 400, body: '{"code":"PARAM_ERROR","message":"x"}' }));
    await expect(getStock()).rejects.toMatchObject({ status: 400, code: "PARAM_ERROR" });
    expect(server.requests).toHaveLength(1);
  });
});

describe("timeouts and aborts", () => {
  it("a response slower than the timeout → TimeoutError after retries", async () => {
    server.setHandler(() => ({ ...ok(), delayMs: 2000 }));
    const started = Date.now();
    const error = await getStock(client, { timeout: 100, maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a slow first attempt then a fast one recovers", async () => {
    server.setHandler((_r, index) => (index === 0 ? { ...ok(), delayMs: 2000 } : ok()));
    expect(await getStock(client, { timeout: 100 })).toEqual({ ok: true });
  });

  it("the timeout bounds the whole attempt: a body that stalls after the headers → TimeoutError", async () => {
    server.setHandler(() => ({ ...ok(), stallBodyMs: 2000 }));
    const started = Date.now();
    const error = await getStock(client, { timeout: 150, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a caller signal that never fires leaves the timeout armed, and its listener is removed", async () => {
    server.setHandler(() => ({ ...ok(), delayMs: 2000 }));
    const controller = new AbortController();
    const error = await getStock(client, {
      signal: controller.signal,
      timeout: 100,
      maxRetries: 0,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    server.setHandler(ok);
    expect(await getStock(client, { signal: controller.signal })).toEqual({ ok: true });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("the caller's signal aborts an in-flight request with AbortError and no retry", async () => {
    server.setHandler(() => ({ ...ok(), delayMs: 2000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await getStock(client, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const error = await getStock(client, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("aborting during the retry wait stops with AbortError", async () => {
    const controller = new AbortController();
    const waiting = makeClient({
      retry: {
        sleep: (_ms, signal) =>
          new Promise((_resolve, reject) => {
            signal?.addEventListener("abort", () => reject(signal.reason));
            controller.abort();
          }),
      },
    });
    server.setHandler(() => serverError);
    try {
      const error = await getStock(waiting, { signal: controller.signal }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortError);
      expect(server.requests).toHaveLength(1);
    } finally {
      await waiting.close();
    }
  });
});

describe("POST safety", () => {
  it("a non-idempotent POST is not retried after a 500", async () => {
    server.setHandler(script(serverError));
    await expect(
      client.request(nonIdempotentOp, { stock_id: "1", stock_creator_mchid: MCHID }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("a non-idempotent POST is not retried after a connection reset (it may have arrived)", async () => {
    server.setHandler(script({ reset: true }));
    const error = await client
      .request(nonIdempotentOp, { stock_id: "1", stock_creator_mchid: MCHID })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).mayHaveReachedServer).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("a non-idempotent POST is not retried after a timeout", async () => {
    server.setHandler(() => ({ ...ok(), delayMs: 2000 }));
    await expect(
      client.request(
        nonIdempotentOp,
        { stock_id: "1", stock_creator_mchid: MCHID },
        { timeout: 100 },
      ),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("an idempotent POST is retried with the same body and out_request_no, and a fresh signature", async () => {
    server.setHandler(script(serverError, { reset: true }));
    await client.request(createStockOp, {
      stock_name: "s",
      available_begin_time: "2026-01-01T00:00:00+08:00",
      out_request_no: "R-1",
    });
    expect(server.requests).toHaveLength(3);
    const bodies = new Set(server.requests.map((r) => r.body.toString()));
    expect([...bodies]).toEqual([
      '{"stock_name":"s","available_begin_time":"2026-01-01T00:00:00+08:00","out_request_no":"R-1"}',
    ]);
    const signatures = new Set(
      server.requests.map((r) => parseAuthorization(String(r.headers.authorization))?.signature),
    );
    expect(signatures.size).toBe(3);
  });

  it("a refused connection (nothing sent) is retried even for a non-idempotent POST", async () => {
    // Reserve a port, then close it so connecting is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const refused = makeClient({ baseUrl: `http://127.0.0.1:${port}` });
    try {
      const error = await refused
        .request(nonIdempotentOp, { stock_id: "1", stock_creator_mchid: MCHID })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).errorCode).toBe("ECONNREFUSED");
      expect((error as ConnectionError).mayHaveReachedServer).toBe(false);
      expect(sleeps).toHaveLength(2); // retried twice before giving up
    } finally {
      await refused.close();
    }
  });
});

describe("retry policy (pure)", () => {
  const settings = { initialDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };

  it("backoff doubles from 0.5 s to a cap of 8 s with up to 25 % jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs(n, settings, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffDelayMs(0, settings, () => 1)).toBe(375);
    expect(backoffDelayMs(10, settings, () => 0.5)).toBe(7000);
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfterMs("2", 0)).toBe(2000);
    // Strict RFC 9110 delta-seconds: digits only.
    expect(parseRetryAfterMs("0.5", 0)).toBeUndefined();
    expect(
      parseRetryAfterMs("Fri, 27 Nov 2026 00:00:10 GMT", Date.UTC(2026, 10, 27, 0, 0, 0)),
    ).toBe(10_000);
    // A past date cannot be told from clock skew: undefined, so the caller backs off normally.
    expect(
      parseRetryAfterMs("Fri, 27 Nov 2026 00:00:00 GMT", Date.UTC(2026, 10, 27, 0, 1, 0)),
    ).toBeUndefined();
    expect(parseRetryAfterMs("soon", 0)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, 0)).toBeUndefined();
  });

  it("an absurd Retry-After falls back to backoff", () => {
    expect(retryDelayMs(0, "3600", 0, settings, () => 0)).toBe(500);
    expect(retryDelayMs(0, "7", 0, settings, () => 0)).toBe(7000);
  });

  it("decides by safety", () => {
    expect(shouldRetry(500, true)).toBe(true);
    expect(shouldRetry(503, false)).toBe(false);
    expect(shouldRetry(429, true)).toBe(true);
    expect(shouldRetry(404, true)).toBe(false);
    expect(shouldRetry(new TimeoutError(1), true)).toBe(true);
    expect(shouldRetry(new TimeoutError(1), false)).toBe(false);
    expect(shouldRetry(new ConnectionError("x", { mayHaveReachedServer: false }), false)).toBe(
      true,
    );
    expect(shouldRetry(new ConnectionError("x", { mayHaveReachedServer: true }), false)).toBe(
      false,
    );
    expect(shouldRetry(new AbortError(), true)).toBe(false);
  });
});
