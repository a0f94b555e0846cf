// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { StopStockResponse } from "../models.js";
import { stopStockOperation } from "../metadata.js";

/** Parameters of {@link stopStock}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface StopStockParams {
  /**
   * 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856000"
   */
  stock_id: string;
  /**
   * 创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.
   *
   * body · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "8956000"
   */
  stock_creator_mchid: string;
}

/**
 * 终止代金券批次 (Stop an un-activated stock)
 *
 * 终止批次：只能终止**未激活**（`unactivated`）的批次（来自官方 SDK 注释，公开文档索引中没有此接口）。
 * 未声明频率限制，未声明幂等。
 * Stops a stock that has NOT been activated (`unactivated`) — per the official SDK; the public doc index
 * has no page for it. No documented rate limit; not documented as idempotent.
 *
 * 前置条件 / precondition: 批次未激活 (stock not activated).
 *
 * `POST /v3/marketing/favor/stocks/{stock_id}/stop`
 *
 * Not idempotent: not retried automatically once it may have reached the server.
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 批次号必填；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Missing stock_id or mchid; illegal stock state for this transition.
 * - 400 `INVALID_REQUEST`: 活动已结束或未激活；非法的商户号；请求不符合 APIv3 接口规则。Activity ended or not activated; illegal merchant number; request breaks the APIv3 rules.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限（不是批次创建方或未开通产品权限）→ 请开通产品权限后再调用。Caller is not the creator or lacks the product permission.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await stopStock(client, { stock_id: "9856000", stock_creator_mchid: "8956000" });
 * ```
 */
export function stopStock(
  client: WechatPayClient,
  params: StopStockParams,
  options?: RequestOptions,
): Promise<StopStockResponse> {
  return client.request<StopStockResponse>(stopStockOperation, params, options);
}

/**
 * {@link stopStock} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await stopStock.withResponse(client, { stock_id: "9856000", stock_creator_mchid: "8956000" });
 * ```
 */
stopStock.withResponse = function stopStockWithResponse(
  client: WechatPayClient,
  params: StopStockParams,
  options?: RequestOptions,
): Promise<RawResponse<StopStockResponse>> {
  return client.requestRaw<StopStockResponse>(stopStockOperation, params, options);
};
