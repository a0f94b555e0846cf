/**
 * Redeeming a coupon (what a real checkout would do) and pushing the COUPON.USE notification
 * to the creator's notify_url. Exposed as `sandbox.useCoupon()` and as a control endpoint.
 */
import { formatChinaTime } from "./clock.js";
import type { SandboxContext } from "./context.js";
import { invalidRequest, notFound } from "./errors.js";
import type { PostFault } from "./faults.js";
import { randomDigits } from "./ids.js";
import { buildCouponUseNotification, COUPON_USE_EVENT } from "./notifications/coupon-use.js";
import type { DeliveryRecord, NotificationDispatcher } from "./notifications/dispatcher.js";
import { couponStatus, couponView } from "./domain/coupon-view.js";
import { stockTerms } from "./domain/stock-view.js";
import { getOwn } from "./state/store.js";

export interface UseCouponOptions {
  /** Collecting merchant; default: the first available merchant of the stock, else its creator. */
  consume_mchid?: string;
  /** WeChat Pay transaction id; default: a random 28-digit id starting with 42. */
  transaction_id?: string;
  /** Signature fault for the first delivery attempt (e.g. "signtest"); later attempts are valid. */
  notificationFault?: PostFault;
}

export interface UseCouponResult {
  coupon: Record<string, unknown>;
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
  coupon.status = "USED";
  coupon.consume_information = {
    consume_time: formatChinaTime(ctx.clock.now()),
    consume_mchid:
      options.consume_mchid ?? stockTerms(stock).availableMerchants[0] ?? stock.creator_mchid,
    transaction_id: options.transaction_id ?? `42${randomDigits(26)}`,
  };
  ctx.changed();

  const result: UseCouponResult = { coupon: couponView(coupon, stock, ctx.clock) };
  const callback = ctx.state.callbacks[stock.creator_mchid];
  if (callback !== undefined && callback.switch !== false) {
    const { envelope, plaintext } = buildCouponUseNotification(coupon, stock, ctx.clock, apiV3Key);
    ctx.selfCheckNotification?.("couponUse", envelope, plaintext);
    const { done } = dispatcher.dispatch({
      notificationId: envelope.id,
      eventType: COUPON_USE_EVENT,
      notifyUrl: callback.notify_url,
      couponId,
      body: JSON.stringify(envelope),
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
