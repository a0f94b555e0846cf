// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: e33ba3ed88071f06a89fed8f1fc460278d5cef3a9c001a78596ddc96df98ca1d
import type { components } from "./schema.js";
/** 指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit. */
export type CardLimitation = components["schemas"]["CardLimitation"];
/** 核销规则（创建请求侧）。Redemption rules of a stock, request side (createCouponStock). */
export type CouponRule = components["schemas"]["CouponRule"];
/** 创建代金券批次请求体。Request body of createCouponStock. */
export type CreateCouponStockBody = components["schemas"]["CreateCouponStockBody"];
/** 创建代金券批次应答。Response of createCouponStock. */
export type CreateCouponStockResponse = components["schemas"]["CreateCouponStockResponse"];
/**
 * 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
 * The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
 */
export type CutToMessage = components["schemas"]["CutToMessage"];
/**
 * 错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response. Switch on `code` (plus the HTTP
 * status), not on `message`: several messages share one code.
 */
export type ErrorResponse = components["schemas"]["ErrorResponse"];
/** 券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it). */
export type FavorAvailableTime = components["schemas"]["FavorAvailableTime"];
/** 固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the "N days after receipt" option. */
export type FixAvailableTime = components["schemas"]["FixAvailableTime"];
/** 折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models). */
export type FixedDiscountCoupon = components["schemas"]["FixedDiscountCoupon"];
/**
 * 固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request
 * side; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.
 */
export type FixedNormalCoupon = components["schemas"]["FixedNormalCoupon"];
/** 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen). */
export type NormalCouponInformation = components["schemas"]["NormalCouponInformation"];
/** 样式设置（代金券详情页）。Display settings of the coupon detail page. */
export type PatternInfo = components["schemas"]["PatternInfo"];
/** 消费金可用地域。A region where consumption money (MULTIUSE) can be used. */
export type RegionInfo = components["schemas"]["RegionInfo"];
/** 代金券批次详情（条件查询批次列表与查询批次详情共用）。A coupon stock, as returned by listStocks and queryStock. */
export type Stock = components["schemas"]["Stock"];
/** 条件查询批次列表应答（一页）。One page of listStocks. */
export type StockCollection = components["schemas"]["StockCollection"];
/**
 * 批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response
 * side uses `StockUseRule`, which has a different shape.
 */
export type StockRule = components["schemas"]["StockRule"];
/**
 * 应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（reference §3 #10）。
 * Stock type in responses: an OPEN string, not a closed enum. Known values —
 * `NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);
 * `OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and
 * `RANDOM` 千人千面券 (low confidence).
 */
export type StockType = components["schemas"]["StockType"];
/**
 * 满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the
 * query APIs; a different shape from the create-side `StockRule` (reference §3 #14). Amounts in fen.
 */
export type StockUseRule = components["schemas"]["StockUseRule"];
