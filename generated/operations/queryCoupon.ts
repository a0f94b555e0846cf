// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { Coupon } from "../models.js";
import { queryCouponOperation } from "../metadata.js";

/** Parameters of {@link queryCoupon}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface QueryCouponParams {
  /**
   * 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–128 characters; pattern `^[0-9A-Za-z_-]+$`
   *
   * @example "2323dfsdf342342"
   */
  openid: string;
  /**
   * 代金券 ID（纯数字）。Coupon ID; digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9867041"
   */
  coupon_id: string;
  /**
   * 公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid. Letters, digits, `_` and `-` (the docs give only string(128) and the example `wx233544546545989`, so no exact `wx` + hex format is pinned).
   *
   * query · required · 1–128 characters; pattern `^[0-9A-Za-z_-]+$`
   *
   * @example "wx233544546545989"
   */
  appid: string;
}

/**
 * 查询代金券详情 (Get a user's coupon)
 *
 * 查询用户（openid）的一张代金券的详情，包括核销信息（consume_information，核销后才有）。
 * 批次创建方商户号和发券方商户号都可以调用；appid 必须与 openid 匹配并与调用商户号绑定。接口支持幂等重入。
 * Returns one coupon of the user, including `consume_information` once it is redeemed. Both the
 * creator and the sending merchant may call it; `appid` must match the openid and be bound to the
 * calling mchid. Idempotent.
 *
 * `GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}`
 *
 * Rate limits: 1000/second across all callers; 500/second per source IP.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 券 ID 必填；AppID 必填；OpenID 必填 → 请根据错误提示正确传入参数。Missing coupon_id, appid or openid.
 * - 400 `INVALID_REQUEST`: OpenID 与 AppID 不匹配；非法的商户号。openid not under appid; illegal merchant number.
 * - 400 `APPID_MCHID_NOT_MATCH`: 商户号与 AppID 不匹配 → 请绑定调用接口的商户号和 AppID 后重试。appid not bound to the calling mchid.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限（既不是创建方也不是发券方）→ 请开通产品权限后再调用。Caller is neither the creator nor the sender, or lacks the permission.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次或券不存在 → 请检查 ID 是否正确。Stock or coupon not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await queryCoupon(client, { openid: "2323dfsdf342342", coupon_id: "9867041", appid: "wx233544546545989" });
 * ```
 */
export function queryCoupon(
  client: WechatPayClient,
  params: QueryCouponParams,
  options?: RequestOptions,
): Promise<Coupon> {
  return client.request<Coupon>(queryCouponOperation, params, options);
}

/**
 * {@link queryCoupon} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await queryCoupon.withResponse(client, { openid: "2323dfsdf342342", coupon_id: "9867041", appid: "wx233544546545989" });
 * ```
 */
queryCoupon.withResponse = function queryCouponWithResponse(
  client: WechatPayClient,
  params: QueryCouponParams,
  options?: RequestOptions,
): Promise<RawResponse<Coupon>> {
  return client.requestRaw<Coupon>(queryCouponOperation, params, options);
};
