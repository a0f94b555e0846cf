// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type {
  BackgroundColor,
  BusinessType,
  CouponStatus,
  CouponType,
  CouponUseEventType,
  JumpTarget,
  NotificationAlgorithm,
  NotificationOriginalType,
  NotificationResourceType,
  RegionType,
  StockStatus,
  TradeType,
} from "./enums.js";

/** 代金券可用商户（一页）。One page of listAvailableMerchants. */
export interface AvailableMerchantCollection {
  /**
   * 本页的可用商户号。Merchant numbers on this page.
   *
   * @example ["9856000", "9856001"]
   */
  data?: string[];
  /**
   * 分页大小。Page size.
   *
   * integer
   *
   * @example 50
   */
  limit: number;
  /**
   * 分页页码（从 0 开始）。Page INDEX (from 0).
   *
   * integer
   *
   * @example 0
   */
  offset: number;
  /**
   * 批次号。Stock ID.
   *
   * @example "9856000"
   */
  stock_id: string;
  /**
   * 可用商户总数。Total number of merchants (all pages).
   *
   * integer
   *
   * @example 2
   */
  total_count: number;
}

/** 代金券可用单品（一页）。One page of listAvailableSingleitems. */
export interface AvailableSingleitemCollection {
  /**
   * 本页的可用单品编码：单个长度 1–128，1–100 个。SKU codes on this page; each 1–128 characters, 1–100 entries.
   *
   * at most 100 items; each: 1–128 characters
   *
   * @example ["1232001"]
   */
  data?: string[];
  /**
   * 分页大小。Page size.
   *
   * integer
   *
   * @example 10
   */
  limit: number;
  /**
   * 分页页码（从 0 开始）。Page INDEX (from 0).
   *
   * integer
   *
   * @example 10
   */
  offset: number;
  /**
   * 批次号。Stock ID.
   *
   * @example "9865000"
   */
  stock_id: string;
  /**
   * 可用单品编码总数。Total number of SKU codes (all pages).
   *
   * integer
   *
   * @example 200
   */
  total_count: number;
}

/** 查询消息通知地址应答。Response of queryCallback. */
export interface Callback {
  /**
   * 商户号。Merchant number.
   *
   * @example "9856888"
   */
  mchid: string;
  /**
   * 通知地址。Notification URL.
   *
   * @example "https://pay.weixin.qq.com/notify"
   */
  notify_url: string;
}

/** 指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit. */
export interface CardLimitation {
  /**
   * 指定卡 BIN，单个卡 BIN 长度 6–9 位，1–10 个。Card BINs, each 6–9 characters, 1–10 entries.
   *
   * 1–10 items; each: 6–9 characters
   *
   * @example ["62123456", "62123457"]
   */
  bin: string[];
  /**
   * 银行卡名称，将在收银台展示，最多 4 个中文汉字。Card name shown at the cashier; ≤4 Chinese characters.
   *
   * 1–4 characters
   *
   * @example "精粹白金"
   */
  name: string;
}

/**
 * 核销信息，券被核销后才有（查询券与 COUPON.USE 通知共用）。Redemption details, present once the
 * coupon is redeemed; shared by queryCoupon/listCouponsByFilter and the COUPON.USE notification.
 */
export interface ConsumeInformation {
  /**
   * 消费金核销金额，单位：分；仅 business_type=MULTIUSE 时（通知中）返回。Redeemed consumption-money amount in fen; only for MULTIUSE (notification).
   *
   * integer
   *
   * @example 100
   */
  consume_amount?: number;
  /**
   * 核销商户号（收款商户；间连模式下为银联/网联商户号）。Collecting merchant (in indirect mode the UnionPay/NetsUnion merchant number).
   *
   * @example "9856000"
   */
  consume_mchid: string;
  /**
   * 核销时间（RFC 3339）。Redemption time.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T14:00:00+08:00"
   */
  consume_time: string;
  /** 单品信息。Goods lines. */
  goods_detail?: GoodsDetail[];
  /**
   * 核销订单的微信支付订单号。WeChat Pay transaction ID of the order.
   *
   * @example "4200000000000000000000000001"
   */
  transaction_id: string;
}

/**
 * 用户的一张代金券（查询代金券详情与根据商户号查用户的券共用）。One coupon of a user; returned by
 * queryCoupon and as an element of listCouponsByFilter. coupon_id, consume_information,
 * available_balance and business_type are in the official docs but missing from the Go SDK model;
 * they are included here.
 */
export interface Coupon {
  /**
   * 消费金可用余额（仅 MULTIUSE）。Remaining consumption-money balance (MULTIUSE only).
   *
   * number
   *
   * @example 100
   */
  available_balance?: number;
  /**
   * 可用开始时间。Availability start.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  available_begin_time: string;
  /**
   * 可用结束时间。Availability end.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-21T13:29:35+08:00"
   */
  available_end_time: string;
  /**
   * 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).
   *
   * one of `MULTIUSE`
   *
   * @example "MULTIUSE"
   */
  business_type?: BusinessType;
  /**
   * 核销信息，券被核销后才有（查询券与 COUPON.USE 通知共用）。Redemption details, present once the
   * coupon is redeemed; shared by queryCoupon/listCouponsByFilter and the COUPON.USE notification.
   */
  consume_information?: ConsumeInformation;
  /**
   * 券 ID。Coupon ID.
   *
   * @example "9856789"
   */
  coupon_id: string;
  /**
   * 券名称（批次名称）。Coupon name.
   *
   * @example "微信支付代金券"
   */
  coupon_name: string;
  /**
   * 券类型。Coupon type.
   *
   * one of `NORMAL`, `CUT_TO`
   *
   * @example "NORMAL"
   */
  coupon_type: CouponType;
  /**
   * 领券时间（RFC 3339）。Time the coupon was received.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  create_time: string;
  /**
   * 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
   * The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
   * Both fields are required, as in the official SDKs' models (wechatpay-go services/cashcoupons
   * `CutTypeMsg`, wechatpay-java service/cashcoupons `CutTypeMsg`): a 减至 coupon always states the
   * price ceiling and the price it cuts to.
   */
  cut_to_message?: CutToMessage;
  /**
   * 使用说明。Usage description.
   *
   * @example "微信支付营销"
   */
  description: string;
  /**
   * 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
   *
   * @example false
   */
  no_cash: boolean;
  /** 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen). */
  normal_coupon_information?: NormalCouponInformation;
  /**
   * 是否单品优惠。Single-item (SKU) discount.
   *
   * @example false
   */
  singleitem: boolean;
  /**
   * 券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)
   * and is listed so a response carrying it still validates.
   *
   * one of `SENDED`, `USED`, `EXPIRED`, `RECOVER`
   *
   * @example "SENDED"
   */
  status: CouponStatus;
  /**
   * 批次创建方商户号。Merchant that created the stock.
   *
   * @example "9856000"
   */
  stock_creator_mchid: string;
  /**
   * 批次号。Stock ID.
   *
   * @example "9856888"
   */
  stock_id: string;
}

/** 根据商户号查用户的券（一页）。One page of listCouponsByFilter. */
export interface CouponCollection {
  /** 本页的券；可能缺省或为空（SDK 标为选填）。Coupons on this page; may be absent or empty. */
  data?: Coupon[];
  /**
   * 分页大小。Page size.
   *
   * integer
   *
   * @example 20
   */
  limit: number;
  /**
   * 分页页码（从 0 开始）。Page INDEX (from 0).
   *
   * integer
   *
   * @example 0
   */
  offset: number;
  /**
   * 查询到的券总数。Total number of matching coupons (all pages).
   *
   * integer
   *
   * @example 1
   */
  total_count: number;
}

/**
 * 核销规则（创建请求侧）。fixed_normal_coupon 在 stock_type=NORMAL 时必填，而创建接口只接受 NORMAL，所以这里是必填。
 * Redemption rules of a stock, request side (createCouponStock). `fixed_normal_coupon` is required
 * for stock_type NORMAL, the only type create accepts, so it is required here.
 */
export interface CouponRule {
  /**
   * 可核销商品编码（SKU）：单个长度 1–128，1–50 个。设置后门槛只计算命中的商品金额。
   * SKU codes that can use the coupon: each 1–128 characters, 1–50 entries. If set, the threshold
   * counts only the matching SKUs.
   *
   * 1–50 items; each: 1–128 characters
   *
   * @example ["123321", "456654"]
   */
  available_items?: string[];
  /**
   * 可用商户号，1–50 个。no_cash=false（预充值）时可填任何特约商户或普通商户；no_cash=true（免充值）时只能填
   * 本商户号、同品牌商户或已授权的子商户（渠道商/银行服务商/从业机构可直接添加旗下子商户）。
   * 官方 SDK 标为选填，但旧文档与所有实际样例都填写了它，本规范按必填处理。
   * Merchants where the coupon can be used, 1–50 mchids. Prefunded stocks allow any merchant;
   * no-prefund stocks allow self, same-brand merchants or sub-merchants that granted authorisation.
   * The Go SDK marks it optional, but the older doc and every real sample send it, so this spec
   * makes it REQUIRED.
   *
   * 1–50 items; each: 1–20 characters; pattern `^[0-9]+$`
   *
   * @example ["9856000", "9856111"]
   */
  available_merchants: string[];
  /**
   * 是否可叠加本商户号创建的其他券，不填则默认允许。Can stack with this merchant's other coupons; default: allowed.
   *
   * @example false
   */
  combine_use?: boolean;
  /** 券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it). */
  coupon_available_time?: FavorAvailableTime;
  /**
   * 固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request
   * side; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.
   */
  fixed_normal_coupon: FixedNormalCoupon;
  /**
   * 订单优惠标记：最多 50 个；每个只能包含字母、数字、下划线，不超过 128 个字符。商户下单时需传入相同的
   * goods_tag，用户同时符合其他规则才能享受优惠。
   * Order tags: ≤50 entries; each letters, digits or `_`, ≤128 characters. The order must carry the
   * same goods_tag for the coupon to apply.
   *
   * at most 50 items; each: 1–128 characters; pattern `^[0-9A-Za-z_]+$`
   *
   * @example ["123321", "456654"]
   */
  goods_tag?: string[];
  /** 指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit. */
  limit_card?: CardLimitation;
  /**
   * 指定付款方式：条目个数限制为 [1,1]，填支付方式编码，零钱为 `CFT`，银行卡如 `ICBC_CREDIT`。
   * Payment-method restriction: exactly one code, `CFT` = 零钱 (balance) or a bank code such as `ICBC_CREDIT`.
   *
   * exactly 1 items; each: at least 1 characters
   *
   * @example ["ICBC_CREDIT"]
   */
  limit_pay?: string[];
  /**
   * 允许的支付方式，不填则默认“不限”。Allowed payment methods; empty or absent means no restriction.
   *
   * each: one of `MICROAPP`, `APPPAY`, `PPAY`, `CARD`, `FACE`, `OTHER`
   *
   * @example ["MICROAPP", "APPPAY"]
   */
  trade_type?: TradeType[];
  /**
   * 不可核销商品编码。该字段暂未开放。SKU codes excluded from the coupon; not open yet.
   *
   * 1–50 items; each: 1–128 characters
   *
   * @example ["789987", "56765"]
   */
  unavailable_items?: string[];
}

/**
 * 通知中的加密资源。解密 / decryption (AEAD_AES_256_GCM, RFC 5116): key = APIv3 密钥的 32 个字节原样
 * (the APIv3 key's 32 bytes as-is); IV = `nonce` 的 UTF-8 字节 (12 bytes); AAD = `associated_data` 的
 * UTF-8 字节（可为空串）; data = base64 解码后的 `ciphertext`，最后 16 字节是 GCM tag。明文是 UTF-8 JSON，
 * 结构见 `CouponUseResource`。先验签、再解密。Verify the notification signature first, then decrypt;
 * the plaintext is UTF-8 JSON shaped like `CouponUseResource`. `nonce` has nothing to do with the
 * `Wechatpay-Nonce` header.
 */
export interface CouponUseEncryptedResource {
  /**
   * 资源加密算法；解密前先检查它。Encryption algorithm of the resource; check it before decrypting.
   *
   * one of `AEAD_AES_256_GCM`
   *
   * @example "AEAD_AES_256_GCM"
   */
  algorithm: NotificationAlgorithm;
  /**
   * 附加数据（可为空串，小于 16 字节）。Associated data; may be the empty string.
   *
   * at most 16 characters
   *
   * @example "coupon"
   */
  associated_data?: string;
  /**
   * Base64 编码的密文（含 16 字节 GCM tag）。`contentSchema` 描述的是**解密后**的明文（CouponUseResource）；
   * JSON Schema 的 content 关键字只是注解，不做校验。Base64 ciphertext including the 16-byte GCM tag.
   * `contentSchema` describes the plaintext AFTER decryption (annotation only).
   *
   * at least 1 characters
   *
   * @example "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ="
   */
  ciphertext: string;
  /**
   * 加密使用的随机串（12 字节）。Encryption nonce (12 bytes).
   *
   * exactly 12 characters
   *
   * @example "abcdef012345"
   */
  nonce: string;
  /**
   * 加密前的对象类型。Object type before encryption.
   *
   * one of `coupon`
   *
   * @example "coupon"
   */
  original_type: NotificationOriginalType;
}

/**
 * 代金券核销事件通知（COUPON.USE）的外层报文。Envelope of the COUPON.USE notification that WeChat Pay
 * POSTs to the merchant's notify_url.
 */
export interface CouponUseNotification {
  /**
   * 通知创建时间（RFC 3339）。Creation time of the notification.
   *
   * RFC 3339 date-time string; at most 32 characters
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  create_time: string;
  /**
   * 通知的事件类型。Event type of the notification.
   *
   * one of `COUPON.USE`
   *
   * @example "COUPON.USE"
   */
  event_type: CouponUseEventType;
  /**
   * 通知的唯一 ID；重复通知可按它（或 coupon_id + event_type）去重。Notification ID; use it (or coupon_id + event_type) to de-duplicate.
   *
   * at most 36 characters
   *
   * @example "EV-2018022511223320873"
   */
  id: string;
  /**
   * 通知中的加密资源。解密 / decryption (AEAD_AES_256_GCM, RFC 5116): key = APIv3 密钥的 32 个字节原样
   * (the APIv3 key's 32 bytes as-is); IV = `nonce` 的 UTF-8 字节 (12 bytes); AAD = `associated_data` 的
   * UTF-8 字节（可为空串）; data = base64 解码后的 `ciphertext`，最后 16 字节是 GCM tag。明文是 UTF-8 JSON，
   * 结构见 `CouponUseResource`。先验签、再解密。Verify the notification signature first, then decrypt;
   * the plaintext is UTF-8 JSON shaped like `CouponUseResource`. `nonce` has nothing to do with the
   * `Wechatpay-Nonce` header.
   */
  resource: CouponUseEncryptedResource;
  /**
   * 通知资源数据类型。Resource type of the notification.
   *
   * one of `encrypt-resource`
   *
   * @example "encrypt-resource"
   */
  resource_type: NotificationResourceType;
  /**
   * 回调摘要。Summary.
   *
   * at most 64 characters
   *
   * @example "用券成功"
   */
  summary: string;
}

/**
 * COUPON.USE 通知解密后的明文（resource.ciphertext 解密所得）。The decrypted plaintext of a COUPON.USE
 * notification. Note the field names differ from the query APIs (`singleitem_discount_off`,
 * `discount_to` instead of `cut_to_message`). Amounts are integer fen.
 */
export interface CouponUseResource {
  /**
   * 可用开始时间。Availability start.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  available_begin_time: string;
  /**
   * 可用结束时间。Availability end.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-21T13:29:35+08:00"
   */
  available_end_time: string;
  /**
   * 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).
   *
   * one of `MULTIUSE`
   *
   * @example "MULTIUSE"
   */
  business_type?: BusinessType;
  /**
   * 核销信息，券被核销后才有（查询券与 COUPON.USE 通知共用）。Redemption details, present once the
   * coupon is redeemed; shared by queryCoupon/listCouponsByFilter and the COUPON.USE notification.
   */
  consume_information?: ConsumeInformation;
  /**
   * 券 ID。Coupon ID.
   *
   * @example "98674556"
   */
  coupon_id: string;
  /**
   * 券名称。Coupon name.
   *
   * @example "test"
   */
  coupon_name: string;
  /**
   * 券类型。Coupon type.
   *
   * one of `NORMAL`, `CUT_TO`
   *
   * @example "NORMAL"
   */
  coupon_type: CouponType;
  /**
   * 领券时间。Time the coupon was received.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  create_time: string;
  /**
   * 使用说明。Usage description.
   *
   * @example "d"
   */
  description: string;
  /** 减至优惠特定信息（仅减至券，COUPON.USE 明文）。Price-cut-to information (CUT_TO coupons only), COUPON.USE plaintext. */
  discount_to?: DiscountTo;
  /**
   * 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
   *
   * @example false
   */
  no_cash: boolean;
  /** 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen). */
  normal_coupon_information?: NormalCouponInformation;
  /**
   * 是否单品优惠。Single-item (SKU) discount.
   *
   * @example false
   */
  singleitem: boolean;
  /**
   * 单品优惠特定信息（COUPON.USE 明文中的名字，查询接口中对应 cut_to_message）。Single-item discount
   * information as named in the COUPON.USE plaintext (the query APIs call it `cut_to_message`).
   */
  singleitem_discount_off?: SingleitemDiscountOff;
  /**
   * 券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)
   * and is listed so a response carrying it still validates.
   *
   * one of `SENDED`, `USED`, `EXPIRED`, `RECOVER`
   *
   * @example "SENDED"
   */
  status: CouponStatus;
  /**
   * 批次创建方商户号。Merchant that created the stock.
   *
   * @example "9800064"
   */
  stock_creator_mchid: string;
  /**
   * 批次号。Stock ID.
   *
   * @example "9865888"
   */
  stock_id: string;
}

/** 创建代金券批次应答。Response of createCouponStock. */
export interface CreateCouponStockResponse {
  /**
   * 创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).
   *
   * RFC 3339 date-time string
   *
   * @example "2026-11-27T15:20:35+08:00"
   */
  create_time: string;
  /**
   * 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.
   *
   * 1–20 characters
   *
   * @example "98065001"
   */
  stock_id: string;
}

/**
 * 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
 * The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
 * Both fields are required, as in the official SDKs' models (wechatpay-go services/cashcoupons
 * `CutTypeMsg`, wechatpay-java service/cashcoupons `CutTypeMsg`): a 减至 coupon always states the
 * price ceiling and the price it cuts to.
 */
export interface CutToMessage {
  /**
   * 减至后的优惠单价，单位：分。Price after the cut, in fen.
   *
   * integer
   *
   * @example 80
   */
  cut_to_price: number;
  /**
   * 可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.
   *
   * integer
   *
   * @example 100
   */
  single_price_max: number;
}

/** 减至优惠特定信息（仅减至券，COUPON.USE 明文）。Price-cut-to information (CUT_TO coupons only), COUPON.USE plaintext. */
export interface DiscountTo {
  /**
   * 减至后的优惠单价，单位：分。Price after the cut, in fen.
   *
   * integer
   *
   * @example 80
   */
  cut_to_price?: number;
  /**
   * 可享受优惠的最高价格，单位：分。Highest price eligible, in fen.
   *
   * integer
   *
   * @example 100
   */
  max_price?: number;
}

/**
 * 错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response. Switch on `code` (plus the HTTP
 * status), not on `message`: several messages share one code.
 */
export interface ErrorResponse {
  /**
   * 详细错误码。Error code, e.g. `PARAM_ERROR`.
   *
   * @example "PARAM_ERROR"
   */
  code: string;
  /**
   * 错误详情，结构不固定。Free-form details. The documented shape is `{field, value, issue, location}`
   * (`field`: JSON Pointer for body fields or the parameter name; `location`: `body`, `query`, `path`
   * or `authorization`), but real responses nest further, so treat it as an open object.
   */
  detail?: Record<string, unknown>;
  /**
   * 错误描述（面向开发者，可能变化）。Human-readable message; may change.
   *
   * @example "页大小超过阈值"
   */
  message: string;
}

/** 券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it). */
export interface FavorAvailableTime {
  /**
   * 领取后有效时间，单位：分钟。Validity after receipt, in MINUTES.
   *
   * integer; ≥ 1
   *
   * @example 1440
   */
  available_time_after_receive?: number;
  /** 固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the "N days after receipt" option. */
  fix_available_time?: FixAvailableTime;
  /**
   * 领取后N天有效：券的开始时间为领券后第二天 00:00:00。与固定时间段可用互斥。
   * Valid from the day after receipt (00:00:00). Excludes fix_available_time.
   *
   * @example false
   */
  second_day_available?: boolean;
}

/** 固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the "N days after receipt" option. */
export interface FixAvailableTime {
  /**
   * 可用星期数，0 代表周日，1 代表周一…；不填代表周一至周日都生效。Weekdays, 0 = Sunday; empty means every day.
   *
   * at most 7 items; each: integer; ≥ 0; ≤ 6
   *
   * @example [1, 2]
   */
  available_week_day?: number[];
  /**
   * 当天开始时间，单位：秒（当天零点起）。Start of the daily window, seconds since midnight.
   *
   * integer; ≥ 0; ≤ 86400
   *
   * @example 0
   */
  begin_time: number;
  /**
   * 当天结束时间，单位：秒，默认 23:59:59。End of the daily window in seconds since midnight; default 23:59:59.
   *
   * integer; ≥ 1; ≤ 86399
   *
   * @example 3600
   */
  end_time?: number;
}

/** 折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models). */
export interface FixedDiscountCoupon {
  /**
   * 最高折扣金额，单位：分。Maximum discount in fen.
   *
   * integer
   *
   * @example 100
   */
  discount_amount_max?: number;
  /**
   * 折扣百分比，例如 88 表示八八折。Discount percentage, e.g. 88 = pay 88 %.
   *
   * integer
   *
   * @example 88
   */
  discount_percent?: number;
  /**
   * 使用券金额门槛，单位：分。Minimum spend in fen.
   *
   * integer
   *
   * @example 100
   */
  transaction_minimum?: number;
}

/**
 * 固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request
 * side; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.
 */
export interface FixedNormalCoupon {
  /**
   * 面额，单位：分（整数 fen）。官方创建批次页面（2021.11.11）：必须大于 1 元且小于等于 500 元；旧文档副本：大于 1 分且小于等于 1000 元。
   * 来源不一致，本规范只强制 > 0，且须小于 transaction_minimum。
   * Face value in fen. The official create-stock page (2021.11.11) says > 1 yuan and ≤ 500 yuan; an older copy says > 1 fen and
   * ≤ 1000 yuan. Sources disagree, so this spec enforces only > 0; it must also be less than
   * transaction_minimum.
   *
   * integer; ≥ 1
   *
   * @example 50
   */
  coupon_amount: number;
  /**
   * 使用券金额门槛，单位：分。必须大于面额 coupon_amount，否则服务器返回 PARAM_ERROR（消息“券面额必须大于0”有误导性）。
   * 若指定了可核销商品编码，门槛按可核销商品部分的金额计算。
   * Minimum spend in fen; must be greater than coupon_amount, otherwise the server answers PARAM_ERROR
   * with the misleading message "券面额必须大于0". With available_items set, only the matching SKUs count.
   *
   * integer; ≥ 1
   *
   * @example 100
   */
  transaction_minimum: number;
}

/** 核销的单品信息（金额单位：分）。A redeemed goods line (amounts in fen). */
export interface GoodsDetail {
  /**
   * 优惠金额，单位：分。Discount in fen.
   *
   * integer
   *
   * @example 4
   */
  discount_amount: number;
  /**
   * 单品编码。Goods (SKU) code.
   *
   * @example "a_goods1"
   */
  goods_id: string;
  /**
   * 单品单价，单位：分。Unit price in fen.
   *
   * integer
   *
   * @example 1
   */
  price: number;
  /**
   * 单品数量。Quantity.
   *
   * integer
   *
   * @example 7
   */
  quantity: number;
}

/**
 * 图片上传的 `meta` 部分（JSON）。它的原始字节就是签名串第 5 行，必须与 multipart 中 `meta` 部分逐字节一致。
 * The `meta` part (JSON) of the image upload. Its exact bytes are line 5 of the signing string and
 * must be byte-identical to the `meta` part on the wire. `sha256` is the digest of the FILE bytes,
 * not of the meta JSON.
 */
export interface ImageMeta {
  /**
   * 图片文件名，必须以 .jpg、.jpeg、.bmp 或 .png 结尾（不区分大小写），不能含路径分隔符、`..`、引号、反斜杠或控制字符。
   * File name ending in .jpg, .jpeg, .bmp or .png (any case); no path separators, `..`, double
   * quotes, backslashes or control characters.
   *
   * 1–128 characters; pattern `^[^./\\"\u0000-\u001f\u007f-\u009f]+(\.[^./\\"\u0000-\u001f\u007f-\u009f]+)*\.([jJ][pP][gG]|[jJ][pP][eE][gG]|[bB][mM][pP]|[pP][nN][gG])$`
   *
   * @example "logo.png"
   */
  filename: string;
  /**
   * 图片文件内容的 SHA-256 摘要，小写十六进制（64 位）。文档只写 string[1,256]；客户端与官方 Go SDK 一样总是发送 64 位小写十六进制，本规范据此收紧。
   * Lower-case hex SHA-256 of the FILE bytes (64 characters). The docs only say string[1,256];
   * the client always sends 64 lower-case hex digits (as the official Go SDK does), so the spec
   * pins that.
   *
   * exactly 64 characters; pattern `^[0-9a-f]{64}$`
   *
   * @example "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
   */
  sha256: string;
}

/** 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen). */
export interface NormalCouponInformation {
  /**
   * 面额，单位：分。Face value in fen.
   *
   * integer
   *
   * @example 100
   */
  coupon_amount: number;
  /**
   * 使用券金额门槛，单位：分。Minimum spend in fen.
   *
   * integer
   *
   * @example 200
   */
  transaction_minimum: number;
}

/**
 * 商户对通知的应答（可选）。成功：HTTP 200 或 204，无需应答体（可回 `{"code":"SUCCESS","message":"OK"}`）；
 * 失败：4xx/5xx，可回 `{"code":"FAIL","message":"…"}`，微信支付会重试。Optional acknowledgement body.
 * Success: HTTP 200 or 204, no body needed; failure: 4xx/5xx, WeChat Pay retries.
 */
export interface NotificationAck {
  /**
   * SUCCESS 或 FAIL。`SUCCESS` or `FAIL`.
   *
   * @example "SUCCESS"
   */
  code: string;
  /**
   * 说明。Message.
   *
   * @example "OK"
   */
  message?: string;
}

/** 样式设置（代金券详情页）。Display settings of the coupon detail page. */
export interface PatternInfo {
  /**
   * 券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,
   * by palette name; omit it rather than sending "". The docs speak of "10 colours"; the official SDKs
   * enumerate these 14 upper-case names, which this spec follows (wechatpay-go/wechatpay-java `BackgroundColor`). The hex swatches
   * and colour words below come from the WeChat 卡券 palette in community code (low confidence).
   *
   * one of `COLOR010`, `COLOR020`, `COLOR030`, `COLOR040`, `COLOR050`, `COLOR060`, `COLOR070`, `COLOR080`, `COLOR081`, `COLOR082`, `COLOR090`, `COLOR100`, `COLOR101`, `COLOR102`
   *
   * @example "COLOR020"
   */
  background_color?: BackgroundColor;
  /**
   * 券详情图片，850×350 像素，不超过 2M，JPG/PNG，仅支持 uploadImage 返回的 URL。
   * Coupon detail image: 850×350 px, ≤ 2 MB, JPG/PNG; only a URL returned by uploadImage.
   *
   * 1–128 characters
   *
   * @example "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0"
   */
  coupon_image?: string;
  /**
   * 使用说明，展示在代金券详情页，最多 1000 个 UTF-8 字符。Usage rules shown on the detail page; ≤1000 UTF-8 characters.
   *
   * 1–3000 characters
   *
   * @example "微信支付营销代金券"
   */
  description: string;
  /**
   * 券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`.
   *
   * one of `PAYMENT_CODE`, `MINI_PROGRAM`, `DEFAULT_PAGE`
   *
   * @example "DEFAULT_PAGE"
   */
  jump_target?: JumpTarget;
  /**
   * 商户 logo，仅支持《图片上传API》(uploadImage) 返回的图片 URL；120×120 像素，JPG/JPEG/PNG，小于 1M。
   * Merchant logo: only a URL returned by uploadImage; 120×120 px, JPG/JPEG/PNG, < 1 MB.
   *
   * 1–128 characters
   *
   * @example "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0"
   */
  merchant_logo?: string;
  /**
   * 品牌名称，展示在用户卡包：最多 12 个中文汉字或 36 个英文字符。Brand name shown in the card wallet; ≤12 Chinese or ≤36 Latin characters.
   *
   * 1–128 characters
   *
   * @example "微信支付"
   */
  merchant_name?: string;
  /**
   * 跳转的小程序 appid。jump_target=MINI_PROGRAM 时必填；须至少与一个可用商户号绑定。
   * Mini-program appid; required when jump_target=MINI_PROGRAM; must be bound to at least one merchant
   * where the coupon can be used.
   *
   * at least 1 characters
   *
   * @example "wx1234567890abcdef"
   */
  mini_program_appid?: string;
  /**
   * 跳转的小程序页面路径。jump_target=MINI_PROGRAM 时必填。Mini-program page path; required when jump_target=MINI_PROGRAM.
   *
   * at least 1 characters
   *
   * @example "/pages/index/index"
   */
  mini_program_path?: string;
}

/** 暂停代金券批次应答。Response of pauseStock. */
export interface PauseStockResponse {
  /**
   * 暂停时间（RFC 3339）。Pause time (RFC 3339).
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  pause_time: string;
  /**
   * 批次号。Stock ID.
   *
   * @example "9856000"
   */
  stock_id: string;
}

/** 下载批次退款明细应答（不签名）。Response of refundFlow (UNSIGNED). */
export interface RefundFlowResponse {
  /**
   * 摘要算法，只有 SHA1；文档正文写 "sha1"、示例写 "SHA1"，请忽略大小写比较。Hash algorithm: only SHA-1; compare case-insensitively ("sha1" / "SHA1").
   *
   * 1–32 characters
   *
   * @example "SHA1"
   */
  hash_type: string;
  /**
   * 文件摘要，下载后用于校验文件完整性。Digest of the file; compare it with the downloaded bytes.
   *
   * 1–1024 characters
   *
   * @example "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4"
   */
  hash_value: string;
  /**
   * 退款明细文件下载链接，30 秒内有效；下载时也要按 APIv3 规则签名。Download link, valid for 30 seconds; fetch it with a signed APIv3 GET.
   *
   * 1–2048 characters
   *
   * @example "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx"
   */
  url: string;
}

/** 消费金可用地域。A region where consumption money (MULTIUSE) can be used. */
export interface RegionInfo {
  /**
   * 城市。City.
   *
   * @example "深圳市"
   */
  city?: string;
  /**
   * 国家或地区。Country or area.
   *
   * @example "中国大陆"
   */
  country?: string;
  /**
   * 区县。District.
   *
   * @example "南山区"
   */
  district?: string;
  /**
   * 省份。Province.
   *
   * @example "广东省"
   */
  province?: string;
  /**
   * 消费金可用地域的粒度。Granularity of a consumption-money region.
   *
   * one of `PROVINCE`, `CITY`, `DISTRICT`, `COUNTRY`
   *
   * @example "PROVINCE"
   */
  type?: RegionType;
}

/** 重启代金券批次应答。Response of restartStock. */
export interface RestartStockResponse {
  /**
   * 重启时间（RFC 3339）。Restart time (RFC 3339).
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  restart_time: string;
  /**
   * 批次号。Stock ID.
   *
   * @example "9856000"
   */
  stock_id: string;
}

/** 发放代金券应答。Response of sendCoupon. */
export interface SendCouponResponse {
  /**
   * 微信为代金券分配的唯一券 ID。Coupon ID assigned by WeChat Pay.
   *
   * 1–20 characters
   *
   * @example "9867041"
   */
  coupon_id: string;
}

/** 设置消息通知地址应答。Response of setCallback. */
export interface SetCallbackResponse {
  /**
   * 生效的通知地址。The notification URL now in force.
   *
   * @example "https://pay.weixin.qq.com/notify"
   */
  notify_url: string;
  /**
   * 修改时间（RFC 3339）。Update time.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  update_time: string;
}

/**
 * 单品优惠特定信息（COUPON.USE 明文中的名字，查询接口中对应 cut_to_message）。Single-item discount
 * information as named in the COUPON.USE plaintext (the query APIs call it `cut_to_message`).
 */
export interface SingleitemDiscountOff {
  /**
   * 可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.
   *
   * integer
   *
   * @example 100
   */
  single_price_max?: number;
}

/** 激活代金券批次应答。Response of startStock. */
export interface StartStockResponse {
  /**
   * 生效时间（RFC 3339）。Activation time (RFC 3339).
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  start_time: string;
  /**
   * 批次号。Stock ID.
   *
   * @example "9856000"
   */
  stock_id: string;
}

/** 代金券批次详情（条件查询批次列表与查询批次详情共用）。A coupon stock, as returned by listStocks and queryStock. */
export interface Stock {
  /**
   * 可用开始时间。Availability start.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35.120+08:00"
   */
  available_begin_time: string;
  /**
   * 可用结束时间。Availability end.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-21T13:29:35.120+08:00"
   */
  available_end_time: string;
  /**
   * 消费金可用行业，仅 business_type=MULTIUSE 时返回。Industries; only for MULTIUSE.
   *
   * @example ["餐饮"]
   */
  available_industry_list?: string[];
  /** 消费金可用地域，仅 business_type=MULTIUSE 时返回。Regions; only for MULTIUSE. */
  available_region_list?: RegionInfo[];
  /**
   * 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).
   *
   * one of `MULTIUSE`
   *
   * @example "MULTIUSE"
   */
  business_type?: BusinessType;
  /**
   * 微信卡包 ID。WeChat card-wallet ID.
   *
   * @example "pX2-vjoeC94Nn-r2g5GjDwkfFH7E"
   */
  card_id?: string;
  /**
   * 批次创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35.120+08:00"
   */
  create_time: string;
  /**
   * 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
   * The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
   * Both fields are required, as in the official SDKs' models (wechatpay-go services/cashcoupons
   * `CutTypeMsg`, wechatpay-java service/cashcoupons `CutTypeMsg`): a 减至 coupon always states the
   * price ceiling and the price it cuts to.
   */
  cut_to_message?: CutToMessage;
  /**
   * 使用说明 / 批次描述信息。Description of the stock.
   *
   * @example "微信支付营销"
   */
  description: string;
  /**
   * 已发券或消费金数量。Coupons (or consumption money) issued so far.
   *
   * integer
   *
   * @example 100
   */
  distributed_coupons: number;
  /**
   * 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
   *
   * @example true
   */
  no_cash: boolean;
  /**
   * 是否单品优惠。Single-item (SKU) discount.
   *
   * @example false
   */
  singleitem: boolean;
  /**
   * 激活批次的时间。Activation time.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35.120+08:00"
   */
  start_time?: string;
  /**
   * 批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling
   * `stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;
   * pause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.
   *
   * one of `unactivated`, `audit`, `running`, `stoped`, `paused`
   *
   * @example "running"
   */
  status: StockStatus;
  /**
   * 批次创建方商户号。Merchant that created the stock.
   *
   * @example "1900000001"
   */
  stock_creator_mchid: string;
  /**
   * 批次号。Stock ID.
   *
   * @example "9836588"
   */
  stock_id: string;
  /**
   * 批次名称。Stock name.
   *
   * @example "微信支付批次"
   */
  stock_name: string;
  /**
   * 应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（官方示例只有 NORMAL，SDK 注释列出更多值）。
   * Stock type in responses: an OPEN string, not a closed enum. Known values —
   * `NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);
   * `OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and
   * `RANDOM` 千人千面券 (low confidence).
   *
   * 1–16 characters
   *
   * @example "NORMAL"
   */
  stock_type: StockType;
  /**
   * 满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the
   * query APIs; a different shape from the create-side `StockRule` (the fields the official query-stock page lists). Amounts in fen.
   */
  stock_use_rule?: StockUseRule;
  /**
   * 终止批次的时间（永久停止）。Permanent stop time.
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-21T13:29:35.120+08:00"
   */
  stop_time?: string;
}

/** 条件查询批次列表应答（一页）。One page of listStocks. */
export interface StockCollection {
  /** 本页的批次详情；可能缺省或为空。Stocks on this page; may be absent or empty. */
  data?: Stock[];
  /**
   * 分页大小，最大 10。Page size (max 10).
   *
   * integer
   *
   * @example 8
   */
  limit: number;
  /**
   * 分页页码（从 0 开始），不是行偏移。Page INDEX (from 0), not a row offset.
   *
   * integer
   *
   * @example 1
   */
  offset: number;
  /**
   * 经过条件筛选查询到的批次总数。Total number of matching stocks (all pages).
   *
   * integer
   *
   * @example 10
   */
  total_count: number;
}

/**
 * 批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response
 * side uses `StockUseRule`, which has a different shape.
 */
export interface StockRule {
  /**
   * 总预算，单位：分（整数 fen）。须等于 coupon_amount（面额）× max_coupons（发放总上限）。预充值批次激活时从余额扣除。
   * 上限各来源不一致：官方创建批次页面（2021.11.11）为 1000 万元（1,000,000,000 分），旧文档副本为 1 亿元；本规范只强制较宽的
   * 1 亿元（10,000,000,000 分），由服务器判定更严的上限。
   * Total budget in fen; must equal coupon_amount × max_coupons. For a prefunded stock it is deducted
   * when the stock is started. Sources disagree on the cap (10 million yuan on the official create-stock page, 100 million
   * yuan in an older copy); this spec enforces only the looser 100 million yuan and leaves the stricter
   * check to the server.
   *
   * integer; ≥ 1; ≤ 10000000000
   *
   * @example 5000
   */
  max_amount: number;
  /**
   * 单天预算发放上限，单位：分。不能大于总预算，不可以为 0。Daily budget cap in fen; ≤ max_amount and not 0.
   *
   * integer; ≥ 1; ≤ 10000000000
   *
   * @example 400
   */
  max_amount_by_day?: number;
  /**
   * 发放总上限：最少 5 个，最多 1000 万个。Total number of coupons: 5 … 10,000,000.
   *
   * integer; ≥ 5; ≤ 10000000
   *
   * @example 100
   */
  max_coupons: number;
  /**
   * 单个用户可领个数：最少 1 个，最多 60 个，且不能大于发放总个数。Coupons per user: 1 … 60 and ≤ max_coupons.
   *
   * integer; ≥ 1; ≤ 60
   *
   * @example 3
   */
  max_coupons_per_user: number;
  /**
   * 是否开启自然人限制：开启后同一身份证下的多个微信号视为同一用户。Natural-person limit: several WeChat accounts under one ID card count as one user.
   *
   * @example false
   */
  natural_person_limit: boolean;
  /**
   * 是否开启防刷拦截：命中恶意、小号、机器、黑产等风险行为的用户无法领券。Anti-abuse: risky users (bots, fraud rings) cannot receive coupons.
   *
   * @example false
   */
  prevent_api_abuse: boolean;
}

/**
 * 应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（官方示例只有 NORMAL，SDK 注释列出更多值）。
 * Stock type in responses: an OPEN string, not a closed enum. Known values —
 * `NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);
 * `OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and
 * `RANDOM` 千人千面券 (low confidence).
 */
export type StockType = string;

/**
 * 满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the
 * query APIs; a different shape from the create-side `StockRule` (the fields the official query-stock page lists). Amounts in fen.
 */
export interface StockUseRule {
  /**
   * 是否可叠加其他优惠。Can stack with other coupons.
   *
   * @example true
   */
  combine_use?: boolean;
  /**
   * 券类型。Coupon type.
   *
   * one of `NORMAL`, `CUT_TO`
   *
   * @example "NORMAL"
   */
  coupon_type?: CouponType;
  /** 折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models). */
  fixed_discount_coupon?: FixedDiscountCoupon;
  /** 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen). */
  fixed_normal_coupon?: NormalCouponInformation;
  /**
   * 订单优惠标记。Order tags.
   *
   * @example ["123456"]
   */
  goods_tag?: string[];
  /**
   * 总预算，单位：分。Total budget in fen.
   *
   * integer
   *
   * @example 5000
   */
  max_amount: number;
  /**
   * 单天发放上限金额，单位：分；未设置时可能为 0。Daily budget cap in fen; may be 0 when not set.
   *
   * integer
   *
   * @example 400
   */
  max_amount_by_day: number;
  /**
   * 发放总上限。Total number of coupons.
   *
   * integer
   *
   * @example 100
   */
  max_coupons: number;
  /**
   * 单个用户可领个数。Coupons per user.
   *
   * integer
   *
   * @example 3
   */
  max_coupons_per_user: number;
  /**
   * 允许的支付方式。Allowed payment methods.
   *
   * each: one of `MICROAPP`, `APPPAY`, `PPAY`, `CARD`, `FACE`, `OTHER`
   *
   * @example ["MICROAPP"]
   */
  trade_type?: TradeType[];
}

/** 终止代金券批次应答。Response of stopStock. */
export interface StopStockResponse {
  /**
   * 批次号。Stock ID.
   *
   * @example "9856000"
   */
  stock_id: string;
  /**
   * 终止时间（SDK 注释称“暂停时间”）（RFC 3339）。Stop time (the SDK comment calls it pause time) (RFC 3339).
   *
   * RFC 3339 date-time string
   *
   * @example "2015-05-20T13:29:35+08:00"
   */
  stop_time: string;
}

/** 图片上传应答。Response of uploadImage. */
export interface UploadImageResponse {
  /**
   * 图片 URL，永久有效；用于 pattern_info.merchant_logo 和 coupon_image。Image URL; never expires. Use it for pattern_info.merchant_logo and coupon_image.
   *
   * at most 256 characters
   *
   * @example "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0"
   */
  media_url: string;
}

/** 下载批次核销明细应答（不签名）。Response of useFlow (UNSIGNED). */
export interface UseFlowResponse {
  /**
   * 摘要算法，只有 SHA1；文档正文写 "sha1"、示例写 "SHA1"，请忽略大小写比较。Hash algorithm: only SHA-1; compare case-insensitively ("sha1" / "SHA1").
   *
   * 1–32 characters
   *
   * @example "SHA1"
   */
  hash_type: string;
  /**
   * 文件摘要，下载后用于校验文件完整性。Digest of the file; compare it with the downloaded bytes.
   *
   * 1–1024 characters
   *
   * @example "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4"
   */
  hash_value: string;
  /**
   * 核销明细文件下载链接，30 秒内有效；下载时也要按 APIv3 规则签名。Download link, valid for 30 seconds; fetch it with a signed APIv3 GET.
   *
   * 1–2048 characters
   *
   * @example "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx"
   */
  url: string;
}
