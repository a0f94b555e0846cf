// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: e33ba3ed88071f06a89fed8f1fc460278d5cef3a9c001a78596ddc96df98ca1d
/** The whole favor OpenAPI document, bundled into one JSON-compatible object. Not re-exported from index.ts. */
export const specDocument = {
  components: {
    parameters: {
      AppidQuery: {
        description:
          "公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid.",
        example: "wx233544546545989",
        in: "query",
        name: "appid",
        required: true,
        schema: { maxLength: 128, minLength: 1, type: "string" },
      },
      BillDateQuery: {
        description:
          "账单日期，格式 `YYYY-MM-DD`。Bill date, `YYYY-MM-DD` (low confidence, third-party description only).",
        example: "2025-08-09",
        in: "query",
        name: "bill_date",
        required: true,
        schema: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", type: "string" },
      },
      OpenidPath: {
        description:
          "用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it.",
        example: "2323dfsdf342342",
        in: "path",
        name: "openid",
        required: true,
        schema: { maxLength: 128, minLength: 1, type: "string" },
      },
      StockCreatorMchidQuery: {
        description:
          "创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.",
        example: "9856888",
        in: "query",
        name: "stock_creator_mchid",
        required: true,
        schema: { maxLength: 20, minLength: 1, type: "string" },
      },
      StockIdPath: {
        description: "批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.",
        example: "9856000",
        in: "path",
        name: "stock_id",
        required: true,
        schema: { maxLength: 20, minLength: 1, type: "string" },
      },
    },
    responses: {
      RateLimited: {
        content: {
          "application/json": {
            examples: {
              frequencyLimited: {
                summary: "请求过于频繁 (too many requests)",
                value: { code: "FREQUENCY_LIMITED", message: "请求过于频繁" },
              },
            },
            schema: { $ref: "#/components/schemas/ErrorResponse" },
          },
        },
        description:
          "请求过于频繁（限频）。Rate-limited. Treat ANY HTTP 429 as rate-limited, whatever the code: the 2025\ndocs say FREQUENCY_LIMITED, older pages say FREQUENCY_LIMIT_EXCEED. Slow down and retry later.\n",
        "x-wechatpay-error-codes": [
          {
            code: "FREQUENCY_LIMITED",
            description: "请求过于频繁 → 稍后重试。Too many requests (2025 docs); retry later.",
          },
          {
            code: "FREQUENCY_LIMIT_EXCEED",
            description:
              "接口限频 → 请降低调用频率。Rate limit exceeded (older docs); lower the call rate.",
          },
        ],
      },
      SignError: {
        content: {
          "application/json": {
            examples: {
              signError: {
                summary: "错误的签名，验签失败 (signature mismatch)",
                value: {
                  code: "SIGN_ERROR",
                  detail: { field: "signature", location: "authorization" },
                  message: "错误的签名，验签失败",
                },
              },
            },
            schema: { $ref: "#/components/schemas/ErrorResponse" },
          },
        },
        description:
          "签名验证不通过。Signature verification failed (bad Authorization, timestamp more than 5 minutes off,\nwrong signature). Error responses may carry no WeChat Pay signature headers.\n",
        "x-wechatpay-error-codes": [
          {
            code: "SIGN_ERROR",
            description:
              "签名验证不通过：签名错误、Authorization 格式错误或时间戳与服务器相差超过 5 分钟 → 参阅签名常见问题。Signature invalid, malformed Authorization header, or timestamp more than 5 minutes off.",
          },
        ],
      },
      SystemError: {
        content: {
          "application/json": {
            examples: {
              systemError: {
                summary: "系统异常 (system error)",
                value: { code: "SYSTEM_ERROR", message: "系统异常，请稍后重试" },
              },
            },
            schema: { $ref: "#/components/schemas/ErrorResponse" },
          },
        },
        description:
          "系统异常，请稍后用相同参数重试（通常 2–3 次即可）。WeChat-side error; retry later with the SAME\nrequest parameters (for create/send: the same out_request_no).\n",
        "x-wechatpay-error-codes": [
          {
            code: "SYSTEM_ERROR",
            description:
              "系统异常，请稍后重试。System error; retry later with the same parameters.",
          },
        ],
      },
    },
    schemas: {
      BackgroundColor: {
        description:
          '券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,\nby palette name; omit it rather than sending "". The docs speak of "10 colours"; the official SDKs\nenumerate these 14 upper-case names, which this spec follows (reference §3 #11).\n',
        enum: [
          "COLOR010",
          "COLOR020",
          "COLOR030",
          "COLOR040",
          "COLOR050",
          "COLOR060",
          "COLOR070",
          "COLOR080",
          "COLOR081",
          "COLOR082",
          "COLOR090",
          "COLOR100",
          "COLOR101",
          "COLOR102",
        ],
        examples: ["COLOR020"],
        title: "BackgroundColor",
        type: "string",
        "x-enum-descriptions": {
          COLOR010: "#63B359 绿色 (green)",
          COLOR020: "#2C9F67 深绿色 (dark green)",
          COLOR030: "#509FC9 蓝色 (blue)",
          COLOR040: "#5885CF 深蓝色 (dark blue)",
          COLOR050: "#9062C0 紫色 (purple)",
          COLOR060: "#D09A45 棕色 (brown)",
          COLOR070: "#E4B138 黄色 (yellow)",
          COLOR080: "#EE903C 橙色 (orange)",
          COLOR081: "#F08500 深橙色 (deep orange)",
          COLOR082: "#A9D92D 浅绿色 (light green)",
          COLOR090: "#DD6549 红橙色 (red-orange)",
          COLOR100: "#CC463D 红色 (red)",
          COLOR101: "#CF3E36 深红色 (dark red)",
          COLOR102: "#5E6671 灰色 (grey)",
        },
      },
      BusinessType: {
        description:
          "细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).",
        enum: ["MULTIUSE"],
        examples: ["MULTIUSE"],
        title: "BusinessType",
        type: "string",
        "x-enum-descriptions": { MULTIUSE: "消费金 (consumption money)" },
      },
      CardLimitation: {
        additionalProperties: false,
        description:
          "指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit.",
        examples: [{ bin: ["62123456", "62123457"], name: "精粹白金" }],
        properties: {
          bin: {
            description:
              "指定卡 BIN，单个卡 BIN 长度 6–9 位，1–10 个。Card BINs, each 6–9 characters, 1–10 entries.",
            examples: [["62123456", "62123457"]],
            items: { maxLength: 9, minLength: 6, type: "string" },
            maxItems: 10,
            minItems: 1,
            type: "array",
          },
          name: {
            description:
              "银行卡名称，将在收银台展示，最多 4 个中文汉字。Card name shown at the cashier; ≤4 Chinese characters.",
            examples: ["精粹白金"],
            maxLength: 4,
            minLength: 1,
            type: "string",
          },
        },
        required: ["name", "bin"],
        title: "CardLimitation",
        type: "object",
      },
      CouponRule: {
        additionalProperties: false,
        description:
          "核销规则（创建请求侧）。Redemption rules of a stock, request side (createCouponStock).",
        examples: [
          {
            available_items: ["123321", "123322"],
            available_merchants: ["9856000", "9856001"],
            combine_use: false,
            fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 },
            goods_tag: ["123321", "123322"],
            trade_type: ["OTHER", "APPPAY"],
          },
        ],
        properties: {
          available_items: {
            description:
              "可核销商品编码（SKU）：单个长度 1–128，1–50 个。设置后门槛只计算命中的商品金额。\nSKU codes that can use the coupon: each 1–128 characters, 1–50 entries. If set, the threshold\ncounts only the matching SKUs.\n",
            examples: [["123321", "456654"]],
            items: { maxLength: 128, minLength: 1, type: "string" },
            maxItems: 50,
            minItems: 1,
            type: "array",
          },
          available_merchants: {
            description:
              "可用商户号，1–50 个。no_cash=false（预充值）时可填任何特约商户或普通商户；no_cash=true（免充值）时只能填\n本商户号、同品牌商户或已授权的子商户（渠道商/银行服务商/从业机构可直接添加旗下子商户）。\n官方 SDK 标为选填，但旧文档与所有实际样例都填写了它，本规范按必填处理（reference §3 #16）。\nMerchants where the coupon can be used, 1–50 mchids. Prefunded stocks allow any merchant;\nno-prefund stocks allow self, same-brand merchants or sub-merchants that granted authorisation.\nThe Go SDK marks it optional, but the older doc and every real sample send it, so this spec\nmakes it REQUIRED.\n",
            examples: [["9856000", "9856111"]],
            items: { maxLength: 20, minLength: 1, type: "string" },
            maxItems: 50,
            minItems: 1,
            type: "array",
          },
          combine_use: {
            description:
              "是否可叠加本商户号创建的其他券，不填则默认允许。Can stack with this merchant's other coupons; default: allowed.",
            examples: [false],
            type: "boolean",
          },
          coupon_available_time: { $ref: "#/components/schemas/FavorAvailableTime" },
          fixed_normal_coupon: { $ref: "#/components/schemas/FixedNormalCoupon" },
          goods_tag: {
            description:
              "订单优惠标记：最多 50 个；每个只能包含字母、数字、下划线，不超过 128 个字符。商户下单时需传入相同的\ngoods_tag，用户同时符合其他规则才能享受优惠。\nOrder tags: ≤50 entries; each letters, digits or `_`, ≤128 characters. The order must carry the\nsame goods_tag for the coupon to apply.\n",
            examples: [["123321", "456654"]],
            items: { maxLength: 128, minLength: 1, pattern: "^[0-9A-Za-z_]+$", type: "string" },
            maxItems: 50,
            type: "array",
          },
          limit_card: { $ref: "#/components/schemas/CardLimitation" },
          limit_pay: {
            description:
              "指定付款方式：条目个数限制为 [1,1]，填支付方式编码，零钱为 `CFT`，银行卡如 `ICBC_CREDIT`。\nPayment-method restriction: exactly one code, `CFT` = 零钱 (balance) or a bank code such as `ICBC_CREDIT`.\n",
            examples: [["ICBC_CREDIT"]],
            items: { minLength: 1, type: "string" },
            maxItems: 1,
            minItems: 1,
            type: "array",
          },
          trade_type: {
            description:
              "允许的支付方式，不填则默认“不限”。Allowed payment methods; empty or absent means no restriction.",
            examples: [["MICROAPP", "APPPAY"]],
            items: { $ref: "#/components/schemas/TradeType" },
            type: "array",
          },
          unavailable_items: {
            description:
              "不可核销商品编码。该字段暂未开放。SKU codes excluded from the coupon; not open yet.",
            examples: [["789987", "56765"]],
            items: { maxLength: 128, minLength: 1, type: "string" },
            maxItems: 50,
            minItems: 1,
            type: "array",
          },
        },
        required: ["fixed_normal_coupon", "available_merchants"],
        title: "CouponRule",
        type: "object",
      },
      CouponStatus: {
        description:
          "券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)\nand is listed so a response carrying it still validates.\n",
        enum: ["SENDED", "USED", "EXPIRED", "RECOVER"],
        examples: ["SENDED"],
        title: "CouponStatus",
        type: "string",
        "x-enum-descriptions": {
          EXPIRED: "已过期 (expired)",
          RECOVER: "已回收 (recovered; low confidence, [TNM] only)",
          SENDED: "可用 (sent, usable)",
          USED: "已实扣 (redeemed)",
        },
      },
      CouponStatusFilter: {
        description:
          "查询用户的券时可用的状态过滤值。Status values accepted by the list-coupons filter.\n与 creator_mchid 同用时：SENDED 返回可用券，USED 返回可用和已实扣的券；与 available_mchid 同用时忽略。\nWith creator_mchid: SENDED returns usable coupons, USED returns usable plus redeemed ones.\nIgnored with available_mchid.\n",
        enum: ["SENDED", "USED"],
        examples: ["SENDED"],
        title: "CouponStatusFilter",
        type: "string",
        "x-enum-descriptions": {
          SENDED: "可用 (usable coupons)",
          USED: "已实扣 (usable plus redeemed coupons)",
        },
      },
      CouponType: {
        description: "券类型。Coupon type.",
        enum: ["NORMAL", "CUT_TO"],
        examples: ["NORMAL"],
        title: "CouponType",
        type: "string",
        "x-enum-descriptions": {
          CUT_TO: "减至券 (price-cut-to coupon)",
          NORMAL: '满减券 (fixed-value "spend X, save Y" coupon)',
        },
      },
      CreateCouponStockBody: {
        additionalProperties: false,
        description: "创建代金券批次请求体。Request body of createCouponStock.",
        examples: [
          {
            available_begin_time: "2026-12-01T00:00:00+08:00",
            available_end_time: "2026-12-31T23:59:59+08:00",
            belong_merchant: "98568865",
            comment: "零售批次",
            coupon_use_rule: {
              available_merchants: ["98568865"],
              fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 },
            },
            no_cash: false,
            out_request_no: "89560002019101000121",
            stock_name: "微信支付代金券批次",
            stock_type: "NORMAL",
            stock_use_rule: {
              max_amount: 5000,
              max_amount_by_day: 400,
              max_coupons: 100,
              max_coupons_per_user: 3,
              natural_person_limit: false,
              prevent_api_abuse: false,
            },
          },
        ],
        properties: {
          available_begin_time: {
            description:
              "可用开始时间（RFC 3339）。不可早于当前时间；不能创建 365 天后开始的批次；可用时间范围最长 90 天。\nAvailability start (RFC 3339). Must not be in the past; must start within 365 days; the whole\nwindow is at most 90 days.\n",
            examples: ["2026-12-01T00:00:00+08:00"],
            format: "date-time",
            maxLength: 32,
            minLength: 1,
            type: "string",
          },
          available_end_time: {
            description:
              "可用结束时间（RFC 3339）。须晚于开始时间；可用时间最长 90 天；有效时间间隔最短 1 秒。\nAvailability end (RFC 3339). Must be after the begin time; window ≤ 90 days and ≥ 1 second.\n",
            examples: ["2026-12-31T23:59:59+08:00"],
            format: "date-time",
            maxLength: 32,
            minLength: 1,
            type: "string",
          },
          belong_merchant: {
            description:
              "批次归属商户号。本字段暂未开放生效，但必须填写为当前创建代金券的商户号，暂不支持其他商户号。\nOwning merchant. Not yet effective, but it MUST equal the calling (creating) merchant's mchid;\nother values are not supported.\n",
            examples: ["98568865"],
            maxLength: 20,
            minLength: 1,
            type: "string",
          },
          comment: {
            description:
              "批次备注，仅制券商户可见，最多 60 个 UTF-8 字符。Note visible only to the creating merchant; ≤60 UTF-8 characters.",
            examples: ["零售批次"],
            maxLength: 60,
            minLength: 1,
            type: "string",
          },
          coupon_use_rule: { $ref: "#/components/schemas/CouponRule" },
          ext_info: {
            description:
              "扩展属性，JSON 格式字符串。该字段暂未开放。Extension attributes as a JSON string; not open yet.",
            examples: ['{"exinfo1":"1234","exinfo2":"3456"}'],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          no_cash: {
            description:
              "营销经费。`true` 免充值：制券方无需提前充值，核销时直接从订单原价中扣除优惠金额，商户实收少于原价；\n`false` 预充值：激活批次时从制券商户可用余额中扣除预算，不影响核销商户实收。\nFunding. `true` = no prefunding (the discount comes out of the order; the merchant receives less);\n`false` = prefunded (the budget is taken from the creator's balance when the stock is started).\n",
            examples: [false],
            type: "boolean",
          },
          out_request_no: {
            description:
              "商户单据号（建议格式：商户号+日期+流水号），只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧需全局唯一。\n幂等键：用相同单据号重试是安全的。\nMerchant request number (suggested: mchid + date + serial); letters, digits, `|`, `_`, `*`, `-`\nonly; globally unique per merchant. It is the idempotency key: retrying with the same value is safe.\n",
            examples: ["89560002019101000121"],
            maxLength: 128,
            minLength: 1,
            pattern: "^[0-9A-Za-z|_*-]+$",
            type: "string",
          },
          pattern_info: { $ref: "#/components/schemas/PatternInfo" },
          stock_name: {
            description:
              "批次名称：最多 9 个中文汉字或 20 个字母；不能包含不当内容和特殊字符 `_` `,` `;` `|`。\nStock name: at most 9 Chinese characters or 20 Latin letters; must not contain `_`, `,`, `;`,\n`|` or improper content.\n",
            examples: ["微信支付代金券批次"],
            maxLength: 20,
            minLength: 1,
            pattern: "^[^_,;|]+$",
            type: "string",
          },
          stock_type: { $ref: "#/components/schemas/CreateStockType" },
          stock_use_rule: { $ref: "#/components/schemas/StockRule" },
        },
        required: [
          "stock_name",
          "belong_merchant",
          "available_begin_time",
          "available_end_time",
          "stock_use_rule",
          "coupon_use_rule",
          "no_cash",
          "stock_type",
          "out_request_no",
        ],
        title: "CreateCouponStockBody",
        type: "object",
      },
      CreateCouponStockResponse: {
        description: "创建代金券批次应答。Response of createCouponStock.",
        examples: [{ create_time: "2026-11-27T15:20:35+08:00", stock_id: "98065001" }],
        properties: {
          create_time: {
            description:
              "创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).",
            examples: ["2026-11-27T15:20:35+08:00"],
            format: "date-time",
            type: "string",
          },
          stock_id: {
            description:
              "批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.",
            examples: ["98065001"],
            maxLength: 20,
            minLength: 1,
            type: "string",
          },
        },
        required: ["stock_id", "create_time"],
        title: "CreateCouponStockResponse",
        type: "object",
      },
      CreateStockType: {
        description:
          "创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`\n(reference §3 #9; the SDKs' longer lists are not accepted on create). Responses use the open\n`StockType` instead.\n",
        enum: ["NORMAL"],
        examples: ["NORMAL"],
        title: "CreateStockType",
        type: "string",
        "x-enum-descriptions": {
          NORMAL: '固定面额满减券批次 (fixed-value "spend X, save Y" stock)',
        },
      },
      CutToMessage: {
        description:
          '减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.\nThe COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).\n',
        examples: [{ cut_to_price: 80, single_price_max: 100 }],
        properties: {
          cut_to_price: {
            description: "减至后的优惠单价，单位：分。Price after the cut, in fen.",
            examples: [80],
            type: "integer",
          },
          single_price_max: {
            description: "可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.",
            examples: [100],
            type: "integer",
          },
        },
        title: "CutToMessage",
        type: "object",
      },
      ErrorResponse: {
        description:
          "错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response. Switch on `code` (plus the HTTP\nstatus), not on `message`: several messages share one code.\n",
        examples: [
          {
            code: "PARAM_ERROR",
            detail: { field: "limit", issue: "页大小超过阈值", location: "query", value: 20 },
            message: "页大小超过阈值",
          },
        ],
        properties: {
          code: {
            description: "详细错误码。Error code, e.g. `PARAM_ERROR`.",
            examples: ["PARAM_ERROR"],
            type: "string",
          },
          detail: {
            description:
              "错误详情，结构不固定。Free-form details. The documented shape is `{field, value, issue, location}`\n(`field`: JSON Pointer for body fields or the parameter name; `location`: `body`, `query`, `path`\nor `authorization`), but real responses nest further, so treat it as an open object.\n",
            examples: [{ field: "/limit", issue: "页大小超过阈值", location: "query", value: 20 }],
            type: "object",
          },
          message: {
            description: "错误描述（面向开发者，可能变化）。Human-readable message; may change.",
            examples: ["页大小超过阈值"],
            type: "string",
          },
        },
        required: ["code", "message"],
        title: "ErrorResponse",
        type: "object",
      },
      FavorAvailableTime: {
        additionalProperties: false,
        description:
          "券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it).",
        examples: [{ available_time_after_receive: 1440 }],
        properties: {
          available_time_after_receive: {
            description: "领取后有效时间，单位：分钟。Validity after receipt, in MINUTES.",
            examples: [1440],
            minimum: 1,
            type: "integer",
          },
          fix_available_time: { $ref: "#/components/schemas/FixAvailableTime" },
          second_day_available: {
            description:
              "领取后N天有效：券的开始时间为领券后第二天 00:00:00。与固定时间段可用互斥。\nValid from the day after receipt (00:00:00). Excludes fix_available_time.\n",
            examples: [false],
            type: "boolean",
          },
        },
        title: "FavorAvailableTime",
        type: "object",
      },
      FixAvailableTime: {
        additionalProperties: false,
        description:
          '固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the "N days after receipt" option.',
        examples: [{ available_week_day: [1, 2], begin_time: 0, end_time: 3600 }],
        properties: {
          available_week_day: {
            description:
              "可用星期数，0 代表周日，1 代表周一…；不填代表周一至周日都生效。Weekdays, 0 = Sunday; empty means every day.",
            examples: [[1, 2]],
            items: { maximum: 6, minimum: 0, type: "integer" },
            maxItems: 7,
            type: "array",
          },
          begin_time: {
            description:
              "当天开始时间，单位：秒（当天零点起）。Start of the daily window, seconds since midnight.",
            examples: [0],
            maximum: 86400,
            minimum: 0,
            type: "integer",
          },
          end_time: {
            description:
              "当天结束时间，单位：秒，默认 23:59:59。End of the daily window in seconds since midnight; default 23:59:59.",
            examples: [3600],
            maximum: 86399,
            minimum: 1,
            type: "integer",
          },
        },
        required: ["begin_time"],
        title: "FixAvailableTime",
        type: "object",
      },
      FixedDiscountCoupon: {
        description:
          "折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models).",
        examples: [{ discount_amount_max: 100, discount_percent: 88, transaction_minimum: 100 }],
        properties: {
          discount_amount_max: {
            description: "最高折扣金额，单位：分。Maximum discount in fen.",
            examples: [100],
            type: "integer",
          },
          discount_percent: {
            description: "折扣百分比，例如 88 表示八八折。Discount percentage, e.g. 88 = pay 88 %.",
            examples: [88],
            type: "integer",
          },
          transaction_minimum: {
            description: "使用券金额门槛，单位：分。Minimum spend in fen.",
            examples: [100],
            type: "integer",
          },
        },
        title: "FixedDiscountCoupon",
        type: "object",
      },
      FixedNormalCoupon: {
        additionalProperties: false,
        description:
          "固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request\nside; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.\n",
        examples: [{ coupon_amount: 50, transaction_minimum: 100 }],
        properties: {
          coupon_amount: {
            description:
              "面额，单位：分（整数 fen）。种子文档：必须大于 1 元且小于等于 500 元；旧文档副本：大于 1 分且小于等于 1000 元。\n来源不一致，本规范只强制 > 0，且须小于 transaction_minimum（reference §3 #7）。\nFace value in fen. The seed doc says > 1 yuan and ≤ 500 yuan; an older copy says > 1 fen and\n≤ 1000 yuan. Sources disagree, so this spec enforces only > 0; it must also be less than\ntransaction_minimum.\n",
            examples: [50],
            minimum: 1,
            type: "integer",
          },
          transaction_minimum: {
            description:
              '使用券金额门槛，单位：分。必须大于面额 coupon_amount，否则服务器返回 PARAM_ERROR（消息“券面额必须大于0”有误导性）。\n若指定了可核销商品编码，门槛按可核销商品部分的金额计算。\nMinimum spend in fen; must be greater than coupon_amount, otherwise the server answers PARAM_ERROR\nwith the misleading message "券面额必须大于0". With available_items set, only the matching SKUs count.\n',
            examples: [100],
            minimum: 1,
            type: "integer",
          },
        },
        required: ["coupon_amount", "transaction_minimum"],
        title: "FixedNormalCoupon",
        type: "object",
      },
      JumpTarget: {
        description:
          "券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`.",
        enum: ["PAYMENT_CODE", "MINI_PROGRAM", "DEFAULT_PAGE"],
        examples: ["DEFAULT_PAGE"],
        title: "JumpTarget",
        type: "string",
        "x-enum-descriptions": {
          DEFAULT_PAGE: "默认页面 (the default page)",
          MINI_PROGRAM:
            "跳转到小程序，需同时填写 mini_program_appid 与 mini_program_path (open a mini program; needs mini_program_appid and mini_program_path)",
          PAYMENT_CODE: "跳转到付款码 (open the payment code)",
        },
      },
      NormalCouponInformation: {
        description:
          "满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen).",
        examples: [{ coupon_amount: 100, transaction_minimum: 200 }],
        properties: {
          coupon_amount: {
            description: "面额，单位：分。Face value in fen.",
            examples: [100],
            type: "integer",
          },
          transaction_minimum: {
            description: "使用券金额门槛，单位：分。Minimum spend in fen.",
            examples: [200],
            type: "integer",
          },
        },
        required: ["coupon_amount", "transaction_minimum"],
        title: "NormalCouponInformation",
        type: "object",
      },
      PatternInfo: {
        additionalProperties: false,
        description: "样式设置（代金券详情页）。Display settings of the coupon detail page.",
        examples: [
          {
            background_color: "COLOR020",
            description: "微信支付营销代金券",
            jump_target: "DEFAULT_PAGE",
            merchant_name: "微信支付",
          },
        ],
        properties: {
          background_color: { $ref: "#/components/schemas/BackgroundColor" },
          coupon_image: {
            description:
              "券详情图片，850×350 像素，不超过 2M，JPG/PNG，仅支持 uploadImage 返回的 URL。\nCoupon detail image: 850×350 px, ≤ 2 MB, JPG/PNG; only a URL returned by uploadImage.\n",
            examples: [
              "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
            ],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          description: {
            description:
              "使用说明，展示在代金券详情页，最多 1000 个 UTF-8 字符。Usage rules shown on the detail page; ≤1000 UTF-8 characters.",
            examples: ["微信支付营销代金券"],
            maxLength: 3000,
            minLength: 1,
            type: "string",
          },
          jump_target: { $ref: "#/components/schemas/JumpTarget" },
          merchant_logo: {
            description:
              "商户 logo，仅支持《图片上传API》(uploadImage) 返回的图片 URL；120×120 像素，JPG/JPEG/PNG，小于 1M。\nMerchant logo: only a URL returned by uploadImage; 120×120 px, JPG/JPEG/PNG, < 1 MB.\n",
            examples: [
              "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
            ],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          merchant_name: {
            description:
              "品牌名称，展示在用户卡包：最多 12 个中文汉字或 36 个英文字符。Brand name shown in the card wallet; ≤12 Chinese or ≤36 Latin characters.",
            examples: ["微信支付"],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          mini_program_appid: {
            description:
              "跳转的小程序 appid。jump_target=MINI_PROGRAM 时必填；须至少与一个可用商户号绑定。\nMini-program appid; required when jump_target=MINI_PROGRAM; must be bound to at least one merchant\nwhere the coupon can be used.\n",
            examples: ["wx1234567890abcdef"],
            minLength: 1,
            type: "string",
          },
          mini_program_path: {
            description:
              "跳转的小程序页面路径。jump_target=MINI_PROGRAM 时必填。Mini-program page path; required when jump_target=MINI_PROGRAM.",
            examples: ["/pages/index/index"],
            minLength: 1,
            type: "string",
          },
        },
        required: ["description"],
        title: "PatternInfo",
        type: "object",
      },
      RegionInfo: {
        description: "消费金可用地域。A region where consumption money (MULTIUSE) can be used.",
        examples: [
          {
            city: "深圳市",
            country: "中国大陆",
            district: "南山区",
            province: "广东省",
            type: "PROVINCE",
          },
        ],
        properties: {
          city: { description: "城市。City.", examples: ["深圳市"], type: "string" },
          country: {
            description: "国家或地区。Country or area.",
            examples: ["中国大陆"],
            type: "string",
          },
          district: { description: "区县。District.", examples: ["南山区"], type: "string" },
          province: { description: "省份。Province.", examples: ["广东省"], type: "string" },
          type: { $ref: "#/components/schemas/RegionType" },
        },
        title: "RegionInfo",
        type: "object",
      },
      RegionType: {
        description: "消费金可用地域的粒度。Granularity of a consumption-money region.",
        enum: ["PROVINCE", "CITY", "DISTRICT", "COUNTRY"],
        examples: ["PROVINCE"],
        title: "RegionType",
        type: "string",
        "x-enum-descriptions": {
          CITY: "市级 (city)",
          COUNTRY: "国家 (country)",
          DISTRICT: "区县级 (district)",
          PROVINCE: "省级 (province)",
        },
      },
      Stock: {
        description:
          "代金券批次详情（条件查询批次列表与查询批次详情共用）。A coupon stock, as returned by listStocks and queryStock.",
        examples: [
          {
            available_begin_time: "2015-05-20T13:29:35.120+08:00",
            available_end_time: "2015-05-21T13:29:35.120+08:00",
            create_time: "2015-05-20T13:29:35.120+08:00",
            description: "微信支付营销",
            distributed_coupons: 100,
            no_cash: false,
            singleitem: false,
            start_time: "2015-05-20T13:29:35.120+08:00",
            status: "running",
            stock_creator_mchid: "1900000001",
            stock_id: "9836588",
            stock_name: "微信支付批次",
            stock_type: "NORMAL",
            stock_use_rule: {
              combine_use: true,
              coupon_type: "NORMAL",
              fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 },
              goods_tag: ["123456"],
              max_amount: 5000,
              max_amount_by_day: 400,
              max_coupons: 100,
              max_coupons_per_user: 3,
              trade_type: ["MICROAPP"],
            },
          },
        ],
        properties: {
          available_begin_time: {
            description: "可用开始时间。Availability start.",
            examples: ["2015-05-20T13:29:35.120+08:00"],
            format: "date-time",
            type: "string",
          },
          available_end_time: {
            description: "可用结束时间。Availability end.",
            examples: ["2015-05-21T13:29:35.120+08:00"],
            format: "date-time",
            type: "string",
          },
          available_industry_list: {
            description:
              "消费金可用行业，仅 business_type=MULTIUSE 时返回。Industries; only for MULTIUSE.",
            examples: [["餐饮"]],
            items: { type: "string" },
            type: "array",
          },
          available_region_list: {
            description:
              "消费金可用地域，仅 business_type=MULTIUSE 时返回。Regions; only for MULTIUSE.",
            items: { $ref: "#/components/schemas/RegionInfo" },
            type: "array",
          },
          business_type: { $ref: "#/components/schemas/BusinessType" },
          card_id: {
            description: "微信卡包 ID。WeChat card-wallet ID.",
            examples: ["pX2-vjoeC94Nn-r2g5GjDwkfFH7E"],
            type: "string",
          },
          create_time: {
            description:
              "批次创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).",
            examples: ["2015-05-20T13:29:35.120+08:00"],
            format: "date-time",
            type: "string",
          },
          cut_to_message: { $ref: "#/components/schemas/CutToMessage" },
          description: {
            description: "使用说明 / 批次描述信息。Description of the stock.",
            examples: ["微信支付营销"],
            type: "string",
          },
          distributed_coupons: {
            description: "已发券或消费金数量。Coupons (or consumption money) issued so far.",
            examples: [100],
            type: "integer",
          },
          no_cash: {
            description:
              "是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.",
            examples: [true],
            type: "boolean",
          },
          singleitem: {
            description: "是否单品优惠。Single-item (SKU) discount.",
            examples: [false],
            type: "boolean",
          },
          start_time: {
            description: "激活批次的时间。Activation time.",
            examples: ["2015-05-20T13:29:35.120+08:00"],
            format: "date-time",
            type: "string",
          },
          status: { $ref: "#/components/schemas/StockStatus" },
          stock_creator_mchid: {
            description: "批次创建方商户号。Merchant that created the stock.",
            examples: ["1900000001"],
            type: "string",
          },
          stock_id: { description: "批次号。Stock ID.", examples: ["9836588"], type: "string" },
          stock_name: {
            description: "批次名称。Stock name.",
            examples: ["微信支付批次"],
            type: "string",
          },
          stock_type: { $ref: "#/components/schemas/StockType" },
          stock_use_rule: { $ref: "#/components/schemas/StockUseRule" },
          stop_time: {
            description: "终止批次的时间（永久停止）。Permanent stop time.",
            examples: ["2015-05-21T13:29:35.120+08:00"],
            format: "date-time",
            type: "string",
          },
        },
        required: [
          "stock_id",
          "stock_creator_mchid",
          "stock_name",
          "status",
          "create_time",
          "description",
          "available_begin_time",
          "available_end_time",
          "distributed_coupons",
          "no_cash",
          "singleitem",
          "stock_type",
        ],
        title: "Stock",
        type: "object",
      },
      StockCollection: {
        description: "条件查询批次列表应答（一页）。One page of listStocks.",
        examples: [{ data: [], limit: 10, offset: 1, total_count: 1 }],
        properties: {
          data: {
            description:
              "本页的批次详情；可能缺省或为空。Stocks on this page; may be absent or empty.",
            items: { $ref: "#/components/schemas/Stock" },
            type: "array",
          },
          limit: {
            description: "分页大小，最大 10。Page size (max 10).",
            examples: [8],
            type: "integer",
          },
          offset: {
            description:
              "分页页码（从 0 开始），不是行偏移。Page INDEX (from 0), not a row offset.",
            examples: [1],
            type: "integer",
          },
          total_count: {
            description:
              "经过条件筛选查询到的批次总数。Total number of matching stocks (all pages).",
            examples: [10],
            type: "integer",
          },
        },
        required: ["total_count", "limit", "offset"],
        title: "StockCollection",
        type: "object",
      },
      StockRule: {
        additionalProperties: false,
        description:
          "批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response\nside uses `StockUseRule`, which has a different shape.\n",
        examples: [
          {
            max_amount: 5000,
            max_amount_by_day: 400,
            max_coupons: 100,
            max_coupons_per_user: 3,
            natural_person_limit: false,
            prevent_api_abuse: false,
          },
        ],
        properties: {
          max_amount: {
            description:
              "总预算，单位：分（整数 fen）。须等于 coupon_amount（面额）× max_coupons（发放总上限）。预充值批次激活时从余额扣除。\n上限各来源不一致：种子文档为 1000 万元（1,000,000,000 分），旧文档副本为 1 亿元；本规范只强制较宽的\n1 亿元（10,000,000,000 分），由服务器判定更严的上限（reference §3 #8）。\nTotal budget in fen; must equal coupon_amount × max_coupons. For a prefunded stock it is deducted\nwhen the stock is started. Sources disagree on the cap (10 million yuan in the seed doc, 100 million\nyuan in an older copy); this spec enforces only the looser 100 million yuan and leaves the stricter\ncheck to the server.\n",
            examples: [5000],
            maximum: 10000000000,
            minimum: 1,
            type: "integer",
          },
          max_amount_by_day: {
            description:
              "单天预算发放上限，单位：分。不能大于总预算，不可以为 0。Daily budget cap in fen; ≤ max_amount and not 0.",
            examples: [400],
            maximum: 10000000000,
            minimum: 1,
            type: "integer",
          },
          max_coupons: {
            description:
              "发放总上限：最少 5 个，最多 1000 万个。Total number of coupons: 5 … 10,000,000.",
            examples: [100],
            maximum: 10000000,
            minimum: 5,
            type: "integer",
          },
          max_coupons_per_user: {
            description:
              "单个用户可领个数：最少 1 个，最多 60 个，且不能大于发放总个数。Coupons per user: 1 … 60 and ≤ max_coupons.",
            examples: [3],
            maximum: 60,
            minimum: 1,
            type: "integer",
          },
          natural_person_limit: {
            description:
              "是否开启自然人限制：开启后同一身份证下的多个微信号视为同一用户。Natural-person limit: several WeChat accounts under one ID card count as one user.",
            examples: [false],
            type: "boolean",
          },
          prevent_api_abuse: {
            description:
              "是否开启防刷拦截：命中恶意、小号、机器、黑产等风险行为的用户无法领券。Anti-abuse: risky users (bots, fraud rings) cannot receive coupons.",
            examples: [false],
            type: "boolean",
          },
        },
        required: [
          "max_coupons",
          "max_amount",
          "max_coupons_per_user",
          "natural_person_limit",
          "prevent_api_abuse",
        ],
        title: "StockRule",
        type: "object",
      },
      StockStatus: {
        description:
          "批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling\n`stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;\npause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.\n",
        enum: ["unactivated", "audit", "running", "stoped", "paused"],
        examples: ["running"],
        title: "StockStatus",
        type: "string",
        "x-enum-descriptions": {
          audit: "审核中 (under review)",
          paused: "暂停发放 (sending paused)",
          running: "运行中 (active, coupons can be sent)",
          stoped: "已停止 (stopped for good; spelling as in the API)",
          unactivated: "未激活 (created, not activated yet)",
        },
      },
      StockType: {
        description:
          "应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（reference §3 #10）。\nStock type in responses: an OPEN string, not a closed enum. Known values —\n`NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);\n`OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and\n`RANDOM` 千人千面券 (low confidence).\n",
        examples: ["NORMAL", "DISCOUNT_CUT"],
        maxLength: 16,
        minLength: 1,
        title: "StockType",
        type: "string",
      },
      StockUseRule: {
        description:
          "满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the\nquery APIs; a different shape from the create-side `StockRule` (reference §3 #14). Amounts in fen.\n",
        examples: [
          {
            combine_use: true,
            coupon_type: "NORMAL",
            fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
            goods_tag: ["123456"],
            max_amount: 5000,
            max_amount_by_day: 400,
            max_coupons: 100,
            max_coupons_per_user: 3,
            trade_type: ["MICROAPP"],
          },
        ],
        properties: {
          combine_use: {
            description: "是否可叠加其他优惠。Can stack with other coupons.",
            examples: [true],
            type: "boolean",
          },
          coupon_type: { $ref: "#/components/schemas/CouponType" },
          fixed_discount_coupon: { $ref: "#/components/schemas/FixedDiscountCoupon" },
          fixed_normal_coupon: { $ref: "#/components/schemas/NormalCouponInformation" },
          goods_tag: {
            description: "订单优惠标记。Order tags.",
            examples: [["123456"]],
            items: { type: "string" },
            type: "array",
          },
          max_amount: {
            description: "总预算，单位：分。Total budget in fen.",
            examples: [5000],
            type: "integer",
          },
          max_amount_by_day: {
            description:
              "单天发放上限金额，单位：分；未设置时可能为 0。Daily budget cap in fen; may be 0 when not set.",
            examples: [400],
            type: "integer",
          },
          max_coupons: {
            description: "发放总上限。Total number of coupons.",
            examples: [100],
            type: "integer",
          },
          max_coupons_per_user: {
            description: "单个用户可领个数。Coupons per user.",
            examples: [3],
            type: "integer",
          },
          trade_type: {
            description: "允许的支付方式。Allowed payment methods.",
            examples: [["MICROAPP"]],
            items: { $ref: "#/components/schemas/TradeType" },
            type: "array",
          },
        },
        required: ["max_coupons", "max_amount", "max_amount_by_day", "max_coupons_per_user"],
        title: "StockUseRule",
        type: "object",
      },
      TradeType: {
        description: "支付方式。Payment method the coupon may be used with.",
        enum: ["MICROAPP", "APPPAY", "PPAY", "CARD", "FACE", "OTHER"],
        examples: ["MICROAPP"],
        title: "TradeType",
        type: "string",
        "x-enum-descriptions": {
          APPPAY: "APP支付 (in-app payment)",
          CARD: "刷卡支付 (card / payment-code payment)",
          FACE: "人脸支付 (face payment)",
          MICROAPP: "小程序支付 (mini-program payment)",
          OTHER: "其他支付 (other payment methods)",
          PPAY: "免密支付 (password-free payment)",
        },
      },
    },
    securitySchemes: {
      WechatPayAuthorization: {
        description:
          '商户请求签名（WECHATPAY2-SHA256-RSA2048）。Merchant request signature.\n\n头部格式 / header layout (one line, pair order free, SDKs put no space after commas):\n`Authorization: WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",timestamp="1554208460",serial_no="<商户API证书序列号 merchant API certificate serial>",signature="<base64>"`\n\n待签名串恰好 5 行，每行以 `\\n`（LF）结尾，最后一行也是。The signing string is exactly 5 lines,\neach ending in a single LF, the last one included:\n1. HTTP 方法（大写）/ HTTP method, upper case (`GET`, `POST`).\n2. 规范 URL：不含协议和域名的绝对路径，有查询串时加 `?` 与线上完全一致的查询串（顺序、百分号编码一致）。\n   Canonical URL: absolute path without scheme/host, plus `?` and the query string exactly as sent.\n3. 时间戳（秒，10 位），与 `timestamp` 相同；与服务器时间相差超过 5 分钟会返回 401 SIGN_ERROR。\n   Unix timestamp in seconds; more than 5 minutes off the server clock gives 401 SIGN_ERROR.\n4. 随机串，与 `nonce_str` 相同。Nonce, same as `nonce_str`.\n5. 请求体原始字节；GET 为空行（串以 `nonce\\n\\n` 结尾）；图片上传为 `meta` 的 JSON 串。\n   The exact body bytes; empty for GET (string ends `nonce\\n\\n`); for the image upload the `meta` JSON.\n\n签名算法 RSASSA-PKCS1-v1_5 + SHA-256，使用商户 API 私钥，结果做标准 Base64 编码。\nAlgorithm: RSASSA-PKCS1-v1_5 with SHA-256 using the merchant API private key, standard Base64.\n`serial_no` 是商户 API 证书序列号（不是平台证书序列号或公钥 ID）。`serial_no` is the merchant API\ncertificate serial, not the platform serial nor the PUB_KEY_ID.\n',
        in: "header",
        name: "Authorization",
        type: "apiKey",
      },
      WechatPaySerial: {
        description:
          "`Wechatpay-Serial` 请求头：告诉微信支付商户持有哪把微信支付公钥，应答将用对应私钥签名。\nTells WeChat Pay which of its public keys the merchant holds; the response is signed with the\nmatching private key. It is sent together with `Authorization` on every request.\n- 微信支付公钥模式（推荐）：`PUB_KEY_ID_` + 32 位数字，例如 `PUB_KEY_ID_0114232134912410000000000000000000`。\n  Public-key mode (recommended): `PUB_KEY_ID_` followed by 32 digits.\n- 平台证书模式（旧）：平台证书序列号（大写十六进制）。Platform-certificate mode (legacy): the\n  platform certificate serial (upper-case hex).\n取值错误返回 400 INVALID_REQUEST。A wrong value gives 400 INVALID_REQUEST. Verify responses with the key\nnamed by the *response's* `Wechatpay-Serial`, which may differ during a key migration.\n",
        in: "header",
        name: "Wechatpay-Serial",
        type: "apiKey",
      },
    },
  },
  info: {
    description:
      '微信支付 APIv3 代金券（营销 favor）接口族，手写描述，是生成器、客户端与沙箱的唯一事实来源。\nWeChat Pay APIv3 cash-coupon ("favor") API family, hand-written; the single source of truth for the\ngenerator, the generated client and the sandbox server.\n\n通用约定 / conventions that apply to every operation:\n- 金额一律为整数，单位为分 (fen, 1/100 CNY)。Money is always an integer count of fen.\n- 商户号、批次号、券 ID 等 ID 一律为字符串（即使全是数字）。IDs are strings even when all digits.\n- 时间为 RFC 3339 字符串并带时区，例如 `2015-05-20T13:29:35+08:00`；应答中可能带毫秒\n  (`…35.120+08:00`)，两种形式都要能解析。Times are RFC 3339 with an offset; responses may carry\n  milliseconds, so parse both forms.\n- 请求中不得出现 JSON `null`：不需要的字段直接省略。Never send JSON `null`; leave the key out.\n- 服务器可能随时在应答中增加新字段，客户端须忽略未知字段。Servers may add response fields at any\n  time; clients must ignore unknown keys (response schemas therefore never set\n  `additionalProperties: false`; request bodies always do).\n- 只支持 UTF-8 编码下 1–3 字节的字符，不支持 emoji 等 4 字节字符。Only characters of 1–3 UTF-8\n  bytes are supported; 4-byte characters (emoji) are rejected.\n- 请求头 `Accept: application/json`；有请求体时 `Content-Type: application/json`（图片上传为\n  `multipart/form-data`）。Send `Accept: application/json`, and `Content-Type: application/json` with a body.\n- 2xx 应答带微信支付签名（`Wechatpay-Timestamp`/`Wechatpay-Nonce`/`Wechatpay-Signature`/\n  `Wechatpay-Serial`），必须验签；标记了 `x-wechatpay-unsigned-response` 的下载类接口除外。\n  Every 2xx response is signed and must be verified, except operations marked\n  `x-wechatpay-unsigned-response: true` (useFlow, refundFlow and the by-day flows).\n- 任何 HTTP 429 都表示被限频（错误码可能是 FREQUENCY_LIMITED 或 FREQUENCY_LIMIT_EXCEED）。\n  Treat any HTTP 429 as rate-limited, whatever the code.\n- `offset` 是分页**页码**（从 0 开始），不是行偏移。`offset` is a PAGE INDEX counted from 0, not a row offset.\n\n厂商扩展 / vendor extensions: see `spec/README.md` (`x-wechatpay-rate-limits`,\n`x-wechatpay-idempotent`, `x-wechatpay-idempotency-key`, `x-wechatpay-unsigned-response`,\n`x-wechatpay-experimental`, `x-wechatpay-multipart`, `x-wechatpay-error-codes`, `x-enum-descriptions`).\n',
    license: { identifier: "MIT", name: "MIT" },
    summary:
      "代金券批次、发券、查询、核销明细、消息通知与营销图片上传 (stocks, coupons, flows, callbacks, image upload).",
    title: "微信支付 APIv3 代金券 (WeChat Pay APIv3 favor / cash coupons)",
    version: "1.0.0",
  },
  openapi: "3.1.0",
  paths: {
    "/v3/marketing/favor/coupon-stocks": {
      post: {
        description:
          "创建微信支付代金券批次（预充值或免充值）；创建完成后得到批次号 stock_id，可用于各营销场景的活动投放。\n新批次处于 `unactivated`（未激活）状态，需调用 startStock 激活后才能发券；预充值批次（no_cash=false）\n在激活时从制券商户余额中扣除预算。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用相同\nout_request_no 重试。\nCreates a WeChat Pay cash-coupon stock (prefunded or not). The new stock is `unactivated`; call\nstartStock before sending coupons (a prefunded stock's budget is taken at that point). Idempotent\nby `out_request_no`: after a timeout or 5xx, retry with the same value.\n\n约束 / constraints: stock_type 仅支持 `NORMAL`；max_amount = coupon_amount × max_coupons；\ntransaction_minimum > coupon_amount；belong_merchant 必须是调用商户号；可用时间窗口 ≤ 90 天、\n开始时间不早于当前且在 365 天内。\n",
        operationId: "createCouponStock",
        requestBody: {
          content: {
            "application/json": {
              examples: {
                noCashMinimal: {
                  summary: "免充值批次，只填必填字段 (no-prefund stock, required fields only)",
                  value: {
                    available_begin_time: "2026-12-05T00:00:00+08:00",
                    available_end_time: "2027-01-05T00:00:00+08:00",
                    belong_merchant: "1900000001",
                    coupon_use_rule: {
                      available_merchants: ["1900000001"],
                      fixed_normal_coupon: { coupon_amount: 1000, transaction_minimum: 10000 },
                    },
                    no_cash: true,
                    out_request_no: "1900000001-20261127-0001",
                    stock_name: "周末满百减十",
                    stock_type: "NORMAL",
                    stock_use_rule: {
                      max_amount: 1000000,
                      max_coupons: 1000,
                      max_coupons_per_user: 1,
                      natural_person_limit: true,
                      prevent_api_abuse: true,
                    },
                  },
                },
                prefunded: {
                  summary: "预充值满减券批次 (prefunded fixed-value stock)",
                  value: {
                    available_begin_time: "2026-12-01T00:00:00+08:00",
                    available_end_time: "2026-12-31T23:59:59+08:00",
                    belong_merchant: "98568865",
                    comment: "零售批次",
                    coupon_use_rule: {
                      available_items: ["123321", "123322"],
                      available_merchants: ["9856000", "9856001"],
                      combine_use: false,
                      fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 },
                      goods_tag: ["123321", "123322"],
                      trade_type: ["OTHER", "APPPAY"],
                    },
                    no_cash: false,
                    out_request_no: "89560002019101000121",
                    pattern_info: {
                      background_color: "COLOR020",
                      coupon_image:
                        "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
                      description: "微信支付营销代金券",
                      merchant_logo:
                        "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
                      merchant_name: "微信支付",
                    },
                    stock_name: "微信支付代金券批次",
                    stock_type: "NORMAL",
                    stock_use_rule: {
                      max_amount: 5000,
                      max_amount_by_day: 400,
                      max_coupons: 100,
                      max_coupons_per_user: 3,
                      natural_person_limit: false,
                      prevent_api_abuse: false,
                    },
                  },
                },
              },
              schema: { $ref: "#/components/schemas/CreateCouponStockBody" },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  created: {
                    summary: "创建成功 (created)",
                    value: { create_time: "2026-11-27T15:20:35+08:00", stock_id: "98065001" },
                  },
                },
                schema: { $ref: "#/components/schemas/CreateCouponStockResponse" },
              },
            },
            description:
              "批次已创建，状态为 unactivated。The stock was created (status `unactivated`). Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  paramError: {
                    summary: "门槛不大于面额 (threshold not above face value)",
                    value: { code: "PARAM_ERROR", message: "券面额必须大于0" },
                  },
                },
                schema: { $ref: "#/components/schemas/ErrorResponse" },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description:
                  '参数错误：输入时间格式错误、商户号必填、非法的批次状态等；“券面额必须大于0”实际表示 transaction_minimum ≤ coupon_amount → 请根据错误提示正确传入参数。Parameter error (bad time format, missing mchid, …); "券面额必须大于0" really means transaction_minimum ≤ coupon_amount.',
              },
              {
                code: "INVALID_REQUEST",
                description:
                  "HTTP 请求不符合微信支付 APIv3 接口规则，或非法的商户号、Wechatpay-Serial 错误 → 请参阅接口规则。Request breaks the APIv3 rules, illegal merchant number or wrong Wechatpay-Serial.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description:
                  "商户号与 appid 不匹配 → 请绑定调用接口的商户号和 appid 后重试。appid not bound to the calling mchid (listed on the create page's shared table).",
              },
            ],
          },
          "401": { $ref: "#/components/responses/SignError" },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "活动未开始或已结束 (activity time invalid)",
                    value: { code: "REQUEST_BLOCKED", message: "活动未开始或已结束" },
                  },
                  noAuth: {
                    summary: "需要开通特殊权限 (special permission required)",
                    value: { code: "NO_AUTH", message: "你配置的信息需要开通特殊权限" },
                  },
                },
                schema: { $ref: "#/components/schemas/ErrorResponse" },
              },
            },
            description: "无权限或业务规则拦截。No permission or blocked by a business rule.",
            "x-wechatpay-error-codes": [
              {
                code: "NO_AUTH",
                description:
                  "你配置的信息需要开通特殊权限 → 参考 QA 方案开通权限。The configuration needs a special permission.",
              },
              {
                code: "REQUEST_BLOCKED",
                description:
                  "调用商户无权限（请开通产品权限）；活动未开始或已结束（可用时间不合法）；商户无权发券。Caller lacks the product permission; activity not started or already ended (invalid times); merchant may not issue.",
              },
              {
                code: "NOT_ENOUGH",
                description:
                  "批次预算不足 → 请补充预算。Budget insufficient; top up (listed on the create page's shared table).",
              },
              {
                code: "USER_ACCOUNT_ABNORMAL",
                description:
                  "用户非法，账号异常 (listed on the create page's shared table). User account abnormal.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: { code: "RESOURCE_NOT_EXISTS", message: "批次不存在" },
                  },
                },
                schema: { $ref: "#/components/schemas/ErrorResponse" },
              },
            },
            description: "资源不存在。Resource not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description:
                  "批次不存在 → 请检查批次 ID 是否正确 (listed on the create page's shared table). Stock not found.",
              },
            ],
          },
          "429": { $ref: "#/components/responses/RateLimited" },
          "500": { $ref: "#/components/responses/SystemError" },
        },
        security: [{ WechatPayAuthorization: [], WechatPaySerial: [] }],
        summary: "创建代金券批次 (Create a coupon stock)",
        tags: ["stocks"],
        "x-wechatpay-idempotency-key": "out_request_no",
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          { limit: 60, per: "minute", scope: "mchid" },
          { limit: 1000, per: "minute", scope: "all" },
        ],
      },
    },
    "/v3/marketing/favor/stocks": {
      get: {
        description:
          '查询多个批次的信息，包括批次的配置信息以及批次概况数据。只返回 stock_creator_mchid 创建的批次。\n分页：`offset` 是页码（从 0 开始，默认第 0 页），不是行偏移；`limit` 是分页大小，**最大 10**，超过返回\n400 PARAM_ERROR“页大小超过阈值”。时间参数在 URL 中，必须做 URL 编码（`+` → `%2B`，`:` → `%3A`）。\nLists the stocks created by `stock_creator_mchid`, with their configuration and figures.\nPaging: `offset` is a PAGE INDEX from 0 (not a row offset); `limit` is the page size, at most 10\n(larger values give 400 PARAM_ERROR "页大小超过阈值"). Percent-encode the RFC 3339 query values.\n',
        operationId: "listStocks",
        parameters: [
          {
            description:
              "分页页码，从 0 开始，默认第 0 页。**页码，不是行偏移。** Page INDEX starting at 0 (not a row offset).",
            example: 0,
            in: "query",
            name: "offset",
            required: true,
            schema: { minimum: 0, type: "integer" },
          },
          {
            description: "分页大小，最大 10。Page size, at most 10.",
            example: 10,
            in: "query",
            name: "limit",
            required: true,
            schema: { maximum: 10, minimum: 1, type: "integer" },
          },
          { $ref: "#/components/parameters/StockCreatorMchidQuery" },
          {
            description:
              "起始创建时间（RFC 3339），须 URL 编码。Earliest creation time (RFC 3339); must be percent-encoded.",
            example: "2026-11-01T00:00:00+08:00",
            in: "query",
            name: "create_start_time",
            required: false,
            schema: { format: "date-time", maxLength: 64, type: "string" },
          },
          {
            description:
              '终止创建时间（RFC 3339），须 URL 编码。文档写作 string(664)，是 string(64) 的笔误（reference §3 #6）。\nLatest creation time (RFC 3339); must be percent-encoded. The doc\'s "string(664)" is a typo for 64.\n',
            example: "2026-11-30T23:59:59+08:00",
            in: "query",
            name: "create_end_time",
            required: false,
            schema: { format: "date-time", maxLength: 64, type: "string" },
          },
          {
            description: "批次状态过滤。Filter by stock status.",
            example: "running",
            in: "query",
            name: "status",
            required: false,
            schema: { $ref: "#/components/schemas/StockStatus" },
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  empty: {
                    summary: "没有匹配的批次 (no match)",
                    value: { limit: 10, offset: 0, total_count: 0 },
                  },
                  page: {
                    summary: "第 0 页 (first page)",
                    value: {
                      data: [
                        {
                          available_begin_time: "2015-05-20T13:29:35.120+08:00",
                          available_end_time: "2015-05-21T13:29:35.120+08:00",
                          available_industry_list: ["餐饮"],
                          available_region_list: [
                            {
                              city: "深圳市",
                              country: "中国大陆",
                              district: "南山区",
                              province: "广东省",
                              type: "PROVINCE",
                            },
                          ],
                          business_type: "MULTIUSE",
                          card_id: "pX2-vjoeC94Nn-r2g5GjDwkfFH7E",
                          create_time: "2015-05-20T13:29:35.120+08:00",
                          cut_to_message: { cut_to_price: 80, single_price_max: 100 },
                          description: "微信支付营销",
                          distributed_coupons: 100,
                          no_cash: true,
                          singleitem: true,
                          start_time: "2015-05-20T13:29:35.120+08:00",
                          status: "paused",
                          stock_creator_mchid: "9856888",
                          stock_id: "9836588",
                          stock_name: "微信支付批次",
                          stock_type: "NORMAL",
                          stock_use_rule: {
                            combine_use: true,
                            coupon_type: "NORMAL",
                            fixed_discount_coupon: {
                              discount_amount_max: 100,
                              discount_percent: 88,
                              transaction_minimum: 100,
                            },
                            fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
                            goods_tag: ["123456"],
                            max_amount: 5000,
                            max_amount_by_day: 400,
                            max_coupons: 100,
                            max_coupons_per_user: 3,
                            trade_type: ["MICROAPP"],
                          },
                          stop_time: "2015-05-21T13:29:35.120+08:00",
                        },
                      ],
                      limit: 10,
                      offset: 0,
                      total_count: 1,
                    },
                  },
                },
                schema: { $ref: "#/components/schemas/StockCollection" },
              },
            },
            description: "一页批次。One page of stocks. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  pageTooLarge: {
                    summary: "页大小超过阈值 (limit above 10)",
                    value: { code: "PARAM_ERROR", message: "页大小超过阈值" },
                  },
                },
                schema: { $ref: "#/components/schemas/ErrorResponse" },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description:
                  "页大小超过阈值（limit > 10）；输入时间格式错误；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Page size over 10, bad time format, missing mchid, illegal status.",
              },
              {
                code: "INVALID_REQUEST",
                description:
                  "HTTP 请求不符合 APIv3 接口规则；非法的商户号 → 请参阅接口规则。Request breaks the APIv3 rules; illegal merchant number.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description:
                  "商户号与 AppID 不匹配（页面共用错误码表）→ 请绑定后重试。appid not bound to the mchid (shared table on this page).",
              },
            ],
          },
          "401": { $ref: "#/components/responses/SignError" },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no product permission)",
                    value: { code: "REQUEST_BLOCKED", message: "调用商户无权限" },
                  },
                },
                schema: { $ref: "#/components/schemas/ErrorResponse" },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description:
                  "调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.",
              },
              {
                code: "NOT_ENOUGH",
                description:
                  "批次预算不足（页面共用错误码表）→ 请补充预算。Budget insufficient (shared table on this page).",
              },
              {
                code: "USER_ACCOUNT_ABNORMAL",
                description:
                  "用户非法（页面共用错误码表）。User account abnormal (shared table on this page).",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: { code: "RESOURCE_NOT_EXISTS", message: "批次不存在" },
                  },
                },
                schema: { $ref: "#/components/schemas/ErrorResponse" },
              },
            },
            description: "资源不存在。Resource not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": { $ref: "#/components/responses/RateLimited" },
          "500": { $ref: "#/components/responses/SystemError" },
        },
        security: [{ WechatPayAuthorization: [], WechatPaySerial: [] }],
        summary: "条件查询批次列表 (List stocks)",
        tags: ["stocks"],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          { limit: 1000, per: "second", scope: "all" },
          { limit: 500, per: "second", scope: "ip" },
        ],
      },
    },
  },
  security: [{ WechatPayAuthorization: [], WechatPaySerial: [] }],
  servers: [
    {
      description: "主域名，访问就近的接入点 (primary; nearest access point)",
      url: "https://api.mch.weixin.qq.com",
    },
    {
      description: "备域名，访问异地的接入点 (backup; off-site access point)",
      url: "https://api2.mch.weixin.qq.com",
    },
  ],
  tags: [
    {
      description:
        "代金券批次：创建、激活、暂停、重启、终止、查询、可用商户/单品、核销与退款明细 (coupon stocks)",
      name: "stocks",
    },
    {
      description: "发放代金券与查询用户的券 (send coupons, query a user's coupons)",
      name: "coupons",
    },
    {
      description: "营销事件消息通知地址 (notification URL for marketing events)",
      name: "callbacks",
    },
    { description: "图片上传（营销专用）(marketing image upload)", name: "media" },
    {
      description: "微信支付推送给商户的事件通知 (events WeChat Pay pushes to the merchant)",
      name: "notifications",
    },
  ],
};
