/**
 * Suite 7 — sandbox under load. A bounded run of mixed calls (default 800, full 5,000) at
 * concurrency 64, one HTTP request per call (no retries): no request is lost or answered twice
 * (sandbox log lines = calls, every Request-ID unique), and the state is consistent afterwards
 * (coupons per stock = distributed_coupons = successful sends, per-user limits and budgets held,
 * idempotent replays returned the original ids).
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
import { ApiError, WechatPayError } from "../../runtime/index.js";
import type { WechatPayClient } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { recordFigures } from "./helpers/figures.js";
import { LeakCollector } from "./helpers/leak-scan.js";
import { FULL, SEED, size } from "./helpers/sizes.js";
import { clientFor, runPool, startCanarySandbox, stockParams } from "./helpers/workload.js";
import type { StockTerms } from "./helpers/workload.js";
import { seededRandom } from "../../shared/random.js";

const CALLS = size(500, 5000);
const CONCURRENCY = 64;
const STOCKS = 6;
const USERS = size(25, 120);
const TERMS: StockTerms = { maxCoupons: size(60, 300), couponAmount: 100, perUser: 3 };
/** Business refusals the workload provokes on purpose (budget used up, user limit). */
const EXPECTED_REFUSALS = new Set(["NOT_ENOUGH", "REQUEST_BLOCKED"]);

const leaks = new LeakCollector();
const logLines: string[] = [];
let sandbox: Sandbox;
let client: WechatPayClient;
const stocks: { stockId: string; params: Record<string, unknown> }[] = [];

beforeAll(async () => {
  sandbox = await startCanarySandbox((line) => logLines.push(line));
  client = clientFor(sandbox, { maxRetries: 0, timeout: 20_000 });
  for (let i = 0; i < STOCKS; i++) {
    const outRequestNo = `load-${SEED}-${i}`;
    const params = stockParams(sandbox.mchid, outRequestNo, TERMS);
    const created = await client.request<{ stock_id: string }>(createCouponStockOperation, params);
    await client.request(startStockOperation, {
      stock_id: created.stock_id,
      stock_creator_mchid: sandbox.mchid,
    });
    stocks.push({ stockId: created.stock_id, params });
  }
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

type Kind = "sendCoupon" | "queryStock" | "listStocks" | "queryCoupon" | "createReplay";

describe("sandbox under load", () => {
  it(
    `${CALLS} mixed calls at concurrency ${CONCURRENCY}: nothing lost, nothing answered twice, state consistent`,
    async () => {
      const random = seededRandom(SEED);
      const logBefore = logLines.length;
      const settled = new Array<number>(CALLS).fill(0);
      const requestIds = new Map<string, number>();
      const sentBy = new Map<string, number>(); // stock_id → successful sends
      const couponsIssued: { couponId: string; stockId: string; openid: string }[] = [];
      const outcomes: Record<string, number> = {};
      const unexpected: string[] = [];
      const replays: { expected: string; got: string }[] = [];
      const started = Date.now();

      const plan = Array.from({ length: CALLS }, (_, i) => {
        const r = random();
        const kind: Kind =
          r < 0.6
            ? "sendCoupon"
            : r < 0.75
              ? "queryStock"
              : r < 0.85
                ? "listStocks"
                : r < 0.95
                  ? "queryCoupon"
                  : "createReplay";
        const stock = stocks[Math.floor(random() * STOCKS)] ?? stocks[0];
        const openid = `o-load-user-${Math.floor(random() * USERS)}`;
        return { i, kind, stock, openid };
      });

      await runPool(CALLS, CONCURRENCY, async (index) => {
        const step = plan[index];
        if (step === undefined || step.stock === undefined) return;
        const { kind, stock, openid } = step;
        const count = (key: string): void => {
          outcomes[key] = (outcomes[key] ?? 0) + 1;
        };
        const noteRequestId = (id: string | undefined): void => {
          if (id === undefined) return;
          requestIds.set(id, (requestIds.get(id) ?? 0) + 1);
        };
        try {
          if (kind === "sendCoupon") {
            const response = await client.requestRaw<{ coupon_id: string }>(sendCouponOperation, {
              openid,
              appid: sandbox.appid,
              stock_id: stock.stockId,
              stock_creator_mchid: sandbox.mchid,
              out_request_no: `send-${SEED}-${index}`,
            });
            noteRequestId(response.requestId);
            couponsIssued.push({
              couponId: response.data.coupon_id,
              stockId: stock.stockId,
              openid,
            });
            sentBy.set(stock.stockId, (sentBy.get(stock.stockId) ?? 0) + 1);
          } else if (kind === "queryStock") {
            noteRequestId(
              (
                await client.requestRaw(queryStockOperation, {
                  stock_id: stock.stockId,
                  stock_creator_mchid: sandbox.mchid,
                })
              ).requestId,
            );
          } else if (kind === "listStocks") {
            noteRequestId(
              (
                await client.requestRaw(listStocksOperation, {
                  offset: 0,
                  limit: 10,
                  stock_creator_mchid: sandbox.mchid,
                })
              ).requestId,
            );
          } else if (kind === "queryCoupon") {
            const known = couponsIssued[Math.floor(couponsIssued.length / 2)];
            const response = await client.requestRaw<{ coupon_id: string }>(queryCouponOperation, {
              openid: known?.openid ?? openid,
              coupon_id: known?.couponId ?? "99999999",
              appid: sandbox.appid,
            });
            noteRequestId(response.requestId);
          } else {
            const response = await client.requestRaw<{ stock_id: string }>(
              createCouponStockOperation,
              stock.params,
            );
            noteRequestId(response.requestId);
            replays.push({ expected: stock.stockId, got: response.data.stock_id });
          }
          count(`${kind} ok`);
        } catch (error) {
          leaks.addError(kind, error);
          if (error instanceof ApiError) {
            noteRequestId(error.requestId);
            count(`${kind} ${error.code ?? error.status}`);
            const expected =
              (kind === "sendCoupon" && EXPECTED_REFUSALS.has(error.code ?? "")) ||
              (kind === "queryCoupon" && error.status === 404);
            if (!expected) unexpected.push(`${kind}: ${error.message}`);
          } else {
            count(`${kind} ${error instanceof WechatPayError ? error.name : "untyped"}`);
            unexpected.push(`${kind}: ${String(error)}`);
          }
        } finally {
          settled[index] = (settled[index] ?? 0) + 1;
        }
      });
      const elapsedMs = Date.now() - started;

      // Every call settled exactly once, and the sandbox logged exactly one request per call.
      const lost = settled.filter((n) => n === 0).length;
      const twice = settled.filter((n) => n > 1).length;
      const served = logLines
        .slice(logBefore)
        .filter((l) => l.startsWith("GET /v3/") || l.startsWith("POST /v3/")).length;
      const duplicateRequestIds = [...requestIds.values()].filter((n) => n > 1).length;
      expect(unexpected.slice(0, 5)).toEqual([]);
      expect(lost).toBe(0);
      expect(twice).toBe(0);
      expect(served).toBe(CALLS);
      expect(requestIds.size).toBe(CALLS);
      expect(duplicateRequestIds).toBe(0);

      // State: coupons per stock, budgets, per-user limits, idempotent replays.
      const state = sandbox.snapshot();
      const coupons = Object.values(state.coupons);
      let budgetViolations = 0;
      let userLimitViolations = 0;
      for (const { stockId } of stocks) {
        const ofStock = coupons.filter((c) => c.stock_id === stockId);
        const view = sandbox.getStock(stockId);
        expect(view?.["distributed_coupons"]).toBe(ofStock.length);
        expect(ofStock.length).toBe(sentBy.get(stockId) ?? 0);
        // Budget as the sandbox itself reports it (stock_use_rule.max_amount / max_coupons).
        const rule = (view?.["stock_use_rule"] ?? {}) as {
          max_amount?: number;
          max_coupons?: number;
        };
        if (
          ofStock.length > (rule.max_coupons ?? 0) ||
          ofStock.length * TERMS.couponAmount > (rule.max_amount ?? 0)
        )
          budgetViolations += 1;
        const perUser = new Map<string, number>();
        for (const c of ofStock) perUser.set(c.openid, (perUser.get(c.openid) ?? 0) + 1);
        for (const n of perUser.values()) if (n > TERMS.perUser) userLimitViolations += 1;
      }
      expect(budgetViolations).toBe(0);
      expect(userLimitViolations).toBe(0);
      expect(new Set(couponsIssued.map((c) => c.couponId)).size).toBe(couponsIssued.length);
      expect(coupons.length).toBe(couponsIssued.length);
      expect(sandbox.countStocks()).toBe(STOCKS);
      for (const replay of replays) expect(replay.got).toBe(replay.expected);
      // The workload must actually reach the limits, otherwise the limit checks prove nothing.
      expect(
        (outcomes["sendCoupon NOT_ENOUGH"] ?? 0) + (outcomes["sendCoupon REQUEST_BLOCKED"] ?? 0),
      ).toBeGreaterThan(0);

      const hits = leaks.scan();
      for (const line of logLines) leaks.addText("sandbox log", line);
      hits.push(...leaks.scan());
      expect(hits).toEqual([]);
      recordFigures("7-sandbox-load", "Sandbox under load", {
        calls: CALLS,
        concurrency: CONCURRENCY,
        full: FULL,
        requestsServed: served,
        lost,
        answeredTwice: twice,
        duplicatesFound: duplicateRequestIds,
        couponsIssued: couponsIssued.length,
        budgetViolations,
        userLimitViolations,
        idempotentReplays: replays.length,
        refusals:
          (outcomes["sendCoupon NOT_ENOUGH"] ?? 0) + (outcomes["sendCoupon REQUEST_BLOCKED"] ?? 0),
        leaksFound: hits.length,
        elapsedMs,
        callsPerSecond: Math.round((CALLS / elapsedMs) * 1000),
      });
    },
    size(60_000, 900_000),
  );
});
