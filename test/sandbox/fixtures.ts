/** Shared set-up for the sandbox tests: one sandbox per file, valid request bodies to vary. */
import { startSandbox, type Sandbox, type SandboxOptions } from "../../sandbox/index.js";
import { rawRequest, jsonOf, type RawResponse } from "./raw-client.js";

export async function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  // validateResponses: every answer is also checked against the spec's response schemas.
  return startSandbox({ validateResponses: true, notifyRetryIntervalMs: 50, ...options });
}

export function chinaTime(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000 + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

let counter = 0;
export function uniqueNo(prefix = "req"): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}`;
}

export interface StockBodyOverrides {
  [key: string]: unknown;
}

/** A create body that passes every rule; tests change one thing at a time. */
export function validStockBody(
  sandbox: Sandbox,
  overrides: StockBodyOverrides = {},
): Record<string, unknown> {
  const now = Date.now();
  return {
    stock_name: "沙箱满二减一",
    comment: "sandbox test",
    belong_merchant: sandbox.mchid,
    // Already begun (within create's 5-minute slack): coupons are used at once, and use checks the window.
    available_begin_time: chinaTime(now - 60_000),
    available_end_time: chinaTime(now + 30 * 86_400_000),
    stock_use_rule: {
      max_coupons: 10,
      max_amount: 1000,
      max_coupons_per_user: 2,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: [sandbox.mchid, "1900000110", "1900000111"],
      available_items: ["sku-1", "sku-2", "sku-3"],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: uniqueNo("stock"),
    ...overrides,
  };
}

export const STOCKS = "/v3/marketing/favor/coupon-stocks";

export async function createStock(
  sandbox: Sandbox,
  overrides: StockBodyOverrides = {},
): Promise<string> {
  const response = await rawRequest(
    sandbox,
    "POST",
    STOCKS,
    JSON.stringify(validStockBody(sandbox, overrides)),
  );
  if (response.status !== 200)
    throw new Error(`create failed: ${response.status} ${response.text}`);
  return String(jsonOf(response)["stock_id"]);
}

export async function lifecycle(
  sandbox: Sandbox,
  stockId: string,
  action: "start" | "pause" | "restart" | "stop",
  creator = sandbox.mchid,
): Promise<RawResponse> {
  return rawRequest(
    sandbox,
    "POST",
    `/v3/marketing/favor/stocks/${stockId}/${action}`,
    JSON.stringify({ stock_creator_mchid: creator }),
  );
}

export async function runningStock(
  sandbox: Sandbox,
  overrides: StockBodyOverrides = {},
): Promise<string> {
  const stockId = await createStock(sandbox, overrides);
  const started = await lifecycle(sandbox, stockId, "start");
  if (started.status !== 200) throw new Error(`start failed: ${started.text}`);
  return stockId;
}

export async function sendCouponRaw(
  sandbox: Sandbox,
  stockId: string,
  openid: string,
  overrides: Record<string, unknown> = {},
): Promise<RawResponse> {
  const body = {
    stock_id: stockId,
    out_request_no: uniqueNo("send"),
    appid: sandbox.appid,
    stock_creator_mchid: sandbox.mchid,
    ...overrides,
  };
  return rawRequest(
    sandbox,
    "POST",
    `/v3/marketing/favor/users/${openid}/coupons`,
    JSON.stringify(body),
  );
}
