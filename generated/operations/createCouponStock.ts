// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { CreateStockType } from "../enums.js";
import type { CouponRule, CreateCouponStockResponse, PatternInfo, StockRule } from "../models.js";
import { createCouponStockOperation } from "../metadata.js";

/** Parameters of {@link createCouponStock}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface CreateCouponStockParams {
  /**
   * 可用开始时间（RFC 3339）。不可早于当前时间；不能创建 365 天后开始的批次；可用时间范围最长 90 天。
   * Availability start (RFC 3339). Must not be in the past; must start within 365 days; the whole
   * window is at most 90 days.
   *
   * body · required · RFC 3339 date-time (a `Date` is converted to +08:00); 1–32 characters
   *
   * @example "2026-12-01T00:00:00+08:00"
   */
  available_begin_time: string | Date;
  /**
   * 可用结束时间（RFC 3339）。须晚于开始时间；可用时间最长 90 天；有效时间间隔最短 1 秒。
   * Availability end (RFC 3339). Must be after the begin time; window ≤ 90 days and ≥ 1 second.
   *
   * body · required · RFC 3339 date-time (a `Date` is converted to +08:00); 1–32 characters
   *
   * @example "2026-12-31T23:59:59+08:00"
   */
  available_end_time: string | Date;
  /**
   * 批次归属商户号。本字段暂未开放生效，但必须填写为当前创建代金券的商户号，暂不支持其他商户号。
   * Owning merchant. Not yet effective, but it MUST equal the calling (creating) merchant's mchid;
   * other values are not supported.
   *
   * body · optional: defaults to the client's mchid (`new WechatPayClient({ mchid })`); a value passed is sent as given · 1–20 characters; pattern `^[0-9]+$`
   *
   * @example "98568865"
   */
  belong_merchant?: string;
  /**
   * 批次备注，仅制券商户可见，最多 60 个 UTF-8 字符。Note visible only to the creating merchant; ≤60 UTF-8 characters.
   *
   * body · optional · 1–60 characters
   *
   * @example "零售批次"
   */
  comment?: string;
  /**
   * 核销规则（创建请求侧）。fixed_normal_coupon 在 stock_type=NORMAL 时必填，而创建接口只接受 NORMAL，所以这里是必填。
   * Redemption rules of a stock, request side (createCouponStock). `fixed_normal_coupon` is required
   * for stock_type NORMAL, the only type create accepts, so it is required here.
   *
   * body · required
   *
   * @example { available_items: ["123321", "123322"], available_merchants: ["9856000", "9856001"], combine_use: false, fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 }, goods_tag: ["123321", "123322"], trade_type: ["OTHER", "APPPAY"] }
   */
  coupon_use_rule: CouponRule;
  /**
   * 扩展属性，JSON 格式字符串。该字段暂未开放。Extension attributes as a JSON string; not open yet.
   *
   * body · optional · 1–128 characters
   *
   * @example "{\"exinfo1\":\"1234\",\"exinfo2\":\"3456\"}"
   */
  ext_info?: string;
  /**
   * 营销经费。`true` 免充值：制券方无需提前充值，核销时直接从订单原价中扣除优惠金额，商户实收少于原价；
   * `false` 预充值：激活批次时从制券商户可用余额中扣除预算，不影响核销商户实收。
   * Funding. `true` = no prefunding (the discount comes out of the order; the merchant receives less);
   * `false` = prefunded (the budget is taken from the creator's balance when the stock is started).
   *
   * body · required
   *
   * @example false
   */
  no_cash: boolean;
  /**
   * 商户单据号（建议格式：商户号+日期+流水号），只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧需全局唯一。
   * 幂等键：用相同单据号重试是安全的。
   * Merchant request number (suggested: mchid + date + serial); letters, digits, `|`, `_`, `*`, `-`
   * only; globally unique per merchant. It is the idempotency key: retrying with the same value is safe.
   *
   * body · required · 1–128 characters; pattern `^[0-9A-Za-z|_*-]+$`
   *
   * @example "89560002019101000121"
   */
  out_request_no: string;
  /**
   * 样式设置（代金券详情页）。Display settings of the coupon detail page.
   *
   * body · optional
   *
   * @example { background_color: "COLOR020", description: "微信支付营销代金券", jump_target: "DEFAULT_PAGE", merchant_name: "微信支付" }
   */
  pattern_info?: PatternInfo;
  /**
   * 批次名称：最多 9 个中文汉字或 20 个字母；不能包含不当内容和特殊字符 `_` `,` `;` `|`。
   * Stock name: at most 9 Chinese characters or 20 Latin letters; must not contain `_`, `,`, `;`,
   * `|` or improper content.
   *
   * body · required · 1–20 characters; pattern `^[^_,;|]+$`
   *
   * @example "微信支付代金券批次"
   */
  stock_name: string;
  /**
   * 创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`
   * (the create-stock page lists only NORMAL; the SDKs' longer lists are not accepted on create). Responses use the open
   * `StockType` instead.
   *
   * body · required · one of `NORMAL`
   *
   * @example "NORMAL"
   */
  stock_type: CreateStockType;
  /**
   * 批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response
   * side uses `StockUseRule`, which has a different shape.
   *
   * body · required
   *
   * @example { max_amount: 5000, max_amount_by_day: 400, max_coupons: 100, max_coupons_per_user: 3, natural_person_limit: false, prevent_api_abuse: false }
   */
  stock_use_rule: StockRule;
}

/**
 * 创建代金券批次 (Create a coupon stock)
 *
 * 创建微信支付代金券批次（预充值或免充值）；创建完成后得到批次号 stock_id，可用于各营销场景的活动投放。
 * 新批次处于 `unactivated`（未激活）状态，需调用 startStock 激活后才能发券；预充值批次（no_cash=false）
 * 在激活时从制券商户余额中扣除预算。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用相同
 * out_request_no 重试。
 * Creates a WeChat Pay cash-coupon stock (prefunded or not). The new stock is `unactivated`; call
 * startStock before sending coupons (a prefunded stock's budget is taken at that point). Idempotent
 * by `out_request_no`: after a timeout or 5xx, retry with the same value.
 *
 * 约束 / constraints: stock_type 仅支持 `NORMAL`；max_amount = coupon_amount × max_coupons；
 * transaction_minimum > coupon_amount；belong_merchant 必须是调用商户号；可用时间窗口 ≤ 90 天、
 * 开始时间不早于当前且在 365 天内。
 *
 * `POST /v3/marketing/favor/coupon-stocks`
 *
 * Rate limits: 60/minute per merchant; 1000/minute across all callers.
 *
 * Idempotent: safe to retry; replays with the same `out_request_no` return the original result.
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 参数错误：输入时间格式错误、商户号必填、非法的批次状态等；“券面额必须大于0”实际表示 transaction_minimum ≤ coupon_amount → 请根据错误提示正确传入参数。Parameter error (bad time format, missing mchid, …); "券面额必须大于0" really means transaction_minimum ≤ coupon_amount.
 * - 400 `INVALID_REQUEST`: HTTP 请求不符合微信支付 APIv3 接口规则，或非法的商户号、Wechatpay-Serial 错误 → 请参阅接口规则。Request breaks the APIv3 rules, illegal merchant number or wrong Wechatpay-Serial.
 * - 400 `MCH_NOT_EXISTS`: 商户号不合法 → 请输入正确的商户号。Invalid merchant number.
 * - 400 `APPID_MCHID_NOT_MATCH`: 商户号与 appid 不匹配 → 请绑定调用接口的商户号和 appid 后重试。appid not bound to the calling mchid (listed on the create page's shared table).
 * - 403 `NO_AUTH`: 你配置的信息需要开通特殊权限 → 参考 QA 方案开通权限。The configuration needs a special permission.
 * - 403 `REQUEST_BLOCKED`: 调用商户无权限（请开通产品权限）；活动未开始或已结束（可用时间不合法）；商户无权发券。Caller lacks the product permission; activity not started or already ended (invalid times); merchant may not issue.
 * - 403 `NOT_ENOUGH`: 批次预算不足 → 请补充预算。Budget insufficient; top up (listed on the create page's shared table).
 * - 403 `USER_ACCOUNT_ABNORMAL`: 用户非法，账号异常 (listed on the create page's shared table). User account abnormal.
 * - 404 `RESOURCE_NOT_EXISTS`: 批次不存在 → 请检查批次 ID 是否正确 (listed on the create page's shared table). Stock not found.
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await createCouponStock(client, { available_begin_time: "2026-12-01T00:00:00+08:00", available_end_time: "2026-12-31T23:59:59+08:00", coupon_use_rule: { available_items: ["123321", "123322"], available_merchants: ["9856000", "9856001"], combine_use: false, fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 }, goods_tag: ["123321", "123322"], trade_type: ["OTHER", "APPPAY"] }, no_cash: false, out_request_no: "89560002019101000121", stock_name: "微信支付代金券批次", stock_type: "NORMAL", stock_use_rule: { max_amount: 5000, max_amount_by_day: 400, max_coupons: 100, max_coupons_per_user: 3, natural_person_limit: false, prevent_api_abuse: false } });
 * ```
 */
export function createCouponStock(
  client: WechatPayClient,
  params: CreateCouponStockParams,
  options?: RequestOptions,
): Promise<CreateCouponStockResponse> {
  return client.request<CreateCouponStockResponse>(createCouponStockOperation, params, options);
}

/**
 * {@link createCouponStock} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await createCouponStock.withResponse(client, { available_begin_time: "2026-12-01T00:00:00+08:00", available_end_time: "2026-12-31T23:59:59+08:00", coupon_use_rule: { available_items: ["123321", "123322"], available_merchants: ["9856000", "9856001"], combine_use: false, fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 }, goods_tag: ["123321", "123322"], trade_type: ["OTHER", "APPPAY"] }, no_cash: false, out_request_no: "89560002019101000121", stock_name: "微信支付代金券批次", stock_type: "NORMAL", stock_use_rule: { max_amount: 5000, max_amount_by_day: 400, max_coupons: 100, max_coupons_per_user: 3, natural_person_limit: false, prevent_api_abuse: false } });
 * ```
 */
createCouponStock.withResponse = function createCouponStockWithResponse(
  client: WechatPayClient,
  params: CreateCouponStockParams,
  options?: RequestOptions,
): Promise<RawResponse<CreateCouponStockResponse>> {
  return client.requestRaw<CreateCouponStockResponse>(createCouponStockOperation, params, options);
};
