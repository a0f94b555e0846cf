// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import { paginate } from "../../runtime/index.js";
import type { StockStatus } from "../enums.js";
import type { Stock, StockCollection } from "../models.js";
import { listStocksOperation } from "../metadata.js";

/** Parameters of {@link listStocks}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface ListStocksParams {
  /**
   * 分页页码，从 0 开始，默认第 0 页。**页码，不是行偏移。** Page INDEX starting at 0 (not a row offset).
   *
   * query · required · integer; ≥ 0
   *
   * @example 0
   */
  offset: number;
  /**
   * 分页大小，最大 10。Page size, at most 10.
   *
   * query · required · integer; ≥ 1; ≤ 10
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
  /**
   * 起始创建时间（RFC 3339），须 URL 编码。Earliest creation time (RFC 3339); must be percent-encoded.
   *
   * query · optional · RFC 3339 date-time (a `Date` is converted to +08:00); at most 64 characters
   *
   * @example "2026-11-01T00:00:00+08:00"
   */
  create_start_time?: string | Date;
  /**
   * 终止创建时间（RFC 3339），须 URL 编码。文档写作 string(664)，是 string(64) 的笔误（create_start_time 为 string(64)）。
   * Latest creation time (RFC 3339); must be percent-encoded. The doc's "string(664)" is a typo for 64.
   *
   * query · optional · RFC 3339 date-time (a `Date` is converted to +08:00); at most 64 characters
   *
   * @example "2026-11-30T23:59:59+08:00"
   */
  create_end_time?: string | Date;
  /**
   * 批次状态过滤。Filter by stock status.
   *
   * query · optional · one of `unactivated`, `audit`, `running`, `stoped`, `paused`
   *
   * @example "running"
   */
  status?: StockStatus;
}

/**
 * 条件查询批次列表 (List stocks)
 *
 * 查询多个批次的信息，包括批次的配置信息以及批次概况数据。只返回 stock_creator_mchid 创建的批次。
 * 分页：`offset` 是页码（从 0 开始，默认第 0 页），不是行偏移；`limit` 是分页大小，**最大 10**，超过返回
 * 400 PARAM_ERROR“页大小超过阈值”。时间参数在 URL 中，必须做 URL 编码（`+` → `%2B`，`:` → `%3A`）。
 * Lists the stocks created by `stock_creator_mchid`, with their configuration and figures.
 * Paging: `offset` is a PAGE INDEX from 0 (not a row offset); `limit` is the page size, at most 10
 * (larger values give 400 PARAM_ERROR "页大小超过阈值"). Percent-encode the RFC 3339 query values.
 *
 * `GET /v3/marketing/favor/stocks`
 *
 * Rate limits: 1000/second across all callers; 500/second per source IP.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 页大小超过阈值（limit > 10）；输入时间格式错误；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Page size over 10, bad time format, missing mchid, illegal status.
 * - 400 `INVALID_REQUEST`: HTTP 请求不符合 APIv3 接口规则；非法的商户号 → 请参阅接口规则。Request breaks the APIv3 rules; illegal merchant number.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 400 `APPID_MCHID_NOT_MATCH`: 商户号与 AppID 不匹配（页面共用错误码表）→ 请绑定后重试。appid not bound to the mchid (shared table on this page).
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.
 * - 403 `NOT_ENOUGH`: 批次预算不足（页面共用错误码表）→ 请补充预算。Budget insufficient (shared table on this page).
 * - 403 `USER_ACCOUNT_ABNORMAL`: 用户非法（页面共用错误码表）。User account abnormal (shared table on this page).
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: "9856888" });
 * ```
 */
export function listStocks(
  client: WechatPayClient,
  params: ListStocksParams,
  options?: RequestOptions,
): Promise<StockCollection> {
  return client.request<StockCollection>(listStocksOperation, params, options);
}

/**
 * {@link listStocks} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await listStocks.withResponse(client, { offset: 0, limit: 10, stock_creator_mchid: "9856888" });
 * ```
 */
listStocks.withResponse = function listStocksWithResponse(
  client: WechatPayClient,
  params: ListStocksParams,
  options?: RequestOptions,
): Promise<RawResponse<StockCollection>> {
  return client.requestRaw<StockCollection>(listStocksOperation, params, options);
};

/**
 * Iterates every item of {@link listStocks}, page by page.
 *
 * `offset` is a page INDEX (0, 1, 2, …), not a row offset; iteration stops once `total_count` items were seen or a page comes back empty.
 *
 * @example
 * ```ts
 * for await (const item of iterateListStocks(client, { limit: 10, stock_creator_mchid: "9856888" })) {
 *   console.log(item);
 * }
 * ```
 */
export function iterateListStocks(
  client: WechatPayClient,
  params: Omit<ListStocksParams, "offset">,
  options?: RequestOptions,
): AsyncIterableIterator<Stock> {
  return paginate<Stock>(client, listStocksOperation, params, options);
}
