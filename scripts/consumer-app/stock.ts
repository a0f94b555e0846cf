/**
 * The small coupon stock both consumer programs create (app.ts, service.ts): ten coupons of 1 yuan
 * off 2 yuan, usable at the creating merchant only.
 */
import type { CreateCouponStockParams } from "wechatpay-favor";

/** RFC 3339 in China time, whole seconds: the form the stock's time fields take. */
export function chinaTime(epochMs: number): string {
  return `${new Date(Math.floor(epochMs / 1000) * 1000 + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

export function stockParams(options: {
  mchid: string;
  stockName: string;
  beginMs: number;
  endMs: number;
  outRequestNo: string;
}): CreateCouponStockParams {
  return {
    stock_name: options.stockName,
    belong_merchant: options.mchid,
    available_begin_time: chinaTime(options.beginMs),
    available_end_time: chinaTime(options.endMs),
    stock_use_rule: {
      max_coupons: 10,
      max_amount: 1000,
      max_coupons_per_user: 1,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: [options.mchid],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: options.outRequestNo,
  };
}
