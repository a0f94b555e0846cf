// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: e33ba3ed88071f06a89fed8f1fc460278d5cef3a9c001a78596ddc96df98ca1d

export interface paths {
  "/v3/marketing/favor/coupon-stocks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 创建代金券批次 (Create a coupon stock)
     * @description 创建微信支付代金券批次（预充值或免充值）；创建完成后得到批次号 stock_id，可用于各营销场景的活动投放。
     *     新批次处于 `unactivated`（未激活）状态，需调用 startStock 激活后才能发券；预充值批次（no_cash=false）
     *     在激活时从制券商户余额中扣除预算。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用相同
     *     out_request_no 重试。
     *     Creates a WeChat Pay cash-coupon stock (prefunded or not). The new stock is `unactivated`; call
     *     startStock before sending coupons (a prefunded stock's budget is taken at that point). Idempotent
     *     by `out_request_no`: after a timeout or 5xx, retry with the same value.
     *
     *     约束 / constraints: stock_type 仅支持 `NORMAL`；max_amount = coupon_amount × max_coupons；
     *     transaction_minimum > coupon_amount；belong_merchant 必须是调用商户号；可用时间窗口 ≤ 90 天、
     *     开始时间不早于当前且在 365 天内。
     */
    post: operations["createCouponStock"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v3/marketing/favor/stocks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 条件查询批次列表 (List stocks)
     * @description 查询多个批次的信息，包括批次的配置信息以及批次概况数据。只返回 stock_creator_mchid 创建的批次。
     *     分页：`offset` 是页码（从 0 开始，默认第 0 页），不是行偏移；`limit` 是分页大小，**最大 10**，超过返回
     *     400 PARAM_ERROR“页大小超过阈值”。时间参数在 URL 中，必须做 URL 编码（`+` → `%2B`，`:` → `%3A`）。
     *     Lists the stocks created by `stock_creator_mchid`, with their configuration and figures.
     *     Paging: `offset` is a PAGE INDEX from 0 (not a row offset); `limit` is the page size, at most 10
     *     (larger values give 400 PARAM_ERROR "页大小超过阈值"). Percent-encode the RFC 3339 query values.
     */
    get: operations["listStocks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * BackgroundColor
     * @description 券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,
     *     by palette name; omit it rather than sending "". The docs speak of "10 colours"; the official SDKs
     *     enumerate these 14 upper-case names, which this spec follows (reference §3 #11).
     * @example COLOR020
     * @enum {string}
     */
    BackgroundColor:
      | "COLOR010"
      | "COLOR020"
      | "COLOR030"
      | "COLOR040"
      | "COLOR050"
      | "COLOR060"
      | "COLOR070"
      | "COLOR080"
      | "COLOR081"
      | "COLOR082"
      | "COLOR090"
      | "COLOR100"
      | "COLOR101"
      | "COLOR102";
    /**
     * BusinessType
     * @description 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).
     * @example MULTIUSE
     * @enum {string}
     */
    BusinessType: "MULTIUSE";
    /**
     * CardLimitation
     * @description 指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit.
     * @example {
     *       "name": "精粹白金",
     *       "bin": [
     *         "62123456",
     *         "62123457"
     *       ]
     *     }
     */
    CardLimitation: {
      /**
       * @description 指定卡 BIN，单个卡 BIN 长度 6–9 位，1–10 个。Card BINs, each 6–9 characters, 1–10 entries.
       * @example [
       *       "62123456",
       *       "62123457"
       *     ]
       */
      bin: string[];
      /**
       * @description 银行卡名称，将在收银台展示，最多 4 个中文汉字。Card name shown at the cashier; ≤4 Chinese characters.
       * @example 精粹白金
       */
      name: string;
    };
    /**
     * CouponRule
     * @description 核销规则（创建请求侧）。Redemption rules of a stock, request side (createCouponStock).
     * @example {
     *       "fixed_normal_coupon": {
     *         "coupon_amount": 50,
     *         "transaction_minimum": 100
     *       },
     *       "goods_tag": [
     *         "123321",
     *         "123322"
     *       ],
     *       "trade_type": [
     *         "OTHER",
     *         "APPPAY"
     *       ],
     *       "combine_use": false,
     *       "available_items": [
     *         "123321",
     *         "123322"
     *       ],
     *       "available_merchants": [
     *         "9856000",
     *         "9856001"
     *       ]
     *     }
     */
    CouponRule: {
      /**
       * @description 可核销商品编码（SKU）：单个长度 1–128，1–50 个。设置后门槛只计算命中的商品金额。
       *     SKU codes that can use the coupon: each 1–128 characters, 1–50 entries. If set, the threshold
       *     counts only the matching SKUs.
       * @example [
       *       "123321",
       *       "456654"
       *     ]
       */
      available_items?: string[];
      /**
       * @description 可用商户号，1–50 个。no_cash=false（预充值）时可填任何特约商户或普通商户；no_cash=true（免充值）时只能填
       *     本商户号、同品牌商户或已授权的子商户（渠道商/银行服务商/从业机构可直接添加旗下子商户）。
       *     官方 SDK 标为选填，但旧文档与所有实际样例都填写了它，本规范按必填处理（reference §3 #16）。
       *     Merchants where the coupon can be used, 1–50 mchids. Prefunded stocks allow any merchant;
       *     no-prefund stocks allow self, same-brand merchants or sub-merchants that granted authorisation.
       *     The Go SDK marks it optional, but the older doc and every real sample send it, so this spec
       *     makes it REQUIRED.
       * @example [
       *       "9856000",
       *       "9856111"
       *     ]
       */
      available_merchants: string[];
      /**
       * @description 是否可叠加本商户号创建的其他券，不填则默认允许。Can stack with this merchant's other coupons; default: allowed.
       * @example false
       */
      combine_use?: boolean;
      coupon_available_time?: components["schemas"]["FavorAvailableTime"];
      fixed_normal_coupon: components["schemas"]["FixedNormalCoupon"];
      /**
       * @description 订单优惠标记：最多 50 个；每个只能包含字母、数字、下划线，不超过 128 个字符。商户下单时需传入相同的
       *     goods_tag，用户同时符合其他规则才能享受优惠。
       *     Order tags: ≤50 entries; each letters, digits or `_`, ≤128 characters. The order must carry the
       *     same goods_tag for the coupon to apply.
       * @example [
       *       "123321",
       *       "456654"
       *     ]
       */
      goods_tag?: string[];
      limit_card?: components["schemas"]["CardLimitation"];
      /**
       * @description 指定付款方式：条目个数限制为 [1,1]，填支付方式编码，零钱为 `CFT`，银行卡如 `ICBC_CREDIT`。
       *     Payment-method restriction: exactly one code, `CFT` = 零钱 (balance) or a bank code such as `ICBC_CREDIT`.
       * @example [
       *       "ICBC_CREDIT"
       *     ]
       */
      limit_pay?: string[];
      /**
       * @description 允许的支付方式，不填则默认“不限”。Allowed payment methods; empty or absent means no restriction.
       * @example [
       *       "MICROAPP",
       *       "APPPAY"
       *     ]
       */
      trade_type?: components["schemas"]["TradeType"][];
      /**
       * @description 不可核销商品编码。该字段暂未开放。SKU codes excluded from the coupon; not open yet.
       * @example [
       *       "789987",
       *       "56765"
       *     ]
       */
      unavailable_items?: string[];
    };
    /**
     * CouponStatus
     * @description 券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)
     *     and is listed so a response carrying it still validates.
     * @example SENDED
     * @enum {string}
     */
    CouponStatus: "SENDED" | "USED" | "EXPIRED" | "RECOVER";
    /**
     * CouponStatusFilter
     * @description 查询用户的券时可用的状态过滤值。Status values accepted by the list-coupons filter.
     *     与 creator_mchid 同用时：SENDED 返回可用券，USED 返回可用和已实扣的券；与 available_mchid 同用时忽略。
     *     With creator_mchid: SENDED returns usable coupons, USED returns usable plus redeemed ones.
     *     Ignored with available_mchid.
     * @example SENDED
     * @enum {string}
     */
    CouponStatusFilter: "SENDED" | "USED";
    /**
     * CouponType
     * @description 券类型。Coupon type.
     * @example NORMAL
     * @enum {string}
     */
    CouponType: "NORMAL" | "CUT_TO";
    /**
     * CreateCouponStockBody
     * @description 创建代金券批次请求体。Request body of createCouponStock.
     * @example {
     *       "stock_name": "微信支付代金券批次",
     *       "comment": "零售批次",
     *       "belong_merchant": "98568865",
     *       "available_begin_time": "2026-12-01T00:00:00+08:00",
     *       "available_end_time": "2026-12-31T23:59:59+08:00",
     *       "stock_use_rule": {
     *         "max_coupons": 100,
     *         "max_amount": 5000,
     *         "max_amount_by_day": 400,
     *         "max_coupons_per_user": 3,
     *         "natural_person_limit": false,
     *         "prevent_api_abuse": false
     *       },
     *       "coupon_use_rule": {
     *         "fixed_normal_coupon": {
     *           "coupon_amount": 50,
     *           "transaction_minimum": 100
     *         },
     *         "available_merchants": [
     *           "98568865"
     *         ]
     *       },
     *       "no_cash": false,
     *       "stock_type": "NORMAL",
     *       "out_request_no": "89560002019101000121"
     *     }
     */
    CreateCouponStockBody: {
      /**
       * Format: date-time
       * @description 可用开始时间（RFC 3339）。不可早于当前时间；不能创建 365 天后开始的批次；可用时间范围最长 90 天。
       *     Availability start (RFC 3339). Must not be in the past; must start within 365 days; the whole
       *     window is at most 90 days.
       * @example 2026-12-01T00:00:00+08:00
       */
      available_begin_time: string;
      /**
       * Format: date-time
       * @description 可用结束时间（RFC 3339）。须晚于开始时间；可用时间最长 90 天；有效时间间隔最短 1 秒。
       *     Availability end (RFC 3339). Must be after the begin time; window ≤ 90 days and ≥ 1 second.
       * @example 2026-12-31T23:59:59+08:00
       */
      available_end_time: string;
      /**
       * @description 批次归属商户号。本字段暂未开放生效，但必须填写为当前创建代金券的商户号，暂不支持其他商户号。
       *     Owning merchant. Not yet effective, but it MUST equal the calling (creating) merchant's mchid;
       *     other values are not supported.
       * @example 98568865
       */
      belong_merchant: string;
      /**
       * @description 批次备注，仅制券商户可见，最多 60 个 UTF-8 字符。Note visible only to the creating merchant; ≤60 UTF-8 characters.
       * @example 零售批次
       */
      comment?: string;
      coupon_use_rule: components["schemas"]["CouponRule"];
      /**
       * @description 扩展属性，JSON 格式字符串。该字段暂未开放。Extension attributes as a JSON string; not open yet.
       * @example {"exinfo1":"1234","exinfo2":"3456"}
       */
      ext_info?: string;
      /**
       * @description 营销经费。`true` 免充值：制券方无需提前充值，核销时直接从订单原价中扣除优惠金额，商户实收少于原价；
       *     `false` 预充值：激活批次时从制券商户可用余额中扣除预算，不影响核销商户实收。
       *     Funding. `true` = no prefunding (the discount comes out of the order; the merchant receives less);
       *     `false` = prefunded (the budget is taken from the creator's balance when the stock is started).
       * @example false
       */
      no_cash: boolean;
      /**
       * @description 商户单据号（建议格式：商户号+日期+流水号），只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧需全局唯一。
       *     幂等键：用相同单据号重试是安全的。
       *     Merchant request number (suggested: mchid + date + serial); letters, digits, `|`, `_`, `*`, `-`
       *     only; globally unique per merchant. It is the idempotency key: retrying with the same value is safe.
       * @example 89560002019101000121
       */
      out_request_no: string;
      pattern_info?: components["schemas"]["PatternInfo"];
      /**
       * @description 批次名称：最多 9 个中文汉字或 20 个字母；不能包含不当内容和特殊字符 `_` `,` `;` `|`。
       *     Stock name: at most 9 Chinese characters or 20 Latin letters; must not contain `_`, `,`, `;`,
       *     `|` or improper content.
       * @example 微信支付代金券批次
       */
      stock_name: string;
      stock_type: components["schemas"]["CreateStockType"];
      stock_use_rule: components["schemas"]["StockRule"];
    };
    /**
     * CreateCouponStockResponse
     * @description 创建代金券批次应答。Response of createCouponStock.
     * @example {
     *       "stock_id": "98065001",
     *       "create_time": "2026-11-27T15:20:35+08:00"
     *     }
     */
    CreateCouponStockResponse: {
      /**
       * Format: date-time
       * @description 创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).
       * @example 2026-11-27T15:20:35+08:00
       */
      create_time: string;
      /**
       * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.
       * @example 98065001
       */
      stock_id: string;
    };
    /**
     * CreateStockType
     * @description 创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`
     *     (reference §3 #9; the SDKs' longer lists are not accepted on create). Responses use the open
     *     `StockType` instead.
     * @example NORMAL
     * @enum {string}
     */
    CreateStockType: "NORMAL";
    /**
     * CutToMessage
     * @description 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
     *     The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
     * @example {
     *       "single_price_max": 100,
     *       "cut_to_price": 80
     *     }
     */
    CutToMessage: {
      /**
       * @description 减至后的优惠单价，单位：分。Price after the cut, in fen.
       * @example 80
       */
      cut_to_price?: number;
      /**
       * @description 可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.
       * @example 100
       */
      single_price_max?: number;
    };
    /**
     * ErrorResponse
     * @description 错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response. Switch on `code` (plus the HTTP
     *     status), not on `message`: several messages share one code.
     * @example {
     *       "code": "PARAM_ERROR",
     *       "message": "页大小超过阈值",
     *       "detail": {
     *         "field": "limit",
     *         "value": 20,
     *         "issue": "页大小超过阈值",
     *         "location": "query"
     *       }
     *     }
     */
    ErrorResponse: {
      /**
       * @description 详细错误码。Error code, e.g. `PARAM_ERROR`.
       * @example PARAM_ERROR
       */
      code: string;
      /**
       * @description 错误详情，结构不固定。Free-form details. The documented shape is `{field, value, issue, location}`
       *     (`field`: JSON Pointer for body fields or the parameter name; `location`: `body`, `query`, `path`
       *     or `authorization`), but real responses nest further, so treat it as an open object.
       * @example {
       *       "field": "/limit",
       *       "value": 20,
       *       "issue": "页大小超过阈值",
       *       "location": "query"
       *     }
       */
      detail?: Record<string, never>;
      /**
       * @description 错误描述（面向开发者，可能变化）。Human-readable message; may change.
       * @example 页大小超过阈值
       */
      message: string;
    };
    /**
     * FavorAvailableTime
     * @description 券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it).
     * @example {
     *       "available_time_after_receive": 1440
     *     }
     */
    FavorAvailableTime: {
      /**
       * @description 领取后有效时间，单位：分钟。Validity after receipt, in MINUTES.
       * @example 1440
       */
      available_time_after_receive?: number;
      fix_available_time?: components["schemas"]["FixAvailableTime"];
      /**
       * @description 领取后N天有效：券的开始时间为领券后第二天 00:00:00。与固定时间段可用互斥。
       *     Valid from the day after receipt (00:00:00). Excludes fix_available_time.
       * @example false
       */
      second_day_available?: boolean;
    };
    /**
     * FixAvailableTime
     * @description 固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the "N days after receipt" option.
     * @example {
     *       "available_week_day": [
     *         1,
     *         2
     *       ],
     *       "begin_time": 0,
     *       "end_time": 3600
     *     }
     */
    FixAvailableTime: {
      /**
       * @description 可用星期数，0 代表周日，1 代表周一…；不填代表周一至周日都生效。Weekdays, 0 = Sunday; empty means every day.
       * @example [
       *       1,
       *       2
       *     ]
       */
      available_week_day?: number[];
      /**
       * @description 当天开始时间，单位：秒（当天零点起）。Start of the daily window, seconds since midnight.
       * @example 0
       */
      begin_time: number;
      /**
       * @description 当天结束时间，单位：秒，默认 23:59:59。End of the daily window in seconds since midnight; default 23:59:59.
       * @example 3600
       */
      end_time?: number;
    };
    /**
     * FixedDiscountCoupon
     * @description 折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models).
     * @example {
     *       "discount_amount_max": 100,
     *       "discount_percent": 88,
     *       "transaction_minimum": 100
     *     }
     */
    FixedDiscountCoupon: {
      /**
       * @description 最高折扣金额，单位：分。Maximum discount in fen.
       * @example 100
       */
      discount_amount_max?: number;
      /**
       * @description 折扣百分比，例如 88 表示八八折。Discount percentage, e.g. 88 = pay 88 %.
       * @example 88
       */
      discount_percent?: number;
      /**
       * @description 使用券金额门槛，单位：分。Minimum spend in fen.
       * @example 100
       */
      transaction_minimum?: number;
    };
    /**
     * FixedNormalCoupon
     * @description 固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request
     *     side; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.
     * @example {
     *       "coupon_amount": 50,
     *       "transaction_minimum": 100
     *     }
     */
    FixedNormalCoupon: {
      /**
       * @description 面额，单位：分（整数 fen）。种子文档：必须大于 1 元且小于等于 500 元；旧文档副本：大于 1 分且小于等于 1000 元。
       *     来源不一致，本规范只强制 > 0，且须小于 transaction_minimum（reference §3 #7）。
       *     Face value in fen. The seed doc says > 1 yuan and ≤ 500 yuan; an older copy says > 1 fen and
       *     ≤ 1000 yuan. Sources disagree, so this spec enforces only > 0; it must also be less than
       *     transaction_minimum.
       * @example 50
       */
      coupon_amount: number;
      /**
       * @description 使用券金额门槛，单位：分。必须大于面额 coupon_amount，否则服务器返回 PARAM_ERROR（消息“券面额必须大于0”有误导性）。
       *     若指定了可核销商品编码，门槛按可核销商品部分的金额计算。
       *     Minimum spend in fen; must be greater than coupon_amount, otherwise the server answers PARAM_ERROR
       *     with the misleading message "券面额必须大于0". With available_items set, only the matching SKUs count.
       * @example 100
       */
      transaction_minimum: number;
    };
    /**
     * JumpTarget
     * @description 券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`.
     * @example DEFAULT_PAGE
     * @enum {string}
     */
    JumpTarget: "PAYMENT_CODE" | "MINI_PROGRAM" | "DEFAULT_PAGE";
    /**
     * NormalCouponInformation
     * @description 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen).
     * @example {
     *       "coupon_amount": 100,
     *       "transaction_minimum": 200
     *     }
     */
    NormalCouponInformation: {
      /**
       * @description 面额，单位：分。Face value in fen.
       * @example 100
       */
      coupon_amount: number;
      /**
       * @description 使用券金额门槛，单位：分。Minimum spend in fen.
       * @example 200
       */
      transaction_minimum: number;
    };
    /**
     * PatternInfo
     * @description 样式设置（代金券详情页）。Display settings of the coupon detail page.
     * @example {
     *       "description": "微信支付营销代金券",
     *       "merchant_name": "微信支付",
     *       "background_color": "COLOR020",
     *       "jump_target": "DEFAULT_PAGE"
     *     }
     */
    PatternInfo: {
      background_color?: components["schemas"]["BackgroundColor"];
      /**
       * @description 券详情图片，850×350 像素，不超过 2M，JPG/PNG，仅支持 uploadImage 返回的 URL。
       *     Coupon detail image: 850×350 px, ≤ 2 MB, JPG/PNG; only a URL returned by uploadImage.
       * @example https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0
       */
      coupon_image?: string;
      /**
       * @description 使用说明，展示在代金券详情页，最多 1000 个 UTF-8 字符。Usage rules shown on the detail page; ≤1000 UTF-8 characters.
       * @example 微信支付营销代金券
       */
      description: string;
      jump_target?: components["schemas"]["JumpTarget"];
      /**
       * @description 商户 logo，仅支持《图片上传API》(uploadImage) 返回的图片 URL；120×120 像素，JPG/JPEG/PNG，小于 1M。
       *     Merchant logo: only a URL returned by uploadImage; 120×120 px, JPG/JPEG/PNG, < 1 MB.
       * @example https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0
       */
      merchant_logo?: string;
      /**
       * @description 品牌名称，展示在用户卡包：最多 12 个中文汉字或 36 个英文字符。Brand name shown in the card wallet; ≤12 Chinese or ≤36 Latin characters.
       * @example 微信支付
       */
      merchant_name?: string;
      /**
       * @description 跳转的小程序 appid。jump_target=MINI_PROGRAM 时必填；须至少与一个可用商户号绑定。
       *     Mini-program appid; required when jump_target=MINI_PROGRAM; must be bound to at least one merchant
       *     where the coupon can be used.
       * @example wx1234567890abcdef
       */
      mini_program_appid?: string;
      /**
       * @description 跳转的小程序页面路径。jump_target=MINI_PROGRAM 时必填。Mini-program page path; required when jump_target=MINI_PROGRAM.
       * @example /pages/index/index
       */
      mini_program_path?: string;
    };
    /**
     * RegionInfo
     * @description 消费金可用地域。A region where consumption money (MULTIUSE) can be used.
     * @example {
     *       "type": "PROVINCE",
     *       "province": "广东省",
     *       "city": "深圳市",
     *       "district": "南山区",
     *       "country": "中国大陆"
     *     }
     */
    RegionInfo: {
      /**
       * @description 城市。City.
       * @example 深圳市
       */
      city?: string;
      /**
       * @description 国家或地区。Country or area.
       * @example 中国大陆
       */
      country?: string;
      /**
       * @description 区县。District.
       * @example 南山区
       */
      district?: string;
      /**
       * @description 省份。Province.
       * @example 广东省
       */
      province?: string;
      type?: components["schemas"]["RegionType"];
    };
    /**
     * RegionType
     * @description 消费金可用地域的粒度。Granularity of a consumption-money region.
     * @example PROVINCE
     * @enum {string}
     */
    RegionType: "PROVINCE" | "CITY" | "DISTRICT" | "COUNTRY";
    /**
     * Stock
     * @description 代金券批次详情（条件查询批次列表与查询批次详情共用）。A coupon stock, as returned by listStocks and queryStock.
     * @example {
     *       "stock_id": "9836588",
     *       "stock_creator_mchid": "1900000001",
     *       "stock_name": "微信支付批次",
     *       "status": "running",
     *       "create_time": "2015-05-20T13:29:35.120+08:00",
     *       "description": "微信支付营销",
     *       "stock_use_rule": {
     *         "max_coupons": 100,
     *         "max_amount": 5000,
     *         "max_amount_by_day": 400,
     *         "fixed_normal_coupon": {
     *           "coupon_amount": 50,
     *           "transaction_minimum": 100
     *         },
     *         "max_coupons_per_user": 3,
     *         "coupon_type": "NORMAL",
     *         "goods_tag": [
     *           "123456"
     *         ],
     *         "trade_type": [
     *           "MICROAPP"
     *         ],
     *         "combine_use": true
     *       },
     *       "available_begin_time": "2015-05-20T13:29:35.120+08:00",
     *       "available_end_time": "2015-05-21T13:29:35.120+08:00",
     *       "distributed_coupons": 100,
     *       "no_cash": false,
     *       "start_time": "2015-05-20T13:29:35.120+08:00",
     *       "singleitem": false,
     *       "stock_type": "NORMAL"
     *     }
     */
    Stock: {
      /**
       * Format: date-time
       * @description 可用开始时间。Availability start.
       * @example 2015-05-20T13:29:35.120+08:00
       */
      available_begin_time: string;
      /**
       * Format: date-time
       * @description 可用结束时间。Availability end.
       * @example 2015-05-21T13:29:35.120+08:00
       */
      available_end_time: string;
      /**
       * @description 消费金可用行业，仅 business_type=MULTIUSE 时返回。Industries; only for MULTIUSE.
       * @example [
       *       "餐饮"
       *     ]
       */
      available_industry_list?: string[];
      /** @description 消费金可用地域，仅 business_type=MULTIUSE 时返回。Regions; only for MULTIUSE. */
      available_region_list?: components["schemas"]["RegionInfo"][];
      business_type?: components["schemas"]["BusinessType"];
      /**
       * @description 微信卡包 ID。WeChat card-wallet ID.
       * @example pX2-vjoeC94Nn-r2g5GjDwkfFH7E
       */
      card_id?: string;
      /**
       * Format: date-time
       * @description 批次创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).
       * @example 2015-05-20T13:29:35.120+08:00
       */
      create_time: string;
      cut_to_message?: components["schemas"]["CutToMessage"];
      /**
       * @description 使用说明 / 批次描述信息。Description of the stock.
       * @example 微信支付营销
       */
      description: string;
      /**
       * @description 已发券或消费金数量。Coupons (or consumption money) issued so far.
       * @example 100
       */
      distributed_coupons: number;
      /**
       * @description 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
       * @example true
       */
      no_cash: boolean;
      /**
       * @description 是否单品优惠。Single-item (SKU) discount.
       * @example false
       */
      singleitem: boolean;
      /**
       * Format: date-time
       * @description 激活批次的时间。Activation time.
       * @example 2015-05-20T13:29:35.120+08:00
       */
      start_time?: string;
      status: components["schemas"]["StockStatus"];
      /**
       * @description 批次创建方商户号。Merchant that created the stock.
       * @example 1900000001
       */
      stock_creator_mchid: string;
      /**
       * @description 批次号。Stock ID.
       * @example 9836588
       */
      stock_id: string;
      /**
       * @description 批次名称。Stock name.
       * @example 微信支付批次
       */
      stock_name: string;
      stock_type: components["schemas"]["StockType"];
      stock_use_rule?: components["schemas"]["StockUseRule"];
      /**
       * Format: date-time
       * @description 终止批次的时间（永久停止）。Permanent stop time.
       * @example 2015-05-21T13:29:35.120+08:00
       */
      stop_time?: string;
    };
    /**
     * StockCollection
     * @description 条件查询批次列表应答（一页）。One page of listStocks.
     * @example {
     *       "total_count": 1,
     *       "data": [],
     *       "limit": 10,
     *       "offset": 1
     *     }
     */
    StockCollection: {
      /** @description 本页的批次详情；可能缺省或为空。Stocks on this page; may be absent or empty. */
      data?: components["schemas"]["Stock"][];
      /**
       * @description 分页大小，最大 10。Page size (max 10).
       * @example 8
       */
      limit: number;
      /**
       * @description 分页页码（从 0 开始），不是行偏移。Page INDEX (from 0), not a row offset.
       * @example 1
       */
      offset: number;
      /**
       * @description 经过条件筛选查询到的批次总数。Total number of matching stocks (all pages).
       * @example 10
       */
      total_count: number;
    };
    /**
     * StockRule
     * @description 批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response
     *     side uses `StockUseRule`, which has a different shape.
     * @example {
     *       "max_coupons": 100,
     *       "max_amount": 5000,
     *       "max_amount_by_day": 400,
     *       "max_coupons_per_user": 3,
     *       "natural_person_limit": false,
     *       "prevent_api_abuse": false
     *     }
     */
    StockRule: {
      /**
       * @description 总预算，单位：分（整数 fen）。须等于 coupon_amount（面额）× max_coupons（发放总上限）。预充值批次激活时从余额扣除。
       *     上限各来源不一致：种子文档为 1000 万元（1,000,000,000 分），旧文档副本为 1 亿元；本规范只强制较宽的
       *     1 亿元（10,000,000,000 分），由服务器判定更严的上限（reference §3 #8）。
       *     Total budget in fen; must equal coupon_amount × max_coupons. For a prefunded stock it is deducted
       *     when the stock is started. Sources disagree on the cap (10 million yuan in the seed doc, 100 million
       *     yuan in an older copy); this spec enforces only the looser 100 million yuan and leaves the stricter
       *     check to the server.
       * @example 5000
       */
      max_amount: number;
      /**
       * @description 单天预算发放上限，单位：分。不能大于总预算，不可以为 0。Daily budget cap in fen; ≤ max_amount and not 0.
       * @example 400
       */
      max_amount_by_day?: number;
      /**
       * @description 发放总上限：最少 5 个，最多 1000 万个。Total number of coupons: 5 … 10,000,000.
       * @example 100
       */
      max_coupons: number;
      /**
       * @description 单个用户可领个数：最少 1 个，最多 60 个，且不能大于发放总个数。Coupons per user: 1 … 60 and ≤ max_coupons.
       * @example 3
       */
      max_coupons_per_user: number;
      /**
       * @description 是否开启自然人限制：开启后同一身份证下的多个微信号视为同一用户。Natural-person limit: several WeChat accounts under one ID card count as one user.
       * @example false
       */
      natural_person_limit: boolean;
      /**
       * @description 是否开启防刷拦截：命中恶意、小号、机器、黑产等风险行为的用户无法领券。Anti-abuse: risky users (bots, fraud rings) cannot receive coupons.
       * @example false
       */
      prevent_api_abuse: boolean;
    };
    /**
     * StockStatus
     * @description 批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling
     *     `stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;
     *     pause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.
     * @example running
     * @enum {string}
     */
    StockStatus: "unactivated" | "audit" | "running" | "stoped" | "paused";
    /**
     * StockType
     * @description 应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（reference §3 #10）。
     *     Stock type in responses: an OPEN string, not a closed enum. Known values —
     *     `NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);
     *     `OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and
     *     `RANDOM` 千人千面券 (low confidence).
     * @example NORMAL
     * @example DISCOUNT_CUT
     */
    StockType: string;
    /**
     * StockUseRule
     * @description 满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the
     *     query APIs; a different shape from the create-side `StockRule` (reference §3 #14). Amounts in fen.
     * @example {
     *       "max_coupons": 100,
     *       "max_amount": 5000,
     *       "max_amount_by_day": 400,
     *       "fixed_normal_coupon": {
     *         "coupon_amount": 100,
     *         "transaction_minimum": 200
     *       },
     *       "max_coupons_per_user": 3,
     *       "coupon_type": "NORMAL",
     *       "goods_tag": [
     *         "123456"
     *       ],
     *       "trade_type": [
     *         "MICROAPP"
     *       ],
     *       "combine_use": true
     *     }
     */
    StockUseRule: {
      /**
       * @description 是否可叠加其他优惠。Can stack with other coupons.
       * @example true
       */
      combine_use?: boolean;
      coupon_type?: components["schemas"]["CouponType"];
      fixed_discount_coupon?: components["schemas"]["FixedDiscountCoupon"];
      fixed_normal_coupon?: components["schemas"]["NormalCouponInformation"];
      /**
       * @description 订单优惠标记。Order tags.
       * @example [
       *       "123456"
       *     ]
       */
      goods_tag?: string[];
      /**
       * @description 总预算，单位：分。Total budget in fen.
       * @example 5000
       */
      max_amount: number;
      /**
       * @description 单天发放上限金额，单位：分；未设置时可能为 0。Daily budget cap in fen; may be 0 when not set.
       * @example 400
       */
      max_amount_by_day: number;
      /**
       * @description 发放总上限。Total number of coupons.
       * @example 100
       */
      max_coupons: number;
      /**
       * @description 单个用户可领个数。Coupons per user.
       * @example 3
       */
      max_coupons_per_user: number;
      /**
       * @description 允许的支付方式。Allowed payment methods.
       * @example [
       *       "MICROAPP"
       *     ]
       */
      trade_type?: components["schemas"]["TradeType"][];
    };
    /**
     * TradeType
     * @description 支付方式。Payment method the coupon may be used with.
     * @example MICROAPP
     * @enum {string}
     */
    TradeType: "MICROAPP" | "APPPAY" | "PPAY" | "CARD" | "FACE" | "OTHER";
  };
  responses: {
    /**
     * @description 请求过于频繁（限频）。Rate-limited. Treat ANY HTTP 429 as rate-limited, whatever the code: the 2025
     *     docs say FREQUENCY_LIMITED, older pages say FREQUENCY_LIMIT_EXCEED. Slow down and retry later.
     */
    RateLimited: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description 签名验证不通过。Signature verification failed (bad Authorization, timestamp more than 5 minutes off,
     *     wrong signature). Error responses may carry no WeChat Pay signature headers.
     */
    SignError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description 系统异常，请稍后用相同参数重试（通常 2–3 次即可）。WeChat-side error; retry later with the SAME
     *     request parameters (for create/send: the same out_request_no).
     */
    SystemError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /**
     * @description 公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid.
     * @example wx233544546545989
     */
    AppidQuery: string;
    /**
     * @description 账单日期，格式 `YYYY-MM-DD`。Bill date, `YYYY-MM-DD` (low confidence, third-party description only).
     * @example 2025-08-09
     */
    BillDateQuery: string;
    /**
     * @description 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it.
     * @example 2323dfsdf342342
     */
    OpenidPath: string;
    /**
     * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
     * @example 9856888
     */
    StockCreatorMchidQuery: string;
    /**
     * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.
     * @example 9856000
     */
    StockIdPath: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createCouponStock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateCouponStockBody"];
      };
    };
    responses: {
      /** @description 批次已创建，状态为 unactivated。The stock was created (status `unactivated`). Signed response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateCouponStockResponse"];
        };
      };
      /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["SignError"];
      /** @description 无权限或业务规则拦截。No permission or blocked by a business rule. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description 资源不存在。Resource not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["SystemError"];
    };
  };
  listStocks: {
    parameters: {
      query: {
        /**
         * @description 终止创建时间（RFC 3339），须 URL 编码。文档写作 string(664)，是 string(64) 的笔误（reference §3 #6）。
         *     Latest creation time (RFC 3339); must be percent-encoded. The doc's "string(664)" is a typo for 64.
         * @example 2026-11-30T23:59:59+08:00
         */
        create_end_time?: string;
        /**
         * @description 起始创建时间（RFC 3339），须 URL 编码。Earliest creation time (RFC 3339); must be percent-encoded.
         * @example 2026-11-01T00:00:00+08:00
         */
        create_start_time?: string;
        /**
         * @description 分页大小，最大 10。Page size, at most 10.
         * @example 10
         */
        limit: number;
        /**
         * @description 分页页码，从 0 开始，默认第 0 页。**页码，不是行偏移。** Page INDEX starting at 0 (not a row offset).
         * @example 0
         */
        offset: number;
        /**
         * @description 批次状态过滤。Filter by stock status.
         * @example running
         */
        status?: components["schemas"]["StockStatus"];
        /**
         * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
         * @example 9856888
         */
        stock_creator_mchid: components["parameters"]["StockCreatorMchidQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 一页批次。One page of stocks. Signed response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StockCollection"];
        };
      };
      /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["SignError"];
      /** @description 无权限。No permission. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description 资源不存在。Resource not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["SystemError"];
    };
  };
}
