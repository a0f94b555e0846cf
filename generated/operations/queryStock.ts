// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { Stock } from "../models.js";
import { queryStockOperation } from "../metadata.js";

/** Parameters of {@link queryStock}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface QueryStockParams {
  /**
   * 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856000"
   */
  stock_id: string;
  /**
   * 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
   *
   * query · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856888"
   */
  stock_creator_mchid: string;
}

/**
 * 查询批次详情 (Get a stock)
 *
 * 查询一个代金券批次的详情。批次创建方和发券方都可以调用；stock_creator_mchid 必须是批次创建方。
 * Returns one stock. Both the creator and an authorised sending merchant may call it;
 * `stock_creator_mchid` must be the creator. Idempotent.
 *
 * `GET /v3/marketing/favor/stocks/{stock_id}`
 *
 * Rate limits: 1000/second across all callers; 500/second per source IP.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 批次号必填；商户号必填 → 请根据错误提示正确传入参数。Missing stock_id or mchid.
 * - 400 `INVALID_REQUEST`: 非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限（既不是创建方也不是授权发券方）→ 请开通产品权限后再调用。Caller is neither creator nor authorised sender, or lacks the product permission.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await queryStock(client, { stock_id: "9856000", stock_creator_mchid: "9856888" });
 * ```
 */
export function queryStock(
  client: WechatPayClient,
  params: QueryStockParams,
  options?: RequestOptions,
): Promise<Stock> {
  return client.request<Stock>(queryStockOperation, params, options);
}

/**
 * {@link queryStock} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await queryStock.withResponse(client, { stock_id: "9856000", stock_creator_mchid: "9856888" });
 * ```
 */
queryStock.withResponse = function queryStockWithResponse(
  client: WechatPayClient,
  params: QueryStockParams,
  options?: RequestOptions,
): Promise<RawResponse<Stock>> {
  return client.requestRaw<Stock>(queryStockOperation, params, options);
};
