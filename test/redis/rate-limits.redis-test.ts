/**
 * Ten workers send coupons at once through one sandbox that enforces sendCoupon's documented
 * limit (500/s across all callers; scaled to 5/s for both the sandbox and the limiter, so the
 * run is short): with the Redis fleet limiter not one call is refused, without it many are; a
 * single worker calling below the documented pace never waits. The achieved rate is written to
 * .tmp/redis/fleet-rate-*.json (figures are measured, not asserted).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { WechatPayClient } from "../../runtime/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { startInstance, type Line } from "./fleet.js";
import { startedStock } from "./merchant.js";

const SCALE = 0.01; // sendCoupon: 500/s × 0.01 = 5 calls per second
const LIMIT_PER_SECOND = 500 * SCALE;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

interface Campaign {
  readonly results: readonly Line[];
  /** Times the sandbox received a sendCoupon, and the statuses it answered. */
  readonly arrivals: readonly { at: number; status: string }[];
}

/** `workers` processes each sending `count` coupons from the same instant. */
async function campaign(
  workers: number,
  count: number,
  limiter: boolean,
  pauseMs = 0,
): Promise<Campaign> {
  const arrivals: { at: number; status: string }[] = [];
  const started = await startSandbox({
    rateLimits: { scale: SCALE },
    log: (line) => {
      const match = / sendCoupon → (\S+)/.exec(line);
      if (match?.[1] !== undefined) arrivals.push({ at: Date.now(), status: match[1] });
    },
  });
  sandbox = started;
  const setup = new WechatPayClient(started.clientConfig);
  const stockId = await startedStock(setup, started, workers * count + 10).finally(() =>
    setup.close(),
  );
  const prefix = `rate-${randomBytes(4).toString("hex")}:`;
  const instances = Array.from({ length: workers }, (_, worker) =>
    startInstance("send-child.ts", {
      client: started.clientConfig,
      redisUrl: inject("redisUrl"),
      prefix,
      scale: SCALE,
      limiter,
      worker: `w${worker}`,
      stockId,
      appid: started.appid,
      count,
      pauseMs,
    }),
  );
  await Promise.all(instances.map((i) => i.waitFor((line) => "ready" in line, 90_000)));
  const redis = new Redis(inject("redisUrl"));
  await redis.set(`${prefix}start`, String(Date.now() + 300)).finally(() => redis.quit());
  const results = await Promise.all(instances.map((i) => i.waitFor((line) => "ok" in line)));
  return { results, arrivals };
}

const statusesOf = (c: Campaign) => c.results.flatMap((r) => r.statuses as number[]);

describe("the documented rate limit, shared by ten workers", () => {
  it("ten workers with the Redis limiter: no 429 from the sandbox", async () => {
    const run = await campaign(10, 5, true);
    expect(run.results.map((r) => r.ok)).toEqual(Array(10).fill(true));
    expect(statusesOf(run).filter((s) => s !== 200)).toEqual([]);
    expect(run.arrivals.map((a) => a.status).filter((s) => s !== "200")).toEqual([]);
    expect(run.arrivals).toHaveLength(50);
    // The limiter held workers back: ten of them at once exceed 5/s.
    expect(run.results.reduce((sum, r) => sum + Number(r.waits), 0)).toBeGreaterThan(0);
    writeFigures("with-limiter", run);
  }, 120_000);

  it("the same ten workers with the limiter turned off meet 429s (the test can fail)", async () => {
    const run = await campaign(10, 5, false);
    expect(statusesOf(run).filter((s) => s === 429).length).toBeGreaterThan(0);
    writeFigures("without-limiter", run);
  }, 120_000);

  it("a single worker calling below the documented pace is never slowed", async () => {
    // One call per 400 ms: half the documented 5/s.
    const run = await campaign(1, 6, true, 400);
    expect(run.results[0]).toMatchObject({ ok: true, waits: 0, waitedMs: 0 });
  }, 120_000);
});

/** Achieved rate over the run (first to last arrival) against the documented one. */
function writeFigures(name: string, run: Campaign): void {
  const times = run.arrivals.filter((a) => a.status === "200").map((a) => a.at);
  const spanS = (Math.max(...times) - Math.min(...times)) / 1000;
  const perSecond = (times.length - 1) / spanS;
  mkdirSync(".tmp/redis", { recursive: true });
  writeFileSync(
    `.tmp/redis/fleet-rate-${name}.json`,
    `${JSON.stringify({ accepted: times.length, refused: run.arrivals.length - times.length, spanS, perSecond, documented: LIMIT_PER_SECOND, ratio: perSecond / LIMIT_PER_SECOND }, null, 2)}\n`,
  );
}
