// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { components } from "./schema.js";

/** 代金券可用商户（一页）。One page of listAvailableMerchants. */
export type AvailableMerchantCollection = components["schemas"]["AvailableMerchantCollection"];

/** 代金券可用单品（一页）。One page of listAvailableSingleitems. */
export type AvailableSingleitemCollection = components["schemas"]["AvailableSingleitemCollection"];

/** 查询消息通知地址应答。Response of queryCallback. */
export type Callback = components["schemas"]["Callback"];

/** 指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit. */
export type CardLimitation = components["schemas"]["CardLimitation"];

/**
 * 核销信息，券被核销后才有（查询券与 COUPON.USE 通知共用）。Redemption details, present once the
 * coupon is redeemed; shared by queryCoupon/listCouponsByFilter and the COUPON.USE notification.
 */
export type ConsumeInformation = components["schemas"]["ConsumeInformation"];

/**
 * 用户的一张代金券（查询代金券详情与根据商户号查用户的券共用）。One coupon of a user; returned by
 * queryCoupon and as an element of listCouponsByFilter. coupon_id, consume_information,
 * available_balance and business_type are in the official docs but missing from the Go SDK model;
 * they are included here.
 */
export type Coupon = components["schemas"]["Coupon"];

/** 根据商户号查用户的券（一页）。One page of listCouponsByFilter. */
export type CouponCollection = components["schemas"]["CouponCollection"];

/**
 * 核销规则（创建请求侧）。fixed_normal_coupon 在 stock_type=NORMAL 时必填，而创建接口只接受 NORMAL，所以这里是必填。
 * Redemption rules of a stock, request side (createCouponStock). `fixed_normal_coupon` is required
 * for stock_type NORMAL, the only type create accepts, so it is required here.
 */
export type CouponRule = components["schemas"]["CouponRule"];

/**
 * 通知中的加密资源。解密 / decryption (AEAD_AES_256_GCM, RFC 5116): key = APIv3 密钥的 32 个字节原样
 * (the APIv3 key's 32 bytes as-is); IV = `nonce` 的 UTF-8 字节 (12 bytes); AAD = `associated_data` 的
 * UTF-8 字节（可为空串）; data = base64 解码后的 `ciphertext`，最后 16 字节是 GCM tag。明文是 UTF-8 JSON，
 * 结构见 `CouponUseResource`。先验签、再解密。Verify the notification signature first, then decrypt;
 * the plaintext is UTF-8 JSON shaped like `CouponUseResource`. `nonce` has nothing to do with the
 * `Wechatpay-Nonce` header.
 */
export type CouponUseEncryptedResource = components["schemas"]["CouponUseEncryptedResource"];

/**
 * 代金券核销事件通知（COUPON.USE）的外层报文。Envelope of the COUPON.USE notification that WeChat Pay
 * POSTs to the merchant's notify_url.
 */
export type CouponUseNotification = components["schemas"]["CouponUseNotification"];

/**
 * COUPON.USE 通知解密后的明文（resource.ciphertext 解密所得）。The decrypted plaintext of a COUPON.USE
 * notification. Note the field names differ from the query APIs (`singleitem_discount_off`,
 * `discount_to` instead of `cut_to_message`). Amounts are integer fen.
 */
export type CouponUseResource = components["schemas"]["CouponUseResource"];

/** 创建代金券批次请求体。Request body of createCouponStock. */
export type CreateCouponStockBody = components["schemas"]["CreateCouponStockBody"];

/** 创建代金券批次应答。Response of createCouponStock. */
export type CreateCouponStockResponse = components["schemas"]["CreateCouponStockResponse"];

/**
 * 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
 * The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
 * Both fields are required, as in the official SDKs' models (wechatpay-go services/cashcoupons
 * `CutTypeMsg`, wechatpay-java service/cashcoupons `CutTypeMsg`): a 减至 coupon always states the
 * price ceiling and the price it cuts to.
 */
export type CutToMessage = components["schemas"]["CutToMessage"];

/** 减至优惠特定信息（仅减至券，COUPON.USE 明文）。Price-cut-to information (CUT_TO coupons only), COUPON.USE plaintext. */
export type DiscountTo = components["schemas"]["DiscountTo"];

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

/** 核销的单品信息（金额单位：分）。A redeemed goods line (amounts in fen). */
export type GoodsDetail = components["schemas"]["GoodsDetail"];

/**
 * 图片上传的 `meta` 部分（JSON）。它的原始字节就是签名串第 5 行，必须与 multipart 中 `meta` 部分逐字节一致。
 * The `meta` part (JSON) of the image upload. Its exact bytes are line 5 of the signing string and
 * must be byte-identical to the `meta` part on the wire. `sha256` is the digest of the FILE bytes,
 * not of the meta JSON.
 */
export type ImageMeta = components["schemas"]["ImageMeta"];

/** 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen). */
export type NormalCouponInformation = components["schemas"]["NormalCouponInformation"];

/**
 * 商户对通知的应答（可选）。成功：HTTP 200 或 204，无需应答体（可回 `{"code":"SUCCESS","message":"OK"}`）；
 * 失败：4xx/5xx，可回 `{"code":"FAIL","message":"…"}`，微信支付会重试。Optional acknowledgement body.
 * Success: HTTP 200 or 204, no body needed; failure: 4xx/5xx, WeChat Pay retries.
 */
export type NotificationAck = components["schemas"]["NotificationAck"];

/** 样式设置（代金券详情页）。Display settings of the coupon detail page. */
export type PatternInfo = components["schemas"]["PatternInfo"];

/** 暂停代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of pauseStock: only the creator mchid (stock_id goes in the path). */
export type PauseStockBody = components["schemas"]["PauseStockBody"];

/** 暂停代金券批次应答。Response of pauseStock. */
export type PauseStockResponse = components["schemas"]["PauseStockResponse"];

/** 下载批次退款明细应答（不签名）。Response of refundFlow (UNSIGNED). */
export type RefundFlowResponse = components["schemas"]["RefundFlowResponse"];

/** 消费金可用地域。A region where consumption money (MULTIUSE) can be used. */
export type RegionInfo = components["schemas"]["RegionInfo"];

/** 重启代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of restartStock: only the creator mchid (stock_id goes in the path). */
export type RestartStockBody = components["schemas"]["RestartStockBody"];

/** 重启代金券批次应答。Response of restartStock. */
export type RestartStockResponse = components["schemas"]["RestartStockResponse"];

/** 发放代金券请求体（openid 在路径中）。Request body of sendCoupon (openid goes in the path). */
export type SendCouponBody = components["schemas"]["SendCouponBody"];

/** 发放代金券应答。Response of sendCoupon. */
export type SendCouponResponse = components["schemas"]["SendCouponResponse"];

/** 设置消息通知地址请求体。Request body of setCallback. */
export type SetCallbackBody = components["schemas"]["SetCallbackBody"];

/** 设置消息通知地址应答。Response of setCallback. */
export type SetCallbackResponse = components["schemas"]["SetCallbackResponse"];

/**
 * 单品优惠特定信息（COUPON.USE 明文中的名字，查询接口中对应 cut_to_message）。Single-item discount
 * information as named in the COUPON.USE plaintext (the query APIs call it `cut_to_message`).
 */
export type SingleitemDiscountOff = components["schemas"]["SingleitemDiscountOff"];

/** 激活代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of startStock: only the creator mchid (stock_id goes in the path). */
export type StartStockBody = components["schemas"]["StartStockBody"];

/** 激活代金券批次应答。Response of startStock. */
export type StartStockResponse = components["schemas"]["StartStockResponse"];

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
 * 应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（官方示例只有 NORMAL，SDK 注释列出更多值）。
 * Stock type in responses: an OPEN string, not a closed enum. Known values —
 * `NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);
 * `OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and
 * `RANDOM` 千人千面券 (low confidence).
 */
export type StockType = components["schemas"]["StockType"];

/**
 * 满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the
 * query APIs; a different shape from the create-side `StockRule` (the fields the official query-stock page lists). Amounts in fen.
 */
export type StockUseRule = components["schemas"]["StockUseRule"];

/** 终止代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of stopStock: only the creator mchid (stock_id goes in the path). */
export type StopStockBody = components["schemas"]["StopStockBody"];

/** 终止代金券批次应答。Response of stopStock. */
export type StopStockResponse = components["schemas"]["StopStockResponse"];

/**
 * 图片上传的 multipart/form-data 请求体：`meta`（JSON，被签名）和 `file`（图片二进制）。
 * multipart/form-data body of uploadImage: `meta` (JSON, the signed part) and `file` (image bytes).
 * The generated client takes flat params `{ filename, file }` and computes `sha256` itself.
 */
export type UploadImageBody = components["schemas"]["UploadImageBody"];

/** 图片上传应答。Response of uploadImage. */
export type UploadImageResponse = components["schemas"]["UploadImageResponse"];

/** 下载批次核销明细应答（不签名）。Response of useFlow (UNSIGNED). */
export type UseFlowResponse = components["schemas"]["UseFlowResponse"];
