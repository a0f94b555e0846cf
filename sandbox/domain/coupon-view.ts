/** How a stored coupon looks in query responses (`Coupon`) and in COUPON.USE notifications. */
import { formatChinaTime, type Clock } from "../clock.js";
import type { CouponRecord, CouponStatus, StockRecord } from "../state/store.js";
import { booleanAt, objectAt, stringAt } from "./fields.js";
import { stockTerms } from "./stock-view.js";

export function couponStatus(coupon: CouponRecord, stock: StockRecord, clock: Clock): CouponStatus {
  if (coupon.status === "USED") return "USED";
  return clock.now() > stockTerms(stock).endMs ? "EXPIRED" : "SENDED";
}

/** Fields shared by the query API's `Coupon` and the notification plaintext. */
export function couponView(
  coupon: CouponRecord,
  stock: StockRecord,
  clock: Clock,
): Record<string, unknown> {
  const terms = stockTerms(stock);
  const body = stock.request;
  const view: Record<string, unknown> = {
    stock_creator_mchid: stock.creator_mchid,
    stock_id: stock.stock_id,
    coupon_id: coupon.coupon_id,
    coupon_name: stringAt(body, "stock_name") ?? "",
    status: couponStatus(coupon, stock, clock),
    description:
      stringAt(objectAt(body, "pattern_info") ?? {}, "description") ??
      stringAt(body, "comment") ??
      "",
    create_time: coupon.create_time,
    coupon_type: "NORMAL",
    no_cash: booleanAt(body, "no_cash") ?? false,
    available_begin_time: formatChinaTime(terms.beginMs),
    available_end_time: formatChinaTime(terms.endMs),
    singleitem: terms.availableItems.length > 0,
    normal_coupon_information: {
      coupon_amount: terms.couponAmount,
      transaction_minimum: terms.transactionMinimum,
    },
  };
  if (coupon.consume_information !== undefined)
    view["consume_information"] = { ...coupon.consume_information };
  return view;
}
