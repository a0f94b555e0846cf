// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import { paginate } from "../../runtime/index.js";
import type { AvailableMerchantCollection } from "../models.js";
import { listAvailableMerchantsOperation } from "../metadata.js";

/** Parameters of {@link listAvailableMerchants}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface ListAvailableMerchantsParams {
  /**
   * 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856000"
   */
  stock_id: string;
  /**
   * 分页页码，从 0 开始，最大 1000。**页码，不是行偏移。** Page INDEX from 0, at most 1000 (not a row offset).
   *
   * query · required · integer; ≥ 0; ≤ 1000
   *
   * @example 0
   */
  offset: number;
  /**
   * 分页大小，最大 50。Page size, at most 50.
   *
   * query · required · integer; ≥ 1; ≤ 50
   *
   * @example 50
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
 * 查询代金券可用商户 (List a stock's available merchants)
 *
 * 分页查询批次的可用商户号。调用方只能查询自己创建或有权发放的批次。
 * `offset` 是页码（从 0 开始，最大 1000），不是行偏移；`limit` 是分页大小（最大 50）。
 * 请求超出最后一页的页码时，社区报告会返回 400 MCH_NOT_EXISTS“商户号不合法”。
 * Lists the merchants where a stock's coupons can be used, one page at a time. The caller may only
 * query stocks it created or may send. `offset` is a PAGE INDEX from 0 (max 1000), not a row
 * offset; `limit` is the page size (max 50; an integer, although one third-party description types
 * it as a string). Asking for a page past the last one has been seen to return 400 MCH_NOT_EXISTS.
 * Limits come from the official SDK (the doc page was not retrieved).
 *
 * `GET /v3/marketing/favor/stocks/{stock_id}/merchants`
 *
 * Rate limits: 1000/minute across all callers.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 页大小超过阈值（limit > 50）；批次号必填；商户号必填 → 请根据错误提示正确传入参数。Page size over the limit; missing stock_id or mchid.
 * - 400 `INVALID_REQUEST`: 非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法；社区报告页码超过最后一页时也返回此码。Invalid merchant number; also seen for a page index past the last page.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限（只能查询自己创建或可发放的批次）→ 请开通产品权限。The caller may only query stocks it created or may send.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确。Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await listAvailableMerchants(client, { stock_id: "9856000", offset: 0, limit: 50, stock_creator_mchid: "9856888" });
 * ```
 */
export function listAvailableMerchants(
  client: WechatPayClient,
  params: ListAvailableMerchantsParams,
  options?: RequestOptions,
): Promise<AvailableMerchantCollection> {
  return client.request<AvailableMerchantCollection>(
    listAvailableMerchantsOperation,
    params,
    options,
  );
}

/**
 * {@link listAvailableMerchants} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await listAvailableMerchants.withResponse(client, { stock_id: "9856000", offset: 0, limit: 50, stock_creator_mchid: "9856888" });
 * ```
 */
listAvailableMerchants.withResponse = function listAvailableMerchantsWithResponse(
  client: WechatPayClient,
  params: ListAvailableMerchantsParams,
  options?: RequestOptions,
): Promise<RawResponse<AvailableMerchantCollection>> {
  return client.requestRaw<AvailableMerchantCollection>(
    listAvailableMerchantsOperation,
    params,
    options,
  );
};

/**
 * Iterates every item of {@link listAvailableMerchants}, page by page.
 *
 * `offset` is a page INDEX (0, 1, 2, …), not a row offset; iteration stops once `total_count` items were seen or a page comes back empty.
 *
 * @example
 * ```ts
 * for await (const item of iterateListAvailableMerchants(client, { stock_id: "9856000", limit: 50, stock_creator_mchid: "9856888" })) {
 *   console.log(item);
 * }
 * ```
 */
export function iterateListAvailableMerchants(
  client: WechatPayClient,
  params: Omit<ListAvailableMerchantsParams, "offset">,
  options?: RequestOptions,
): AsyncIterableIterator<string> {
  return paginate<string>(client, listAvailableMerchantsOperation, params, options);
}
