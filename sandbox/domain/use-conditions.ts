/**
 * The documented conditions under which a coupon can be redeemed, checked when one is used through
 * `sandbox.useCoupon()` or the control endpoint: the stock's availability window
 * (available_begin_time … available_end_time, on the sandbox clock) and, when the caller describes
 * the order, the coupon_use_rule (available_merchants, transaction_minimum, trade_type, goods_tag).
 * A service whose own time-window or threshold logic is wrong then sees the refusal a real
 * checkout would give, instead of a redemption that could never happen.
 */
import { formatChinaTime } from "../clock.js";
import { invalidRequest } from "../errors.js";
import type { StockRecord } from "../state/store.js";
import { objectAt, stringListAt } from "./fields.js";
import { stockTerms } from "./stock-view.js";

/** What the checkout knows about the order; each field is optional and checked when given. */
export interface OrderFacts {
  /** Collecting merchant (must be one of the stock's available_merchants). */
  readonly consume_mchid?: string;
  /** Order amount in fen (must reach the coupon's transaction_minimum). */
  readonly order_amount?: number;
  /** Payment kind, e.g. MICROAPP (must be among the stock's trade_type when it lists any). */
  readonly trade_type?: string;
  /** The order's goods tags (one must match the stock's goods_tag when it lists any). */
  readonly goods_tag?: readonly string[];
}

/** Throws the 400 INVALID_REQUEST a checkout would get; returns when the coupon can be used. */
export function checkUseConditions(stock: StockRecord, order: OrderFacts, nowMs: number): void {
  const terms = stockTerms(stock);
  if (nowMs < terms.beginMs) {
    throw invalidRequest(
      `券未到可用时间 (the stock's available_begin_time is ${formatChinaTime(terms.beginMs)}; sandbox time is ${formatChinaTime(nowMs)}: advance the clock or wait)`,
    );
  }
  const merchants = terms.availableMerchants;
  if (
    order.consume_mchid !== undefined &&
    merchants.length > 0 &&
    !merchants.includes(order.consume_mchid)
  )
    throw invalidRequest(
      `商户号不可用该券 (consume_mchid ${order.consume_mchid} is not in the stock's available_merchants)`,
    );
  if (order.order_amount !== undefined && order.order_amount < terms.transactionMinimum)
    throw invalidRequest(
      `订单金额未达到使用门槛 (order_amount ${order.order_amount} fen is below transaction_minimum ${terms.transactionMinimum})`,
    );
  checkOrderKind(stock, order);
}

/** trade_type and goods_tag: restrictions of the coupon_use_rule that name what an order must be. */
function checkOrderKind(stock: StockRecord, order: OrderFacts): void {
  const rule = objectAt(stock.request, "coupon_use_rule") ?? {};
  const tradeTypes = stringListAt(rule, "trade_type") ?? [];
  if (
    order.trade_type !== undefined &&
    tradeTypes.length > 0 &&
    !tradeTypes.includes(order.trade_type)
  )
    throw invalidRequest(
      `支付方式不可用该券 (trade_type ${order.trade_type} is not in the stock's trade_type ${tradeTypes.join(", ")})`,
    );
  const tags = stringListAt(rule, "goods_tag") ?? [];
  if (
    order.goods_tag !== undefined &&
    tags.length > 0 &&
    !order.goods_tag.some((tag) => tags.includes(tag))
  )
    throw invalidRequest(
      `订单商品不可用该券 (no goods_tag of the order is in the stock's goods_tag ${tags.join(", ")})`,
    );
}
