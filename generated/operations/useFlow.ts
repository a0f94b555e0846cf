// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { UseFlowResponse } from "../models.js";
import { useFlowOperation } from "../metadata.js";

/** Parameters of {@link useFlow}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface UseFlowParams {
  /**
   * 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
   *
   * path · required · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "9856000"
   */
  stock_id: string;
}

/**
 * 下载批次核销明细 (Get the redemption-detail file URL)
 *
 * 获取批次核销明细文件的下载链接。支持全场、单品、立减与折扣批次；只有批次创建方可以调用。
 * 活动结束后次日 10:00 起可下载；在此之前或没有数据时返回 404 RESOURCE_NOT_EXISTS（“账单文件不存在”）。
 * **本接口的应答不带微信支付签名，不做应答验签**（x-wechatpay-unsigned-response）。下载链接 30 秒内有效；
 * 下载 `url` 本身是一次正常签名的 APIv3 GET，文件内容也不签名，须用 hash_value（SHA1）校验。
 * Returns a download link for the stock's redemption detail file. All stock kinds are supported; only the
 * creator may call. Available from 10:00 the day after the activity ends; before that (or with no
 * data) the call returns 404 RESOURCE_NOT_EXISTS. **The response is NOT signed — skip response
 * verification.** The link is valid for 30 s; fetching it is itself a signed APIv3 GET whose body is
 * also unsigned, so check the file against `hash_value` (SHA-1).
 *
 * `GET /v3/marketing/favor/stocks/{stock_id}/use-flow`
 *
 * Rate limits: 1000/minute across all callers; 5/minute per source IP.
 *
 * Retry: safe (read-only).
 *
 * The 2xx response carries no WeChat Pay signature (documented), so it is not verified.
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 批次号必填 → 请输入批次号。Missing stock_id.
 * - 400 `INVALID_REQUEST`: 请求不符合 APIv3 接口规则；非法的商户号。Request breaks the APIv3 rules; illegal merchant number.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限（只有批次创建方可以下载）→ 请开通产品权限。Only the stock creator may download.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在；账单文件不存在（活动结束次日 10 点前或无数据）→ 稍后再试。Stock not found, or the bill file does not exist yet.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await useFlow(client, { stock_id: "9856000" });
 * ```
 */
export function useFlow(
  client: WechatPayClient,
  params: UseFlowParams,
  options?: RequestOptions,
): Promise<UseFlowResponse> {
  return client.request<UseFlowResponse>(useFlowOperation, params, options);
}

/**
 * {@link useFlow} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await useFlow.withResponse(client, { stock_id: "9856000" });
 * ```
 */
useFlow.withResponse = function useFlowWithResponse(
  client: WechatPayClient,
  params: UseFlowParams,
  options?: RequestOptions,
): Promise<RawResponse<UseFlowResponse>> {
  return client.requestRaw<UseFlowResponse>(useFlowOperation, params, options);
};
