// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { Callback } from "../models.js";
import { queryCallbackOperation } from "../metadata.js";

/** Parameters of {@link queryCallback}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface QueryCallbackParams {
  /**
   * 商户号。Merchant number.
   *
   * query · optional: defaults to the client's mchid (`new WechatPayClient({ mchid })`); a value passed is sent as given · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856888"
   */
  mchid?: string;
}

/**
 * 查询消息通知地址 (Query the notification URL)
 *
 * 查询商户设置的营销事件通知地址。接口支持幂等重入。
 * Returns the notification URL set for the merchant. Idempotent.
 *
 * `GET /v3/marketing/favor/callbacks`
 *
 * Rate limits: 2000/second across all callers.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 商户号必填 → 请输入商户号。Missing mchid.
 * - 400 `INVALID_REQUEST`: 非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await queryCallback(client, {});
 * ```
 */
export function queryCallback(
  client: WechatPayClient,
  params: QueryCallbackParams = {},
  options?: RequestOptions,
): Promise<Callback> {
  return client.request<Callback>(queryCallbackOperation, params, options);
}

/**
 * {@link queryCallback} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await queryCallback.withResponse(client, {});
 * ```
 */
queryCallback.withResponse = function queryCallbackWithResponse(
  client: WechatPayClient,
  params: QueryCallbackParams = {},
  options?: RequestOptions,
): Promise<RawResponse<Callback>> {
  return client.requestRaw<Callback>(queryCallbackOperation, params, options);
};
