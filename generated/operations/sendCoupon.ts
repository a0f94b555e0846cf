// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { SendCouponResponse } from "../models.js";
import { sendCouponOperation } from "../metadata.js";

/** Parameters of {@link sendCoupon}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface SendCouponParams {
  /**
   * 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–128 characters; pattern `^[0-9A-Za-z_-]+$`
   *
   * @example "2323dfsdf342342"
   */
  openid: string;
  /**
   * 公众号、小程序或 APP 的 appid，须与 openid 匹配且与调用商户号绑定。Official-account, mini-program or app appid; must match the openid AND be bound to the calling mchid.
   *
   * body · required · 1–128 characters; pattern `^[0-9A-Za-z_-]+$`
   *
   * @example "wx233544546545989"
   */
  appid: string;
  /**
   * 指定面额发券场景的门槛，单位：分。该能力暂未开放，请勿使用。Threshold in fen for fixed-value-on-send; NOT open yet, do not use.
   *
   * body · optional · integer; ≥ 1
   *
   * @example 100
   */
  coupon_minimum?: number;
  /**
   * 指定面额发券场景的券面额，单位：分。该能力暂未开放，请勿使用。Face value in fen for fixed-value-on-send; NOT open yet, do not use.
   *
   * body · optional · integer; ≥ 1
   *
   * @example 100
   */
  coupon_value?: number;
  /**
   * 商户单据号：发券方的请求单号，只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧唯一。幂等键：用相同单据号重试不会重复发券。
   * Issuer's request number: letters, digits, `|`, `_`, `*`, `-` only; unique per merchant. It is the
   * idempotency key: retrying with the same value does not send a second coupon.
   *
   * body · required · 1–128 characters; pattern `^[0-9A-Za-z|_*-]+$`
   *
   * @example "89560002019101000121"
   */
  out_request_no: string;
  /**
   * 批次创建方商户号。Merchant that created the stock.
   *
   * body · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "8956000"
   */
  stock_creator_mchid: string;
  /**
   * 批次号，必须是代金券（全场券或单品券）批次，不支持立减与折扣。Stock ID; 代金券 (全场/单品) stocks only, not 立减/折扣.
   *
   * body · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856000"
   */
  stock_id: string;
}

/**
 * 发放代金券 (Send a coupon to a user)
 *
 * 向用户（openid）发放指定批次的代金券。批次须处于 `running`（已激活）状态，仅支持代金券（全场/单品）批次。
 * 默认只能发放自己创建的批次；跨商户发券需要创建方授权，此时只有 stock_id 和 stock_creator_mchid 取自创建方。
 * appid 必须与 openid 匹配并与调用商户号绑定。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用
 * 相同 out_request_no 重试不会重复发券。
 * Sends one coupon of a `running` stock to the user. By default a merchant may only send stocks it
 * created; cross-merchant sending needs the creator's authorisation (then only stock_id and
 * stock_creator_mchid come from the creator). `appid` must match the openid and be bound to the
 * calling mchid. Idempotent by `out_request_no`: after a timeout or 5xx, retry with the same value.
 *
 * `POST /v3/marketing/favor/users/{openid}/coupons`
 *
 * Rate limits: 500/second across all callers.
 *
 * Idempotent: safe to retry; replays with the same `out_request_no` return the original result.
 *
 * Errors:
 * - 400 `PARAM_ERROR`: appid 必填；openid 必填；批次号必填；商户号必填 → 请根据错误提示正确传入参数。Missing appid, openid, stock_id or mchid.
 * - 400 `INVALID_REQUEST`: openid 与 appid 不匹配（请使用 appid 下的 openid）；活动已结束或未激活（请检查批次状态）；非法的商户号。openid not under appid; activity ended or not activated; illegal merchant number.
 * - 400 `APPID_MCHID_NOT_MATCH`: 商户号与 appid 不匹配 → 请绑定调用接口的商户号和 appid 后重试。appid not bound to the calling mchid.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `USER_ACCOUNT_ABNORMAL`: 用户非法：账号异常，无法领券 → 商家可联系微信支付或让用户联系客服。User account abnormal; cannot receive coupons.
 * - 403 `NOT_ENOUGH`: 批次预算不足 → 请补充预算。Stock budget exhausted; top up.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限；商户无权发券（不是自己的或已授权的批次）；批次不支持跨商户发券；用户被限领拦截（已达上限）。No product permission; merchant may not send this stock; no cross-merchant authorisation; user hit the per-user limit.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await sendCoupon(client, { openid: "2323dfsdf342342", appid: "wx233544546545989", out_request_no: "89560002019101000121", stock_creator_mchid: "8956000", stock_id: "9856000" });
 * ```
 */
export function sendCoupon(
  client: WechatPayClient,
  params: SendCouponParams,
  options?: RequestOptions,
): Promise<SendCouponResponse> {
  return client.request<SendCouponResponse>(sendCouponOperation, params, options);
}

/**
 * {@link sendCoupon} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await sendCoupon.withResponse(client, { openid: "2323dfsdf342342", appid: "wx233544546545989", out_request_no: "89560002019101000121", stock_creator_mchid: "8956000", stock_id: "9856000" });
 * ```
 */
sendCoupon.withResponse = function sendCouponWithResponse(
  client: WechatPayClient,
  params: SendCouponParams,
  options?: RequestOptions,
): Promise<RawResponse<SendCouponResponse>> {
  return client.requestRaw<SendCouponResponse>(sendCouponOperation, params, options);
};
