/**
 * sendCoupon (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/send-coupon.html): idempotent by out_request_no; the stock must be running and
 * not past its end; per-user limit → 403 REQUEST_BLOCKED; budget (total and per day) → 403
 * NOT_ENOUGH.
 */
import { chinaDate, formatChinaTime, type Clock } from "../clock.js";
import type { OperationHandler } from "../context.js";
import { invalidRequest, notEnough, requestBlocked, SandboxApiError } from "../errors.js";
import { getOwn, setOwn, type CouponRecord, type StockRecord } from "../state/store.js";
import { requireBoundAppid } from "../domain/appid.js";
import { requireString } from "../domain/fields.js";
import { refuseChangedReplay } from "../domain/idempotency.js";
import { loadStock, requireCreator } from "../domain/stock-access.js";
import { effectiveStatus, stockTerms } from "../domain/stock-view.js";
import { canonicalJson } from "../../shared/json.js";

/** openids starting with this are refused with 403 USER_ACCOUNT_ABNORMAL. */
export const ABNORMAL_OPENID_PREFIX = "sandbox-abnormal";

export const sendCoupon: OperationHandler = (ctx, req) => {
  const openid = req.pathParams["openid"] ?? "";
  const body = req.body;
  const appid = requireString(body, "appid", "body");
  const stockId = requireString(body, "stock_id", "body");
  const outRequestNo = requireString(body, "out_request_no", "body");
  requireBoundAppid(ctx, appid, "body");

  const fingerprint = canonicalJson({ openid, body });
  const key = `${req.mchid}|${outRequestNo}`;
  const previous = ctx.state.send_requests[key];
  if (previous !== undefined) {
    refuseChangedReplay(previous, fingerprint, outRequestNo);
    return { status: 200, body: { coupon_id: previous.result_id } };
  }

  const stock = loadStock(ctx, stockId);
  requireCreator(stock, requireString(body, "stock_creator_mchid", "body"), req.mchid);
  requireSendable(stock, openid, ctx.clock);
  const now = ctx.clock.now();
  const quota = takeQuota(stock, openid, now);

  const couponId = String(20_000_000_000 + ctx.state.next_coupon_seq);
  ctx.state.next_coupon_seq += 1;
  const coupon: CouponRecord = {
    coupon_id: couponId,
    stock_id: stock.stock_id,
    openid,
    appid,
    sender_mchid: req.mchid,
    create_time: formatChinaTime(now),
    status: "SENDED",
  };
  ctx.state.coupons[couponId] = coupon;
  quota.commit();
  ctx.state.send_requests[key] = { result_id: couponId, fingerprint };
  ctx.changed();
  return { status: 200, body: { coupon_id: couponId } };
};

/** The stock must be running (not ended, not paused) and the user's account not abnormal. */
function requireSendable(stock: StockRecord, openid: string, clock: Clock): void {
  const status = effectiveStatus(stock, clock);
  if (status === "stoped") throw invalidRequest("活动已结束 (the stock has ended)");
  if (status !== "running")
    throw invalidRequest(
      `活动未开始或已暂停 (stock is ${status}; coupons can only be sent from a running stock)`,
    );

  // Sandbox convention (documented in the README): these openids play users whose account WeChat
  // flags as abnormal, so clients can exercise the USER_ACCOUNT_ABNORMAL path.
  if (openid.startsWith(ABNORMAL_OPENID_PREFIX))
    throw new SandboxApiError(
      403,
      "USER_ACCOUNT_ABNORMAL",
      "用户非法 (the user's account is abnormal)",
    );
}

/**
 * Checks the stock's budget (total and today's) and the user's limit for one more coupon; `commit`
 * counts it once the coupon is issued.
 */
function takeQuota(stock: StockRecord, openid: string, now: number): { commit(): void } {
  const terms = stockTerms(stock);
  if (stock.distributed_coupons >= terms.maxCoupons)
    throw notEnough("批次预算不足 (the stock's budget is used up)");
  const today = chinaDate(now);
  const sentToday = stock.distributed_by_day[today] ?? 0;
  if (
    terms.maxAmountByDay !== undefined &&
    (sentToday + 1) * terms.couponAmount > terms.maxAmountByDay
  ) {
    throw notEnough("批次当天预算不足 (the stock's budget for today is used up)");
  }
  const receivedByUser = (stock.received_by_user ??= {});
  const received = getOwn(receivedByUser, openid) ?? 0;
  if (received >= terms.maxCouponsPerUser) {
    throw requestBlocked(
      `用户已达到领取上限 (user reached max_coupons_per_user = ${terms.maxCouponsPerUser})`,
    );
  }
  return {
    commit() {
      stock.distributed_coupons += 1;
      stock.distributed_by_day[today] = sentToday + 1;
      setOwn(receivedByUser, openid, received + 1);
    },
  };
}
