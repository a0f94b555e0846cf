/**
 * Suite 5 — faults under load. Mixed calls against the sandbox (default 300, full 2,000) at
 * concurrency 16, with a seeded random fault on 20 % of them (500, 429 + Retry-After, connection
 * drop before or after processing, a response slower than the timeout). Every call must end in
 * success or a typed WechatPayError within its timeout budget; idempotent creates and sends
 * retried with the same out_request_no leave exactly one stock/coupon each; no unhandled
 * rejection; heap after the run close to heap after warm-up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCouponStockOperation,
  listStocksOperation,
  queryCouponOperation,
  queryStockOperation,
  sendCouponOperation,
  startStockOperation,
} from "../../generated/metadata.js";
import {
  ApiError,
  ConnectionError,
  InternalServerError,
  RateLimitError,
  TimeoutError,
  WechatPayError,
} from "../../runtime/index.js";
import type { WechatPayClient } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { recordFigures } from "./helpers/figures.js";
import { settledHeapUsed } from "./helpers/heap.js";
import { LeakCollector } from "./helpers/leak-scan.js";
import { FULL, SEED, size } from "./helpers/sizes.js";
import { clientFor, runPool, startCanarySandbox, stockParams } from "./helpers/workload.js";
import type { StockTerms } from "./helpers/workload.js";
import { seededRandom } from "../../shared/random.js";

const CALLS = size(300, 2000);
const CONCURRENCY = 16;
const FAULT_RATE = 0.2;
const TIMEOUT_MS = 1_000;
const MAX_RETRIES = 2;
const RETRY_AFTER_S = 1;
/** Per call: every attempt may time out, every wait may be a full Retry-After, plus scheduling slack on a shared 2-core box. */
const BUDGET_MS = (MAX_RETRIES + 1) * TIMEOUT_MS + MAX_RETRIES * RETRY_AFTER_S * 1000 + 2_500;
const HEAP_MARGIN_BYTES = 24 * 1024 * 1024;
const FAULTS = [
  "500-once",
  "500",
  `429-once:${RETRY_AFTER_S}`,
  "drop-once",
  "drop",
  "drop-after",
  `slow:${TIMEOUT_MS + 500}`,
] as const;
const TERMS: StockTerms = { maxCoupons: 100_000, couponAmount: 100, perUser: 60 };

const leaks = new LeakCollector();
const logLines: string[] = [];
let sandbox: Sandbox;
let client: WechatPayClient;
const runningStocks: string[] = [];
let unhandled = 0;
const onUnhandled = (): void => {
  unhandled += 1;
};

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  sandbox = await startCanarySandbox((line) => logLines.push(line));
  client = clientFor(sandbox, {
    timeout: TIMEOUT_MS,
    maxRetries: MAX_RETRIES,
    retry: { initialDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 5_000 },
  });
  for (let i = 0; i < 3; i++) {
    const created = await client.request<{ stock_id: string }>(
      createCouponStockOperation,
      stockParams(sandbox.mchid, `faults-base-${SEED}-${i}`, TERMS),
    );
    await client.request(startStockOperation, {
      stock_id: created.stock_id,
      stock_creator_mchid: sandbox.mchid,
    });
    runningStocks.push(created.stock_id);
  }
});

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await client.close();
  await sandbox.close();
});

type Kind = "createCouponStock" | "sendCoupon" | "queryStock" | "listStocks" | "queryCoupon";

interface CallRecord {
  readonly kind: Kind;
  readonly fault: string | undefined;
  outcome: string;
  elapsedMs: number;
  settledCount: number;
  params: Record<string, unknown>;
  resultId?: string;
}

async function callOnce(
  kind: Kind,
  params: Record<string, unknown>,
  fault: string | undefined,
): Promise<string | undefined> {
  const options = fault === undefined ? {} : { headers: { "x-sandbox-fault": fault } };
  switch (kind) {
    case "createCouponStock":
      return (
        await client.request<{ stock_id: string }>(createCouponStockOperation, params, options)
      ).stock_id;
    case "sendCoupon":
      return (await client.request<{ coupon_id: string }>(sendCouponOperation, params, options))
        .coupon_id;
    case "queryStock":
      await client.request(queryStockOperation, params, options);
      return undefined;
    case "listStocks":
      await client.request(listStocksOperation, params, options);
      return undefined;
    case "queryCoupon":
      await client.request(queryCouponOperation, params, options);
      return undefined;
  }
}

function paramsFor(
  kind: Kind,
  index: number,
  random: () => number,
  issued: readonly { couponId: string; openid: string }[],
): Record<string, unknown> {
  const stockId = runningStocks[Math.floor(random() * runningStocks.length)] ?? "";
  const openid = `o-fault-user-${index}`;
  switch (kind) {
    case "createCouponStock":
      return stockParams(sandbox.mchid, `faults-${SEED}-${index}`, {
        maxCoupons: 10,
        couponAmount: 100,
        perUser: 1,
      });
    case "sendCoupon":
      return {
        openid,
        appid: sandbox.appid,
        stock_id: stockId,
        stock_creator_mchid: sandbox.mchid,
        out_request_no: `fsend-${SEED}-${index}`,
      };
    case "queryStock":
      return { stock_id: stockId, stock_creator_mchid: sandbox.mchid };
    case "listStocks":
      return { offset: Math.floor(random() * 3), limit: 10, stock_creator_mchid: sandbox.mchid };
    case "queryCoupon": {
      const known = issued[Math.floor(random() * issued.length)];
      return {
        openid: known?.openid ?? openid,
        coupon_id: known?.couponId ?? "20000000001",
        appid: sandbox.appid,
      };
    }
  }
}

/** The typed outcomes a faulted or healthy call may end in. */
function classify(error: unknown): string {
  if (error instanceof TimeoutError) return "TimeoutError";
  if (error instanceof ConnectionError) return "ConnectionError";
  if (error instanceof RateLimitError) return "RateLimitError";
  if (error instanceof InternalServerError) return "InternalServerError";
  if (error instanceof ApiError) return `ApiError ${error.status} ${error.code ?? ""}`;
  if (error instanceof WechatPayError) return `unexpected ${error.name}`;
  return `untyped ${String(error)}`;
}

describe("faults under load", () => {
  it(
    `${CALLS} mixed calls, concurrency ${CONCURRENCY}, faults on ${FAULT_RATE * 100} %: typed outcomes within budget, no duplicates, no leaks`,
    async () => {
      const random = seededRandom(SEED);
      const issued: { couponId: string; openid: string }[] = [];

      // Warm-up without faults, then the heap baseline.
      await runPool(40, CONCURRENCY, async (i) => {
        const kind: Kind = i % 2 === 0 ? "queryStock" : "listStocks";
        await callOnce(kind, paramsFor(kind, -1 - i, random, issued), undefined);
      });
      const heapBefore = await settledHeapUsed();
      const logBefore = logLines.length;

      const records: CallRecord[] = [];
      const started = Date.now();
      await runPool(CALLS, CONCURRENCY, async (index) => {
        const r = random();
        const kind: Kind =
          r < 0.25
            ? "createCouponStock"
            : r < 0.5
              ? "sendCoupon"
              : r < 0.7
                ? "queryStock"
                : r < 0.85
                  ? "listStocks"
                  : "queryCoupon";
        const fault =
          random() < FAULT_RATE ? FAULTS[Math.floor(random() * FAULTS.length)] : undefined;
        const params = paramsFor(kind, index, random, issued);
        const record: CallRecord = {
          kind,
          fault,
          outcome: "pending",
          elapsedMs: 0,
          settledCount: 0,
          params,
        };
        records.push(record);
        const t0 = Date.now();
        try {
          const id = await callOnce(kind, params, fault);
          record.outcome = "ok";
          if (id !== undefined) record.resultId = id;
          if (kind === "sendCoupon" && id !== undefined)
            issued.push({ couponId: id, openid: String(params["openid"]) });
        } catch (error) {
          record.outcome = classify(error);
          leaks.addError(`${kind} ${fault ?? "no fault"}`, error);
        } finally {
          record.elapsedMs = Date.now() - t0;
          record.settledCount += 1;
        }
      });
      const elapsedMs = Date.now() - started;

      // 1. Every call settled once, typed, within its budget.
      const untyped = records.filter(
        (c) => c.outcome.startsWith("untyped") || c.outcome.startsWith("unexpected"),
      );
      const overBudget = records.filter((c) => c.elapsedMs > BUDGET_MS);
      expect(records.length).toBe(CALLS);
      expect(records.filter((c) => c.settledCount !== 1)).toEqual([]);
      expect(untyped.map((c) => `${c.kind} ${c.fault}: ${c.outcome}`)).toEqual([]);
      expect(overBudget.map((c) => `${c.kind} ${c.fault}: ${c.elapsedMs} ms`)).toEqual([]);
      // Calls without a fault must succeed (queryCoupon of an unknown coupon may 404 early on).
      const healthyFailures = records.filter(
        (c) =>
          c.fault === undefined &&
          c.outcome !== "ok" &&
          !(c.kind === "queryCoupon" && c.outcome.startsWith("ApiError 404")),
      );
      expect(healthyFailures.map((c) => `${c.kind}: ${c.outcome}`)).toEqual([]);
      // "-once" faults on retry-safe operations are absorbed by the retries.
      const onceNotAbsorbed = records.filter(
        (c) =>
          c.fault !== undefined &&
          c.fault.includes("once") &&
          c.outcome !== "ok" &&
          c.kind !== "queryCoupon",
      );
      expect(onceNotAbsorbed.map((c) => `${c.kind} ${c.fault}: ${c.outcome}`)).toEqual([]);

      // 2. Idempotency: one stock per out_request_no, one coupon per send; replays of failed calls converge.
      const countStocksFor = (outRequestNo: unknown): number =>
        Object.values(sandbox.snapshot().stocks).filter(
          (s) => s.request["out_request_no"] === outRequestNo,
        ).length;
      const creates = records.filter((c) => c.kind === "createCouponStock");
      let duplicates = 0;
      for (const c of creates) {
        const n = countStocksFor(c.params["out_request_no"]);
        if (n > 1) duplicates += 1;
        if (c.outcome === "ok") expect(n).toBe(1);
      }
      const failedCreates = creates.filter((c) => c.outcome !== "ok");
      const failedSends = records.filter((c) => c.kind === "sendCoupon" && c.outcome !== "ok");
      const beforeReplay = Date.now();
      for (const c of [...failedCreates, ...failedSends]) {
        const id = await callOnce(c.kind, c.params, undefined);
        expect(id).toBeDefined();
      }
      const replayMs = Date.now() - beforeReplay;
      for (const c of creates) {
        const n = countStocksFor(c.params["out_request_no"]);
        if (n !== 1) duplicates += 1;
      }
      const state = sandbox.snapshot();
      const sendRecords = Object.values(state.send_requests);
      const couponIdsFromSends = new Set(sendRecords.map((r) => r.result_id));
      const coupons = Object.values(state.coupons);
      const duplicateCoupons = coupons.length - couponIdsFromSends.size;
      const sendCalls = records.filter((c) => c.kind === "sendCoupon").length;
      expect(duplicates).toBe(0);
      expect(duplicateCoupons).toBe(0);
      expect(coupons.length).toBe(sendCalls);
      expect(Object.keys(state.stocks).length).toBe(runningStocks.length + creates.length);
      for (const c of records.filter((r) => r.kind === "sendCoupon" && r.outcome === "ok"))
        expect(couponIdsFromSends.has(c.resultId ?? "")).toBe(true);

      // 3. No unhandled rejection; heap back near the warm-up level once slow responses are done.
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 700));
      const heapAfter = await settledHeapUsed();
      const heapDelta = heapAfter.bytes - heapBefore.bytes;
      expect(unhandled).toBe(0);
      expect(heapDelta).toBeLessThan(HEAP_MARGIN_BYTES);

      // 4. Secrets: errors and sandbox log lines.
      for (const line of logLines) leaks.addText("sandbox log", line);
      const hits = leaks.scan();
      expect(hits).toEqual([]);

      const served = logLines.slice(logBefore);
      const faultAnswers = served.filter((l) => / → (500|429|dropped) /.test(l)).length;
      const outcomes: Record<string, number> = {};
      for (const c of records) outcomes[c.outcome] = (outcomes[c.outcome] ?? 0) + 1;
      recordFigures("5-faults", "Faults under load", {
        calls: CALLS,
        concurrency: CONCURRENCY,
        full: FULL,
        faultsRequested: records.filter((c) => c.fault !== undefined).length,
        faultsInjected: faultAnswers + records.filter((c) => c.fault?.startsWith("slow")).length,
        attemptsServed: served.length,
        succeeded: outcomes["ok"] ?? 0,
        typedFailures: CALLS - (outcomes["ok"] ?? 0),
        untypedFailures: untyped.length,
        overBudget: overBudget.length,
        maxCallMs: Math.max(...records.map((c) => c.elapsedMs)),
        budgetMs: BUDGET_MS,
        replayedAfterFailure: failedCreates.length + failedSends.length,
        duplicatesFound: duplicates + duplicateCoupons,
        unhandledRejections: unhandled,
        heapDeltaMB: Number((heapDelta / 1024 / 1024).toFixed(2)),
        heapMeasuredWithGc: heapAfter.gc,
        leaksFound: hits.length,
        elapsedMs: elapsedMs + replayMs,
        outcomes: Object.entries(outcomes)
          .map(([k, v]) => `${k}:${v}`)
          .join(", "),
      });
    },
    size(60_000, 900_000),
  );
});
