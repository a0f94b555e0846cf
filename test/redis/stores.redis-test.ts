/**
 * The three Redis stores against a real redis-server, one process: claim/complete/release and the
 * lease; the certificate entry's trust rules (oversized and malformed entries refused) and its
 * download lock; the limiter's counting, bounded wait, RateLimitWaitError and off switch.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PlatformCertificateError } from "../../runtime/index.js";
import type { OperationMeta, StoredCertificates } from "../../runtime/index.js";
import {
  RateLimitWaitError,
  RedisCertificateStore,
  RedisRateLimiter,
  RedisSeenNotificationStore,
  RedisStoreError,
} from "../../runtime/redis/index.js";

let redis: Redis;
/** A fresh key prefix per test, so tests never see each other's keys. */
const prefix = () => `t${randomBytes(4).toString("hex")}:`;

beforeAll(() => {
  redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: 1 });
});
afterAll(() => redis.quit());

describe("RedisSeenNotificationStore", () => {
  it("one claim per id across stores; done after complete; busy while claimed", async () => {
    const options = { prefix: prefix() };
    const a = new RedisSeenNotificationStore(redis, options);
    const b = new RedisSeenNotificationStore(redis, options);
    expect(await Promise.all([a.claim("n1"), b.claim("n1")])).toEqual(
      expect.arrayContaining(["claimed", "busy"]),
    );
    await a.complete("n1");
    await b.complete("n1"); // the holder is `a` or `b`: whichever, the id is now done
    expect(await b.claim("n1")).toBe("done");
    expect(await a.claim("n1")).toBe("done");
  });

  it("release lets the next delivery claim; a stale holder cannot release a new claim", async () => {
    const options = { prefix: prefix(), leaseMs: 200 };
    const a = new RedisSeenNotificationStore(redis, options);
    const b = new RedisSeenNotificationStore(redis, options);
    expect(await a.claim("n2")).toBe("claimed");
    await a.release("n2");
    expect(await b.claim("n2")).toBe("claimed");
    await a.release("n2"); // a holds nothing now: b's claim stays
    expect(await a.claim("n2")).toBe("busy");
    await new Promise((resolve) => setTimeout(resolve, 300)); // b "crashed": its lease ends
    expect(await a.claim("n2")).toBe("claimed");
  });

  it("a Redis failure is a RedisStoreError naming the step", async () => {
    const down = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    down.on("error", () => undefined);
    const store = new RedisSeenNotificationStore(down);
    await expect(store.claim("n3")).rejects.toThrow(RedisStoreError);
    await expect(store.claim("n3")).rejects.toThrow(/claim notification id/);
    down.disconnect();
  });
});

const STORED: StoredCertificates = {
  downloadedAt: Date.parse("2026-12-01T00:00:00Z"),
  certificates: [
    {
      serialNo: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
      effectiveTime: Date.parse("2026-01-01T00:00:00Z"),
      expireTime: Date.parse("2031-01-01T00:00:00Z"),
      pem: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    },
  ],
};

describe("RedisCertificateStore", () => {
  it("round-trips a verified download; only the first of two empty readers is told to download", async () => {
    const options = { prefix: prefix(), mchid: "1900000109", waitMs: 2_000, pollMs: 20 };
    const first = new RedisCertificateStore(redis, options);
    const second = new RedisCertificateStore(redis, options);
    expect(await first.get()).toBeUndefined(); // first takes the download lock
    const waiting = second.get(); // waits for first's write
    await first.set(STORED);
    expect(await waiting).toEqual(STORED);
    expect(await second.get()).toEqual(STORED);
  });

  it("a waiter whose downloader never writes gives up after waitMs and downloads itself", async () => {
    const options = { prefix: prefix(), mchid: "1900000109", waitMs: 200, pollMs: 20 };
    expect(await new RedisCertificateStore(redis, options).get()).toBeUndefined();
    expect(await new RedisCertificateStore(redis, options).get()).toBeUndefined();
  });

  it("refuses to write or read an oversized entry, and a malformed one with the field", async () => {
    const store = new RedisCertificateStore(redis, {
      prefix: prefix(),
      mchid: "1900000109",
      maxBytes: 1_000,
    });
    // A writer never stores what readers would refuse.
    const big = {
      ...STORED,
      certificates: [{ ...STORED.certificates[0]!, pem: "x".repeat(1_000) }],
    };
    await expect(store.set(big)).rejects.toThrow(/larger than maxBytes 1000/);
    expect(await redis.exists(store.key)).toBe(0);
    await redis.set(store.key, "x".repeat(1_001));
    await expect(store.get()).rejects.toThrow(/1001 bytes is larger than maxBytes 1000/);
    await redis.set(store.key, JSON.stringify({ version: 1, downloaded_at: "yesterday" }));
    const error = await store.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformCertificateError);
    expect((error as PlatformCertificateError).reason).toBe("store_failed");
    expect((error as Error).message).toMatch(/downloaded_at is not a time/);
  });

  it("keeps merchants apart", async () => {
    const p = prefix();
    await new RedisCertificateStore(redis, { prefix: p, mchid: "1" }).set(STORED);
    const other = new RedisCertificateStore(redis, { prefix: p, mchid: "2", waitMs: 50 });
    expect(await other.get()).toBeUndefined();
  });
});

const OP = {
  operationId: "sendCoupon",
  method: "POST",
  path: "/v3/marketing/favor/users/{openid}/coupons",
  params: [],
  retrySafe: true,
  signedResponse: true,
  rateLimits: [{ limit: 500, per: "second", scope: "all" }],
} as const satisfies OperationMeta;
const context = { mchid: "1900000109", signal: undefined };

describe("RedisRateLimiter", () => {
  it("admits `limit` calls per window, counting each until it settles, then waits", async () => {
    // 500/s × 0.01 = 5 per second.
    const options = { prefix: prefix(), scale: 0.01 };
    const limiter = new RedisRateLimiter(redis, options);
    const permits = [];
    for (let i = 0; i < 5; i++) permits.push(await limiter.acquire(OP, context));
    expect(limiter.waits).toBe(0);
    // Five calls in flight: the sixth polls until the bound, since any of them may settle soon.
    const bounded = new RedisRateLimiter(redis, { ...options, maxWaitMs: 150 });
    await expect(bounded.acquire(OP, context)).rejects.toThrow(RateLimitWaitError);
    // Settled now: each counts until a second from now, so the wait is certain and too long.
    for (const permit of permits) permit?.settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const error = await bounded.acquire(OP, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitWaitError);
    expect((error as RateLimitWaitError).waitMs).toBeGreaterThan(800);
    // An unbounded wait gets the slot once the first settled call leaves the window.
    (await limiter.acquire(OP, context))?.settle();
    expect(limiter.waits).toBe(1);
    expect(limiter.waitedMs).toBeGreaterThan(800);
  });

  it("a wait beyond maxWaitMs throws RateLimitWaitError at once; enabled: false admits all", async () => {
    const options = { prefix: prefix(), scale: 0.002, maxWaitMs: 100 }; // 1 per second
    const limiter = new RedisRateLimiter(redis, options);
    (await limiter.acquire(OP, context))?.settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const error = await limiter.acquire(OP, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitWaitError);
    expect((error as RateLimitWaitError).toJSON()).toMatchObject({
      operationId: "sendCoupon",
      maxWaitMs: 100,
      mayHaveReachedServer: false,
    });
    const off = new RedisRateLimiter(redis, { ...options, enabled: false });
    for (let i = 0; i < 20; i++) await off.acquire(OP, context);
    expect(off.waits).toBe(0);
  });

  it("an aborted call stops waiting with the client's AbortError", async () => {
    const limiter = new RedisRateLimiter(redis, { prefix: prefix(), scale: 0.002 });
    await limiter.acquire(OP, context);
    const signal = AbortSignal.timeout(50);
    await expect(limiter.acquire(OP, { ...context, signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("counts mchid-scoped limits per merchant and ip-scoped ones per egress address", async () => {
    const op = {
      ...OP,
      rateLimits: [
        { limit: 1, per: "minute", scope: "mchid" },
        { limit: 1, per: "minute", scope: "ip" },
      ],
    } as const satisfies OperationMeta;
    const p = prefix();
    const here = new RedisRateLimiter(redis, {
      prefix: p,
      egressAddress: "203.0.113.1",
      maxWaitMs: 50,
    });
    const there = new RedisRateLimiter(redis, {
      prefix: p,
      egressAddress: "203.0.113.2",
      maxWaitMs: 50,
    });
    await here.acquire(op, context);
    await there.acquire(op, { ...context, mchid: "1900000110" }); // other merchant, other address
    await expect(there.acquire(op, context)).rejects.toThrow(RateLimitWaitError); // same merchant
  });
});
