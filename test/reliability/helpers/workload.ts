/** Shared pieces of the sandbox load suites: a canary sandbox, a client for it, valid favor params. */
import { startSandbox } from "../../../sandbox/index.js";
import type { Sandbox, SandboxOptions } from "../../../sandbox/index.js";
import { WechatPayClient } from "../../../runtime/index.js";
import type { WechatPayClientConfig } from "../../../runtime/index.js";
import { canaryCredentials } from "./canary.js";

/** A sandbox running with the canary credentials; log lines are handed to `onLog`. */
export function startCanarySandbox(
  onLog: (line: string) => void,
  options: SandboxOptions = {},
): Promise<Sandbox> {
  return startSandbox({
    credentials: canaryCredentials(),
    rateLimits: false,
    notifyRetryIntervalMs: 50,
    log: onLog,
    ...options,
  });
}

export function clientFor(
  sandbox: Sandbox,
  overrides: Partial<WechatPayClientConfig> = {},
): WechatPayClient {
  return new WechatPayClient({ ...sandbox.clientConfig, ...overrides });
}

/** `2026-11-27T23:00:00+08:00` (whole seconds, Beijing time) for an epoch-ms instant. */
export function chinaTime(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000 + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

export interface StockTerms {
  readonly maxCoupons: number;
  readonly couponAmount: number;
  readonly perUser: number;
}

/** createCouponStock params that pass every sandbox rule. */
export function stockParams(
  mchid: string,
  outRequestNo: string,
  terms: StockTerms,
): Record<string, unknown> {
  const now = Date.now();
  return {
    stock_name: "可靠性测试批次",
    comment: "reliability suite",
    belong_merchant: mchid,
    available_begin_time: chinaTime(now + 60_000),
    available_end_time: chinaTime(now + 30 * 86_400_000),
    stock_use_rule: {
      max_coupons: terms.maxCoupons,
      max_amount: terms.maxCoupons * terms.couponAmount,
      max_coupons_per_user: terms.perUser,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: {
        coupon_amount: terms.couponAmount,
        transaction_minimum: terms.couponAmount + 1,
      },
      available_merchants: [mchid],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: outRequestNo,
  };
}

/** Runs `tasks` with at most `concurrency` in flight; returns when all settled. */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, () => worker()));
}
