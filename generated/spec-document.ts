// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

/** The whole favor OpenAPI document, bundled into one JSON-compatible object. Not re-exported from index.ts. */
export const specDocument: Readonly<Record<string, unknown>> = {
  components: {
    parameters: {
      AppidQuery: {
        description: "公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid. Letters, digits, `_` and `-` (the docs give only string(128) and the example `wx233544546545989`, so no exact `wx` + hex format is pinned).",
        example: "wx233544546545989",
        in: "query",
        name: "appid",
        required: true,
        schema: {
          maxLength: 128,
          minLength: 1,
          pattern: "^[0-9A-Za-z_-]+$",
          type: "string",
        },
      },
      BillDateQuery: {
        description: "账单日期，格式 `YYYY-MM-DD`。Bill date, `YYYY-MM-DD` (low confidence, third-party description only).",
        example: "2025-08-09",
        in: "query",
        name: "bill_date",
        required: true,
        schema: {
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          type: "string",
        },
      },
      OpenidPath: {
        description: "用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.",
        example: "2323dfsdf342342",
        in: "path",
        name: "openid",
        required: true,
        schema: {
          maxLength: 128,
          minLength: 1,
          pattern: "^[0-9A-Za-z_-]+$",
          type: "string",
        },
      },
      StockCreatorMchidQuery: {
        description: "创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.",
        example: "9856888",
        in: "query",
        name: "stock_creator_mchid",
        required: true,
        schema: {
          maxLength: 20,
          minLength: 1,
          pattern: "^[0-9]+$",
          type: "string",
        },
      },
      StockIdPath: {
        description: "批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.",
        example: "9856000",
        in: "path",
        name: "stock_id",
        required: true,
        schema: {
          maxLength: 20,
          minLength: 1,
          pattern: "^[0-9]+$",
          type: "string",
        },
      },
    },
    responses: {
      RateLimited: {
        content: {
          "application/json": {
            examples: {
              frequencyLimited: {
                summary: "请求过于频繁 (too many requests)",
                value: {
                  code: "FREQUENCY_LIMITED",
                  message: "请求过于频繁",
                },
              },
            },
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
          },
        },
        description: "请求过于频繁（限频）。Rate-limited. Treat ANY HTTP 429 as rate-limited, whatever the code: the 2025\ndocs say FREQUENCY_LIMITED, older pages say FREQUENCY_LIMIT_EXCEED. Slow down and retry later.\n",
        "x-wechatpay-error-codes": [
          {
            code: "FREQUENCY_LIMITED",
            description: "请求过于频繁 → 稍后重试。Too many requests (2025 docs); retry later.",
          },
          {
            code: "FREQUENCY_LIMIT_EXCEED",
            description: "接口限频 → 请降低调用频率。Rate limit exceeded (older docs); lower the call rate.",
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
                  detail: {
                    field: "signature",
                    location: "authorization",
                  },
                  message: "错误的签名，验签失败",
                },
              },
            },
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
          },
        },
        description: "签名验证不通过。Signature verification failed (bad Authorization, timestamp more than 5 minutes off,\nwrong signature). Error responses may carry no WeChat Pay signature headers.\n",
        "x-wechatpay-error-codes": [
          {
            code: "SIGN_ERROR",
            description: "签名验证不通过：签名错误、Authorization 格式错误或时间戳与服务器相差超过 5 分钟 → 参阅签名常见问题。Signature invalid, malformed Authorization header, or timestamp more than 5 minutes off.",
          },
        ],
      },
      SystemError: {
        content: {
          "application/json": {
            examples: {
              systemError: {
                summary: "系统异常 (system error)",
                value: {
                  code: "SYSTEM_ERROR",
                  message: "系统异常，请稍后重试",
                },
              },
            },
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
          },
        },
        description: "系统异常，请稍后用相同参数重试（通常 2–3 次即可）。WeChat-side error; retry later with the SAME\nrequest parameters (for create/send: the same out_request_no).\n",
        "x-wechatpay-error-codes": [
          {
            code: "SYSTEM_ERROR",
            description: "系统异常，请稍后重试。System error; retry later with the same parameters.",
          },
        ],
      },
    },
    schemas: {
      AvailableMerchantCollection: {
        description: "代金券可用商户（一页）。One page of listAvailableMerchants.",
        examples: [
          {
            data: [
              "9856000",
              "9856001",
            ],
            limit: 50,
            offset: 0,
            stock_id: "9856000",
            total_count: 2,
          },
        ],
        properties: {
          data: {
            description: "本页的可用商户号。Merchant numbers on this page.",
            examples: [
              [
                "9856000",
                "9856001",
              ],
            ],
            items: {
              type: "string",
            },
            type: "array",
          },
          limit: {
            description: "分页大小。Page size.",
            examples: [
              50,
            ],
            type: "integer",
          },
          offset: {
            description: "分页页码（从 0 开始）。Page INDEX (from 0).",
            examples: [
              0,
            ],
            type: "integer",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
          total_count: {
            description: "可用商户总数。Total number of merchants (all pages).",
            examples: [
              2,
            ],
            type: "integer",
          },
        },
        required: [
          "total_count",
          "offset",
          "limit",
          "stock_id",
        ],
        title: "AvailableMerchantCollection",
        type: "object",
      },
      AvailableSingleitemCollection: {
        description: "代金券可用单品（一页）。One page of listAvailableSingleitems.",
        examples: [
          {
            data: [
              "1232001",
            ],
            limit: 5,
            offset: 0,
            stock_id: "15019035",
            total_count: 1,
          },
        ],
        properties: {
          data: {
            description: "本页的可用单品编码：单个长度 1–128，1–100 个。SKU codes on this page; each 1–128 characters, 1–100 entries.",
            examples: [
              [
                "1232001",
              ],
            ],
            items: {
              maxLength: 128,
              minLength: 1,
              type: "string",
            },
            maxItems: 100,
            type: "array",
          },
          limit: {
            description: "分页大小。Page size.",
            examples: [
              10,
            ],
            type: "integer",
          },
          offset: {
            description: "分页页码（从 0 开始）。Page INDEX (from 0).",
            examples: [
              10,
            ],
            type: "integer",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9865000",
            ],
            type: "string",
          },
          total_count: {
            description: "可用单品编码总数。Total number of SKU codes (all pages).",
            examples: [
              200,
            ],
            type: "integer",
          },
        },
        required: [
          "total_count",
          "offset",
          "limit",
          "stock_id",
        ],
        title: "AvailableSingleitemCollection",
        type: "object",
      },
      BackgroundColor: {
        description: "券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,\nby palette name; omit it rather than sending \"\". The docs speak of \"10 colours\"; the official SDKs\nenumerate these 14 upper-case names, which this spec follows (wechatpay-go/wechatpay-java `BackgroundColor`). The hex swatches\nand colour words below come from the WeChat 卡券 palette in community code (low confidence).\n",
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
        examples: [
          "COLOR020",
        ],
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
        description: "细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).",
        enum: [
          "MULTIUSE",
        ],
        examples: [
          "MULTIUSE",
        ],
        title: "BusinessType",
        type: "string",
        "x-enum-descriptions": {
          MULTIUSE: "消费金 (consumption money)",
        },
      },
      Callback: {
        description: "查询消息通知地址应答。Response of queryCallback.",
        examples: [
          {
            mchid: "9856888",
            notify_url: "https://pay.weixin.qq.com/notify",
          },
        ],
        properties: {
          mchid: {
            description: "商户号。Merchant number.",
            examples: [
              "9856888",
            ],
            type: "string",
          },
          notify_url: {
            description: "通知地址。Notification URL.",
            examples: [
              "https://pay.weixin.qq.com/notify",
            ],
            type: "string",
          },
        },
        required: [
          "notify_url",
          "mchid",
        ],
        title: "Callback",
        type: "object",
      },
      CardLimitation: {
        additionalProperties: false,
        description: "指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit.",
        examples: [
          {
            bin: [
              "62123456",
              "62123457",
            ],
            name: "精粹白金",
          },
        ],
        properties: {
          bin: {
            description: "指定卡 BIN，单个卡 BIN 长度 6–9 位，1–10 个。Card BINs, each 6–9 characters, 1–10 entries.",
            examples: [
              [
                "62123456",
                "62123457",
              ],
            ],
            items: {
              maxLength: 9,
              minLength: 6,
              type: "string",
            },
            maxItems: 10,
            minItems: 1,
            type: "array",
          },
          name: {
            description: "银行卡名称，将在收银台展示，最多 4 个中文汉字。Card name shown at the cashier; ≤4 Chinese characters.",
            examples: [
              "精粹白金",
            ],
            maxLength: 4,
            minLength: 1,
            type: "string",
          },
        },
        required: [
          "name",
          "bin",
        ],
        title: "CardLimitation",
        type: "object",
      },
      ConsumeInformation: {
        description: "核销信息，券被核销后才有（查询券与 COUPON.USE 通知共用）。Redemption details, present once the\ncoupon is redeemed; shared by queryCoupon/listCouponsByFilter and the COUPON.USE notification.\n",
        examples: [
          {
            consume_mchid: "9856000",
            consume_time: "2015-05-20T14:00:00+08:00",
            transaction_id: "4200000000000000000000000001",
          },
        ],
        properties: {
          consume_amount: {
            description: "消费金核销金额，单位：分；仅 business_type=MULTIUSE 时（通知中）返回。Redeemed consumption-money amount in fen; only for MULTIUSE (notification).",
            examples: [
              100,
            ],
            type: "integer",
          },
          consume_mchid: {
            description: "核销商户号（收款商户；间连模式下为银联/网联商户号）。Collecting merchant (in indirect mode the UnionPay/NetsUnion merchant number).",
            examples: [
              "9856000",
            ],
            type: "string",
          },
          consume_time: {
            description: "核销时间（RFC 3339）。Redemption time.",
            examples: [
              "2015-05-20T14:00:00+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          goods_detail: {
            description: "单品信息。Goods lines.",
            items: {
              $ref: "#/components/schemas/GoodsDetail",
            },
            type: "array",
          },
          transaction_id: {
            description: "核销订单的微信支付订单号。WeChat Pay transaction ID of the order.",
            examples: [
              "4200000000000000000000000001",
            ],
            type: "string",
          },
        },
        required: [
          "consume_time",
          "consume_mchid",
          "transaction_id",
        ],
        title: "ConsumeInformation",
        type: "object",
      },
      Coupon: {
        description: "用户的一张代金券（查询代金券详情与根据商户号查用户的券共用）。One coupon of a user; returned by\nqueryCoupon and as an element of listCouponsByFilter. coupon_id, consume_information,\navailable_balance and business_type are in the official docs but missing from the Go SDK model;\nthey are included here.\n",
        examples: [
          {
            available_begin_time: "2015-05-20T13:29:35+08:00",
            available_end_time: "2015-05-21T13:29:35+08:00",
            coupon_id: "9856789",
            coupon_name: "微信支付代金券",
            coupon_type: "NORMAL",
            create_time: "2015-05-20T13:29:35+08:00",
            description: "微信支付营销",
            no_cash: false,
            normal_coupon_information: {
              coupon_amount: 100,
              transaction_minimum: 200,
            },
            singleitem: false,
            status: "SENDED",
            stock_creator_mchid: "9856000",
            stock_id: "9856888",
          },
        ],
        properties: {
          available_balance: {
            description: "消费金可用余额（仅 MULTIUSE）。Remaining consumption-money balance (MULTIUSE only).",
            examples: [
              100,
            ],
            type: "number",
          },
          available_begin_time: {
            description: "可用开始时间。Availability start.",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          available_end_time: {
            description: "可用结束时间。Availability end.",
            examples: [
              "2015-05-21T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          business_type: {
            $ref: "#/components/schemas/BusinessType",
          },
          consume_information: {
            $ref: "#/components/schemas/ConsumeInformation",
          },
          coupon_id: {
            description: "券 ID。Coupon ID.",
            examples: [
              "9856789",
            ],
            type: "string",
          },
          coupon_name: {
            description: "券名称（批次名称）。Coupon name.",
            examples: [
              "微信支付代金券",
            ],
            type: "string",
          },
          coupon_type: {
            $ref: "#/components/schemas/CouponType",
          },
          create_time: {
            description: "领券时间（RFC 3339）。Time the coupon was received.",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          cut_to_message: {
            $ref: "#/components/schemas/CutToMessage",
          },
          description: {
            description: "使用说明。Usage description.",
            examples: [
              "微信支付营销",
            ],
            type: "string",
          },
          no_cash: {
            description: "是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          normal_coupon_information: {
            $ref: "#/components/schemas/NormalCouponInformation",
          },
          singleitem: {
            description: "是否单品优惠。Single-item (SKU) discount.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          status: {
            $ref: "#/components/schemas/CouponStatus",
          },
          stock_creator_mchid: {
            description: "批次创建方商户号。Merchant that created the stock.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856888",
            ],
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
          "stock_id",
          "coupon_id",
          "coupon_name",
          "status",
          "description",
          "create_time",
          "coupon_type",
          "no_cash",
          "available_begin_time",
          "available_end_time",
          "singleitem",
        ],
        title: "Coupon",
        type: "object",
      },
      CouponCollection: {
        description: "根据商户号查用户的券（一页）。One page of listCouponsByFilter.",
        examples: [
          {
            data: [],
            limit: 20,
            offset: 0,
            total_count: 0,
          },
        ],
        properties: {
          data: {
            description: "本页的券；可能缺省或为空（SDK 标为选填）。Coupons on this page; may be absent or empty.",
            items: {
              $ref: "#/components/schemas/Coupon",
            },
            type: "array",
          },
          limit: {
            description: "分页大小。Page size.",
            examples: [
              20,
            ],
            type: "integer",
          },
          offset: {
            description: "分页页码（从 0 开始）。Page INDEX (from 0).",
            examples: [
              0,
            ],
            type: "integer",
          },
          total_count: {
            description: "查询到的券总数。Total number of matching coupons (all pages).",
            examples: [
              1,
            ],
            type: "integer",
          },
        },
        required: [
          "total_count",
          "limit",
          "offset",
        ],
        title: "CouponCollection",
        type: "object",
      },
      CouponRule: {
        additionalProperties: false,
        description: "核销规则（创建请求侧）。fixed_normal_coupon 在 stock_type=NORMAL 时必填，而创建接口只接受 NORMAL，所以这里是必填。\nRedemption rules of a stock, request side (createCouponStock). `fixed_normal_coupon` is required\nfor stock_type NORMAL, the only type create accepts, so it is required here.\n",
        examples: [
          {
            available_items: [
              "123321",
              "123322",
            ],
            available_merchants: [
              "9856000",
              "9856001",
            ],
            combine_use: false,
            fixed_normal_coupon: {
              coupon_amount: 50,
              transaction_minimum: 100,
            },
            goods_tag: [
              "123321",
              "123322",
            ],
            trade_type: [
              "OTHER",
              "APPPAY",
            ],
          },
        ],
        properties: {
          available_items: {
            description: "可核销商品编码（SKU）：单个长度 1–128，1–50 个。设置后门槛只计算命中的商品金额。\nSKU codes that can use the coupon: each 1–128 characters, 1–50 entries. If set, the threshold\ncounts only the matching SKUs.\n",
            examples: [
              [
                "123321",
                "456654",
              ],
            ],
            items: {
              maxLength: 128,
              minLength: 1,
              type: "string",
            },
            maxItems: 50,
            minItems: 1,
            type: "array",
          },
          available_merchants: {
            description: "可用商户号，1–50 个。no_cash=false（预充值）时可填任何特约商户或普通商户；no_cash=true（免充值）时只能填\n本商户号、同品牌商户或已授权的子商户（渠道商/银行服务商/从业机构可直接添加旗下子商户）。\n官方 SDK 标为选填，但旧文档与所有实际样例都填写了它，本规范按必填处理。\nMerchants where the coupon can be used, 1–50 mchids. Prefunded stocks allow any merchant;\nno-prefund stocks allow self, same-brand merchants or sub-merchants that granted authorisation.\nThe Go SDK marks it optional, but the older doc and every real sample send it, so this spec\nmakes it REQUIRED.\n",
            examples: [
              [
                "9856000",
                "9856111",
              ],
            ],
            items: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
            maxItems: 50,
            minItems: 1,
            type: "array",
          },
          combine_use: {
            description: "是否可叠加本商户号创建的其他券，不填则默认允许。Can stack with this merchant's other coupons; default: allowed.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          coupon_available_time: {
            $ref: "#/components/schemas/FavorAvailableTime",
          },
          fixed_normal_coupon: {
            $ref: "#/components/schemas/FixedNormalCoupon",
          },
          goods_tag: {
            description: "订单优惠标记：最多 50 个；每个只能包含字母、数字、下划线，不超过 128 个字符。商户下单时需传入相同的\ngoods_tag，用户同时符合其他规则才能享受优惠。\nOrder tags: ≤50 entries; each letters, digits or `_`, ≤128 characters. The order must carry the\nsame goods_tag for the coupon to apply.\n",
            examples: [
              [
                "123321",
                "456654",
              ],
            ],
            items: {
              maxLength: 128,
              minLength: 1,
              pattern: "^[0-9A-Za-z_]+$",
              type: "string",
            },
            maxItems: 50,
            type: "array",
          },
          limit_card: {
            $ref: "#/components/schemas/CardLimitation",
          },
          limit_pay: {
            description: "指定付款方式：条目个数限制为 [1,1]，填支付方式编码，零钱为 `CFT`，银行卡如 `ICBC_CREDIT`。\nPayment-method restriction: exactly one code, `CFT` = 零钱 (balance) or a bank code such as `ICBC_CREDIT`.\n",
            examples: [
              [
                "ICBC_CREDIT",
              ],
            ],
            items: {
              minLength: 1,
              type: "string",
            },
            maxItems: 1,
            minItems: 1,
            type: "array",
          },
          trade_type: {
            description: "允许的支付方式，不填则默认“不限”。Allowed payment methods; empty or absent means no restriction.",
            examples: [
              [
                "MICROAPP",
                "APPPAY",
              ],
            ],
            items: {
              $ref: "#/components/schemas/TradeType",
            },
            type: "array",
          },
          unavailable_items: {
            description: "不可核销商品编码。该字段暂未开放。SKU codes excluded from the coupon; not open yet.",
            examples: [
              [
                "789987",
                "56765",
              ],
            ],
            items: {
              maxLength: 128,
              minLength: 1,
              type: "string",
            },
            maxItems: 50,
            minItems: 1,
            type: "array",
          },
        },
        required: [
          "fixed_normal_coupon",
          "available_merchants",
        ],
        title: "CouponRule",
        type: "object",
      },
      CouponStatus: {
        description: "券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)\nand is listed so a response carrying it still validates.\n",
        enum: [
          "SENDED",
          "USED",
          "EXPIRED",
          "RECOVER",
        ],
        examples: [
          "SENDED",
        ],
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
        description: "查询用户的券时可用的状态过滤值。Status values accepted by the list-coupons filter.\n与 creator_mchid 同用时：SENDED 返回可用券，USED 返回可用和已实扣的券；与 available_mchid 同用时忽略。\nWith creator_mchid: SENDED returns usable coupons, USED returns usable plus redeemed ones.\nIgnored with available_mchid.\n",
        enum: [
          "SENDED",
          "USED",
        ],
        examples: [
          "SENDED",
        ],
        title: "CouponStatusFilter",
        type: "string",
        "x-enum-descriptions": {
          SENDED: "可用 (usable coupons)",
          USED: "已实扣 (usable plus redeemed coupons)",
        },
      },
      CouponType: {
        description: "券类型。Coupon type.",
        enum: [
          "NORMAL",
          "CUT_TO",
        ],
        examples: [
          "NORMAL",
        ],
        title: "CouponType",
        type: "string",
        "x-enum-descriptions": {
          CUT_TO: "减至券 (price-cut-to coupon)",
          NORMAL: "满减券 (fixed-value \"spend X, save Y\" coupon)",
        },
      },
      CouponUseEncryptedResource: {
        description: "通知中的加密资源。解密 / decryption (AEAD_AES_256_GCM, RFC 5116): key = APIv3 密钥的 32 个字节原样\n(the APIv3 key's 32 bytes as-is); IV = `nonce` 的 UTF-8 字节 (12 bytes); AAD = `associated_data` 的\nUTF-8 字节（可为空串）; data = base64 解码后的 `ciphertext`，最后 16 字节是 GCM tag。明文是 UTF-8 JSON，\n结构见 `CouponUseResource`。先验签、再解密。Verify the notification signature first, then decrypt;\nthe plaintext is UTF-8 JSON shaped like `CouponUseResource`. `nonce` has nothing to do with the\n`Wechatpay-Nonce` header.\n",
        examples: [
          {
            algorithm: "AEAD_AES_256_GCM",
            associated_data: "",
            ciphertext: "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=",
            nonce: "abcdef012345",
            original_type: "coupon",
          },
        ],
        properties: {
          algorithm: {
            $ref: "#/components/schemas/NotificationAlgorithm",
          },
          associated_data: {
            description: "附加数据（可为空串，小于 16 字节）。Associated data; may be the empty string.",
            examples: [
              "coupon",
            ],
            maxLength: 16,
            type: "string",
          },
          ciphertext: {
            contentEncoding: "base64",
            contentMediaType: "application/json",
            contentSchema: {
              $ref: "#/components/schemas/CouponUseResource",
            },
            description: "Base64 编码的密文（含 16 字节 GCM tag）。`contentSchema` 描述的是**解密后**的明文（CouponUseResource）；\nJSON Schema 的 content 关键字只是注解，不做校验。Base64 ciphertext including the 16-byte GCM tag.\n`contentSchema` describes the plaintext AFTER decryption (annotation only).\n",
            examples: [
              "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=",
            ],
            minLength: 1,
            type: "string",
          },
          nonce: {
            description: "加密使用的随机串（12 字节）。Encryption nonce (12 bytes).",
            examples: [
              "abcdef012345",
            ],
            maxLength: 12,
            minLength: 12,
            type: "string",
          },
          original_type: {
            $ref: "#/components/schemas/NotificationOriginalType",
          },
        },
        required: [
          "original_type",
          "algorithm",
          "ciphertext",
          "nonce",
        ],
        title: "CouponUseEncryptedResource",
        type: "object",
      },
      CouponUseEventType: {
        description: "通知的事件类型。Event type of the notification.",
        enum: [
          "COUPON.USE",
        ],
        examples: [
          "COUPON.USE",
        ],
        title: "CouponUseEventType",
        type: "string",
        "x-enum-descriptions": {
          "COUPON.USE": "代金券核销事件 (coupon redeemed); the partner doc sample wrongly shows TRANSACTION.SUCCESS",
        },
      },
      CouponUseNotification: {
        description: "代金券核销事件通知（COUPON.USE）的外层报文。Envelope of the COUPON.USE notification that WeChat Pay\nPOSTs to the merchant's notify_url.\n",
        examples: [
          {
            create_time: "2015-05-20T13:29:35+08:00",
            event_type: "COUPON.USE",
            id: "EV-2018022511223320873",
            resource: {
              algorithm: "AEAD_AES_256_GCM",
              associated_data: "",
              ciphertext: "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=",
              nonce: "abcdef012345",
              original_type: "coupon",
            },
            resource_type: "encrypt-resource",
            summary: "用券成功",
          },
        ],
        properties: {
          create_time: {
            description: "通知创建时间（RFC 3339）。Creation time of the notification.",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            maxLength: 32,
            type: "string",
          },
          event_type: {
            $ref: "#/components/schemas/CouponUseEventType",
          },
          id: {
            description: "通知的唯一 ID；重复通知可按它（或 coupon_id + event_type）去重。Notification ID; use it (or coupon_id + event_type) to de-duplicate.",
            examples: [
              "EV-2018022511223320873",
            ],
            maxLength: 36,
            type: "string",
          },
          resource: {
            $ref: "#/components/schemas/CouponUseEncryptedResource",
          },
          resource_type: {
            $ref: "#/components/schemas/NotificationResourceType",
          },
          summary: {
            description: "回调摘要。Summary.",
            examples: [
              "用券成功",
            ],
            maxLength: 64,
            type: "string",
          },
        },
        required: [
          "id",
          "create_time",
          "event_type",
          "resource_type",
          "summary",
          "resource",
        ],
        title: "CouponUseNotification",
        type: "object",
      },
      CouponUseResource: {
        description: "COUPON.USE 通知解密后的明文（resource.ciphertext 解密所得）。The decrypted plaintext of a COUPON.USE\nnotification. Note the field names differ from the query APIs (`singleitem_discount_off`,\n`discount_to` instead of `cut_to_message`). Amounts are integer fen.\n",
        examples: [
          {
            available_begin_time: "2015-05-20T13:29:35+08:00",
            available_end_time: "2015-05-21T13:29:35+08:00",
            consume_information: {
              consume_mchid: "9856000",
              consume_time: "2015-05-20T14:00:00+08:00",
              transaction_id: "4200000000000000000000000001",
            },
            coupon_id: "98674556",
            coupon_name: "test",
            coupon_type: "NORMAL",
            create_time: "2015-05-20T13:29:35+08:00",
            description: "d",
            no_cash: false,
            normal_coupon_information: {
              coupon_amount: 100,
              transaction_minimum: 200,
            },
            singleitem: false,
            status: "USED",
            stock_creator_mchid: "9800064",
            stock_id: "9865888",
          },
        ],
        properties: {
          available_begin_time: {
            description: "可用开始时间。Availability start.",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          available_end_time: {
            description: "可用结束时间。Availability end.",
            examples: [
              "2015-05-21T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          business_type: {
            $ref: "#/components/schemas/BusinessType",
          },
          consume_information: {
            $ref: "#/components/schemas/ConsumeInformation",
          },
          coupon_id: {
            description: "券 ID。Coupon ID.",
            examples: [
              "98674556",
            ],
            type: "string",
          },
          coupon_name: {
            description: "券名称。Coupon name.",
            examples: [
              "test",
            ],
            type: "string",
          },
          coupon_type: {
            $ref: "#/components/schemas/CouponType",
          },
          create_time: {
            description: "领券时间。Time the coupon was received.",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          description: {
            description: "使用说明。Usage description.",
            examples: [
              "d",
            ],
            type: "string",
          },
          discount_to: {
            $ref: "#/components/schemas/DiscountTo",
          },
          no_cash: {
            description: "是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          normal_coupon_information: {
            $ref: "#/components/schemas/NormalCouponInformation",
          },
          singleitem: {
            description: "是否单品优惠。Single-item (SKU) discount.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          singleitem_discount_off: {
            $ref: "#/components/schemas/SingleitemDiscountOff",
          },
          status: {
            $ref: "#/components/schemas/CouponStatus",
          },
          stock_creator_mchid: {
            description: "批次创建方商户号。Merchant that created the stock.",
            examples: [
              "9800064",
            ],
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9865888",
            ],
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
          "stock_id",
          "coupon_id",
          "coupon_name",
          "status",
          "description",
          "create_time",
          "coupon_type",
          "no_cash",
          "available_begin_time",
          "available_end_time",
          "singleitem",
        ],
        title: "CouponUseResource",
        type: "object",
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
              available_merchants: [
                "98568865",
              ],
              fixed_normal_coupon: {
                coupon_amount: 50,
                transaction_minimum: 100,
              },
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
            description: "可用开始时间（RFC 3339）。不可早于当前时间；不能创建 365 天后开始的批次；可用时间范围最长 90 天。\nAvailability start (RFC 3339). Must not be in the past; must start within 365 days; the whole\nwindow is at most 90 days.\n",
            examples: [
              "2026-12-01T00:00:00+08:00",
            ],
            format: "date-time",
            maxLength: 32,
            minLength: 1,
            type: "string",
          },
          available_end_time: {
            description: "可用结束时间（RFC 3339）。须晚于开始时间；可用时间最长 90 天；有效时间间隔最短 1 秒。\nAvailability end (RFC 3339). Must be after the begin time; window ≤ 90 days and ≥ 1 second.\n",
            examples: [
              "2026-12-31T23:59:59+08:00",
            ],
            format: "date-time",
            maxLength: 32,
            minLength: 1,
            type: "string",
          },
          belong_merchant: {
            description: "批次归属商户号。本字段暂未开放生效，但必须填写为当前创建代金券的商户号，暂不支持其他商户号。\nOwning merchant. Not yet effective, but it MUST equal the calling (creating) merchant's mchid;\nother values are not supported.\n",
            examples: [
              "98568865",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
            "x-wechatpay-client-default": {
              from: "mchid",
              reason: "官方文档：“本字段暂未开放生效，但必须填写为当前创建代金券的商户号，暂不支持其他商户号” (https://pay.weixin.qq.com/doc/v3/partner/4012534537): the value must be the calling merchant.",
            },
          },
          comment: {
            description: "批次备注，仅制券商户可见，最多 60 个 UTF-8 字符。Note visible only to the creating merchant; ≤60 UTF-8 characters.",
            examples: [
              "零售批次",
            ],
            maxLength: 60,
            minLength: 1,
            type: "string",
          },
          coupon_use_rule: {
            $ref: "#/components/schemas/CouponRule",
          },
          ext_info: {
            description: "扩展属性，JSON 格式字符串。该字段暂未开放。Extension attributes as a JSON string; not open yet.",
            examples: [
              "{\"exinfo1\":\"1234\",\"exinfo2\":\"3456\"}",
            ],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          no_cash: {
            description: "营销经费。`true` 免充值：制券方无需提前充值，核销时直接从订单原价中扣除优惠金额，商户实收少于原价；\n`false` 预充值：激活批次时从制券商户可用余额中扣除预算，不影响核销商户实收。\nFunding. `true` = no prefunding (the discount comes out of the order; the merchant receives less);\n`false` = prefunded (the budget is taken from the creator's balance when the stock is started).\n",
            examples: [
              false,
            ],
            type: "boolean",
          },
          out_request_no: {
            description: "商户单据号（建议格式：商户号+日期+流水号），只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧需全局唯一。\n幂等键：用相同单据号重试是安全的。\nMerchant request number (suggested: mchid + date + serial); letters, digits, `|`, `_`, `*`, `-`\nonly; globally unique per merchant. It is the idempotency key: retrying with the same value is safe.\n",
            examples: [
              "89560002019101000121",
            ],
            maxLength: 128,
            minLength: 1,
            pattern: "^[0-9A-Za-z|_*-]+$",
            type: "string",
          },
          pattern_info: {
            $ref: "#/components/schemas/PatternInfo",
          },
          stock_name: {
            description: "批次名称：最多 9 个中文汉字或 20 个字母；不能包含不当内容和特殊字符 `_` `,` `;` `|`。\nStock name: at most 9 Chinese characters or 20 Latin letters; must not contain `_`, `,`, `;`,\n`|` or improper content.\n",
            examples: [
              "微信支付代金券批次",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[^_,;|]+$",
            type: "string",
          },
          stock_type: {
            $ref: "#/components/schemas/CreateStockType",
          },
          stock_use_rule: {
            $ref: "#/components/schemas/StockRule",
          },
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
        examples: [
          {
            create_time: "2026-11-27T15:20:35+08:00",
            stock_id: "98065001",
          },
        ],
        properties: {
          create_time: {
            description: "创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).",
            examples: [
              "2026-11-27T15:20:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          stock_id: {
            description: "批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.",
            examples: [
              "98065001",
            ],
            maxLength: 20,
            minLength: 1,
            type: "string",
          },
        },
        required: [
          "stock_id",
          "create_time",
        ],
        title: "CreateCouponStockResponse",
        type: "object",
      },
      CreateStockType: {
        description: "创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`\n(the create-stock page lists only NORMAL; the SDKs' longer lists are not accepted on create). Responses use the open\n`StockType` instead.\n",
        enum: [
          "NORMAL",
        ],
        examples: [
          "NORMAL",
        ],
        title: "CreateStockType",
        type: "string",
        "x-enum-descriptions": {
          NORMAL: "固定面额满减券批次 (fixed-value \"spend X, save Y\" stock)",
        },
      },
      CutToMessage: {
        description: "减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to (\"减至\") information in the query APIs.\nThe COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).\nBoth fields are required, as in the official SDKs' models (wechatpay-go services/cashcoupons\n`CutTypeMsg`, wechatpay-java service/cashcoupons `CutTypeMsg`): a 减至 coupon always states the\nprice ceiling and the price it cuts to.\n",
        examples: [
          {
            cut_to_price: 80,
            single_price_max: 100,
          },
        ],
        properties: {
          cut_to_price: {
            description: "减至后的优惠单价，单位：分。Price after the cut, in fen.",
            examples: [
              80,
            ],
            type: "integer",
            "x-wechatpay-doc-deviation": {
              required: {
                doc: false,
                reason: "The docs page lists it as optional (选填), but both official SDK models (wechatpay-go and wechatpay-java cashcoupons CutTypeMsg) require it in responses, and a 减至 coupon cannot be described without it.",
              },
            },
          },
          single_price_max: {
            description: "可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.",
            examples: [
              100,
            ],
            type: "integer",
            "x-wechatpay-doc-deviation": {
              required: {
                doc: false,
                reason: "The docs page lists it as optional (选填), but both official SDK models (wechatpay-go and wechatpay-java cashcoupons CutTypeMsg) require it in responses, and a 减至 coupon cannot be described without it.",
              },
            },
          },
        },
        required: [
          "single_price_max",
          "cut_to_price",
        ],
        title: "CutToMessage",
        type: "object",
      },
      DiscountTo: {
        description: "减至优惠特定信息（仅减至券，COUPON.USE 明文）。Price-cut-to information (CUT_TO coupons only), COUPON.USE plaintext.",
        examples: [
          {
            cut_to_price: 80,
            max_price: 100,
          },
        ],
        properties: {
          cut_to_price: {
            description: "减至后的优惠单价，单位：分。Price after the cut, in fen.",
            examples: [
              80,
            ],
            type: "integer",
          },
          max_price: {
            description: "可享受优惠的最高价格，单位：分。Highest price eligible, in fen.",
            examples: [
              100,
            ],
            type: "integer",
          },
        },
        title: "DiscountTo",
        type: "object",
      },
      ErrorResponse: {
        description: "错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response. Switch on `code` (plus the HTTP\nstatus), not on `message`: several messages share one code.\n",
        examples: [
          {
            code: "PARAM_ERROR",
            detail: {
              field: "limit",
              issue: "页大小超过阈值",
              location: "query",
              value: 20,
            },
            message: "页大小超过阈值",
          },
        ],
        properties: {
          code: {
            description: "详细错误码。Error code, e.g. `PARAM_ERROR`.",
            examples: [
              "PARAM_ERROR",
            ],
            type: "string",
          },
          detail: {
            additionalProperties: true,
            description: "错误详情，结构不固定。Free-form details. The documented shape is `{field, value, issue, location}`\n(`field`: JSON Pointer for body fields or the parameter name; `location`: `body`, `query`, `path`\nor `authorization`), but real responses nest further, so treat it as an open object.\n",
            examples: [
              {
                field: "limit",
                issue: "页大小超过阈值",
                location: "query",
                value: 20,
              },
            ],
            type: "object",
          },
          message: {
            description: "错误描述（面向开发者，可能变化）。Human-readable message; may change.",
            examples: [
              "页大小超过阈值",
            ],
            type: "string",
          },
        },
        required: [
          "code",
          "message",
        ],
        title: "ErrorResponse",
        type: "object",
      },
      FavorAvailableTime: {
        additionalProperties: false,
        description: "券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it).",
        examples: [
          {
            available_time_after_receive: 1440,
          },
        ],
        properties: {
          available_time_after_receive: {
            description: "领取后有效时间，单位：分钟。Validity after receipt, in MINUTES.",
            examples: [
              1440,
            ],
            minimum: 1,
            type: "integer",
          },
          fix_available_time: {
            $ref: "#/components/schemas/FixAvailableTime",
          },
          second_day_available: {
            description: "领取后N天有效：券的开始时间为领券后第二天 00:00:00。与固定时间段可用互斥。\nValid from the day after receipt (00:00:00). Excludes fix_available_time.\n",
            examples: [
              false,
            ],
            type: "boolean",
          },
        },
        title: "FavorAvailableTime",
        type: "object",
      },
      FixAvailableTime: {
        additionalProperties: false,
        description: "固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the \"N days after receipt\" option.",
        examples: [
          {
            available_week_day: [
              1,
              2,
            ],
            begin_time: 0,
            end_time: 3600,
          },
        ],
        properties: {
          available_week_day: {
            description: "可用星期数，0 代表周日，1 代表周一…；不填代表周一至周日都生效。Weekdays, 0 = Sunday; empty means every day.",
            examples: [
              [
                1,
                2,
              ],
            ],
            items: {
              maximum: 6,
              minimum: 0,
              type: "integer",
            },
            maxItems: 7,
            type: "array",
            "x-wechatpay-doc-deviation": {
              type: {
                doc: "integer",
                reason: "The page types it uint32 but describes a list of weekdays (example 1,2); the SDKs send an array of integers.",
              },
            },
          },
          begin_time: {
            description: "当天开始时间，单位：秒（当天零点起）。Start of the daily window, seconds since midnight.",
            examples: [
              0,
            ],
            maximum: 86400,
            minimum: 0,
            type: "integer",
          },
          end_time: {
            description: "当天结束时间，单位：秒，默认 23:59:59。End of the daily window in seconds since midnight; default 23:59:59.",
            examples: [
              3600,
            ],
            maximum: 86399,
            minimum: 1,
            type: "integer",
          },
        },
        required: [
          "begin_time",
        ],
        title: "FixAvailableTime",
        type: "object",
      },
      FixedDiscountCoupon: {
        description: "折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models).",
        examples: [
          {
            discount_amount_max: 100,
            discount_percent: 88,
            transaction_minimum: 100,
          },
        ],
        properties: {
          discount_amount_max: {
            description: "最高折扣金额，单位：分。Maximum discount in fen.",
            examples: [
              100,
            ],
            type: "integer",
          },
          discount_percent: {
            description: "折扣百分比，例如 88 表示八八折。Discount percentage, e.g. 88 = pay 88 %.",
            examples: [
              88,
            ],
            type: "integer",
          },
          transaction_minimum: {
            description: "使用券金额门槛，单位：分。Minimum spend in fen.",
            examples: [
              100,
            ],
            type: "integer",
          },
        },
        title: "FixedDiscountCoupon",
        type: "object",
      },
      FixedNormalCoupon: {
        additionalProperties: false,
        description: "固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request\nside; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.\n",
        examples: [
          {
            coupon_amount: 50,
            transaction_minimum: 100,
          },
        ],
        properties: {
          coupon_amount: {
            description: "面额，单位：分（整数 fen）。官方创建批次页面（2021.11.11）：必须大于 1 元且小于等于 500 元；旧文档副本：大于 1 分且小于等于 1000 元。\n来源不一致，本规范只强制 > 0，且须小于 transaction_minimum。\nFace value in fen. The official create-stock page (2021.11.11) says > 1 yuan and ≤ 500 yuan; an older copy says > 1 fen and\n≤ 1000 yuan. Sources disagree, so this spec enforces only > 0; it must also be less than\ntransaction_minimum.\n",
            examples: [
              50,
            ],
            minimum: 1,
            type: "integer",
          },
          transaction_minimum: {
            description: "使用券金额门槛，单位：分。必须大于面额 coupon_amount，否则服务器返回 PARAM_ERROR（消息“券面额必须大于0”有误导性）。\n若指定了可核销商品编码，门槛按可核销商品部分的金额计算。\nMinimum spend in fen; must be greater than coupon_amount, otherwise the server answers PARAM_ERROR\nwith the misleading message \"券面额必须大于0\". With available_items set, only the matching SKUs count.\n",
            examples: [
              100,
            ],
            minimum: 1,
            type: "integer",
          },
        },
        required: [
          "coupon_amount",
          "transaction_minimum",
        ],
        title: "FixedNormalCoupon",
        type: "object",
      },
      GoodsDetail: {
        description: "核销的单品信息（金额单位：分）。A redeemed goods line (amounts in fen).",
        examples: [
          {
            discount_amount: 4,
            goods_id: "a_goods1",
            price: 1,
            quantity: 7,
          },
        ],
        properties: {
          discount_amount: {
            description: "优惠金额，单位：分。Discount in fen.",
            examples: [
              4,
            ],
            type: "integer",
          },
          goods_id: {
            description: "单品编码。Goods (SKU) code.",
            examples: [
              "a_goods1",
            ],
            type: "string",
          },
          price: {
            description: "单品单价，单位：分。Unit price in fen.",
            examples: [
              1,
            ],
            type: "integer",
          },
          quantity: {
            description: "单品数量。Quantity.",
            examples: [
              7,
            ],
            type: "integer",
          },
        },
        required: [
          "goods_id",
          "quantity",
          "price",
          "discount_amount",
        ],
        title: "GoodsDetail",
        type: "object",
      },
      ImageMeta: {
        additionalProperties: false,
        description: "图片上传的 `meta` 部分（JSON）。它的原始字节就是签名串第 5 行，必须与 multipart 中 `meta` 部分逐字节一致。\nThe `meta` part (JSON) of the image upload. Its exact bytes are line 5 of the signing string and\nmust be byte-identical to the `meta` part on the wire. `sha256` is the digest of the FILE bytes,\nnot of the meta JSON.\n",
        examples: [
          {
            filename: "logo.png",
            sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          },
        ],
        properties: {
          filename: {
            description: "图片文件名，必须以 .jpg、.jpeg、.bmp 或 .png 结尾（不区分大小写），不能含路径分隔符、`..`、引号、反斜杠或控制字符。\nFile name ending in .jpg, .jpeg, .bmp or .png (any case); no path separators, `..`, double\nquotes, backslashes or control characters.\n",
            examples: [
              "logo.png",
            ],
            maxLength: 128,
            minLength: 1,
            pattern: "^[^./\\\\\"\\u0000-\\u001f\\u007f-\\u009f]+(\\.[^./\\\\\"\\u0000-\\u001f\\u007f-\\u009f]+)*\\.([jJ][pP][gG]|[jJ][pP][eE][gG]|[bB][mM][pP]|[pP][nN][gG])$",
            type: "string",
          },
          sha256: {
            description: "图片文件内容的 SHA-256 摘要，小写十六进制（64 位）。文档只写 string[1,256]；客户端与官方 Go SDK 一样总是发送 64 位小写十六进制，本规范据此收紧。\nLower-case hex SHA-256 of the FILE bytes (64 characters). The docs only say string[1,256];\nthe client always sends 64 lower-case hex digits (as the official Go SDK does), so the spec\npins that.\n",
            examples: [
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ],
            maxLength: 64,
            minLength: 64,
            pattern: "^[0-9a-f]{64}$",
            type: "string",
            "x-wechatpay-doc-deviation": {
              "max-length": {
                doc: 256,
                reason: "The page says string[1,256], but a SHA-256 digest is always 64 hex digits; the client sends 64 lower-case hex digits (as the official Go SDK does), so the spec pins that length with a pattern.",
              },
              "min-length": {
                doc: 1,
                reason: "The page says string[1,256], but a SHA-256 digest is always 64 hex digits; the client sends 64 lower-case hex digits (as the official Go SDK does), so the spec pins that length with a pattern.",
              },
            },
          },
        },
        required: [
          "filename",
          "sha256",
        ],
        title: "ImageMeta",
        type: "object",
      },
      JumpTarget: {
        description: "券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`.",
        enum: [
          "PAYMENT_CODE",
          "MINI_PROGRAM",
          "DEFAULT_PAGE",
        ],
        examples: [
          "DEFAULT_PAGE",
        ],
        title: "JumpTarget",
        type: "string",
        "x-enum-descriptions": {
          DEFAULT_PAGE: "默认页面 (the default page)",
          MINI_PROGRAM: "跳转到小程序，需同时填写 mini_program_appid 与 mini_program_path (open a mini program; needs mini_program_appid and mini_program_path)",
          PAYMENT_CODE: "跳转到付款码 (open the payment code)",
        },
      },
      ModifyAvailableSingleitemBody: {
        additionalProperties: false,
        description: "修改可用单品编码请求体（实验性）。Request body of modifyAvailableSingleitem (experimental).",
        examples: [
          {
            add_goods_id_list: [
              "goods_1001",
            ],
            stock_creator_mchid: "9856888",
          },
        ],
        properties: {
          add_goods_id_list: {
            description: "要增加的商品编码（数组；官方示例用逗号拼接的字符串，本规范发送数组）。Goods IDs to add (an array; the official sample's comma-joined string is not used).",
            examples: [
              [
                "goods_1001",
                "goods_1002",
              ],
            ],
            items: {
              maxLength: 128,
              minLength: 1,
              type: "string",
            },
            type: "array",
          },
          delete_goods_id_list: {
            description: "要删除的商品编码（小写字段名，官方页面写作 Delete_goods_id_list）。Goods IDs to delete (lower-case name; the official page capitalises it).",
            examples: [
              [
                "goods_0999",
              ],
            ],
            items: {
              maxLength: 128,
              minLength: 1,
              type: "string",
            },
            type: "array",
          },
          stock_creator_mchid: {
            description: "批次创建方商户号。Merchant that created the stock.",
            examples: [
              "9856888",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
        ],
        title: "ModifyAvailableSingleitemBody",
        type: "object",
      },
      ModifyAvailableSingleitemResponse: {
        description: "修改可用单品编码应答（实验性）。Response of modifyAvailableSingleitem (experimental). The official\npage names the time field `pause_time`, the SDK model `effect_time`; accept either (both optional).\n",
        examples: [
          {
            effect_time: "2026-01-13T10:00:00+08:00",
            stock_id: "9856000",
          },
        ],
        properties: {
          effect_time: {
            description: "生效时间（SDK 模型的字段名）。Time the change took effect (SDK model's name).",
            examples: [
              "2026-01-13T10:00:00+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          pause_time: {
            description: "生效时间（官方页面的字段名）。Time the change took effect (official page's name).",
            examples: [
              "2026-01-13T10:00:00+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
        },
        required: [
          "stock_id",
        ],
        title: "ModifyAvailableSingleitemResponse",
        type: "object",
      },
      NormalCouponInformation: {
        description: "满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen).",
        examples: [
          {
            coupon_amount: 100,
            transaction_minimum: 200,
          },
        ],
        properties: {
          coupon_amount: {
            description: "面额，单位：分。Face value in fen.",
            examples: [
              100,
            ],
            type: "integer",
          },
          transaction_minimum: {
            description: "使用券金额门槛，单位：分。Minimum spend in fen.",
            examples: [
              200,
            ],
            type: "integer",
          },
        },
        required: [
          "coupon_amount",
          "transaction_minimum",
        ],
        title: "NormalCouponInformation",
        type: "object",
      },
      NotificationAck: {
        description: "商户对通知的应答（可选）。成功：HTTP 200 或 204，无需应答体（可回 `{\"code\":\"SUCCESS\",\"message\":\"OK\"}`）；\n失败：4xx/5xx，可回 `{\"code\":\"FAIL\",\"message\":\"…\"}`，微信支付会重试。Optional acknowledgement body.\nSuccess: HTTP 200 or 204, no body needed; failure: 4xx/5xx, WeChat Pay retries.\n",
        examples: [
          {
            code: "SUCCESS",
            message: "OK",
          },
        ],
        properties: {
          code: {
            description: "SUCCESS 或 FAIL。`SUCCESS` or `FAIL`.",
            examples: [
              "SUCCESS",
            ],
            type: "string",
          },
          message: {
            description: "说明。Message.",
            examples: [
              "OK",
            ],
            type: "string",
          },
        },
        required: [
          "code",
        ],
        title: "NotificationAck",
        type: "object",
      },
      NotificationAlgorithm: {
        description: "资源加密算法；解密前先检查它。Encryption algorithm of the resource; check it before decrypting.",
        enum: [
          "AEAD_AES_256_GCM",
        ],
        examples: [
          "AEAD_AES_256_GCM",
        ],
        title: "NotificationAlgorithm",
        type: "string",
        "x-enum-descriptions": {
          AEAD_AES_256_GCM: "AES-256-GCM（RFC 5116），密钥为 APIv3 密钥 (AES-256-GCM keyed with the APIv3 key)",
        },
      },
      NotificationOriginalType: {
        description: "加密前的对象类型。Object type before encryption.",
        enum: [
          "coupon",
        ],
        examples: [
          "coupon",
        ],
        title: "NotificationOriginalType",
        type: "string",
        "x-enum-descriptions": {
          coupon: "代金券 (a coupon; the plaintext is CouponUseResource)",
        },
      },
      NotificationResourceType: {
        description: "通知资源数据类型。Resource type of the notification.",
        enum: [
          "encrypt-resource",
        ],
        examples: [
          "encrypt-resource",
        ],
        title: "NotificationResourceType",
        type: "string",
        "x-enum-descriptions": {
          "encrypt-resource": "加密的资源数据 (encrypted resource)",
        },
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
          background_color: {
            $ref: "#/components/schemas/BackgroundColor",
          },
          coupon_image: {
            description: "券详情图片，850×350 像素，不超过 2M，JPG/PNG，仅支持 uploadImage 返回的 URL。\nCoupon detail image: 850×350 px, ≤ 2 MB, JPG/PNG; only a URL returned by uploadImage.\n",
            examples: [
              "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
            ],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          description: {
            description: "使用说明，展示在代金券详情页，最多 1000 个 UTF-8 字符。Usage rules shown on the detail page; ≤1000 UTF-8 characters.",
            examples: [
              "微信支付营销代金券",
            ],
            maxLength: 3000,
            minLength: 1,
            type: "string",
          },
          jump_target: {
            $ref: "#/components/schemas/JumpTarget",
            "x-wechatpay-doc-deviation": {
              "field-removed": {
                reason: "Not on the 2021 create page; the official SDKs (wechatpay-go, wechatpay-java) and the 2024 page send it.",
              },
            },
          },
          merchant_logo: {
            description: "商户 logo，仅支持《图片上传API》(uploadImage) 返回的图片 URL；120×120 像素，JPG/JPEG/PNG，小于 1M。\nMerchant logo: only a URL returned by uploadImage; 120×120 px, JPG/JPEG/PNG, < 1 MB.\n",
            examples: [
              "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
            ],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          merchant_name: {
            description: "品牌名称，展示在用户卡包：最多 12 个中文汉字或 36 个英文字符。Brand name shown in the card wallet; ≤12 Chinese or ≤36 Latin characters.",
            examples: [
              "微信支付",
            ],
            maxLength: 128,
            minLength: 1,
            type: "string",
          },
          mini_program_appid: {
            description: "跳转的小程序 appid。jump_target=MINI_PROGRAM 时必填；须至少与一个可用商户号绑定。\nMini-program appid; required when jump_target=MINI_PROGRAM; must be bound to at least one merchant\nwhere the coupon can be used.\n",
            examples: [
              "wx1234567890abcdef",
            ],
            minLength: 1,
            type: "string",
            "x-wechatpay-doc-deviation": {
              "field-removed": {
                reason: "Not on the 2021 create page; the official SDKs send it with jump_target=MINI_PROGRAM.",
              },
            },
          },
          mini_program_path: {
            description: "跳转的小程序页面路径。jump_target=MINI_PROGRAM 时必填。Mini-program page path; required when jump_target=MINI_PROGRAM.",
            examples: [
              "/pages/index/index",
            ],
            minLength: 1,
            type: "string",
            "x-wechatpay-doc-deviation": {
              "field-removed": {
                reason: "Not on the 2021 create page; the official SDKs send it with jump_target=MINI_PROGRAM.",
              },
            },
          },
        },
        required: [
          "description",
        ],
        title: "PatternInfo",
        type: "object",
      },
      PauseStockBody: {
        additionalProperties: false,
        description: "暂停代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of pauseStock: only the creator mchid (stock_id goes in the path).",
        examples: [
          {
            stock_creator_mchid: "8956000",
          },
        ],
        properties: {
          stock_creator_mchid: {
            description: "创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.",
            examples: [
              "8956000",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
        ],
        title: "PauseStockBody",
        type: "object",
      },
      PauseStockResponse: {
        description: "暂停代金券批次应答。Response of pauseStock.",
        examples: [
          {
            pause_time: "2015-05-20T13:29:35+08:00",
            stock_id: "9856000",
          },
        ],
        properties: {
          pause_time: {
            description: "暂停时间（RFC 3339）。Pause time (RFC 3339).",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
        },
        required: [
          "pause_time",
          "stock_id",
        ],
        title: "PauseStockResponse",
        type: "object",
      },
      RefundFlowByDayResponse: {
        description: "获取批次退款明细下载链接（按天）应答（不签名，实验性）。Response of refundFlowByDay (UNSIGNED, experimental).",
        examples: [
          {
            stock_refundflow_count: "12",
            stock_refundflow_hash: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
          },
        ],
        properties: {
          stock_refundflow_count: {
            description: "明细记录数，注意是**字符串**。Number of rows — a STRING, not an integer.",
            examples: [
              "12",
            ],
            type: "string",
          },
          stock_refundflow_hash: {
            description: "文件摘要（示例为 40 位十六进制，即 SHA-1）。File digest (40 hex characters in the example, i.e. SHA-1).",
            examples: [
              "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            ],
            type: "string",
          },
          url: {
            description: "明细文件下载链接；下载时按 APIv3 规则签名。Download link; fetch it with a signed APIv3 GET.",
            examples: [
              "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
            ],
            format: "uri",
            type: "string",
          },
        },
        required: [
          "url",
          "stock_refundflow_hash",
          "stock_refundflow_count",
        ],
        title: "RefundFlowByDayResponse",
        type: "object",
      },
      RefundFlowResponse: {
        description: "下载批次退款明细应答（不签名）。Response of refundFlow (UNSIGNED).",
        examples: [
          {
            hash_type: "SHA1",
            hash_value: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
          },
        ],
        properties: {
          hash_type: {
            description: "摘要算法，只有 SHA1；文档正文写 \"sha1\"、示例写 \"SHA1\"，请忽略大小写比较。Hash algorithm: only SHA-1; compare case-insensitively (\"sha1\" / \"SHA1\").",
            examples: [
              "SHA1",
            ],
            maxLength: 32,
            minLength: 1,
            type: "string",
          },
          hash_value: {
            description: "文件摘要，下载后用于校验文件完整性。Digest of the file; compare it with the downloaded bytes.",
            examples: [
              "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            ],
            maxLength: 1024,
            minLength: 1,
            type: "string",
          },
          url: {
            description: "退款明细文件下载链接，30 秒内有效；下载时也要按 APIv3 规则签名。Download link, valid for 30 seconds; fetch it with a signed APIv3 GET.",
            examples: [
              "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
            ],
            format: "uri",
            maxLength: 2048,
            minLength: 1,
            type: "string",
          },
        },
        required: [
          "url",
          "hash_value",
          "hash_type",
        ],
        title: "RefundFlowResponse",
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
          city: {
            description: "城市。City.",
            examples: [
              "深圳市",
            ],
            type: "string",
          },
          country: {
            description: "国家或地区。Country or area.",
            examples: [
              "中国大陆",
            ],
            type: "string",
          },
          district: {
            description: "区县。District.",
            examples: [
              "南山区",
            ],
            type: "string",
          },
          province: {
            description: "省份。Province.",
            examples: [
              "广东省",
            ],
            type: "string",
          },
          type: {
            $ref: "#/components/schemas/RegionType",
          },
        },
        title: "RegionInfo",
        type: "object",
      },
      RegionType: {
        description: "消费金可用地域的粒度。Granularity of a consumption-money region.",
        enum: [
          "PROVINCE",
          "CITY",
          "DISTRICT",
          "COUNTRY",
        ],
        examples: [
          "PROVINCE",
        ],
        title: "RegionType",
        type: "string",
        "x-enum-descriptions": {
          CITY: "市级 (city)",
          COUNTRY: "国家 (country)",
          DISTRICT: "区县级 (district)",
          PROVINCE: "省级 (province)",
        },
      },
      RestartStockBody: {
        additionalProperties: false,
        description: "重启代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of restartStock: only the creator mchid (stock_id goes in the path).",
        examples: [
          {
            stock_creator_mchid: "8956000",
          },
        ],
        properties: {
          stock_creator_mchid: {
            description: "创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.",
            examples: [
              "8956000",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
        ],
        title: "RestartStockBody",
        type: "object",
      },
      RestartStockResponse: {
        description: "重启代金券批次应答。Response of restartStock.",
        examples: [
          {
            restart_time: "2015-05-20T13:29:35+08:00",
            stock_id: "9856000",
          },
        ],
        properties: {
          restart_time: {
            description: "重启时间（RFC 3339）。Restart time (RFC 3339).",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
        },
        required: [
          "restart_time",
          "stock_id",
        ],
        title: "RestartStockResponse",
        type: "object",
      },
      SendCouponBody: {
        additionalProperties: false,
        description: "发放代金券请求体（openid 在路径中）。Request body of sendCoupon (openid goes in the path).",
        examples: [
          {
            appid: "wx233544546545989",
            out_request_no: "89560002019101000121",
            stock_creator_mchid: "8956000",
            stock_id: "9856000",
          },
        ],
        properties: {
          appid: {
            description: "公众号、小程序或 APP 的 appid，须与 openid 匹配且与调用商户号绑定。Official-account, mini-program or app appid; must match the openid AND be bound to the calling mchid.",
            examples: [
              "wx233544546545989",
            ],
            maxLength: 128,
            minLength: 1,
            pattern: "^[0-9A-Za-z_-]+$",
            type: "string",
          },
          coupon_minimum: {
            description: "指定面额发券场景的门槛，单位：分。该能力暂未开放，请勿使用。Threshold in fen for fixed-value-on-send; NOT open yet, do not use.",
            examples: [
              100,
            ],
            minimum: 1,
            type: "integer",
          },
          coupon_value: {
            description: "指定面额发券场景的券面额，单位：分。该能力暂未开放，请勿使用。Face value in fen for fixed-value-on-send; NOT open yet, do not use.",
            examples: [
              100,
            ],
            minimum: 1,
            type: "integer",
          },
          out_request_no: {
            description: "商户单据号：发券方的请求单号，只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧唯一。幂等键：用相同单据号重试不会重复发券。\nIssuer's request number: letters, digits, `|`, `_`, `*`, `-` only; unique per merchant. It is the\nidempotency key: retrying with the same value does not send a second coupon.\n",
            examples: [
              "89560002019101000121",
            ],
            maxLength: 128,
            minLength: 1,
            pattern: "^[0-9A-Za-z|_*-]+$",
            type: "string",
          },
          stock_creator_mchid: {
            description: "批次创建方商户号。Merchant that created the stock.",
            examples: [
              "8956000",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
          stock_id: {
            description: "批次号，必须是代金券（全场券或单品券）批次，不支持立减与折扣。Stock ID; 代金券 (全场/单品) stocks only, not 立减/折扣.",
            examples: [
              "9856000",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
        },
        required: [
          "stock_id",
          "out_request_no",
          "appid",
          "stock_creator_mchid",
        ],
        title: "SendCouponBody",
        type: "object",
      },
      SendCouponResponse: {
        description: "发放代金券应答。Response of sendCoupon.",
        examples: [
          {
            coupon_id: "9867041",
          },
        ],
        properties: {
          coupon_id: {
            description: "微信为代金券分配的唯一券 ID。Coupon ID assigned by WeChat Pay.",
            examples: [
              "9867041",
            ],
            maxLength: 20,
            minLength: 1,
            type: "string",
          },
        },
        required: [
          "coupon_id",
        ],
        title: "SendCouponResponse",
        type: "object",
      },
      SetCallbackBody: {
        additionalProperties: false,
        description: "设置消息通知地址请求体。Request body of setCallback.",
        examples: [
          {
            mchid: "9856888",
            notify_url: "https://pay.weixin.qq.com/notify",
            switch: true,
          },
        ],
        properties: {
          mchid: {
            description: "商户号，必须是批次创建方商户号；其他商户调用返回“调用商户无权限”。Merchant number; must be the stock-creator mchid (others get 403 \"调用商户无权限\").",
            examples: [
              "9856888",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
            "x-wechatpay-client-default": {
              from: "mchid",
              reason: "设置消息通知地址页：mchid 必须是批次创建方，只推送商户自己创建的批次的事件，其他商户调用返回“调用商户无权限” (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/call-back-url/set-callback.html): the notification URL is the calling merchant's own setting, so the value must be the caller.",
            },
          },
          notify_url: {
            description: "支付通知商户 URL：必须是 HTTPS、外网可访问、不能携带参数（查询串）。非法 URL 曾返回“系统繁忙”。\nNotification URL: HTTPS, publicly reachable, NO query string. An invalid URL has produced the\nmessage \"系统繁忙\" (system busy).\n",
            examples: [
              "https://pay.weixin.qq.com/notify",
            ],
            maxLength: 256,
            minLength: 1,
            pattern: "^https://[^?#\\s]+$",
            type: "string",
          },
          switch: {
            description: "回调开关：true 开启推送；false（关闭）暂不支持，请到商户平台关闭。Push on; `false` is not supported yet (turn pushing off in the merchant console).",
            examples: [
              true,
            ],
            type: "boolean",
          },
        },
        required: [
          "mchid",
          "notify_url",
        ],
        title: "SetCallbackBody",
        type: "object",
      },
      SetCallbackResponse: {
        description: "设置消息通知地址应答。Response of setCallback.",
        examples: [
          {
            notify_url: "https://pay.weixin.qq.com/notify",
            update_time: "2015-05-20T13:29:35+08:00",
          },
        ],
        properties: {
          notify_url: {
            description: "生效的通知地址。The notification URL now in force.",
            examples: [
              "https://pay.weixin.qq.com/notify",
            ],
            type: "string",
          },
          update_time: {
            description: "修改时间（RFC 3339）。Update time.",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
        },
        required: [
          "update_time",
          "notify_url",
        ],
        title: "SetCallbackResponse",
        type: "object",
      },
      SingleitemDiscountOff: {
        description: "单品优惠特定信息（COUPON.USE 明文中的名字，查询接口中对应 cut_to_message）。Single-item discount\ninformation as named in the COUPON.USE plaintext (the query APIs call it `cut_to_message`).\n",
        examples: [
          {
            single_price_max: 100,
          },
        ],
        properties: {
          single_price_max: {
            description: "可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.",
            examples: [
              100,
            ],
            type: "integer",
          },
        },
        title: "SingleitemDiscountOff",
        type: "object",
      },
      StartStockBody: {
        additionalProperties: false,
        description: "激活代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of startStock: only the creator mchid (stock_id goes in the path).",
        examples: [
          {
            stock_creator_mchid: "8956000",
          },
        ],
        properties: {
          stock_creator_mchid: {
            description: "创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.",
            examples: [
              "8956000",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
        ],
        title: "StartStockBody",
        type: "object",
      },
      StartStockResponse: {
        description: "激活代金券批次应答。Response of startStock.",
        examples: [
          {
            start_time: "2015-05-20T13:29:35+08:00",
            stock_id: "9856000",
          },
        ],
        properties: {
          start_time: {
            description: "生效时间（RFC 3339）。Activation time (RFC 3339).",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
        },
        required: [
          "start_time",
          "stock_id",
        ],
        title: "StartStockResponse",
        type: "object",
      },
      Stock: {
        description: "代金券批次详情（条件查询批次列表与查询批次详情共用）。A coupon stock, as returned by listStocks and queryStock.",
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
              fixed_normal_coupon: {
                coupon_amount: 50,
                transaction_minimum: 100,
              },
              goods_tag: [
                "123456",
              ],
              max_amount: 5000,
              max_amount_by_day: 400,
              max_coupons: 100,
              max_coupons_per_user: 3,
              trade_type: [
                "MICROAPP",
              ],
            },
          },
        ],
        properties: {
          available_begin_time: {
            description: "可用开始时间。Availability start.",
            examples: [
              "2015-05-20T13:29:35.120+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          available_end_time: {
            description: "可用结束时间。Availability end.",
            examples: [
              "2015-05-21T13:29:35.120+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          available_industry_list: {
            description: "消费金可用行业，仅 business_type=MULTIUSE 时返回。Industries; only for MULTIUSE.",
            examples: [
              [
                "餐饮",
              ],
            ],
            items: {
              type: "string",
            },
            type: "array",
          },
          available_region_list: {
            description: "消费金可用地域，仅 business_type=MULTIUSE 时返回。Regions; only for MULTIUSE.",
            items: {
              $ref: "#/components/schemas/RegionInfo",
            },
            type: "array",
          },
          business_type: {
            $ref: "#/components/schemas/BusinessType",
          },
          card_id: {
            description: "微信卡包 ID。WeChat card-wallet ID.",
            examples: [
              "pX2-vjoeC94Nn-r2g5GjDwkfFH7E",
            ],
            type: "string",
          },
          create_time: {
            description: "批次创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).",
            examples: [
              "2015-05-20T13:29:35.120+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          cut_to_message: {
            $ref: "#/components/schemas/CutToMessage",
          },
          description: {
            description: "使用说明 / 批次描述信息。Description of the stock.",
            examples: [
              "微信支付营销",
            ],
            type: "string",
          },
          distributed_coupons: {
            description: "已发券或消费金数量。Coupons (or consumption money) issued so far.",
            examples: [
              100,
            ],
            type: "integer",
          },
          no_cash: {
            description: "是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.",
            examples: [
              true,
            ],
            type: "boolean",
          },
          singleitem: {
            description: "是否单品优惠。Single-item (SKU) discount.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          start_time: {
            description: "激活批次的时间。Activation time.",
            examples: [
              "2015-05-20T13:29:35.120+08:00",
            ],
            format: "date-time",
            type: "string",
          },
          status: {
            $ref: "#/components/schemas/StockStatus",
          },
          stock_creator_mchid: {
            description: "批次创建方商户号。Merchant that created the stock.",
            examples: [
              "1900000001",
            ],
            type: "string",
          },
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9836588",
            ],
            type: "string",
          },
          stock_name: {
            description: "批次名称。Stock name.",
            examples: [
              "微信支付批次",
            ],
            type: "string",
          },
          stock_type: {
            $ref: "#/components/schemas/StockType",
          },
          stock_use_rule: {
            $ref: "#/components/schemas/StockUseRule",
          },
          stop_time: {
            description: "终止批次的时间（永久停止）。Permanent stop time.",
            examples: [
              "2015-05-21T13:29:35.120+08:00",
            ],
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
        examples: [
          {
            data: [],
            limit: 10,
            offset: 0,
            total_count: 0,
          },
        ],
        properties: {
          data: {
            description: "本页的批次详情；可能缺省或为空。Stocks on this page; may be absent or empty.",
            items: {
              $ref: "#/components/schemas/Stock",
            },
            type: "array",
          },
          limit: {
            description: "分页大小，最大 10。Page size (max 10).",
            examples: [
              8,
            ],
            type: "integer",
          },
          offset: {
            description: "分页页码（从 0 开始），不是行偏移。Page INDEX (from 0), not a row offset.",
            examples: [
              1,
            ],
            type: "integer",
          },
          total_count: {
            description: "经过条件筛选查询到的批次总数。Total number of matching stocks (all pages).",
            examples: [
              10,
            ],
            type: "integer",
          },
        },
        required: [
          "total_count",
          "limit",
          "offset",
        ],
        title: "StockCollection",
        type: "object",
      },
      StockRule: {
        additionalProperties: false,
        description: "批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response\nside uses `StockUseRule`, which has a different shape.\n",
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
            description: "总预算，单位：分（整数 fen）。须等于 coupon_amount（面额）× max_coupons（发放总上限）。预充值批次激活时从余额扣除。\n上限各来源不一致：官方创建批次页面（2021.11.11）为 1000 万元（1,000,000,000 分），旧文档副本为 1 亿元；本规范只强制较宽的\n1 亿元（10,000,000,000 分），由服务器判定更严的上限。\nTotal budget in fen; must equal coupon_amount × max_coupons. For a prefunded stock it is deducted\nwhen the stock is started. Sources disagree on the cap (10 million yuan on the official create-stock page, 100 million\nyuan in an older copy); this spec enforces only the looser 100 million yuan and leaves the stricter\ncheck to the server.\n",
            examples: [
              5000,
            ],
            maximum: 10000000000,
            minimum: 1,
            type: "integer",
          },
          max_amount_by_day: {
            description: "单天预算发放上限，单位：分。不能大于总预算，不可以为 0。Daily budget cap in fen; ≤ max_amount and not 0.",
            examples: [
              400,
            ],
            maximum: 10000000000,
            minimum: 1,
            type: "integer",
          },
          max_coupons: {
            description: "发放总上限：最少 5 个，最多 1000 万个。Total number of coupons: 5 … 10,000,000.",
            examples: [
              100,
            ],
            maximum: 10000000,
            minimum: 5,
            type: "integer",
          },
          max_coupons_per_user: {
            description: "单个用户可领个数：最少 1 个，最多 60 个，且不能大于发放总个数。Coupons per user: 1 … 60 and ≤ max_coupons.",
            examples: [
              3,
            ],
            maximum: 60,
            minimum: 1,
            type: "integer",
          },
          natural_person_limit: {
            description: "是否开启自然人限制：开启后同一身份证下的多个微信号视为同一用户。Natural-person limit: several WeChat accounts under one ID card count as one user.",
            examples: [
              false,
            ],
            type: "boolean",
          },
          prevent_api_abuse: {
            description: "是否开启防刷拦截：命中恶意、小号、机器、黑产等风险行为的用户无法领券。Anti-abuse: risky users (bots, fraud rings) cannot receive coupons.",
            examples: [
              false,
            ],
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
        description: "批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling\n`stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;\npause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.\n",
        enum: [
          "unactivated",
          "audit",
          "running",
          "stoped",
          "paused",
        ],
        examples: [
          "running",
        ],
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
        description: "应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（官方示例只有 NORMAL，SDK 注释列出更多值）。\nStock type in responses: an OPEN string, not a closed enum. Known values —\n`NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);\n`OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and\n`RANDOM` 千人千面券 (low confidence).\n",
        examples: [
          "NORMAL",
          "DISCOUNT_CUT",
        ],
        maxLength: 16,
        minLength: 1,
        title: "StockType",
        type: "string",
      },
      StockUseRule: {
        description: "满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the\nquery APIs; a different shape from the create-side `StockRule` (the fields the official query-stock page lists). Amounts in fen.\n",
        examples: [
          {
            combine_use: true,
            coupon_type: "NORMAL",
            fixed_normal_coupon: {
              coupon_amount: 100,
              transaction_minimum: 200,
            },
            goods_tag: [
              "123456",
            ],
            max_amount: 5000,
            max_amount_by_day: 400,
            max_coupons: 100,
            max_coupons_per_user: 3,
            trade_type: [
              "MICROAPP",
            ],
          },
        ],
        properties: {
          combine_use: {
            description: "是否可叠加其他优惠。Can stack with other coupons.",
            examples: [
              true,
            ],
            type: "boolean",
          },
          coupon_type: {
            $ref: "#/components/schemas/CouponType",
          },
          fixed_discount_coupon: {
            $ref: "#/components/schemas/FixedDiscountCoupon",
          },
          fixed_normal_coupon: {
            $ref: "#/components/schemas/NormalCouponInformation",
          },
          goods_tag: {
            description: "订单优惠标记。Order tags.",
            examples: [
              [
                "123456",
              ],
            ],
            items: {
              type: "string",
            },
            type: "array",
          },
          max_amount: {
            description: "总预算，单位：分。Total budget in fen.",
            examples: [
              5000,
            ],
            type: "integer",
          },
          max_amount_by_day: {
            description: "单天发放上限金额，单位：分；未设置时可能为 0。Daily budget cap in fen; may be 0 when not set.",
            examples: [
              400,
            ],
            type: "integer",
          },
          max_coupons: {
            description: "发放总上限。Total number of coupons.",
            examples: [
              100,
            ],
            type: "integer",
          },
          max_coupons_per_user: {
            description: "单个用户可领个数。Coupons per user.",
            examples: [
              3,
            ],
            type: "integer",
          },
          trade_type: {
            description: "允许的支付方式。Allowed payment methods.",
            examples: [
              [
                "MICROAPP",
              ],
            ],
            items: {
              $ref: "#/components/schemas/TradeType",
            },
            type: "array",
          },
        },
        required: [
          "max_coupons",
          "max_amount",
          "max_amount_by_day",
          "max_coupons_per_user",
        ],
        title: "StockUseRule",
        type: "object",
      },
      StopStockBody: {
        additionalProperties: false,
        description: "终止代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of stopStock: only the creator mchid (stock_id goes in the path).",
        examples: [
          {
            stock_creator_mchid: "8956000",
          },
        ],
        properties: {
          stock_creator_mchid: {
            description: "创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.",
            examples: [
              "8956000",
            ],
            maxLength: 20,
            minLength: 1,
            pattern: "^[0-9]+$",
            type: "string",
          },
        },
        required: [
          "stock_creator_mchid",
        ],
        title: "StopStockBody",
        type: "object",
      },
      StopStockResponse: {
        description: "终止代金券批次应答。Response of stopStock.",
        examples: [
          {
            stock_id: "9856000",
            stop_time: "2015-05-20T13:29:35+08:00",
          },
        ],
        properties: {
          stock_id: {
            description: "批次号。Stock ID.",
            examples: [
              "9856000",
            ],
            type: "string",
          },
          stop_time: {
            description: "终止时间（SDK 注释称“暂停时间”）（RFC 3339）。Stop time (the SDK comment calls it pause time) (RFC 3339).",
            examples: [
              "2015-05-20T13:29:35+08:00",
            ],
            format: "date-time",
            type: "string",
          },
        },
        required: [
          "stop_time",
          "stock_id",
        ],
        title: "StopStockResponse",
        type: "object",
      },
      TradeType: {
        description: "支付方式。Payment method the coupon may be used with.",
        enum: [
          "MICROAPP",
          "APPPAY",
          "PPAY",
          "CARD",
          "FACE",
          "OTHER",
        ],
        examples: [
          "MICROAPP",
        ],
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
      UploadImageBody: {
        additionalProperties: false,
        description: "图片上传的 multipart/form-data 请求体：`meta`（JSON，被签名）和 `file`（图片二进制）。\nmultipart/form-data body of uploadImage: `meta` (JSON, the signed part) and `file` (image bytes).\nThe generated client takes flat params `{ filename, file }` and computes `sha256` itself.\n",
        properties: {
          file: {
            contentMediaType: "application/octet-stream",
            description: "图片文件的二进制内容：JPG、BMP 或 PNG，**不超过 2 MB**（2,097,152 字节）。\nRaw image bytes: JPG, BMP or PNG, **at most 2 MB** (2,097,152 bytes). The part's Content-Type is\nimage/jpeg, image/png or image/bmp.\n",
            maxLength: 2097152,
            type: "string",
          },
          meta: {
            $ref: "#/components/schemas/ImageMeta",
          },
        },
        required: [
          "meta",
          "file",
        ],
        title: "UploadImageBody",
        type: "object",
      },
      UploadImageResponse: {
        description: "图片上传应答。Response of uploadImage.",
        examples: [
          {
            media_url: "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
          },
        ],
        properties: {
          media_url: {
            description: "图片 URL，永久有效；用于 pattern_info.merchant_logo 和 coupon_image。Image URL; never expires. Use it for pattern_info.merchant_logo and coupon_image.",
            examples: [
              "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
            ],
            format: "uri",
            maxLength: 256,
            type: "string",
          },
        },
        required: [
          "media_url",
        ],
        title: "UploadImageResponse",
        type: "object",
      },
      UseFlowByDayResponse: {
        description: "获取批次核销明细下载链接（按天）应答（不签名，实验性）。Response of useFlowByDay (UNSIGNED, experimental).",
        examples: [
          {
            stock_useflow_count: "12",
            stock_useflow_hash: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
          },
        ],
        properties: {
          stock_useflow_count: {
            description: "明细记录数，注意是**字符串**。Number of rows — a STRING, not an integer.",
            examples: [
              "12",
            ],
            type: "string",
          },
          stock_useflow_hash: {
            description: "文件摘要（示例为 40 位十六进制，即 SHA-1）。File digest (40 hex characters in the example, i.e. SHA-1).",
            examples: [
              "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            ],
            type: "string",
          },
          url: {
            description: "明细文件下载链接；下载时按 APIv3 规则签名。Download link; fetch it with a signed APIv3 GET.",
            examples: [
              "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
            ],
            format: "uri",
            type: "string",
          },
        },
        required: [
          "url",
          "stock_useflow_hash",
          "stock_useflow_count",
        ],
        title: "UseFlowByDayResponse",
        type: "object",
      },
      UseFlowResponse: {
        description: "下载批次核销明细应答（不签名）。Response of useFlow (UNSIGNED).",
        examples: [
          {
            hash_type: "SHA1",
            hash_value: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
          },
        ],
        properties: {
          hash_type: {
            description: "摘要算法，只有 SHA1；文档正文写 \"sha1\"、示例写 \"SHA1\"，请忽略大小写比较。Hash algorithm: only SHA-1; compare case-insensitively (\"sha1\" / \"SHA1\").",
            examples: [
              "SHA1",
            ],
            maxLength: 32,
            minLength: 1,
            type: "string",
          },
          hash_value: {
            description: "文件摘要，下载后用于校验文件完整性。Digest of the file; compare it with the downloaded bytes.",
            examples: [
              "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
            ],
            maxLength: 1024,
            minLength: 1,
            type: "string",
          },
          url: {
            description: "核销明细文件下载链接，30 秒内有效；下载时也要按 APIv3 规则签名。Download link, valid for 30 seconds; fetch it with a signed APIv3 GET.",
            examples: [
              "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
            ],
            format: "uri",
            maxLength: 2048,
            minLength: 1,
            type: "string",
          },
        },
        required: [
          "url",
          "hash_value",
          "hash_type",
        ],
        title: "UseFlowResponse",
        type: "object",
      },
    },
    securitySchemes: {
      WechatPayAuthorization: {
        description: "商户请求签名（WECHATPAY2-SHA256-RSA2048）。Merchant request signature.\n\n头部格式 / header layout (one line, pair order free, SDKs put no space after commas):\n`Authorization: WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",timestamp=\"1554208460\",serial_no=\"<商户API证书序列号 merchant API certificate serial>\",signature=\"<base64>\"`\n\n待签名串恰好 5 行，每行以 `\\n`（LF）结尾，最后一行也是。The signing string is exactly 5 lines,\neach ending in a single LF, the last one included:\n1. HTTP 方法（大写）/ HTTP method, upper case (`GET`, `POST`).\n2. 规范 URL：不含协议和域名的绝对路径，有查询串时加 `?` 与线上完全一致的查询串（顺序、百分号编码一致）。\n   Canonical URL: absolute path without scheme/host, plus `?` and the query string exactly as sent.\n3. 时间戳（秒，10 位），与 `timestamp` 相同；与服务器时间相差超过 5 分钟会返回 401 SIGN_ERROR。\n   Unix timestamp in seconds; more than 5 minutes off the server clock gives 401 SIGN_ERROR.\n4. 随机串，与 `nonce_str` 相同。Nonce, same as `nonce_str`.\n5. 请求体原始字节；GET 为空行（串以 `nonce\\n\\n` 结尾）；图片上传为 `meta` 的 JSON 串。\n   The exact body bytes; empty for GET (string ends `nonce\\n\\n`); for the image upload the `meta` JSON.\n\n签名算法 RSASSA-PKCS1-v1_5 + SHA-256，使用商户 API 私钥，结果做标准 Base64 编码。\nAlgorithm: RSASSA-PKCS1-v1_5 with SHA-256 using the merchant API private key, standard Base64.\n`serial_no` 是商户 API 证书序列号（不是平台证书序列号或公钥 ID）。`serial_no` is the merchant API\ncertificate serial, not the platform serial nor the PUB_KEY_ID.\n",
        in: "header",
        name: "Authorization",
        type: "apiKey",
      },
      WechatPaySerial: {
        description: "`Wechatpay-Serial` 请求头：告诉微信支付商户持有哪把微信支付公钥，应答将用对应私钥签名。\nTells WeChat Pay which of its public keys the merchant holds; the response is signed with the\nmatching private key. It is sent together with `Authorization` on every request.\n- 微信支付公钥模式（推荐）：`PUB_KEY_ID_` + 32 位数字，例如 `PUB_KEY_ID_01142321349124100000000000000000`。\n  Public-key mode (recommended): `PUB_KEY_ID_` followed by 32 digits.\n- 平台证书模式（旧）：平台证书序列号（大写十六进制）。Platform-certificate mode (legacy): the\n  platform certificate serial (upper-case hex).\n取值错误返回 400 INVALID_REQUEST。A wrong value gives 400 INVALID_REQUEST. Verify responses with the key\nnamed by the *response's* `Wechatpay-Serial`, which may differ during a key migration.\n",
        in: "header",
        name: "Wechatpay-Serial",
        type: "apiKey",
      },
    },
  },
  info: {
    description: "微信支付 APIv3 代金券（营销 favor）接口族，手写描述，是生成器、客户端与沙箱的唯一事实来源。\nWeChat Pay APIv3 cash-coupon (\"favor\") API family, hand-written; the single source of truth for the\ngenerator, the generated client and the sandbox server.\n\n通用约定 / conventions that apply to every operation:\n- 金额一律为整数，单位为分 (fen, 1/100 CNY)。Money is always an integer count of fen.\n- 商户号、批次号、券 ID 等 ID 一律为字符串（即使全是数字）。IDs are strings even when all digits.\n- 时间为 RFC 3339 字符串并带时区，例如 `2015-05-20T13:29:35+08:00`；应答中可能带毫秒\n  (`…35.120+08:00`)，两种形式都要能解析。Times are RFC 3339 with an offset; responses may carry\n  milliseconds, so parse both forms.\n- 请求中不得出现 JSON `null`：不需要的字段直接省略。Never send JSON `null`; leave the key out.\n- 服务器可能随时在应答中增加新字段，客户端须忽略未知字段。Servers may add response fields at any\n  time; clients must ignore unknown keys (response schemas therefore never set\n  `additionalProperties: false`; request bodies always do).\n- 只支持 UTF-8 编码下 1–3 字节的字符，不支持 emoji 等 4 字节字符。Only characters of 1–3 UTF-8\n  bytes are supported; 4-byte characters (emoji) are rejected.\n- 请求头 `Accept: application/json`；有请求体时 `Content-Type: application/json`（图片上传为\n  `multipart/form-data`）。Send `Accept: application/json`, and `Content-Type: application/json` with a body.\n- 2xx 应答带微信支付签名（`Wechatpay-Timestamp`/`Wechatpay-Nonce`/`Wechatpay-Signature`/\n  `Wechatpay-Serial`），必须验签；标记了 `x-wechatpay-unsigned-response` 的下载类接口除外。\n  Every 2xx response is signed and must be verified, except operations marked\n  `x-wechatpay-unsigned-response: true` (useFlow, refundFlow and the by-day flows).\n- 任何 HTTP 429 都表示被限频（错误码可能是 FREQUENCY_LIMITED 或 FREQUENCY_LIMIT_EXCEED）。\n  Treat any HTTP 429 as rate-limited, whatever the code.\n- `offset` 是分页**页码**（从 0 开始），不是行偏移。`offset` is a PAGE INDEX counted from 0, not a row offset.\n\n厂商扩展 / vendor extensions: see `spec/README.md` (`x-wechatpay-rate-limits`,\n`x-wechatpay-idempotent`, `x-wechatpay-idempotency-key`, `x-wechatpay-unsigned-response`,\n`x-wechatpay-experimental`, `x-wechatpay-multipart`, `x-wechatpay-error-codes`, `x-enum-descriptions`,\n`x-wechatpay-client-default`).\n",
    license: {
      identifier: "MIT",
      name: "MIT",
    },
    summary: "代金券批次、发券、查询、核销明细、消息通知与营销图片上传 (stocks, coupons, flows, callbacks, image upload).",
    title: "微信支付 APIv3 代金券 (WeChat Pay APIv3 favor / cash coupons)",
    version: "1.0.0",
  },
  openapi: "3.1.0",
  paths: {
    "/v3/marketing/favor/callbacks": {
      get: {
        description: "查询商户设置的营销事件通知地址。接口支持幂等重入。\nReturns the notification URL set for the merchant. Idempotent.\n",
        operationId: "queryCallback",
        parameters: [
          {
            description: "商户号。Merchant number.",
            example: "9856888",
            in: "query",
            name: "mchid",
            required: true,
            schema: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
            "x-wechatpay-client-default": {
              from: "mchid",
              reason: "查询消息通知地址页：返回商户设置的通知地址 (https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/call-back-url/query-callback.html); the URL is the one setCallback set for the calling merchant (only the caller may set it, see setCallback's mchid), so the value must be the caller.",
            },
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  current: {
                    summary: "当前设置 (current setting)",
                    value: {
                      mchid: "9856888",
                      notify_url: "https://pay.weixin.qq.com/notify",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/Callback",
                },
              },
            },
            description: "通知地址。The notification URL. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missingMchid: {
                    summary: "商户号必填 (mchid missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "商户号必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误。Invalid parameters.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "商户号必填 → 请输入商户号。Missing mchid.",
              },
              {
                code: "INVALID_REQUEST",
                description: "非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "查询消息通知地址 (Query the notification URL)",
        tags: [
          "callbacks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 2000,
            per: "second",
            scope: "all",
          },
        ],
      },
      post: {
        description: "设置接收营销事件（核销事件 COUPON.USE）通知的地址。前提：已开通“营销事件推送”产品权限、已设置 APIv3 密钥；\n只推送商户自己创建的批次的事件。mchid 必须是批次创建方。notify_url 必须是 HTTPS、外网可访问、不带参数。\n接口支持幂等重入。\nSets the URL that receives marketing events (COUPON.USE). Requires the \"marketing event push\"\npermission and an APIv3 key; only events of stocks the merchant created are pushed. `mchid` must\nbe the stock creator; `notify_url` must be HTTPS with no query string. Idempotent.\n",
        operationId: "setCallback",
        requestBody: {
          content: {
            "application/json": {
              examples: {
                set: {
                  summary: "设置通知地址 (set the URL)",
                  value: {
                    mchid: "9856888",
                    notify_url: "https://pay.weixin.qq.com/notify",
                    switch: true,
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/SetCallbackBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  set: {
                    summary: "设置成功 (set)",
                    value: {
                      notify_url: "https://pay.weixin.qq.com/notify",
                      update_time: "2015-05-20T13:29:35+08:00",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/SetCallbackResponse",
                },
              },
            },
            description: "已设置。The URL is set. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  emptyUrl: {
                    summary: "回调 URL 不能为空 (notify_url empty)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "回调URL不能为空",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误。Invalid parameters.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "回调 URL 不能为空；回调商户不能为空 → 请填写。notify_url or mchid empty.",
              },
              {
                code: "INVALID_REQUEST",
                description: "非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (not the stock creator)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限：mchid 不是批次创建方或未开通营销事件推送权限。mchid is not a stock creator, or the event-push permission is missing.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            content: {
              "application/json": {
                examples: {
                  busy: {
                    summary: "系统繁忙 (system busy)",
                    value: {
                      code: "SYSTEM_ERROR",
                      message: "系统繁忙",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "系统异常，请稍后用相同参数重试。社区报告非法的 notify_url 曾返回“系统繁忙”。\nSystem error; retry later with the same parameters. An invalid notify_url has been reported to\nproduce the message \"系统繁忙\" (system busy) — check the URL before retrying.\n",
            "x-wechatpay-error-codes": [
              {
                code: "SYSTEM_ERROR",
                description: "系统异常/系统繁忙（也可能是 notify_url 不合法）→ 检查 URL 后稍后重试。System error or busy (possibly an invalid notify_url).",
              },
            ],
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "设置消息通知地址 (Set the notification URL)",
        tags: [
          "callbacks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
          {
            limit: 5,
            per: "minute",
            scope: "ip",
          },
        ],
      },
    },
    "/v3/marketing/favor/coupon-stocks": {
      post: {
        description: "创建微信支付代金券批次（预充值或免充值）；创建完成后得到批次号 stock_id，可用于各营销场景的活动投放。\n新批次处于 `unactivated`（未激活）状态，需调用 startStock 激活后才能发券；预充值批次（no_cash=false）\n在激活时从制券商户余额中扣除预算。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用相同\nout_request_no 重试。\nCreates a WeChat Pay cash-coupon stock (prefunded or not). The new stock is `unactivated`; call\nstartStock before sending coupons (a prefunded stock's budget is taken at that point). Idempotent\nby `out_request_no`: after a timeout or 5xx, retry with the same value.\n\n约束 / constraints: stock_type 仅支持 `NORMAL`；max_amount = coupon_amount × max_coupons；\ntransaction_minimum > coupon_amount；belong_merchant 必须是调用商户号；可用时间窗口 ≤ 90 天、\n开始时间不早于当前且在 365 天内。\n",
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
                      available_merchants: [
                        "1900000001",
                      ],
                      fixed_normal_coupon: {
                        coupon_amount: 1000,
                        transaction_minimum: 10000,
                      },
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
                      available_items: [
                        "123321",
                        "123322",
                      ],
                      available_merchants: [
                        "9856000",
                        "9856001",
                      ],
                      combine_use: false,
                      fixed_normal_coupon: {
                        coupon_amount: 50,
                        transaction_minimum: 100,
                      },
                      goods_tag: [
                        "123321",
                        "123322",
                      ],
                      trade_type: [
                        "OTHER",
                        "APPPAY",
                      ],
                    },
                    no_cash: false,
                    out_request_no: "89560002019101000121",
                    pattern_info: {
                      background_color: "COLOR020",
                      coupon_image: "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
                      description: "微信支付营销代金券",
                      merchant_logo: "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
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
              schema: {
                $ref: "#/components/schemas/CreateCouponStockBody",
              },
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
                    value: {
                      create_time: "2026-11-27T15:20:35+08:00",
                      stock_id: "98065001",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/CreateCouponStockResponse",
                },
              },
            },
            description: "批次已创建，状态为 unactivated。The stock was created (status `unactivated`). Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  paramError: {
                    summary: "门槛不大于面额 (threshold not above face value)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "券面额必须大于0",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "参数错误：输入时间格式错误、商户号必填、非法的批次状态等；“券面额必须大于0”实际表示 transaction_minimum ≤ coupon_amount → 请根据错误提示正确传入参数。Parameter error (bad time format, missing mchid, …); \"券面额必须大于0\" really means transaction_minimum ≤ coupon_amount.",
              },
              {
                code: "INVALID_REQUEST",
                description: "HTTP 请求不符合微信支付 APIv3 接口规则，或非法的商户号、Wechatpay-Serial 错误 → 请参阅接口规则。Request breaks the APIv3 rules, illegal merchant number or wrong Wechatpay-Serial.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description: "商户号与 appid 不匹配 → 请绑定调用接口的商户号和 appid 后重试。appid not bound to the calling mchid (listed on the create page's shared table).",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "活动未开始或已结束 (activity time invalid)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "活动未开始或已结束",
                    },
                  },
                  noAuth: {
                    summary: "需要开通特殊权限 (special permission required)",
                    value: {
                      code: "NO_AUTH",
                      message: "你配置的信息需要开通特殊权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限或业务规则拦截。No permission or blocked by a business rule.",
            "x-wechatpay-error-codes": [
              {
                code: "NO_AUTH",
                description: "你配置的信息需要开通特殊权限 → 参考 QA 方案开通权限。The configuration needs a special permission.",
              },
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（请开通产品权限）；活动未开始或已结束（可用时间不合法）；商户无权发券。Caller lacks the product permission; activity not started or already ended (invalid times); merchant may not issue.",
              },
              {
                code: "NOT_ENOUGH",
                description: "批次预算不足 → 请补充预算。Budget insufficient; top up (listed on the create page's shared table).",
              },
              {
                code: "USER_ACCOUNT_ABNORMAL",
                description: "用户非法，账号异常 (listed on the create page's shared table). User account abnormal.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "资源不存在。Resource not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确 (listed on the create page's shared table). Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "创建代金券批次 (Create a coupon stock)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotency-key": "out_request_no",
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 60,
            per: "minute",
            scope: "mchid",
          },
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
        ],
      },
    },
    "/v3/marketing/favor/media/image-upload": {
      post: {
        description: "上传营销用图片（商户 logo、券详情图片），得到永久有效的 media_url。请求为 multipart/form-data，包含两部分：\n`meta`（JSON：filename 与文件内容的 SHA-256）和 `file`（图片二进制，JPG/BMP/PNG，不超过 2 MB）。\n**签名串第 5 行是 meta 的 JSON 串**（与 meta 部分逐字节一致），不是整个 multipart 请求体。\n官方 SDK 先写 meta 再写 file；文档示例顺序相反，顺序可能无关紧要。未声明幂等。\nUploads a marketing image (merchant logo, coupon image) and returns a permanent `media_url`.\nmultipart/form-data with two parts: `meta` (JSON with filename and the SHA-256 of the file bytes)\nand `file` (JPG/BMP/PNG, at most 2 MB). **Line 5 of the signing string is the meta JSON**,\nbyte-identical to the meta part — never the multipart body. The SDK sends meta first; the order\nis probably not significant. Not documented as idempotent.\n",
        operationId: "uploadImage",
        requestBody: {
          content: {
            "multipart/form-data": {
              encoding: {
                file: {
                  contentType: "image/jpeg, image/png, image/bmp",
                },
                meta: {
                  contentType: "application/json",
                },
              },
              examples: {
                logo: {
                  summary: "上传 PNG logo（示例中的 sha256 是空文件的摘要）(PNG logo; the sha256 shown is that of an empty file)",
                  value: {
                    file: "",
                    meta: {
                      filename: "logo.png",
                      sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    },
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/UploadImageBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  uploaded: {
                    summary: "上传成功 (uploaded)",
                    value: {
                      media_url: "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/UploadImageResponse",
                },
              },
            },
            description: "图片 URL。The image URL. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badParam: {
                    summary: "参数错误 (invalid parameter)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "参数错误",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误（文件名、格式、大小或 sha256 不符）。Invalid parameters (file name, format, size or sha256 mismatch).",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "参数错误：文件名后缀、图片格式或大小（> 2 MB）不符合要求，或 sha256 与文件不一致。Bad extension, format, size (> 2 MB) or sha256 mismatch.",
              },
              {
                code: "INVALID_REQUEST",
                description: "HTTP 请求不符合微信支付 APIv3 接口规则（例如 multipart 格式错误）。Request breaks the APIv3 rules (e.g. malformed multipart).",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  noAuth: {
                    summary: "无权限 (no permission)",
                    value: {
                      code: "NO_AUTH",
                      message: "商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "NO_AUTH",
                description: "商户无权限（未开通营销相关产品权限）。Merchant lacks the permission (generic APIv3 code).",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "图片上传（营销专用）(Upload a marketing image)",
        tags: [
          "media",
        ],
        "x-wechatpay-multipart": {
          file_part: "file",
          meta_part: "meta",
        },
        "x-wechatpay-rate-limits": [
          {
            limit: 100,
            per: "minute",
            scope: "all",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks": {
      get: {
        description: "查询多个批次的信息，包括批次的配置信息以及批次概况数据。只返回 stock_creator_mchid 创建的批次。\n分页：`offset` 是页码（从 0 开始，默认第 0 页），不是行偏移；`limit` 是分页大小，**最大 10**，超过返回\n400 PARAM_ERROR“页大小超过阈值”。时间参数在 URL 中，必须做 URL 编码（`+` → `%2B`，`:` → `%3A`）。\nLists the stocks created by `stock_creator_mchid`, with their configuration and figures.\nPaging: `offset` is a PAGE INDEX from 0 (not a row offset); `limit` is the page size, at most 10\n(larger values give 400 PARAM_ERROR \"页大小超过阈值\"). Percent-encode the RFC 3339 query values.\n",
        operationId: "listStocks",
        parameters: [
          {
            description: "分页页码，从 0 开始，默认第 0 页。**页码，不是行偏移。** Page INDEX starting at 0 (not a row offset).",
            example: 0,
            in: "query",
            name: "offset",
            required: true,
            schema: {
              minimum: 0,
              type: "integer",
            },
          },
          {
            description: "分页大小，最大 10。Page size, at most 10.",
            example: 10,
            in: "query",
            name: "limit",
            required: true,
            schema: {
              maximum: 10,
              minimum: 1,
              type: "integer",
            },
          },
          {
            $ref: "#/components/parameters/StockCreatorMchidQuery",
          },
          {
            description: "起始创建时间（RFC 3339），须 URL 编码。Earliest creation time (RFC 3339); must be percent-encoded.",
            example: "2026-11-01T00:00:00+08:00",
            in: "query",
            name: "create_start_time",
            required: false,
            schema: {
              format: "date-time",
              maxLength: 64,
              type: "string",
            },
          },
          {
            description: "终止创建时间（RFC 3339），须 URL 编码。文档写作 string(664)，是 string(64) 的笔误（create_start_time 为 string(64)）。\nLatest creation time (RFC 3339); must be percent-encoded. The doc's \"string(664)\" is a typo for 64.\n",
            example: "2026-11-30T23:59:59+08:00",
            in: "query",
            name: "create_end_time",
            required: false,
            schema: {
              format: "date-time",
              maxLength: 64,
              type: "string",
            },
            "x-wechatpay-doc-deviation": {
              "max-length": {
                doc: 664,
                reason: "The page's string(664) is a typo for string(64), the length of create_start_time.",
              },
            },
          },
          {
            description: "批次状态过滤。Filter by stock status.",
            example: "running",
            in: "query",
            name: "status",
            required: false,
            schema: {
              $ref: "#/components/schemas/StockStatus",
            },
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  empty: {
                    summary: "没有匹配的批次 (no match)",
                    value: {
                      limit: 10,
                      offset: 0,
                      total_count: 0,
                    },
                  },
                  page: {
                    summary: "第 0 页 (first page)",
                    value: {
                      data: [
                        {
                          available_begin_time: "2015-05-20T13:29:35.120+08:00",
                          available_end_time: "2015-05-21T13:29:35.120+08:00",
                          available_industry_list: [
                            "餐饮",
                          ],
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
                          cut_to_message: {
                            cut_to_price: 80,
                            single_price_max: 100,
                          },
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
                            fixed_normal_coupon: {
                              coupon_amount: 100,
                              transaction_minimum: 200,
                            },
                            goods_tag: [
                              "123456",
                            ],
                            max_amount: 5000,
                            max_amount_by_day: 400,
                            max_coupons: 100,
                            max_coupons_per_user: 3,
                            trade_type: [
                              "MICROAPP",
                            ],
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
                schema: {
                  $ref: "#/components/schemas/StockCollection",
                },
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
                    value: {
                      code: "PARAM_ERROR",
                      message: "页大小超过阈值",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "页大小超过阈值（limit > 10）；输入时间格式错误；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Page size over 10, bad time format, missing mchid, illegal status.",
              },
              {
                code: "INVALID_REQUEST",
                description: "HTTP 请求不符合 APIv3 接口规则；非法的商户号 → 请参阅接口规则。Request breaks the APIv3 rules; illegal merchant number.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description: "商户号与 AppID 不匹配（页面共用错误码表）→ 请绑定后重试。appid not bound to the mchid (shared table on this page).",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no product permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.",
              },
              {
                code: "NOT_ENOUGH",
                description: "批次预算不足（页面共用错误码表）→ 请补充预算。Budget insufficient (shared table on this page).",
              },
              {
                code: "USER_ACCOUNT_ABNORMAL",
                description: "用户非法（页面共用错误码表）。User account abnormal (shared table on this page).",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
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
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "条件查询批次列表 (List stocks)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "second",
            scope: "all",
          },
          {
            limit: 500,
            per: "second",
            scope: "ip",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}": {
      get: {
        description: "查询一个代金券批次的详情。批次创建方和发券方都可以调用；stock_creator_mchid 必须是批次创建方。\nReturns one stock. Both the creator and an authorised sending merchant may call it;\n`stock_creator_mchid` must be the creator. Idempotent.\n",
        operationId: "queryStock",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
          {
            $ref: "#/components/parameters/StockCreatorMchidQuery",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  running: {
                    summary: "运行中的预充值批次 (running prefunded stock)",
                    value: {
                      available_begin_time: "2015-05-20T13:29:35+08:00",
                      available_end_time: "2015-05-21T13:29:35+08:00",
                      create_time: "2015-05-20T13:29:35.120+08:00",
                      description: "微信支付营销代金券",
                      distributed_coupons: 12,
                      no_cash: false,
                      singleitem: false,
                      start_time: "2015-05-20T13:29:35+08:00",
                      status: "running",
                      stock_creator_mchid: "9856888",
                      stock_id: "9856000",
                      stock_name: "微信支付代金券批次",
                      stock_type: "NORMAL",
                      stock_use_rule: {
                        combine_use: false,
                        coupon_type: "NORMAL",
                        fixed_normal_coupon: {
                          coupon_amount: 50,
                          transaction_minimum: 100,
                        },
                        goods_tag: [
                          "123321",
                          "123322",
                        ],
                        max_amount: 5000,
                        max_amount_by_day: 400,
                        max_coupons: 100,
                        max_coupons_per_user: 3,
                        trade_type: [
                          "OTHER",
                          "APPPAY",
                        ],
                      },
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/Stock",
                },
              },
            },
            description: "批次详情。The stock. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missingMchid: {
                    summary: "商户号必填 (mchid missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "商户号必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；商户号必填 → 请根据错误提示正确传入参数。Missing stock_id or mchid.",
              },
              {
                code: "INVALID_REQUEST",
                description: "非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（既不是创建方也不是授权发券方）→ 请开通产品权限后再调用。Caller is neither creator nor authorised sender, or lacks the product permission.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "查询批次详情 (Get a stock)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "second",
            scope: "all",
          },
          {
            limit: 500,
            per: "second",
            scope: "ip",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/items": {
      get: {
        description: "查询批次的可用商品编码，判断券是否可用于某些商品，来决定是否展示。批次必须是代金券（全场券或单品券）批次，\n不支持立减与折扣。`offset` 是页码（从 0 开始，最大 500），不是行偏移；`limit` 是分页大小（最大 100）。\n接口支持幂等重入。频率限制按官方文档：不区分来源 1000/min，单 IP 200/min（SDK 写 600/min，以文档为准）。\nLists the SKU codes a stock applies to, to decide whether to show the coupon. 代金券 (全场/单品)\nstocks only, not 立减/折扣. `offset` is a PAGE INDEX from 0 (max 500), not a row offset; `limit`\nis the page size (max 100). Idempotent. Rate limits follow the doc (1000/min overall, 200/min per\nIP); the SDK's 600/min is ignored.\n",
        operationId: "listAvailableSingleitems",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
          {
            description: "分页页码，从 0 开始，最大 500。**页码，不是行偏移。** Page INDEX from 0, at most 500 (not a row offset).",
            example: 0,
            in: "query",
            name: "offset",
            required: true,
            schema: {
              maximum: 500,
              minimum: 0,
              type: "integer",
            },
          },
          {
            description: "分页大小，最大 100。Page size, at most 100.",
            example: 10,
            in: "query",
            name: "limit",
            required: true,
            schema: {
              maximum: 100,
              minimum: 1,
              type: "integer",
            },
          },
          {
            $ref: "#/components/parameters/StockCreatorMchidQuery",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  page: {
                    summary: "官方示例 (doc sample)",
                    value: {
                      data: [
                        "1232001",
                      ],
                      limit: 5,
                      offset: 0,
                      stock_id: "15019035",
                      total_count: 1,
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/AvailableSingleitemCollection",
                },
              },
            },
            description: "一页可用单品编码。One page of SKU codes. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  pageTooLarge: {
                    summary: "页大小超过阈值 (limit above 100)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "页大小超过阈值",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "页大小超过阈值；批次号必填；商户号必填；非法的批次状态等（页面共用错误码表）→ 请根据错误提示正确传入参数。Page size over the limit, missing stock_id/mchid, illegal status (shared table).",
              },
              {
                code: "INVALID_REQUEST",
                description: "openid 与 appid 不匹配；活动已结束或未激活；非法的商户号（页面共用错误码表）。openid/appid mismatch, activity ended or not activated, illegal merchant number (shared table).",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description: "商户号与 appid 不匹配（页面共用错误码表）。appid not bound to the mchid (shared table).",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限或业务拦截（页面共用错误码表）。No permission or blocked (shared table).",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限；商户无权发券；批次不支持跨商户发券；用户被限领拦截（页面共用错误码表）。No permission, may not send, no cross-merchant authorisation, per-user limit (shared table).",
              },
              {
                code: "NOT_ENOUGH",
                description: "批次预算不足（页面共用错误码表）。Budget insufficient (shared table).",
              },
              {
                code: "USER_ACCOUNT_ABNORMAL",
                description: "用户非法（页面共用错误码表）。User account abnormal (shared table).",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "查询代金券可用单品 (List a stock's available items)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
          {
            limit: 200,
            per: "minute",
            scope: "ip",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/merchants": {
      get: {
        description: "分页查询批次的可用商户号。调用方只能查询自己创建或有权发放的批次。\n`offset` 是页码（从 0 开始，最大 1000），不是行偏移；`limit` 是分页大小（最大 50）。\n请求超出最后一页的页码时，社区报告会返回 400 MCH_NOT_EXISTS“商户号不合法”。\nLists the merchants where a stock's coupons can be used, one page at a time. The caller may only\nquery stocks it created or may send. `offset` is a PAGE INDEX from 0 (max 1000), not a row\noffset; `limit` is the page size (max 50; an integer, although one third-party description types\nit as a string). Asking for a page past the last one has been seen to return 400 MCH_NOT_EXISTS.\nLimits come from the official SDK (the doc page was not retrieved).\n",
        operationId: "listAvailableMerchants",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
          {
            description: "分页页码，从 0 开始，最大 1000。**页码，不是行偏移。** Page INDEX from 0, at most 1000 (not a row offset).",
            example: 0,
            in: "query",
            name: "offset",
            required: true,
            schema: {
              maximum: 1000,
              minimum: 0,
              type: "integer",
            },
          },
          {
            description: "分页大小，最大 50。Page size, at most 50.",
            example: 50,
            in: "query",
            name: "limit",
            required: true,
            schema: {
              maximum: 50,
              minimum: 1,
              type: "integer",
            },
          },
          {
            $ref: "#/components/parameters/StockCreatorMchidQuery",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  page: {
                    summary: "第 0 页 (first page)",
                    value: {
                      data: [
                        "9856000",
                        "9856001",
                      ],
                      limit: 50,
                      offset: 0,
                      stock_id: "9856000",
                      total_count: 2,
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/AvailableMerchantCollection",
                },
              },
            },
            description: "一页可用商户号。One page of merchant numbers. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  pastLastPage: {
                    summary: "页码超过最后一页 (page index past the last page)",
                    value: {
                      code: "MCH_NOT_EXISTS",
                      message: "商户号不合法",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误、页码越界或请求不符合规则。Invalid parameters, page index past the end, or invalid request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "页大小超过阈值（limit > 50）；批次号必填；商户号必填 → 请根据错误提示正确传入参数。Page size over the limit; missing stock_id or mchid.",
              },
              {
                code: "INVALID_REQUEST",
                description: "非法的商户号；请求不符合 APIv3 接口规则。Illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法；社区报告页码超过最后一页时也返回此码。Invalid merchant number; also seen for a page index past the last page.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（只能查询自己创建或可发放的批次）→ 请开通产品权限。The caller may only query stocks it created or may send.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "查询代金券可用商户 (List a stock's available merchants)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/modify-goods-id": {
      post: {
        description: "**实验性（低置信度）**：增加或删除批次的可用单品编码，修改后至少要保留一个商品编码。官方页面（2026.01.13）\n自相矛盾：把字段列为 query、示例用逗号拼接的字符串、写作 `Delete_goods_id_list`、应答字段叫 pause_time。\n本规范按撤回的 SDK 与第三方描述：请求体发送**数组**、字段名小写；应答接受 `pause_time` 或 `effect_time`。\n未声明频率限制，未声明幂等。生成器默认跳过本接口（需 `--experimental`）。\n**EXPERIMENTAL (low confidence)**: adds or removes a stock's available goods IDs; at least one\ngoods ID must remain. The official page is inconsistent (fields listed as query, comma-joined\nstrings in the sample, `Delete_goods_id_list`, response `pause_time`); this spec sends ARRAYS with\nlower-case names in the JSON body and accepts either `pause_time` or `effect_time` in the\nresponse. No documented rate limit; not documented as idempotent. Skipped by the generator unless\n`--experimental`.\n",
        operationId: "modifyAvailableSingleitem",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                addAndDelete: {
                  summary: "增加两个、删除一个编码 (add two codes, delete one)",
                  value: {
                    add_goods_id_list: [
                      "goods_1001",
                      "goods_1002",
                    ],
                    delete_goods_id_list: [
                      "goods_0999",
                    ],
                    stock_creator_mchid: "9856888",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/ModifyAvailableSingleitemBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  officialPage: {
                    summary: "官方页面的字段名 pause_time (official page's field name)",
                    value: {
                      pause_time: "2026-01-13T10:00:00+08:00",
                      stock_id: "9856000",
                    },
                  },
                  sdkModel: {
                    summary: "SDK 模型的字段名 effect_time (SDK model's field name)",
                    value: {
                      effect_time: "2026-01-13T10:00:00+08:00",
                      stock_id: "9856000",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ModifyAvailableSingleitemResponse",
                },
              },
            },
            description: "修改已生效。The change is in effect. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missing: {
                    summary: "批次号必填 (stock_id missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "批次号必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误（例如删除后没有剩余编码）。Invalid parameters (e.g. no goods ID would remain).",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；商户号必填；修改后没有剩余商品编码等。Missing stock_id/mchid, or no goods ID would remain.",
              },
              {
                code: "INVALID_REQUEST",
                description: "活动已结束；请求不符合 APIv3 接口规则。Activity ended; request breaks the APIv3 rules.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（不是批次创建方）。Caller is not the stock creator.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "修改可用单品编码 (Modify a stock's available goods IDs)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-experimental": true,
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/pause": {
      post: {
        description: "暂停一个正在运行（`running`）的批次：暂停后状态为 `paused`，用户无法通过任何渠道再领取该批次的券。\n仅支持代金券（全场/单品）批次，不支持立减与折扣批次。接口支持幂等重入。用 restartStock 恢复。\nPauses an active (`running`) stock → `paused`: users can no longer receive its coupons through any\nchannel. 代金券 (全场/单品) stocks only; 立减/折扣 stocks are not supported. Idempotent. Resume with\nrestartStock.\n\n前置条件 / precondition: 批次已激活 (stock active).\n",
        operationId: "pauseStock",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                creator: {
                  summary: "由批次创建方调用 (called by the stock creator)",
                  value: {
                    stock_creator_mchid: "8956000",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/PauseStockBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  done: {
                    summary: "成功 (success)",
                    value: {
                      pause_time: "2015-05-20T13:29:35+08:00",
                      stock_id: "9856000",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/PauseStockResponse",
                },
              },
            },
            description: "操作成功。Done. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badState: {
                    summary: "非法的批次状态 (illegal stock state)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "非法的批次状态",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Missing stock_id or mchid; illegal stock state for this transition.",
              },
              {
                code: "INVALID_REQUEST",
                description: "活动已结束或未激活；非法的商户号；请求不符合 APIv3 接口规则。Activity ended or not activated; illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（不是批次创建方或未开通产品权限）→ 请开通产品权限后再调用。Caller is not the creator or lacks the product permission.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "暂停代金券批次 (Pause a stock)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
          {
            limit: 60,
            per: "minute",
            scope: "ip",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/refund-flow": {
      get: {
        description: "获取批次退款明细文件的下载链接。支持全场、单品、立减与折扣批次；只有批次创建方可以调用。\n活动结束后次日 10:00 起可下载；在此之前或没有数据时返回 404 RESOURCE_NOT_EXISTS（“账单文件不存在”）。\n**本接口的应答不带微信支付签名，不做应答验签**（x-wechatpay-unsigned-response）。下载链接 30 秒内有效；\n下载 `url` 本身是一次正常签名的 APIv3 GET，文件内容也不签名，须用 hash_value（SHA1）校验。\nReturns a download link for the stock's refund detail file. All stock kinds are supported; only the\ncreator may call. Available from 10:00 the day after the activity ends; before that (or with no\ndata) the call returns 404 RESOURCE_NOT_EXISTS. **The response is NOT signed — skip response\nverification.** The link is valid for 30 s; fetching it is itself a signed APIv3 GET whose body is\nalso unsigned, so check the file against `hash_value` (SHA-1).\n",
        operationId: "refundFlow",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  link: {
                    summary: "下载链接 (download link)",
                    value: {
                      hash_type: "SHA1",
                      hash_value: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
                      url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/RefundFlowResponse",
                },
              },
            },
            description: "下载链接与文件摘要。**不签名的应答。** Download link and digest. UNSIGNED response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missingStock: {
                    summary: "批次号必填 (stock_id missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "批次号必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填 → 请输入批次号。Missing stock_id.",
              },
              {
                code: "INVALID_REQUEST",
                description: "请求不符合 APIv3 接口规则；非法的商户号。Request breaks the APIv3 rules; illegal merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（只有批次创建方可以下载）→ 请开通产品权限。Only the stock creator may download.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "账单文件不存在 (no file yet)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "账单文件不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在，或账单文件尚未生成/没有数据。Stock not found, or no file yet (before 10:00 the day after the end, or no data).",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在；账单文件不存在（活动结束次日 10 点前或无数据）→ 稍后再试。Stock not found, or the bill file does not exist yet.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "下载批次退款明细 (Get the refund-detail file URL)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
          {
            limit: 5,
            per: "minute",
            scope: "ip",
          },
        ],
        "x-wechatpay-unsigned-response": true,
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day": {
      get: {
        description: "**实验性（低置信度）**：只见于第三方 OpenAPI 描述（2025.09.08），官方页面未取得。按账单日期获取批次退款明细文件的\n下载链接；该账单增加了合单列，设备号列做了 base64 编码。应答不签名，不做应答验签。生成器默认跳过本接口\n（需 `--experimental`）。\n**EXPERIMENTAL (low confidence)**: known only from a third-party OpenAPI description dated\n2025-09-08. Returns the download link of the stock's refund file for one bill date (the bill adds\nmerge-order columns and base64-encodes the device ID column). The response is UNSIGNED. The\ngenerator skips this operation unless run with `--experimental`. No documented rate limit.\n",
        operationId: "refundFlowByDay",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
          {
            $ref: "#/components/parameters/BillDateQuery",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  link: {
                    summary: "下载链接 (download link)",
                    value: {
                      stock_refundflow_count: "12",
                      stock_refundflow_hash: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
                      url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/RefundFlowByDayResponse",
                },
              },
            },
            description: "下载链接、文件摘要与记录数。**不签名的应答。** Link, digest and row count. UNSIGNED response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badDate: {
                    summary: "输入时间格式错误 (bad date)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "输入时间格式错误",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误。Invalid parameters.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；输入时间格式错误。Missing stock_id or bad bill_date.",
              },
              {
                code: "INVALID_REQUEST",
                description: "请求不符合 APIv3 接口规则。Request breaks the APIv3 rules.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "账单文件不存在 (no file)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "账单文件不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在或当天账单不存在。Stock or bill not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在或账单文件不存在。Stock or bill file not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "获取批次退款明细下载链接（按天） (Get the daily refund-detail file URL)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-experimental": true,
        "x-wechatpay-idempotent": true,
        "x-wechatpay-unsigned-response": true,
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/restart": {
      post: {
        description: "重启一个已暂停（`paused`）的批次，重启后状态恢复为 `running`。文档未声明幂等，因此不标记为可安全重试。\n频率限制取自官方 SDK（1000/min），官方页面未取得（低置信度）。\nResumes a `paused` stock → `running`. Not documented as idempotent, so it is not marked retry-safe.\nThe rate limit (1000/min) comes from the official SDK; the doc page was not retrieved (low confidence).\n\n前置条件 / precondition: 批次已暂停 (stock paused).\n",
        operationId: "restartStock",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                creator: {
                  summary: "由批次创建方调用 (called by the stock creator)",
                  value: {
                    stock_creator_mchid: "8956000",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/RestartStockBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  done: {
                    summary: "成功 (success)",
                    value: {
                      restart_time: "2015-05-20T13:29:35+08:00",
                      stock_id: "9856000",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/RestartStockResponse",
                },
              },
            },
            description: "操作成功。Done. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badState: {
                    summary: "非法的批次状态 (illegal stock state)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "非法的批次状态",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Missing stock_id or mchid; illegal stock state for this transition.",
              },
              {
                code: "INVALID_REQUEST",
                description: "活动已结束或未激活；非法的商户号；请求不符合 APIv3 接口规则。Activity ended or not activated; illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（不是批次创建方或未开通产品权限）→ 请开通产品权限后再调用。Caller is not the creator or lacks the product permission.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "重启代金券批次 (Restart a paused stock)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/start": {
      post: {
        description: "激活一个已创建（`unactivated`）的批次，激活后状态为 `running`，可以开始发券。预充值批次（no_cash=false）\n在此时从制券商户可用余额中锁定预算，余额不足返回 403 NOT_ENOUGH。接口支持幂等重入。请求体只有\nstock_creator_mchid，不要在请求体中放 stock_id。\nActivates a created (`unactivated`) stock → `running`, so coupons can be sent. A prefunded stock's\nbudget is locked from the creator's balance at this step (403 NOT_ENOUGH if short). Idempotent.\nThe body is exactly `{\"stock_creator_mchid\": \"…\"}`; never put stock_id in the body.\n\n前置条件 / precondition: 批次已创建 (stock created).\n",
        operationId: "startStock",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                creator: {
                  summary: "由批次创建方调用 (called by the stock creator)",
                  value: {
                    stock_creator_mchid: "8956000",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/StartStockBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  done: {
                    summary: "成功 (success)",
                    value: {
                      start_time: "2015-05-20T13:29:35+08:00",
                      stock_id: "9856000",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/StartStockResponse",
                },
              },
            },
            description: "操作成功。Done. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badState: {
                    summary: "非法的批次状态 (illegal stock state)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "非法的批次状态",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Missing stock_id or mchid; illegal stock state for this transition.",
              },
              {
                code: "INVALID_REQUEST",
                description: "活动已结束或未激活；非法的商户号；请求不符合 APIv3 接口规则。Activity ended or not activated; illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限或预算不足。No permission or insufficient budget.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（不是批次创建方或未开通产品权限）→ 请开通产品权限后再调用。Caller is not the creator or lacks the product permission.",
              },
              {
                code: "NOT_ENOUGH",
                description: "批次预算不足（预充值批次激活时余额不足）→ 请补充预算。Budget insufficient (prefunded stock, balance short).",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "激活代金券批次 (Start (activate) a stock)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
          {
            limit: 60,
            per: "minute",
            scope: "ip",
          },
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/stop": {
      post: {
        description: "终止批次：只能终止**未激活**（`unactivated`）的批次（来自官方 SDK 注释，公开文档索引中没有此接口）。\n未声明频率限制，未声明幂等。\nStops a stock that has NOT been activated (`unactivated`) — per the official SDK; the public doc index\nhas no page for it. No documented rate limit; not documented as idempotent.\n\n前置条件 / precondition: 批次未激活 (stock not activated).\n",
        operationId: "stopStock",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                creator: {
                  summary: "由批次创建方调用 (called by the stock creator)",
                  value: {
                    stock_creator_mchid: "8956000",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/StopStockBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  done: {
                    summary: "成功 (success)",
                    value: {
                      stock_id: "9856000",
                      stop_time: "2015-05-20T13:29:35+08:00",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/StopStockResponse",
                },
              },
            },
            description: "操作成功。Done. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badState: {
                    summary: "非法的批次状态 (illegal stock state)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "非法的批次状态",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；商户号必填；非法的批次状态 → 请根据错误提示正确传入参数。Missing stock_id or mchid; illegal stock state for this transition.",
              },
              {
                code: "INVALID_REQUEST",
                description: "活动已结束或未激活；非法的商户号；请求不符合 APIv3 接口规则。Activity ended or not activated; illegal merchant number; request breaks the APIv3 rules.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（不是批次创建方或未开通产品权限）→ 请开通产品权限后再调用。Caller is not the creator or lacks the product permission.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "终止代金券批次 (Stop an un-activated stock)",
        tags: [
          "stocks",
        ],
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/use-flow": {
      get: {
        description: "获取批次核销明细文件的下载链接。支持全场、单品、立减与折扣批次；只有批次创建方可以调用。\n活动结束后次日 10:00 起可下载；在此之前或没有数据时返回 404 RESOURCE_NOT_EXISTS（“账单文件不存在”）。\n**本接口的应答不带微信支付签名，不做应答验签**（x-wechatpay-unsigned-response）。下载链接 30 秒内有效；\n下载 `url` 本身是一次正常签名的 APIv3 GET，文件内容也不签名，须用 hash_value（SHA1）校验。\nReturns a download link for the stock's redemption detail file. All stock kinds are supported; only the\ncreator may call. Available from 10:00 the day after the activity ends; before that (or with no\ndata) the call returns 404 RESOURCE_NOT_EXISTS. **The response is NOT signed — skip response\nverification.** The link is valid for 30 s; fetching it is itself a signed APIv3 GET whose body is\nalso unsigned, so check the file against `hash_value` (SHA-1).\n",
        operationId: "useFlow",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  link: {
                    summary: "下载链接 (download link)",
                    value: {
                      hash_type: "SHA1",
                      hash_value: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
                      url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/UseFlowResponse",
                },
              },
            },
            description: "下载链接与文件摘要。**不签名的应答。** Download link and digest. UNSIGNED response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missingStock: {
                    summary: "批次号必填 (stock_id missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "批次号必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或请求不符合规则。Invalid parameters or request.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填 → 请输入批次号。Missing stock_id.",
              },
              {
                code: "INVALID_REQUEST",
                description: "请求不符合 APIv3 接口规则；非法的商户号。Request breaks the APIv3 rules; illegal merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（只有批次创建方可以下载）→ 请开通产品权限。Only the stock creator may download.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "账单文件不存在 (no file yet)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "账单文件不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在，或账单文件尚未生成/没有数据。Stock not found, or no file yet (before 10:00 the day after the end, or no data).",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在；账单文件不存在（活动结束次日 10 点前或无数据）→ 稍后再试。Stock not found, or the bill file does not exist yet.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "下载批次核销明细 (Get the redemption-detail file URL)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "minute",
            scope: "all",
          },
          {
            limit: 5,
            per: "minute",
            scope: "ip",
          },
        ],
        "x-wechatpay-unsigned-response": true,
      },
    },
    "/v3/marketing/favor/stocks/{stock_id}/use-flow-by-day": {
      get: {
        description: "**实验性（低置信度）**：只见于第三方 OpenAPI 描述（2025.09.08），官方页面未取得。按账单日期获取批次核销明细文件的\n下载链接；该账单增加了合单列，设备号列做了 base64 编码。应答不签名，不做应答验签。生成器默认跳过本接口\n（需 `--experimental`）。\n**EXPERIMENTAL (low confidence)**: known only from a third-party OpenAPI description dated\n2025-09-08. Returns the download link of the stock's redemption file for one bill date (the bill adds\nmerge-order columns and base64-encodes the device ID column). The response is UNSIGNED. The\ngenerator skips this operation unless run with `--experimental`. No documented rate limit.\n",
        operationId: "useFlowByDay",
        parameters: [
          {
            $ref: "#/components/parameters/StockIdPath",
          },
          {
            $ref: "#/components/parameters/BillDateQuery",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  link: {
                    summary: "下载链接 (download link)",
                    value: {
                      stock_useflow_count: "12",
                      stock_useflow_hash: "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
                      url: "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/UseFlowByDayResponse",
                },
              },
            },
            description: "下载链接、文件摘要与记录数。**不签名的应答。** Link, digest and row count. UNSIGNED response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  badDate: {
                    summary: "输入时间格式错误 (bad date)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "输入时间格式错误",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误。Invalid parameters.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "批次号必填；输入时间格式错误。Missing stock_id or bad bill_date.",
              },
              {
                code: "INVALID_REQUEST",
                description: "请求不符合 APIv3 接口规则。Request breaks the APIv3 rules.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "账单文件不存在 (no file)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "账单文件不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在或当天账单不存在。Stock or bill not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在或账单文件不存在。Stock or bill file not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "获取批次核销明细下载链接（按天） (Get the daily redemption-detail file URL)",
        tags: [
          "stocks",
        ],
        "x-wechatpay-experimental": true,
        "x-wechatpay-idempotent": true,
        "x-wechatpay-unsigned-response": true,
      },
    },
    "/v3/marketing/favor/users/{openid}/coupons": {
      get: {
        description: "根据商户号查询用户（openid）的代金券。creator_mchid / sender_mchid / available_mchid 三选一（新文档只有\n创建方与可用商户两种，sender_mchid 暂未开放）；推荐用 creator_mchid（“谁创券谁查券”）。\n- creator_mchid：返回除已过期外的所有状态；status=SENDED 返回可用券，status=USED 返回可用和已实扣的券。\n- available_mchid：只返回可用券，且忽略 stock_id、status、offset、limit；同时传 creator_mchid 时以\n  creator_mchid 为准。按可用商户查询看不到已核销的券。\n- 本接口查不到立减金（全平台券）。`offset` 是页码（从 0 开始），`limit` 默认 20，未公布最大值。\nLists a user's coupons. Give exactly one of creator_mchid / sender_mchid / available_mchid\n(the newer doc drops sender_mchid, \"not open yet\"); creator_mchid is recommended. With\navailable_mchid only usable coupons come back and stock_id/status/offset/limit are ignored;\ncreator_mchid wins if both are given. `offset` is a PAGE INDEX from 0; `limit` defaults to 20\nwith no documented maximum. Idempotent.\n",
        operationId: "listCouponsByFilter",
        parameters: [
          {
            $ref: "#/components/parameters/OpenidPath",
          },
          {
            $ref: "#/components/parameters/AppidQuery",
          },
          {
            description: "批次号；使用 available_mchid 时忽略。Stock ID filter; ignored with available_mchid.",
            example: "9865000",
            in: "query",
            name: "stock_id",
            required: false,
            schema: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
          },
          {
            description: "券状态过滤（SENDED 或 USED）；使用 available_mchid 时忽略。Status filter; ignored with available_mchid.",
            example: "SENDED",
            in: "query",
            name: "status",
            required: false,
            schema: {
              $ref: "#/components/schemas/CouponStatusFilter",
            },
          },
          {
            description: "创建批次的商户号（推荐）；返回除已过期外的所有状态。Creator mchid (recommended); returns every state except expired.",
            example: "9865002",
            in: "query",
            name: "creator_mchid",
            required: false,
            schema: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
          },
          {
            description: "批次发放商户号。暂未开放。Sending merchant; not open yet.",
            example: "9865003",
            in: "query",
            name: "sender_mchid",
            required: false,
            schema: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
          },
          {
            description: "可用商户号：只返回可用券；与 creator_mchid 同时传时以 creator_mchid 为准。Merchant where coupons are usable; returns usable coupons only; creator_mchid wins if both are given.",
            example: "9865000",
            in: "query",
            name: "available_mchid",
            required: false,
            schema: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
          },
          {
            description: "分页页码，从 0 开始，默认 0。**页码，不是行偏移。** 使用 available_mchid 时忽略。Page INDEX from 0 (default 0), not a row offset; ignored with available_mchid.",
            example: 0,
            in: "query",
            name: "offset",
            required: false,
            schema: {
              default: 0,
              minimum: 0,
              type: "integer",
            },
          },
          {
            description: "分页大小，默认 20，文档未给最大值；使用 available_mchid 时忽略。Page size, default 20, no documented maximum; ignored with available_mchid.",
            example: 20,
            in: "query",
            name: "limit",
            required: false,
            schema: {
              default: 20,
              minimum: 1,
              type: "integer",
            },
          },
          {
            description: "业务类型，查询消费金时传 MULTIUSE（新文档有，官方 Go SDK 没有）。Business type; MULTIUSE for consumption money (in the newer docs, not in the Go SDK).",
            example: "MULTIUSE",
            in: "query",
            name: "business_type",
            required: false,
            schema: {
              $ref: "#/components/schemas/BusinessType",
            },
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  page: {
                    summary: "一张可用券 (one usable coupon)",
                    value: {
                      data: [
                        {
                          available_begin_time: "2015-05-20T13:29:35+08:00",
                          available_end_time: "2015-05-21T13:29:35+08:00",
                          coupon_id: "9867041",
                          coupon_name: "微信支付代金券",
                          coupon_type: "NORMAL",
                          create_time: "2015-05-20T13:29:35+08:00",
                          description: "微信支付营销",
                          no_cash: false,
                          normal_coupon_information: {
                            coupon_amount: 100,
                            transaction_minimum: 200,
                          },
                          singleitem: false,
                          status: "SENDED",
                          stock_creator_mchid: "9865002",
                          stock_id: "9865000",
                        },
                      ],
                      limit: 20,
                      offset: 0,
                      total_count: 1,
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/CouponCollection",
                },
              },
            },
            description: "一页用户的券。One page of the user's coupons. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missingAppid: {
                    summary: "AppID 必填 (appid missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "AppID必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或 openid/appid 不匹配。Invalid parameters or openid/appid mismatch.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "AppID 必填；OpenID 必填；商户号必填；页大小超过阈值 → 请根据错误提示正确传入参数。Missing appid, openid or mchid; page size over the limit.",
              },
              {
                code: "INVALID_REQUEST",
                description: "OpenID 与 AppID 不匹配；非法的商户号。openid not under appid; illegal merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description: "商户号与 AppID 不匹配 → 请绑定调用接口的商户号和 AppID 后重试。appid not bound to the calling mchid.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限 → 请开通产品权限后再调用该接口。Caller lacks the product permission.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "根据商户号查用户的券 (List a user's coupons)",
        tags: [
          "coupons",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 2000,
            per: "second",
            scope: "all",
          },
          {
            limit: 500,
            per: "second",
            scope: "ip",
          },
        ],
      },
      post: {
        description: "向用户（openid）发放指定批次的代金券。批次须处于 `running`（已激活）状态，仅支持代金券（全场/单品）批次。\n默认只能发放自己创建的批次；跨商户发券需要创建方授权，此时只有 stock_id 和 stock_creator_mchid 取自创建方。\nappid 必须与 openid 匹配并与调用商户号绑定。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用\n相同 out_request_no 重试不会重复发券。\nSends one coupon of a `running` stock to the user. By default a merchant may only send stocks it\ncreated; cross-merchant sending needs the creator's authorisation (then only stock_id and\nstock_creator_mchid come from the creator). `appid` must match the openid and be bound to the\ncalling mchid. Idempotent by `out_request_no`: after a timeout or 5xx, retry with the same value.\n",
        operationId: "sendCoupon",
        parameters: [
          {
            $ref: "#/components/parameters/OpenidPath",
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                send: {
                  summary: "发放一张券 (send one coupon)",
                  value: {
                    appid: "wx233544546545989",
                    out_request_no: "89560002019101000121",
                    stock_creator_mchid: "8956000",
                    stock_id: "9856000",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/SendCouponBody",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  sent: {
                    summary: "发放成功 (sent)",
                    value: {
                      coupon_id: "9867041",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/SendCouponResponse",
                },
              },
            },
            description: "券已发放。The coupon was sent. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  mismatch: {
                    summary: "openid 与 appid 不匹配 (openid/appid mismatch)",
                    value: {
                      code: "INVALID_REQUEST",
                      message: "openid与appid不匹配",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误、openid/appid 不匹配或批次状态不对。Invalid parameters, openid/appid mismatch or wrong stock state.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "appid 必填；openid 必填；批次号必填；商户号必填 → 请根据错误提示正确传入参数。Missing appid, openid, stock_id or mchid.",
              },
              {
                code: "INVALID_REQUEST",
                description: "openid 与 appid 不匹配（请使用 appid 下的 openid）；活动已结束或未激活（请检查批次状态）；非法的商户号。openid not under appid; activity ended or not activated; illegal merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description: "商户号与 appid 不匹配 → 请绑定调用接口的商户号和 appid 后重试。appid not bound to the calling mchid.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  budget: {
                    summary: "批次预算不足 (budget exhausted)",
                    value: {
                      code: "NOT_ENOUGH",
                      message: "批次预算不足",
                    },
                  },
                  userLimit: {
                    summary: "用户被限领拦截 (per-user limit reached)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "用户被限领拦截",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权发券、预算不足、用户限领或用户异常。Not allowed, budget exhausted, per-user limit or abnormal user.",
            "x-wechatpay-error-codes": [
              {
                code: "USER_ACCOUNT_ABNORMAL",
                description: "用户非法：账号异常，无法领券 → 商家可联系微信支付或让用户联系客服。User account abnormal; cannot receive coupons.",
              },
              {
                code: "NOT_ENOUGH",
                description: "批次预算不足 → 请补充预算。Stock budget exhausted; top up.",
              },
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限；商户无权发券（不是自己的或已授权的批次）；批次不支持跨商户发券；用户被限领拦截（已达上限）。No product permission; merchant may not send this stock; no cross-merchant authorisation; user hit the per-user limit.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "批次不存在 (stock not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "批次不存在。Stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次不存在 → 请检查批次 ID 是否正确。Stock not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "发放代金券 (Send a coupon to a user)",
        tags: [
          "coupons",
        ],
        "x-wechatpay-idempotency-key": "out_request_no",
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 500,
            per: "second",
            scope: "all",
          },
        ],
      },
    },
    "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}": {
      get: {
        description: "查询用户（openid）的一张代金券的详情，包括核销信息（consume_information，核销后才有）。\n批次创建方商户号和发券方商户号都可以调用；appid 必须与 openid 匹配并与调用商户号绑定。接口支持幂等重入。\nReturns one coupon of the user, including `consume_information` once it is redeemed. Both the\ncreator and the sending merchant may call it; `appid` must match the openid and be bound to the\ncalling mchid. Idempotent.\n",
        operationId: "queryCoupon",
        parameters: [
          {
            $ref: "#/components/parameters/OpenidPath",
          },
          {
            description: "代金券 ID（纯数字）。Coupon ID; digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.",
            example: "9867041",
            in: "path",
            name: "coupon_id",
            required: true,
            schema: {
              maxLength: 20,
              minLength: 1,
              pattern: "^[0-9]+$",
              type: "string",
            },
          },
          {
            $ref: "#/components/parameters/AppidQuery",
          },
        ],
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  used: {
                    summary: "已核销的券 (a redeemed coupon)",
                    value: {
                      available_begin_time: "2015-05-20T13:29:35+08:00",
                      available_end_time: "2015-05-21T13:29:35+08:00",
                      consume_information: {
                        consume_mchid: "9856000",
                        consume_time: "2015-05-20T14:00:00+08:00",
                        goods_detail: [
                          {
                            discount_amount: 4,
                            goods_id: "a_goods1",
                            price: 1,
                            quantity: 7,
                          },
                        ],
                        transaction_id: "4200000000000000000000000001",
                      },
                      coupon_id: "9867041",
                      coupon_name: "微信支付代金券",
                      coupon_type: "NORMAL",
                      create_time: "2015-05-20T13:29:35+08:00",
                      cut_to_message: {
                        cut_to_price: 80,
                        single_price_max: 100,
                      },
                      description: "微信支付营销",
                      no_cash: true,
                      normal_coupon_information: {
                        coupon_amount: 100,
                        transaction_minimum: 200,
                      },
                      singleitem: true,
                      status: "USED",
                      stock_creator_mchid: "9865002",
                      stock_id: "9856888",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/Coupon",
                },
              },
            },
            description: "券详情。The coupon. Signed response.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  missingCoupon: {
                    summary: "券 ID 必填 (coupon_id missing)",
                    value: {
                      code: "PARAM_ERROR",
                      message: "券ID必填",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "参数错误或 openid/appid 不匹配。Invalid parameters or openid/appid mismatch.",
            "x-wechatpay-error-codes": [
              {
                code: "PARAM_ERROR",
                description: "券 ID 必填；AppID 必填；OpenID 必填 → 请根据错误提示正确传入参数。Missing coupon_id, appid or openid.",
              },
              {
                code: "INVALID_REQUEST",
                description: "OpenID 与 AppID 不匹配；非法的商户号。openid not under appid; illegal merchant number.",
              },
              {
                code: "APPID_MCHID_NOT_MATCH",
                description: "商户号与 AppID 不匹配 → 请绑定调用接口的商户号和 AppID 后重试。appid not bound to the calling mchid.",
              },
              {
                code: "MCH_NOT_EXISTS",
                description: "商户号不合法 → 请输入正确的商户号。Invalid merchant number.",
              },
            ],
          },
          "401": {
            $ref: "#/components/responses/SignError",
          },
          "403": {
            content: {
              "application/json": {
                examples: {
                  blocked: {
                    summary: "调用商户无权限 (no permission)",
                    value: {
                      code: "REQUEST_BLOCKED",
                      message: "调用商户无权限",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "无权限。No permission.",
            "x-wechatpay-error-codes": [
              {
                code: "REQUEST_BLOCKED",
                description: "调用商户无权限（既不是创建方也不是发券方）→ 请开通产品权限后再调用。Caller is neither the creator nor the sender, or lacks the permission.",
              },
            ],
          },
          "404": {
            content: {
              "application/json": {
                examples: {
                  notFound: {
                    summary: "资源不存在 (not found)",
                    value: {
                      code: "RESOURCE_NOT_EXISTS",
                      message: "批次不存在",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/ErrorResponse",
                },
              },
            },
            description: "券或批次不存在。Coupon or stock not found.",
            "x-wechatpay-error-codes": [
              {
                code: "RESOURCE_NOT_EXISTS",
                description: "批次或券不存在 → 请检查 ID 是否正确。Stock or coupon not found.",
              },
            ],
          },
          "429": {
            $ref: "#/components/responses/RateLimited",
          },
          "500": {
            $ref: "#/components/responses/SystemError",
          },
        },
        security: [
          {
            WechatPayAuthorization: [],
            WechatPaySerial: [],
          },
        ],
        summary: "查询代金券详情 (Get a user's coupon)",
        tags: [
          "coupons",
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-rate-limits": [
          {
            limit: 1000,
            per: "second",
            scope: "all",
          },
          {
            limit: 500,
            per: "second",
            scope: "ip",
          },
        ],
      },
    },
  },
  security: [
    {
      WechatPayAuthorization: [],
      WechatPaySerial: [],
    },
  ],
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
      description: "代金券批次：创建、激活、暂停、重启、终止、查询、可用商户/单品、核销与退款明细 (coupon stocks)",
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
    {
      description: "图片上传（营销专用）(marketing image upload)",
      name: "media",
    },
    {
      description: "微信支付推送给商户的事件通知 (events WeChat Pay pushes to the merchant)",
      name: "notifications",
    },
  ],
  webhooks: {
    couponUse: {
      post: {
        description: "代金券被核销时，微信支付向 setCallback 设置的 notify_url（HTTPS、不带参数）POST 本通知。\n处理步骤：先按应答验签规则验签（`Wechatpay-Timestamp\\nWechatpay-Nonce\\n原始报文体\\n`，时间戳 ±300 秒），\n再用 APIv3 密钥以 AEAD_AES_256_GCM 解密 resource，明文结构见 CouponUseResource。\n5 秒内应答：成功回 HTTP 200 或 204（无需应答体）；失败回 4xx/5xx，微信支付每分钟重试一次，共 9 次。\n通知可能重复，按通知 id（或 coupon_id + event_type）幂等处理。`Wechatpay-Signature` 以\n`WECHATPAY/SIGNTEST/` 开头的是签名探测，必须按验签失败处理（回 4xx/5xx）。\nSent by WeChat Pay to the merchant's notify_url when a coupon is redeemed. Verify the signature\nfirst (3-line string `timestamp\\nnonce\\nbody\\n`, ±300 s window), then decrypt `resource` with the\nAPIv3 key (AEAD_AES_256_GCM); the plaintext is `CouponUseResource`. Answer within 5 s: 200/204\non success; 4xx/5xx on failure and WeChat Pay retries once a minute, 9 times in total. Duplicates\nhappen: de-duplicate on the notification `id`. A signature starting with `WECHATPAY/SIGNTEST/` is\na probe and must be treated as a verification failure.\n",
        operationId: "couponUse",
        parameters: [
          {
            description: "通知签名时间戳（秒）。Signature timestamp, Unix seconds; reject if more than 300 s from now.",
            example: "1554209980",
            in: "header",
            name: "Wechatpay-Timestamp",
            required: true,
            schema: {
              pattern: "^[0-9]{10}$",
              type: "string",
            },
          },
          {
            description: "通知签名随机串。Signature nonce.",
            example: "c5ac7061fccab6bf3e254dcf98995b8c",
            in: "header",
            name: "Wechatpay-Nonce",
            required: true,
            schema: {
              minLength: 1,
              type: "string",
            },
          },
          {
            description: "通知签名（Base64，RSA-SHA256 PKCS#1 v1.5）。Base64 RSASSA-PKCS1-v1_5 SHA-256 signature of `timestamp\\nnonce\\nbody\\n`.",
            example: "fHcxn8Ky17BMmkzP5PKPS9kLa31/+FvRkjO6DA9gXm4cSClxH15ixSpr5sUAC48Ag8STAoFQbmHm3BgyrlAAu9RzT+n4LNG6ewGS6eAESujovC1LdMNUiVYSfEwBdblpLi2K5963oOCJsxUbM6PD9C5EmUZYQEv0VhhZbPt7ydCOM3+dglqcxhgbun+RK0Tb549atzt+D8/YQjSJnG9N00p+o86gOMtc/53Yss/+KSd/rj3qNNtfxANrjnJnPlBQtG5LUU4bmQoyMuw4TIImLkkyG0hUPnSIbPSDqPszqxEeCJIlVSZsSXFVeNCizQywUOPLSHG+5lNla6/3zyitMg==",
            in: "header",
            name: "Wechatpay-Signature",
            required: true,
            schema: {
              minLength: 1,
              type: "string",
            },
          },
          {
            description: "验签所用微信支付公钥 ID 或平台证书序列号。PUB_KEY_ID_… or platform certificate serial naming the key to verify with.",
            example: "PUB_KEY_ID_01142321349124100000000000000000",
            in: "header",
            name: "Wechatpay-Serial",
            required: true,
            schema: {
              minLength: 1,
              type: "string",
            },
          },
          {
            description: "签名类型。Signature type.",
            example: "WECHATPAY2-SHA256-RSA2048",
            in: "header",
            name: "Wechatpay-Signature-Type",
            required: false,
            schema: {
              enum: [
                "WECHATPAY2-SHA256-RSA2048",
              ],
              type: "string",
              "x-enum-descriptions": {
                "WECHATPAY2-SHA256-RSA2048": "RSA-2048 + SHA-256 签名 (RSASSA-PKCS1-v1_5 with SHA-256)",
              },
            },
          },
          {
            description: "微信支付请求 ID，联系支持时提供。WeChat Pay request ID; quote it in support tickets.",
            example: "08F78BB5AF0610D302108E0A18E4C1B1F20628A8D40130D4F701-0",
            in: "header",
            name: "Request-ID",
            required: false,
            schema: {
              type: "string",
            },
          },
        ],
        requestBody: {
          content: {
            "application/json": {
              examples: {
                couponUsed: {
                  summary: "核销通知（密文解密后即 CouponUseResource 示例）(a redemption notification)",
                  value: {
                    create_time: "2015-05-20T13:29:35+08:00",
                    event_type: "COUPON.USE",
                    id: "EV-2018022511223320873",
                    resource: {
                      algorithm: "AEAD_AES_256_GCM",
                      associated_data: "coupon",
                      ciphertext: "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=",
                      nonce: "abcdef012345",
                      original_type: "coupon",
                    },
                    resource_type: "encrypt-resource",
                    summary: "用券成功",
                  },
                },
              },
              schema: {
                $ref: "#/components/schemas/CouponUseNotification",
              },
            },
          },
          required: true,
        },
        responses: {
          "200": {
            content: {
              "application/json": {
                examples: {
                  ok: {
                    summary: "成功 (success)",
                    value: {
                      code: "SUCCESS",
                      message: "OK",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/NotificationAck",
                },
              },
            },
            description: "商户已接收并验签成功（应答体可选）。Accepted after successful verification; body optional.",
          },
          "204": {
            description: "商户已接收并验签成功（无应答体）。Accepted, no body.",
          },
          "400": {
            content: {
              "application/json": {
                examples: {
                  fail: {
                    summary: "失败 (failure)",
                    value: {
                      code: "FAIL",
                      message: "验签失败",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/NotificationAck",
                },
              },
            },
            description: "验签或解密失败（包括签名探测），微信支付将重试。Verification or decryption failed (including the signature probe); WeChat Pay retries.",
          },
          "500": {
            content: {
              "application/json": {
                examples: {
                  fail: {
                    summary: "失败 (failure)",
                    value: {
                      code: "FAIL",
                      message: "系统繁忙",
                    },
                  },
                },
                schema: {
                  $ref: "#/components/schemas/NotificationAck",
                },
              },
            },
            description: "商户处理失败，微信支付将重试（每分钟一次，共 9 次）。Merchant-side failure; WeChat Pay retries once a minute, 9 times.",
          },
        },
        security: [],
        summary: "核销事件回调通知 (Coupon-use notification, COUPON.USE)",
        tags: [
          "notifications",
        ],
      },
    },
  },
};
