// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type { ErrorCodeMeta, OperationMeta } from "../runtime/index.js";

/**
 * Errors any operation can answer with (the spec's shared responses), listed once here and in
 * API.md; each operation's JSDoc lists only its own codes. Switch on `status` and `code`.
 */
export const SHARED_ERRORS = [
  {
    status: 401,
    code: "SIGN_ERROR",
    description:
      "签名验证不通过：签名错误、Authorization 格式错误或时间戳与服务器相差超过 5 分钟 → 参阅签名常见问题。Signature invalid, malformed Authorization header, or timestamp more than 5 minutes off.",
  },
  {
    status: 429,
    code: "FREQUENCY_LIMITED",
    description: "请求过于频繁 → 稍后重试。Too many requests (2025 docs); retry later.",
  },
  {
    status: 429,
    code: "FREQUENCY_LIMIT_EXCEED",
    description:
      "接口限频 → 请降低调用频率。Rate limit exceeded (older docs); lower the call rate.",
  },
  {
    status: 500,
    code: "SYSTEM_ERROR",
    description: "系统异常，请稍后重试。System error; retry later with the same parameters.",
  },
] as const satisfies readonly ErrorCodeMeta[];

/** `POST /v3/marketing/favor/coupon-stocks` — 创建代金券批次 (Create a coupon stock) */
export const createCouponStockOperation = {
  operationId: "createCouponStock",
  method: "POST",
  path: "/v3/marketing/favor/coupon-stocks",
  params: [
    { name: "available_begin_time", in: "body" },
    { name: "available_end_time", in: "body" },
    { name: "belong_merchant", in: "body", clientDefault: "mchid" },
    { name: "comment", in: "body" },
    { name: "coupon_use_rule", in: "body" },
    { name: "ext_info", in: "body" },
    { name: "no_cash", in: "body" },
    { name: "out_request_no", in: "body" },
    { name: "pattern_info", in: "body" },
    { name: "stock_name", in: "body" },
    { name: "stock_type", in: "body" },
    { name: "stock_use_rule", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      available_begin_time: { type: "string", minLength: 1, maxLength: 32, format: "date-time" },
      available_end_time: { type: "string", minLength: 1, maxLength: 32, format: "date-time" },
      belong_merchant: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      comment: { type: "string", minLength: 1, maxLength: 60 },
      coupon_use_rule: {
        type: "object",
        properties: {
          available_items: {
            type: "array",
            items: { type: "string", minLength: 1, maxLength: 128 },
            minItems: 1,
            maxItems: 50,
          },
          available_merchants: {
            type: "array",
            items: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
            minItems: 1,
            maxItems: 50,
          },
          combine_use: { type: "boolean" },
          coupon_available_time: {
            type: "object",
            properties: {
              available_time_after_receive: { type: "integer", minimum: 1 },
              fix_available_time: {
                type: "object",
                properties: {
                  available_week_day: {
                    type: "array",
                    items: { type: "integer", minimum: 0, maximum: 6 },
                    maxItems: 7,
                  },
                  begin_time: { type: "integer", minimum: 0, maximum: 86400 },
                  end_time: { type: "integer", minimum: 1, maximum: 86399 },
                },
                required: ["begin_time"],
                additionalProperties: false,
              },
              second_day_available: { type: "boolean" },
            },
            additionalProperties: false,
          },
          fixed_normal_coupon: {
            type: "object",
            properties: {
              coupon_amount: { type: "integer", minimum: 1 },
              transaction_minimum: { type: "integer", minimum: 1 },
            },
            required: ["coupon_amount", "transaction_minimum"],
            additionalProperties: false,
          },
          goods_tag: {
            type: "array",
            items: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_]+$" },
            maxItems: 50,
          },
          limit_card: {
            type: "object",
            properties: {
              bin: {
                type: "array",
                items: { type: "string", minLength: 6, maxLength: 9 },
                minItems: 1,
                maxItems: 10,
              },
              name: { type: "string", minLength: 1, maxLength: 4 },
            },
            required: ["bin", "name"],
            additionalProperties: false,
          },
          limit_pay: {
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1,
            maxItems: 1,
          },
          trade_type: {
            type: "array",
            items: {
              type: "string",
              enum: ["MICROAPP", "APPPAY", "PPAY", "CARD", "FACE", "OTHER"],
            },
          },
          unavailable_items: {
            type: "array",
            items: { type: "string", minLength: 1, maxLength: 128 },
            minItems: 1,
            maxItems: 50,
          },
        },
        required: ["available_merchants", "fixed_normal_coupon"],
        additionalProperties: false,
      },
      ext_info: { type: "string", minLength: 1, maxLength: 128 },
      no_cash: { type: "boolean" },
      out_request_no: {
        type: "string",
        minLength: 1,
        maxLength: 128,
        pattern: "^[0-9A-Za-z|_*-]+$",
      },
      pattern_info: {
        type: "object",
        properties: {
          background_color: {
            type: "string",
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
          },
          coupon_image: { type: "string", minLength: 1, maxLength: 128 },
          description: { type: "string", minLength: 1, maxLength: 3000 },
          jump_target: { type: "string", enum: ["PAYMENT_CODE", "MINI_PROGRAM", "DEFAULT_PAGE"] },
          merchant_logo: { type: "string", minLength: 1, maxLength: 128 },
          merchant_name: { type: "string", minLength: 1, maxLength: 128 },
          mini_program_appid: { type: "string", minLength: 1 },
          mini_program_path: { type: "string", minLength: 1 },
        },
        required: ["description"],
        additionalProperties: false,
      },
      stock_name: { type: "string", minLength: 1, maxLength: 20, pattern: "^[^_,;|]+$" },
      stock_type: { type: "string", enum: ["NORMAL"] },
      stock_use_rule: {
        type: "object",
        properties: {
          max_amount: { type: "integer", minimum: 1, maximum: 10000000000 },
          max_amount_by_day: { type: "integer", minimum: 1, maximum: 10000000000 },
          max_coupons: { type: "integer", minimum: 5, maximum: 10000000 },
          max_coupons_per_user: { type: "integer", minimum: 1, maximum: 60 },
          natural_person_limit: { type: "boolean" },
          prevent_api_abuse: { type: "boolean" },
        },
        required: [
          "max_amount",
          "max_coupons",
          "max_coupons_per_user",
          "natural_person_limit",
          "prevent_api_abuse",
        ],
        additionalProperties: false,
      },
    },
    required: [
      "available_begin_time",
      "available_end_time",
      "belong_merchant",
      "coupon_use_rule",
      "no_cash",
      "out_request_no",
      "stock_name",
      "stock_type",
      "stock_use_rule",
    ],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["stock_id", "create_time"] },
  rateLimits: [
    { limit: 60, per: "minute", scope: "mchid" },
    { limit: 1000, per: "minute", scope: "all" },
  ],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/stocks/{stock_id}/merchants` — 查询代金券可用商户 (List a stock's available merchants) */
export const listAvailableMerchantsOperation = {
  operationId: "listAvailableMerchants",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}/merchants",
  params: [
    { name: "stock_id", in: "path" },
    { name: "offset", in: "query" },
    { name: "limit", in: "query" },
    { name: "stock_creator_mchid", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      offset: { type: "integer", minimum: 0, maximum: 1000 },
      limit: { type: "integer", minimum: 1, maximum: 50 },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "offset", "limit", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: {
    status: 200,
    body: "object",
    required: ["total_count", "offset", "limit", "stock_id"],
  },
  rateLimits: [{ limit: 1000, per: "minute", scope: "all" }],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/stocks/{stock_id}/items` — 查询代金券可用单品 (List a stock's available items) */
export const listAvailableSingleitemsOperation = {
  operationId: "listAvailableSingleitems",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}/items",
  params: [
    { name: "stock_id", in: "path" },
    { name: "offset", in: "query" },
    { name: "limit", in: "query" },
    { name: "stock_creator_mchid", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      offset: { type: "integer", minimum: 0, maximum: 500 },
      limit: { type: "integer", minimum: 1, maximum: 100 },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "offset", "limit", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: {
    status: 200,
    body: "object",
    required: ["total_count", "offset", "limit", "stock_id"],
  },
  rateLimits: [
    { limit: 1000, per: "minute", scope: "all" },
    { limit: 200, per: "minute", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/users/{openid}/coupons` — 根据商户号查用户的券 (List a user's coupons) */
export const listCouponsByFilterOperation = {
  operationId: "listCouponsByFilter",
  method: "GET",
  path: "/v3/marketing/favor/users/{openid}/coupons",
  params: [
    { name: "openid", in: "path" },
    { name: "appid", in: "query" },
    { name: "stock_id", in: "query" },
    { name: "status", in: "query" },
    { name: "creator_mchid", in: "query" },
    { name: "sender_mchid", in: "query" },
    { name: "available_mchid", in: "query" },
    { name: "offset", in: "query" },
    { name: "limit", in: "query" },
    { name: "business_type", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      openid: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_-]+$" },
      appid: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_-]+$" },
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      status: { type: "string", enum: ["SENDED", "USED"] },
      creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      sender_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      available_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      offset: { type: "integer", minimum: 0 },
      limit: { type: "integer", minimum: 1 },
      business_type: { type: "string", enum: ["MULTIUSE"] },
    },
    required: ["openid", "appid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["total_count", "limit", "offset"] },
  rateLimits: [
    { limit: 2000, per: "second", scope: "all" },
    { limit: 500, per: "second", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/stocks` — 条件查询批次列表 (List stocks) */
export const listStocksOperation = {
  operationId: "listStocks",
  method: "GET",
  path: "/v3/marketing/favor/stocks",
  params: [
    { name: "offset", in: "query" },
    { name: "limit", in: "query" },
    { name: "stock_creator_mchid", in: "query" },
    { name: "create_start_time", in: "query" },
    { name: "create_end_time", in: "query" },
    { name: "status", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      offset: { type: "integer", minimum: 0 },
      limit: { type: "integer", minimum: 1, maximum: 10 },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      create_start_time: { type: "string", maxLength: 64, format: "date-time" },
      create_end_time: { type: "string", maxLength: 64, format: "date-time" },
      status: { type: "string", enum: ["unactivated", "audit", "running", "stoped", "paused"] },
    },
    required: ["offset", "limit", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["total_count", "limit", "offset"] },
  rateLimits: [
    { limit: 1000, per: "second", scope: "all" },
    { limit: 500, per: "second", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/stocks/{stock_id}/pause` — 暂停代金券批次 (Pause a stock) */
export const pauseStockOperation = {
  operationId: "pauseStock",
  method: "POST",
  path: "/v3/marketing/favor/stocks/{stock_id}/pause",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["pause_time", "stock_id"] },
  rateLimits: [
    { limit: 1000, per: "minute", scope: "all" },
    { limit: 60, per: "minute", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/callbacks` — 查询消息通知地址 (Query the notification URL) */
export const queryCallbackOperation = {
  operationId: "queryCallback",
  method: "GET",
  path: "/v3/marketing/favor/callbacks",
  params: [{ name: "mchid", in: "query", clientDefault: "mchid" }],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: { mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" } },
    required: ["mchid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["notify_url", "mchid"] },
  rateLimits: [{ limit: 2000, per: "second", scope: "all" }],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}` — 查询代金券详情 (Get a user's coupon) */
export const queryCouponOperation = {
  operationId: "queryCoupon",
  method: "GET",
  path: "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}",
  params: [
    { name: "openid", in: "path" },
    { name: "coupon_id", in: "path" },
    { name: "appid", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      openid: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_-]+$" },
      coupon_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      appid: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_-]+$" },
    },
    required: ["openid", "coupon_id", "appid"],
    additionalProperties: false,
  },
  response: {
    status: 200,
    body: "object",
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
  },
  rateLimits: [
    { limit: 1000, per: "second", scope: "all" },
    { limit: 500, per: "second", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/stocks/{stock_id}` — 查询批次详情 (Get a stock) */
export const queryStockOperation = {
  operationId: "queryStock",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: {
    status: 200,
    body: "object",
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
  },
  rateLimits: [
    { limit: 1000, per: "second", scope: "all" },
    { limit: 500, per: "second", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow` — 下载批次退款明细 (Get the refund-detail file URL) */
export const refundFlowOperation = {
  operationId: "refundFlow",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}/refund-flow",
  params: [{ name: "stock_id", in: "path" }],
  retrySafe: true,
  signedResponse: false,
  validation: {
    type: "object",
    properties: { stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" } },
    required: ["stock_id"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["url", "hash_value", "hash_type"] },
  rateLimits: [
    { limit: 1000, per: "minute", scope: "all" },
    { limit: 5, per: "minute", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/stocks/{stock_id}/restart` — 重启代金券批次 (Restart a paused stock) */
export const restartStockOperation = {
  operationId: "restartStock",
  method: "POST",
  path: "/v3/marketing/favor/stocks/{stock_id}/restart",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "body" },
  ],
  retrySafe: false,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["restart_time", "stock_id"] },
  rateLimits: [{ limit: 1000, per: "minute", scope: "all" }],
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/users/{openid}/coupons` — 发放代金券 (Send a coupon to a user) */
export const sendCouponOperation = {
  operationId: "sendCoupon",
  method: "POST",
  path: "/v3/marketing/favor/users/{openid}/coupons",
  params: [
    { name: "openid", in: "path" },
    { name: "appid", in: "body" },
    { name: "coupon_minimum", in: "body" },
    { name: "coupon_value", in: "body" },
    { name: "out_request_no", in: "body" },
    { name: "stock_creator_mchid", in: "body" },
    { name: "stock_id", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      openid: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_-]+$" },
      appid: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_-]+$" },
      coupon_minimum: { type: "integer", minimum: 1 },
      coupon_value: { type: "integer", minimum: 1 },
      out_request_no: {
        type: "string",
        minLength: 1,
        maxLength: 128,
        pattern: "^[0-9A-Za-z|_*-]+$",
      },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["openid", "appid", "out_request_no", "stock_creator_mchid", "stock_id"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["coupon_id"] },
  rateLimits: [{ limit: 500, per: "second", scope: "all" }],
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/callbacks` — 设置消息通知地址 (Set the notification URL) */
export const setCallbackOperation = {
  operationId: "setCallback",
  method: "POST",
  path: "/v3/marketing/favor/callbacks",
  params: [
    { name: "mchid", in: "body", clientDefault: "mchid" },
    { name: "notify_url", in: "body" },
    { name: "switch", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      notify_url: { type: "string", minLength: 1, maxLength: 256, pattern: "^https://[^?#\\s]+$" },
      switch: { type: "boolean" },
    },
    required: ["mchid", "notify_url"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["update_time", "notify_url"] },
  rateLimits: [
    { limit: 1000, per: "minute", scope: "all" },
    { limit: 5, per: "minute", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/stocks/{stock_id}/start` — 激活代金券批次 (Start (activate) a stock) */
export const startStockOperation = {
  operationId: "startStock",
  method: "POST",
  path: "/v3/marketing/favor/stocks/{stock_id}/start",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["start_time", "stock_id"] },
  rateLimits: [
    { limit: 1000, per: "minute", scope: "all" },
    { limit: 60, per: "minute", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/stocks/{stock_id}/stop` — 终止代金券批次 (Stop an un-activated stock) */
export const stopStockOperation = {
  operationId: "stopStock",
  method: "POST",
  path: "/v3/marketing/favor/stocks/{stock_id}/stop",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "body" },
  ],
  retrySafe: false,
  signedResponse: true,
  validation: {
    type: "object",
    properties: {
      stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
    },
    required: ["stock_id", "stock_creator_mchid"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["stop_time", "stock_id"] },
} as const satisfies OperationMeta;

/** `POST /v3/marketing/favor/media/image-upload` — 图片上传（营销专用）(Upload a marketing image) */
export const uploadImageOperation = {
  operationId: "uploadImage",
  method: "POST",
  path: "/v3/marketing/favor/media/image-upload",
  params: [
    { name: "filename", in: "body" },
    { name: "file", in: "body" },
  ],
  retrySafe: false,
  signedResponse: true,
  multipart: { metaPart: "meta", filePart: "file" },
  validation: {
    type: "object",
    properties: {
      filename: {
        type: "string",
        minLength: 1,
        maxLength: 128,
        pattern:
          '^[^./\\\\"\\u0000-\\u001f\\u007f-\\u009f]+(\\.[^./\\\\"\\u0000-\\u001f\\u007f-\\u009f]+)*\\.([jJ][pP][gG]|[jJ][pP][eE][gG]|[bB][mM][pP]|[pP][nN][gG])$',
      },
      file: { type: "binary", maxBytes: 2097152 },
    },
    required: ["filename", "file"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["media_url"] },
  rateLimits: [{ limit: 100, per: "minute", scope: "all" }],
} as const satisfies OperationMeta;

/** `GET /v3/marketing/favor/stocks/{stock_id}/use-flow` — 下载批次核销明细 (Get the redemption-detail file URL) */
export const useFlowOperation = {
  operationId: "useFlow",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}/use-flow",
  params: [{ name: "stock_id", in: "path" }],
  retrySafe: true,
  signedResponse: false,
  validation: {
    type: "object",
    properties: { stock_id: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" } },
    required: ["stock_id"],
    additionalProperties: false,
  },
  response: { status: 200, body: "object", required: ["url", "hash_value", "hash_type"] },
  rateLimits: [
    { limit: 1000, per: "minute", scope: "all" },
    { limit: 5, per: "minute", scope: "ip" },
  ],
} as const satisfies OperationMeta;

/** Every generated operation's metadata, sorted by operationId. */
export const operationMetas = [
  createCouponStockOperation,
  listAvailableMerchantsOperation,
  listAvailableSingleitemsOperation,
  listCouponsByFilterOperation,
  listStocksOperation,
  pauseStockOperation,
  queryCallbackOperation,
  queryCouponOperation,
  queryStockOperation,
  refundFlowOperation,
  restartStockOperation,
  sendCouponOperation,
  setCallbackOperation,
  startStockOperation,
  stopStockOperation,
  uploadImageOperation,
  useFlowOperation,
] as const satisfies readonly OperationMeta[];
