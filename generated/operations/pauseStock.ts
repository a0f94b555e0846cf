// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { PauseStockResponse } from "../models.js";
import { pauseStockOperation } from "../metadata.js";

/** Parameters of {@link pauseStock}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface PauseStockParams {
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
 * 暂停代金券批次 (Pause a stock)
 *
 * 暂停一个正在运行（`running`）的批次：暂停后状态为 `paused`，用户无法通过任何渠道再领取该批次的券。
 * 仅支持代金券（全场/单品）批次，不支持立减与折扣批次。接口支持幂等重入。用 restartStock 恢复。
 * Pauses an active (`running`) stock → `paused`: users can no longer receive its coupons through any
 * channel. 代金券 (全场/单品) stocks only; 立减/折扣 stocks are not supported. Idempotent. Resume with
 * restartStock.
 *
 * 前置条件 / precondition: 批次已激活 (stock active).
 *
 * `POST /v3/marketing/favor/stocks/{stock_id}/pause`
 *
 * Rate limits: 1000/minute across all callers; 60/minute per source IP.
 *
 * Idempotent: safe to retry.
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
 * const result = await pauseStock(client, { stock_id: "9856000", stock_creator_mchid: "8956000" });
 * ```
 */
export function pauseStock(
  client: WechatPayClient,
  params: PauseStockParams,
  options?: RequestOptions,
): Promise<PauseStockResponse> {
  return client.request<PauseStockResponse>(pauseStockOperation, params, options);
}

/**
 * {@link pauseStock} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await pauseStock.withResponse(client, { stock_id: "9856000", stock_creator_mchid: "8956000" });
 * ```
 */
pauseStock.withResponse = function pauseStockWithResponse(
  client: WechatPayClient,
  params: PauseStockParams,
  options?: RequestOptions,
): Promise<RawResponse<PauseStockResponse>> {
  return client.requestRaw<PauseStockResponse>(pauseStockOperation, params, options);
};
