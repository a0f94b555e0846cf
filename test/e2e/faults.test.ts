/**
 * Every sandbox fault mode against the real client: retried where the runtime promises retries,
 * otherwise surfaced as the promised error (SignatureVerificationError, TimeoutError,
 * ConnectionError, InternalServerError, RateLimitError).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createCouponStock,
  listStocks,
  queryCallback,
  restartStock,
  setCallback,
  startStock,
  pauseStock,
  useFlow,
  sendCoupon,
} from "../../generated/index.js";
import {
  ConnectionError,
  InternalServerError,
  RateLimitError,
  SignatureVerificationError,
  TimeoutError,
} from "../../runtime/index.js";
import { startE2E, stockParams, uniqueNo, type E2E } from "./harness.js";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E({ rateLimits: false });
  await setCallback(e2e.client, {
    mchid: e2e.sandbox.mchid,
    notify_url: "https://merchant.example.com/notify",
  });
});
afterEach(() => {
  e2e.sandbox.setFault(undefined);
  e2e.sleeps.length = 0;
});
afterAll(async () => {
  await e2e.close();
});

const fault = (mode: string) => ({ headers: { "X-Sandbox-Fault": mode } });
const query = (options: Parameters<typeof queryCallback>[2] = {}) =>
  queryCallback(e2e.client, { mchid: e2e.sandbox.mchid }, options);

async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

describe("retried faults", () => {
  it("500-once: a GET is retried and succeeds", async () => {
    expect(await query(fault("500-once"))).toMatchObject({ mchid: e2e.sandbox.mchid });
    expect(e2e.sleeps).toHaveLength(1);
  });

  // The 500 is injected before processing, so this shows the retry, not the dedupe; see drop-after below.
  it("500-once: an idempotent create is retried and succeeds", async () => {
    const before = e2e.sandbox.countStocks();
    const created = await createCouponStock(
      e2e.client,
      stockParams(e2e.sandbox),
      fault("500-once"),
    );
    expect(e2e.sleeps).toHaveLength(1);
    expect(e2e.sandbox.countStocks()).toBe(before + 1);
    expect(e2e.sandbox.getStock(created.stock_id)).toBeDefined();
  });

  it("drop-after on an idempotent create: the retry resends the same out_request_no and gets the stock the first attempt created", async () => {
    // drop-after processes the request (the stock exists) and then cuts the connection: only
    // idempotent replay on out_request_no keeps the retry from creating a second stock.
    e2e.sandbox.setFault({ mode: "drop-after", times: 1, operations: ["createCouponStock"] });
    const before = e2e.sandbox.countStocks();
    const created = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    expect(e2e.sleeps).toHaveLength(1);
    expect(e2e.sandbox.countStocks()).toBe(before + 1);
    expect(e2e.sandbox.getStock(created.stock_id)).toBeDefined();
  });

  it("500-once: a non-idempotent POST (restart) is NOT retried", async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    await pauseStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    const error = await rejection(
      restartStock(
        e2e.client,
        { stock_id, stock_creator_mchid: e2e.sandbox.mchid },
        fault("500-once"),
      ),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(e2e.sleeps).toHaveLength(0);
  });

  it("500: retried maxRetries times, then InternalServerError", async () => {
    const error = await rejection(query({ ...fault("500"), maxRetries: 2 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(e2e.sleeps).toHaveLength(2);
  });

  it("429-once: retried after the server's Retry-After", async () => {
    expect(await query(fault("429-once:2"))).toMatchObject({ mchid: e2e.sandbox.mchid });
    expect(e2e.sleeps).toEqual([2000]);
  });

  it("429: RateLimitError once retries are used up", async () => {
    const error = await rejection(query({ ...fault("429"), maxRetries: 1 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(e2e.sleeps).toEqual([1000]);
  });

  it("drop-once: a GET whose connection dropped is retried and succeeds", async () => {
    expect(await query(fault("drop-once"))).toMatchObject({ mchid: e2e.sandbox.mchid });
    expect(e2e.sleeps).toHaveLength(1);
  });

  it("fault mode with a probability: a seeded flaky server, the client still gets every answer", async () => {
    e2e.sandbox.setFault({ mode: "500", probability: 0.3, seed: 7, operations: ["listStocks"] });
    for (let i = 0; i < 10; i++) {
      const page = await listStocks(
        e2e.client,
        { offset: 0, limit: 10, stock_creator_mchid: e2e.sandbox.mchid },
        { maxRetries: 5 },
      );
      expect(page.total_count).toBeGreaterThanOrEqual(0);
    }
    expect(e2e.sleeps.length).toBeGreaterThan(0);
  });
});

describe("faults surfaced as errors", () => {
  it("drop: ConnectionError once retries are used up", async () => {
    const error = await rejection(query({ ...fault("drop"), maxRetries: 1 }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(e2e.sleeps).toHaveLength(1);
  });

  it("drop-after on a non-idempotent POST: ConnectionError, not retried (it may have reached the server)", async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    await pauseStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    const error = await rejection(
      restartStock(
        e2e.client,
        { stock_id, stock_creator_mchid: e2e.sandbox.mchid },
        fault("drop-after"),
      ),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).mayHaveReachedServer).toBe(true);
    expect(e2e.sleeps).toHaveLength(0);
    // It did reach the server: the stock is running again.
    expect(e2e.sandbox.getStock(stock_id)?.["status"]).toBe("running");
  });

  it("slow: TimeoutError when the answer takes longer than the timeout", async () => {
    const error = await rejection(query({ ...fault("slow:1500"), timeout: 200, maxRetries: 0 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("slow below the timeout: just slower", async () => {
    expect(await query({ ...fault("slow:100"), timeout: 5000 })).toMatchObject({
      mchid: e2e.sandbox.mchid,
    });
  });

  it.each([
    ["tamper-body", "signature_mismatch"],
    ["stale-timestamp", "timestamp_out_of_window"],
    ["signtest", "signature_probe"],
    ["wrong-serial", "unknown_serial"],
    ["unsigned", "missing_header"],
  ])("%s: SignatureVerificationError (%s), never retried", async (mode, reason) => {
    const error = await rejection(query(fault(mode)));
    expect(error).toBeInstanceOf(SignatureVerificationError);
    expect((error as SignatureVerificationError).reason).toBe(reason);
    expect(e2e.sleeps).toHaveLength(0);
  });

  it("a tampered sendCoupon answer is rejected, and the idempotent replay returns the coupon that was created", async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    const before = e2e.sandbox.countCoupons();
    const params = {
      openid: "o-tamper",
      stock_id,
      out_request_no: uniqueNo("send"),
      appid: e2e.sandbox.appid,
      stock_creator_mchid: e2e.sandbox.mchid,
    };
    expect(await rejection(sendCoupon(e2e.client, params, fault("tamper-body")))).toBeInstanceOf(
      SignatureVerificationError,
    );
    const replay = await sendCoupon(e2e.client, params);
    expect(e2e.sandbox.getCoupon(replay.coupon_id)).toMatchObject({ stock_id });
    expect(e2e.sandbox.countCoupons()).toBe(before + 1);
  });

  it("unsigned is accepted for the operations the spec marks unsigned (use-flow)", async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    const { coupon_id } = await sendCoupon(e2e.client, {
      openid: "o-flow",
      stock_id,
      out_request_no: uniqueNo("send"),
      appid: e2e.sandbox.appid,
      stock_creator_mchid: e2e.sandbox.mchid,
    });
    e2e.sandbox.useCoupon(coupon_id);
    expect(await useFlow(e2e.client, { stock_id }, fault("unsigned"))).toMatchObject({
      hash_type: "SHA1",
    });
  });
});
