/**
 * How a stored stock looks in responses (the spec's `Stock` schema), including the status it
 * has reached by the passage of time (a running or paused stock is `stoped` after its end).
 */
import { formatChinaTime, parseRfc3339, type Clock } from "../clock.js";
import type { StockRecord, StockStatus } from "../state/store.js";
import { booleanAt, numberAt, objectAt, stringAt, stringListAt } from "./fields.js";

export interface StockTerms {
  couponAmount: number;
  transactionMinimum: number;
  maxCoupons: number;
  maxAmount: number;
  maxAmountByDay: number | undefined;
  maxCouponsPerUser: number;
  beginMs: number;
  endMs: number;
  availableMerchants: string[];
  availableItems: string[];
}

export function stockTerms(stock: StockRecord): StockTerms {
  const body = stock.request;
  const useRule = objectAt(body, "stock_use_rule") ?? {};
  const couponRule = objectAt(body, "coupon_use_rule") ?? {};
  const fixed = objectAt(couponRule, "fixed_normal_coupon") ?? {};
  return {
    couponAmount: numberAt(fixed, "coupon_amount") ?? 0,
    transactionMinimum: numberAt(fixed, "transaction_minimum") ?? 0,
    maxCoupons: numberAt(useRule, "max_coupons") ?? 0,
    maxAmount: numberAt(useRule, "max_amount") ?? 0,
    maxAmountByDay: numberAt(useRule, "max_amount_by_day"),
    maxCouponsPerUser: numberAt(useRule, "max_coupons_per_user") ?? 1,
    beginMs: parseRfc3339(stringAt(body, "available_begin_time") ?? ""),
    endMs: parseRfc3339(stringAt(body, "available_end_time") ?? ""),
    availableMerchants: stringListAt(couponRule, "available_merchants") ?? [],
    availableItems: stringListAt(couponRule, "available_items") ?? [],
  };
}

export function effectiveStatus(stock: StockRecord, clock: Clock): StockStatus {
  if (
    (stock.status === "running" || stock.status === "paused") &&
    clock.now() > stockTerms(stock).endMs
  )
    return "stoped";
  return stock.status;
}

export function stockView(stock: StockRecord, clock: Clock): Record<string, unknown> {
  const body = stock.request;
  const terms = stockTerms(stock);
  const couponRule = objectAt(body, "coupon_use_rule") ?? {};
  const useRule: Record<string, unknown> = {
    max_coupons: terms.maxCoupons,
    max_amount: terms.maxAmount,
    max_amount_by_day: terms.maxAmountByDay ?? 0,
    fixed_normal_coupon: {
      coupon_amount: terms.couponAmount,
      transaction_minimum: terms.transactionMinimum,
    },
    max_coupons_per_user: terms.maxCouponsPerUser,
    coupon_type: "NORMAL",
  };
  const goodsTag = stringListAt(couponRule, "goods_tag");
  if (goodsTag) useRule["goods_tag"] = goodsTag;
  const tradeType = stringListAt(couponRule, "trade_type");
  if (tradeType) useRule["trade_type"] = tradeType;
  const combineUse = booleanAt(couponRule, "combine_use");
  if (combineUse !== undefined) useRule["combine_use"] = combineUse;
  const status = effectiveStatus(stock, clock);
  const view: Record<string, unknown> = {
    stock_id: stock.stock_id,
    stock_creator_mchid: stock.creator_mchid,
    stock_name: stringAt(body, "stock_name") ?? "",
    status,
    create_time: stock.create_time,
    description:
      stringAt(objectAt(body, "pattern_info") ?? {}, "description") ??
      stringAt(body, "comment") ??
      "",
    stock_use_rule: useRule,
    available_begin_time: formatChinaTime(terms.beginMs),
    available_end_time: formatChinaTime(terms.endMs),
    distributed_coupons: stock.distributed_coupons,
    no_cash: booleanAt(body, "no_cash") ?? false,
    singleitem: terms.availableItems.length > 0,
    stock_type: stringAt(body, "stock_type") ?? "NORMAL",
  };
  if (stock.start_time !== undefined) view["start_time"] = stock.start_time;
  if (stock.stop_time !== undefined) view["stop_time"] = stock.stop_time;
  else if (status === "stoped") view["stop_time"] = formatChinaTime(terms.endMs);
  return view;
}
