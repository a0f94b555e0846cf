// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import { paginate } from "../../runtime/index.js";
import type { AvailableSingleitemCollection } from "../models.js";
import { listAvailableSingleitemsOperation } from "../metadata.js";

/** Parameters of {@link listAvailableSingleitems}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface ListAvailableSingleitemsParams {
  /**
   * 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856000"
   */
  stock_id: string;
  /**
   * 分页页码，从 0 开始，最大 500。**页码，不是行偏移。** Page INDEX from 0, at most 500 (not a row offset).
   *
   * query · required · integer; ≥ 0; ≤ 500
   *
   * @example 0
   */
  offset: number;
  /**
   * 分页大小，最大 100。Page size, at most 100.
   *
   * query · required · integer; ≥ 1; ≤ 100
   *
   * @example 10
   */
  limit: number;
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
 * 查询代金券可用单品 (List a stock's available items)
 *
 * 查询批次的可用商品编码，判断券是否可用于某些商品，来决定是否展示。批次必须是代金券（全场券或单品券）批次，
 * 不支持立减与折扣。`offset` 是页码（从 0 开始，最大 500），不是行偏移；`limit` 是分页大小（最大 100）。
 * 接口支持幂等重入。频率限制按官方文档：不区分来源 1000/min，单 IP 200/min（SDK 写 600/min，以文档为准）。
 * Lists the SKU codes a stock applies to, to decide whether to show the coupon. 代金券 (全场/单品)
 * stocks only, not 立减/折扣. `offset` is a PAGE INDEX from 0 (max 500), not a row offset; `limit`
 * is the page size (max 100). Idempotent. Rate limits follow the doc (1000/min overall, 200/min per
 * IP); the SDK's 600/min is ignored.
 *
 * `GET /v3/marketing/favor/stocks/{stock_id}/items`
 *
 * Rate limits: 1000/minute across all callers; 200/minute per source IP.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 页大小超过阈值；批次号必填；商户号必填；非法的批次状态等（页面共用错误码表）→ 请根据错误提示正确传入参数。Page size over the limit, missing stock_id/mchid, illegal status (shared table).
 * - 400 `INVALID_REQUEST`: openid 与 appid 不匹配；活动已结束或未激活；非法的商户号（页面共用错误码表）。openid/appid mismatch, activity ended or not activated, illegal merchant number (shared table).
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 400 `APPID_MCHID_NOT_MATCH`: 商户号与 appid 不匹配（页面共用错误码表）。appid not bound to the mchid (shared table).
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限；商户无权发券；批次不支持跨商户发券；用户被限领拦截（页面共用错误码表）。No permission, may not send, no cross-merchant authorisation, per-user limit (shared table).
 * - 403 `NOT_ENOUGH`: 批次预算不足（页面共用错误码表）。Budget insufficient (shared table).
 * - 403 `USER_ACCOUNT_ABNORMAL`: 用户非法（页面共用错误码表）。User account abnormal (shared table).
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await listAvailableSingleitems(client, { stock_id: "9856000", offset: 0, limit: 10, stock_creator_mchid: "9856888" });
 * ```
 */
export function listAvailableSingleitems(
  client: WechatPayClient,
  params: ListAvailableSingleitemsParams,
  options?: RequestOptions,
): Promise<AvailableSingleitemCollection> {
  return client.request<AvailableSingleitemCollection>(
    listAvailableSingleitemsOperation,
    params,
    options,
  );
}

/**
 * {@link listAvailableSingleitems} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await listAvailableSingleitems.withResponse(client, { stock_id: "9856000", offset: 0, limit: 10, stock_creator_mchid: "9856888" });
 * ```
 */
listAvailableSingleitems.withResponse = function listAvailableSingleitemsWithResponse(
  client: WechatPayClient,
  params: ListAvailableSingleitemsParams,
  options?: RequestOptions,
): Promise<RawResponse<AvailableSingleitemCollection>> {
  return client.requestRaw<AvailableSingleitemCollection>(
    listAvailableSingleitemsOperation,
    params,
    options,
  );
};

/**
 * Iterates every item of {@link listAvailableSingleitems}, page by page.
 *
 * `offset` is a page INDEX (0, 1, 2, …), not a row offset; iteration stops once `total_count` items were seen or a page comes back empty.
 *
 * @example
 * ```ts
 * for await (const item of iterateListAvailableSingleitems(client, { stock_id: "9856000", limit: 10, stock_creator_mchid: "9856888" })) {
 *   console.log(item);
 * }
 * ```
 */
export function iterateListAvailableSingleitems(
  client: WechatPayClient,
  params: Omit<ListAvailableSingleitemsParams, "offset">,
  options?: RequestOptions,
): AsyncIterableIterator<string> {
  return paginate<string>(client, listAvailableSingleitemsOperation, params, options);
}
