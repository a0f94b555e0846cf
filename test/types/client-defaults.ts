/**
 * Type test (compiled by `npm run typecheck`, never executed): fields the client fills from its
 * mchid (`x-wechatpay-client-default`) may be omitted, still take a string, and nothing else;
 * fields without a default stay required. Each `@ts-expect-error` line must fail to compile.
 */
import type { WechatPayClient } from "../../runtime/index.js";
import {
  createCouponStock,
  queryCallback,
  sendCoupon,
  setCallback,
  startStock,
  type CreateCouponStockParams,
} from "../../generated/index.js";

declare const client: WechatPayClient;
declare const stock: Omit<CreateCouponStockParams, "belong_merchant">;

export async function omitted(): Promise<void> {
  await setCallback(client, { notify_url: "https://example.com/notify" });
  await queryCallback(client);
  await queryCallback(client, {});
  await createCouponStock(client, stock);
  await queryCallback.withResponse(client);
}

export async function explicit(): Promise<void> {
  await setCallback(client, { mchid: "1900000109", notify_url: "https://example.com/notify" });
  await queryCallback(client, { mchid: "1900000109" });
  await createCouponStock(client, { ...stock, belong_merchant: "1900000109" });
}

export async function wrongTypes(): Promise<void> {
  // @ts-expect-error a merchant number is a string
  await setCallback(client, { mchid: 1900000109, notify_url: "https://example.com/notify" });
  // @ts-expect-error a merchant number is a string
  await queryCallback(client, { mchid: 1900000109 });
  // @ts-expect-error a merchant number is a string
  await createCouponStock(client, { ...stock, belong_merchant: null });
}

export async function stillRequired(): Promise<void> {
  // @ts-expect-error sendCoupon names the stock creator, which may be another merchant: no default
  await sendCoupon(client, { openid: "o", stock_id: "1", out_request_no: "n", appid: "wx1" });
  // @ts-expect-error the docs name the stock creator, not the caller: no default
  await startStock(client, { stock_id: "1" });
}
