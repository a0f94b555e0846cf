// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { SetCallbackResponse } from "../models.js";
import { setCallbackOperation } from "../metadata.js";

/** Parameters of {@link setCallback}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface SetCallbackParams {
  /**
   * 商户号，必须是批次创建方商户号；其他商户调用返回“调用商户无权限”。Merchant number; must be the stock-creator mchid (others get 403 "调用商户无权限").
   *
   * body · optional: defaults to the client's mchid (`new WechatPayClient({ mchid })`); a value passed is sent as given · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856888"
   */
  mchid?: string;
  /**
   * 支付通知商户 URL：必须是 HTTPS、外网可访问、不能携带参数（查询串）。非法 URL 曾返回“系统繁忙”。
   * Notification URL: HTTPS, publicly reachable, NO query string. An invalid URL has produced the
   * message "系统繁忙" (system busy).
   *
   * body · required · 1–256 characters; pattern `^https://[^?#\s]+$`
   *
   * @example "https://pay.weixin.qq.com/notify"
   */
  notify_url: string;
  /**
   * 回调开关：true 开启推送；false（关闭）暂不支持，请到商户平台关闭。Push on; `false` is not supported yet (turn pushing off in the merchant console).
   *
   * body · optional
   *
   * @example true
   */
  switch?: boolean;
}

/**
 * 设置消息通知地址 (Set the notification URL)
 *
 * 设置接收营销事件（核销事件 COUPON.USE）通知的地址。前提：已开通“营销事件推送”产品权限、已设置 APIv3 密钥；
 * 只推送商户自己创建的批次的事件。mchid 必须是批次创建方。notify_url 必须是 HTTPS、外网可访问、不带参数。
 * 接口支持幂等重入。
 * Sets the URL that receives marketing events (COUPON.USE). Requires the "marketing event push"
 * permission and an APIv3 key; only events of stocks the merchant created are pushed. `mchid` must
 * be the stock creator; `notify_url` must be HTTPS with no query string. Idempotent.
 *
 * `POST /v3/marketing/favor/callbacks`
 *
 * Rate limits: 1000/minute across all callers; 5/minute per source IP.
 *
 * Idempotent: safe to retry.
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 回调 URL 不能为空；回调商户不能为空 → 请填写。notify_url or mchid empty.
 * - 400 `INVALID_REQUEST`: 非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限：mchid 不是批次创建方或未开通营销事件推送权限。mchid is not a stock creator, or the event-push permission is missing.
 * - 500 `SYSTEM_ERROR`: 系统异常/系统繁忙（也可能是 notify_url 不合法）→ 检查 URL 后稍后重试。System error or busy (possibly an invalid notify_url).
 * - 401, 429: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await setCallback(client, { notify_url: "https://pay.weixin.qq.com/notify" });
 * ```
 */
export function setCallback(
  client: WechatPayClient,
  params: SetCallbackParams,
  options?: RequestOptions,
): Promise<SetCallbackResponse> {
  return client.request<SetCallbackResponse>(setCallbackOperation, params, options);
}

/**
 * {@link setCallback} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await setCallback.withResponse(client, { notify_url: "https://pay.weixin.qq.com/notify" });
 * ```
 */
setCallback.withResponse = function setCallbackWithResponse(
  client: WechatPayClient,
  params: SetCallbackParams,
  options?: RequestOptions,
): Promise<RawResponse<SetCallbackResponse>> {
  return client.requestRaw<SetCallbackResponse>(setCallbackOperation, params, options);
};
