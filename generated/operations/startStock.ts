// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { StartStockResponse } from "../models.js";
import { startStockOperation } from "../metadata.js";

/** Parameters of {@link startStock}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface StartStockParams {
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
 * 激活代金券批次 (Start (activate) a stock)
 *
 * 激活一个已创建（`unactivated`）的批次，激活后状态为 `running`，可以开始发券。预充值批次（no_cash=false）
 * 在此时从制券商户可用余额中锁定预算，余额不足返回 403 NOT_ENOUGH。接口支持幂等重入。请求体只有
 * stock_creator_mchid，不要在请求体中放 stock_id。
 * Activates a created (`unactivated`) stock → `running`, so coupons can be sent. A prefunded stock's
 * budget is locked from the creator's balance at this step (403 NOT_ENOUGH if short). Idempotent.
 * The body is exactly `{"stock_creator_mchid": "…"}`; never put stock_id in the body.
 *
 * 前置条件 / precondition: 批次已创建 (stock created).
 *
 * `POST /v3/marketing/favor/stocks/{stock_id}/start`
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
 * - 403 `NOT_ENOUGH`: 批次预算不足（预充值批次激活时余额不足）→ 请补充预算。Budget insufficient (prefunded stock, balance short).
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await startStock(client, { stock_id: "9856000", stock_creator_mchid: "8956000" });
 * ```
 */
export function startStock(
  client: WechatPayClient,
  params: StartStockParams,
  options?: RequestOptions,
): Promise<StartStockResponse> {
  return client.request<StartStockResponse>(startStockOperation, params, options);
}

/**
 * {@link startStock} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await startStock.withResponse(client, { stock_id: "9856000", stock_creator_mchid: "8956000" });
 * ```
 */
startStock.withResponse = function startStockWithResponse(
  client: WechatPayClient,
  params: StartStockParams,
  options?: RequestOptions,
): Promise<RawResponse<StartStockResponse>> {
  return client.requestRaw<StartStockResponse>(startStockOperation, params, options);
};
