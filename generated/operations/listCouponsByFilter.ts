// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import { paginate } from "../../runtime/index.js";
import type { BusinessType, CouponStatusFilter } from "../enums.js";
import type { Coupon, CouponCollection } from "../models.js";
import { listCouponsByFilterOperation } from "../metadata.js";

/** Parameters of {@link listCouponsByFilter}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface ListCouponsByFilterParams {
  /**
   * 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–128 characters; pattern `^[0-9A-Za-z_-]+$`
   *
   * @example "2323dfsdf342342"
   */
  openid: string;
  /**
   * 公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid. Letters, digits, `_` and `-` (the docs give only string(128) and the example `wx233544546545989`, so no exact `wx` + hex format is pinned).
   *
   * query · required · 1–128 characters; pattern `^[0-9A-Za-z_-]+$`
   *
   * @example "wx233544546545989"
   */
  appid: string;
  /**
   * 批次号；使用 available_mchid 时忽略。Stock ID filter; ignored with available_mchid.
   *
   * query · optional · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9865000"
   */
  stock_id?: string;
  /**
   * 券状态过滤（SENDED 或 USED）；使用 available_mchid 时忽略。Status filter; ignored with available_mchid.
   *
   * query · optional · one of `SENDED`, `USED`
   *
   * @example "SENDED"
   */
  status?: CouponStatusFilter;
  /**
   * 创建批次的商户号（推荐）；返回除已过期外的所有状态。Creator mchid (recommended); returns every state except expired.
   *
   * query · optional · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9865002"
   */
  creator_mchid?: string;
  /**
   * 批次发放商户号。暂未开放。Sending merchant; not open yet.
   *
   * query · optional · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9865003"
   */
  sender_mchid?: string;
  /**
   * 可用商户号：只返回可用券；与 creator_mchid 同时传时以 creator_mchid 为准。Merchant where coupons are usable; returns usable coupons only; creator_mchid wins if both are given.
   *
   * query · optional · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9865000"
   */
  available_mchid?: string;
  /**
   * 分页页码，从 0 开始，默认 0。**页码，不是行偏移。** 使用 available_mchid 时忽略。Page INDEX from 0 (default 0), not a row offset; ignored with available_mchid.
   *
   * query · optional · integer; ≥ 0
   *
   * @example 0
   */
  offset?: number;
  /**
   * 分页大小，默认 20，文档未给最大值；使用 available_mchid 时忽略。Page size, default 20, no documented maximum; ignored with available_mchid.
   *
   * query · optional · integer; ≥ 1
   *
   * @example 20
   */
  limit?: number;
  /**
   * 业务类型，查询消费金时传 MULTIUSE（新文档有，官方 Go SDK 没有）。Business type; MULTIUSE for consumption money (in the newer docs, not in the Go SDK).
   *
   * query · optional · one of `MULTIUSE`
   *
   * @example "MULTIUSE"
   */
  business_type?: BusinessType;
}

/**
 * 根据商户号查用户的券 (List a user's coupons)
 *
 * 根据商户号查询用户（openid）的代金券。creator_mchid / sender_mchid / available_mchid 三选一（新文档只有
 * 创建方与可用商户两种，sender_mchid 暂未开放）；推荐用 creator_mchid（“谁创券谁查券”）。
 * - creator_mchid：返回除已过期外的所有状态；status=SENDED 返回可用券，status=USED 返回可用和已实扣的券。
 * - available_mchid：只返回可用券，且忽略 stock_id、status、offset、limit；同时传 creator_mchid 时以
 *   creator_mchid 为准。按可用商户查询看不到已核销的券。
 * - 本接口查不到立减金（全平台券）。`offset` 是页码（从 0 开始），`limit` 默认 20，未公布最大值。
 * Lists a user's coupons. Give exactly one of creator_mchid / sender_mchid / available_mchid
 * (the newer doc drops sender_mchid, "not open yet"); creator_mchid is recommended. With
 * available_mchid only usable coupons come back and stock_id/status/offset/limit are ignored;
 * creator_mchid wins if both are given. `offset` is a PAGE INDEX from 0; `limit` defaults to 20
 * with no documented maximum. Idempotent.
 *
 * `GET /v3/marketing/favor/users/{openid}/coupons`
 *
 * Rate limits: 2000/second across all callers; 500/second per source IP.
 *
 * Retry: safe (read-only).
 *
 * Errors:
 * - 400 `PARAM_ERROR`: AppID 必填；OpenID 必填；商户号必填；页大小超过阈值 → 请根据错误提示正确传入参数。Missing appid, openid or mchid; page size over the limit.
 * - 400 `INVALID_REQUEST`: OpenID 与 AppID 不匹配；非法的商户号。openid not under appid; illegal merchant number.
 * - 400 `APPID_MCHID_NOT_MATCH`: 商户号与 AppID 不匹配 → 请绑定调用接口的商户号和 AppID 后重试。appid not bound to the calling mchid.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await listCouponsByFilter(client, { openid: "2323dfsdf342342", appid: "wx233544546545989" });
 * ```
 */
export function listCouponsByFilter(
  client: WechatPayClient,
  params: ListCouponsByFilterParams,
  options?: RequestOptions,
): Promise<CouponCollection> {
  return client.request<CouponCollection>(listCouponsByFilterOperation, params, options);
}

/**
 * {@link listCouponsByFilter} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await listCouponsByFilter.withResponse(client, { openid: "2323dfsdf342342", appid: "wx233544546545989" });
 * ```
 */
listCouponsByFilter.withResponse = function listCouponsByFilterWithResponse(
  client: WechatPayClient,
  params: ListCouponsByFilterParams,
  options?: RequestOptions,
): Promise<RawResponse<CouponCollection>> {
  return client.requestRaw<CouponCollection>(listCouponsByFilterOperation, params, options);
};

/**
 * Iterates every item of {@link listCouponsByFilter}, page by page.
 *
 * `offset` is a page INDEX (0, 1, 2, …), not a row offset; iteration stops once `total_count` items were seen or a page comes back empty.
 *
 * @example
 * ```ts
 * for await (const item of iterateListCouponsByFilter(client, { openid: "2323dfsdf342342", appid: "wx233544546545989" })) {
 *   console.log(item);
 * }
 * ```
 */
export function iterateListCouponsByFilter(
  client: WechatPayClient,
  params: Omit<ListCouponsByFilterParams, "offset">,
  options?: RequestOptions,
): AsyncIterableIterator<Coupon> {
  return paginate<Coupon>(client, listCouponsByFilterOperation, params, options);
}
