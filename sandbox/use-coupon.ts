/**
 * Redeeming a coupon (what a real checkout would do) and pushing the COUPON.USE notification
 * to the creator's notify_url. Exposed as `sandbox.useCoupon()` and as a control endpoint.
 */
import type { Coupon } from "../generated/models.js";
import { formatChinaTime } from "./clock.js";
import type { SandboxContext } from "./context.js";
import { invalidRequest, notFound } from "./errors.js";
import { deliveryUrl } from "./http/loopback-callbacks.js";
import { randomDigits } from "./ids.js";
import { buildCouponUseNotification } from "./notifications/coupon-use.js";
import type {
  DeliveryFault,
  DeliveryRecord,
  NotificationDispatcher,
} from "./notifications/dispatcher.js";
import { serializeNotification, type NotificationFormat } from "./notifications/picky-json.js";
import { couponStatus, couponView } from "./domain/coupon-view.js";
import { stockTerms } from "./domain/stock-view.js";
import { checkUseConditions } from "./domain/use-conditions.js";
import { getOwn } from "./state/store.js";

export interface UseCouponOptions {
  /**
   * Collecting merchant; default: the first available merchant of the stock, else its creator.
   * One outside the stock's available_merchants is refused (400 INVALID_REQUEST).
   */
  consume_mchid?: string;
  /** Order amount in fen; below the coupon's transaction_minimum it is refused. Default: not checked. */
  order_amount?: number;
  /** Payment kind of the order (MICROAPP, APPPAY, …); checked against the stock's trade_type. */
  trade_type?: string;
  /** Goods tags of the order; one must be in the stock's goods_tag when it lists any. */
  goods_tag?: readonly string[];
  /** WeChat Pay transaction id; default: a random 28-digit id starting with 42. */
  transaction_id?: string;
  /**
   * Fault of the first delivery attempt (e.g. "signtest", or "reserialize": the body is re-serialized
   * after signing); later attempts are valid.
   */
  notificationFault?: DeliveryFault;
  /** Body format (default: the sandbox's, "picky"; see notifications/picky-json.ts). */
  notificationFormat?: NotificationFormat;
  /**
   * Send this `event_type` instead of COUPON.USE, validly signed and encrypted: a hostile or
   * misrouted sender, to check a handler refuses event types it does not handle.
   */
  notificationEventType?: string;
  /** Re-deliver the acknowledged notification this many more times (duplicates, same id). */
  notificationRepeats?: number;
}

export interface UseCouponResult {
  /** The redeemed coupon as queryCoupon now returns it (status USED, with consume_information). */
  coupon: Coupon;
  /** Present when the stock's creator has set a notify_url (with switch not false). */
  notification?: {
    id: string;
    notifyUrl: string;
    /** Settles when the receiver acknowledged with a 2xx or all attempts failed. */
    delivered: Promise<DeliveryRecord>;
  };
}

export function useCoupon(
  ctx: SandboxContext,
  dispatcher: NotificationDispatcher,
  apiV3Key: string,
  couponId: string,
  options: UseCouponOptions = {},
): UseCouponResult {
  const coupon = getOwn(ctx.state.coupons, couponId);
  if (coupon === undefined) throw notFound(`券不存在 (coupon ${couponId} does not exist)`);
  const stock = ctx.state.stocks[coupon.stock_id];
  if (stock === undefined) throw notFound(`批次不存在 (stock ${coupon.stock_id} does not exist)`);
  const status = couponStatus(coupon, stock, ctx.clock);
  if (status !== "SENDED") throw invalidRequest(`券状态不可用 (coupon is ${status})`);
  checkUseConditions(stock, options, ctx.clock.now());
  coupon.status = "USED";
  coupon.consume_information = {
    consume_time: formatChinaTime(ctx.clock.now()),
    consume_mchid:
      options.consume_mchid ?? stockTerms(stock).availableMerchants[0] ?? stock.creator_mchid,
    transaction_id: options.transaction_id ?? `42${randomDigits(26)}`,
  };
  ctx.changed();

  // The queryCoupon view, which the response self-check holds to the spec's Coupon schema.
  const result: UseCouponResult = {
    coupon: couponView(coupon, stock, ctx.clock) as unknown as Coupon,
  };
  const callback = ctx.state.callbacks[stock.creator_mchid];
  if (callback !== undefined && callback.switch !== false) {
    const { envelope, plaintext } = buildCouponUseNotification(coupon, stock, ctx.clock, apiV3Key);
    if (options.notificationEventType === undefined)
      ctx.selfCheckNotification?.("couponUse", envelope, plaintext);
    else envelope.event_type = options.notificationEventType;
    const { done } = dispatcher.dispatch({
      notificationId: envelope.id,
      eventType: envelope.event_type,
      notifyUrl: deliveryUrl(callback.notify_url, ctx.allowLoopbackHttpCallbacks),
      couponId,
      body: serializeNotification(envelope, options.notificationFormat ?? "picky"),
      ...(options.notificationRepeats === undefined
        ? {}
        : { repeats: options.notificationRepeats }),
      ...(options.notificationFault === undefined
        ? {}
        : { firstAttemptFault: options.notificationFault }),
    });
    // Callers that ignore the promise must not see an unhandled rejection (run() never rejects, but be safe).
    done.catch(() => undefined);
    result.notification = { id: envelope.id, notifyUrl: callback.notify_url, delivered: done };
  }
  return result;
}
