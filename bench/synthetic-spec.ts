/**
 * Writes favor-like OpenAPI 3.1 specs of any size for the generator scaling benchmark.
 *
 * Operations come in groups of four modelled on the real spec (list stocks, get stock, create
 * stock, start stock), each group with its own schemas: Chinese + English descriptions, enums
 * with x-enum-descriptions, nested objects three levels deep, string/integer/array constraints,
 * date-time fields, examples, error responses with x-wechatpay-error-codes, rate limits and
 * idempotency extensions. `split` mirrors spec/'s layout (root file + paths/*.yaml +
 * components/**.yaml, relative $refs); `single` puts everything in one file (#/components refs).
 *
 * CLI: tsx bench/synthetic-spec.ts --operations 1000 --out /tmp/spec1000 [--layout split|single]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stringify } from "yaml";

export type SpecLayout = "split" | "single";

export interface SyntheticSpec {
  /** Path of the root document (`openapi.yaml`). */
  readonly entry: string;
  readonly operations: number;
  /** Total bytes written across all files. */
  readonly bytes: number;
  readonly files: number;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const pad = (n: number) => String(n).padStart(4, "0");

/** How a schema/parameter/response is referenced from a given file, per layout. */
interface Refs {
  schema(name: string, from: "path" | "schema" | "response"): JsonObject;
  response(name: string): JsonObject;
}

function refs(layout: SpecLayout): Refs {
  if (layout === "single") {
    return {
      schema: (name) => ({ $ref: `#/components/schemas/${name}` }),
      response: (name) => ({ $ref: `#/components/responses/${name}` }),
    };
  }
  return {
    schema: (name, from) => ({
      $ref:
        from === "schema"
          ? `./${name}.yaml`
          : `../${from === "path" ? "components/" : ""}schemas/${name}.yaml`,
    }),
    response: (name) => ({ $ref: `../components/responses/${name}.yaml` }),
  };
}

const money = (zh: string, en: string, max = 10_000_000_000): JsonObject => ({
  type: "integer",
  minimum: 1,
  maximum: max,
  description: `${zh}，单位：分（整数 fen）。${en} in fen.`,
  examples: [5000],
});

const id = (zh: string, en: string, example: string): JsonObject => ({
  type: "string",
  minLength: 1,
  maxLength: 20,
  description: `${zh}。${en}.`,
  examples: [example],
});

const time = (zh: string, en: string): JsonObject => ({
  type: "string",
  format: "date-time",
  minLength: 1,
  maxLength: 32,
  description: `${zh}（RFC 3339，带时区，例如 2015-05-20T13:29:35+08:00）。${en} (RFC 3339 with offset).`,
  examples: ["2026-12-01T00:00:00+08:00"],
});

function errorResponse(r: Refs, status: string, code: string, zh: string, en: string): JsonObject {
  return {
    description: `${zh}。${en}.`,
    content: {
      "application/json": {
        schema: r.schema("ErrorResponse", "path"),
        examples: {
          [code.toLowerCase()]: { summary: `${zh} (${en})`, value: { code, message: zh } },
        },
      },
    },
    "x-wechatpay-error-codes": [
      {
        code,
        description: `${zh} → 请根据错误提示正确传入参数。${en}; fix the request as the message says (status ${status}).`,
      },
      {
        code: "INVALID_REQUEST",
        description:
          "HTTP 请求不符合微信支付 APIv3 接口规则 → 请参阅接口规则。Request breaks the APIv3 rules.",
      },
    ],
  };
}

function commonResponses(r: Refs): JsonObject {
  return {
    "400": errorResponse(
      r,
      "400",
      "PARAM_ERROR",
      "参数错误：输入时间格式错误、商户号必填、非法的批次状态等",
      "Parameter error",
    ),
    "401": r.response("SignError"),
    "403": errorResponse(
      r,
      "403",
      "NO_AUTH",
      "你配置的信息需要开通特殊权限",
      "A special permission is required",
    ),
    "404": errorResponse(
      r,
      "404",
      "RESOURCE_NOT_EXISTS",
      "批次不存在，请检查批次 ID 是否正确",
      "Stock not found",
    ),
    "429": r.response("RateLimited"),
    "500": r.response("SystemError"),
  };
}

/** Reference to another schema of the same group, from a schema file. */
type SchemaRef = (name: string) => JsonObject;

/**
 * The schemas one group of four operations owns, one builder each, keyed by name pattern: the
 * group number goes where `#` is, else at the end (`StockStatus` → `StockStatus0001`).
 */
const GROUP_SCHEMAS: Readonly<Record<string, (g: string, s: SchemaRef) => JsonObject>> = {
  StockStatus: stockStatusSchema,
  TradeType: tradeTypeSchema,
  FixedNormalCoupon: fixedNormalCouponSchema,
  StockRule: stockRuleSchema,
  CouponRule: couponRuleSchema,
  "CreateCouponStock#Body": createCouponStockBodySchema,
  "CreateCouponStock#Response": createCouponStockResponseSchema,
  StockUseRule: stockUseRuleSchema,
  Stock: stockSchema,
  StockCollection: stockCollectionSchema,
  "StartStock#Body": startStockBodySchema,
  "StartStock#Response": startStockResponseSchema,
};

function schemaName(pattern: string, g: string): string {
  return pattern.includes("#") ? pattern.replace("#", g) : `${pattern}${g}`;
}

/** The schemas one group of four operations owns. */
function groupSchemas(g: string, r: Refs): Record<string, JsonObject> {
  const s: SchemaRef = (name) => r.schema(name, "schema");
  return Object.fromEntries(
    Object.entries(GROUP_SCHEMAS).map(([pattern, build]) => [schemaName(pattern, g), build(g, s)]),
  );
}

function stockStatusSchema(g: string): JsonObject {
  return {
    title: `StockStatus${g}`,
    description:
      "批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, lower case; `stoped` is the official spelling.",
    type: "string",
    enum: ["unactivated", "audit", "running", "stoped", "paused"],
    "x-enum-descriptions": {
      unactivated: "未激活 (created, not activated yet)",
      audit: "审核中 (under review)",
      running: "运行中 (active, coupons can be sent)",
      stoped: "已停止 (stopped for good)",
      paused: "暂停发放 (sending paused)",
    },
    examples: ["running"],
  };
}

function tradeTypeSchema(g: string): JsonObject {
  return {
    title: `TradeType${g}`,
    description: "支付方式。Payment method a coupon may be used with.",
    type: "string",
    enum: ["MICROAPP", "APPPAY", "PPAY", "CARD", "FACE", "OTHER"],
    "x-enum-descriptions": {
      MICROAPP: "小程序支付 (mini program)",
      APPPAY: "APP 支付 (in-app)",
      PPAY: "免密支付 (password-free)",
      CARD: "付款码支付 (payment code)",
      FACE: "人脸支付 (face payment)",
      OTHER: "其他支付 (H5, JSAPI, Native, …)",
    },
  };
}

function fixedNormalCouponSchema(g: string): JsonObject {
  return {
    title: `FixedNormalCoupon${g}`,
    description: "固定面额满减券使用规则。Fixed-value coupon: amount off above a threshold.",
    // Not closed: the stock views in responses use it too, and response schemas stay open.
    type: "object",
    required: ["coupon_amount", "transaction_minimum"],
    properties: {
      coupon_amount: money("面额：1 分 ~ 10 万元", "Face value, 1 fen to 100,000 yuan", 10_000_000),
      transaction_minimum: money(
        "使用券金额门槛，须大于面额",
        "Order threshold; must exceed the face value",
        10_000_000,
      ),
    },
  };
}

function stockRuleSchema(g: string): JsonObject {
  return {
    title: `StockRule${g}`,
    description: "批次发放规则（创建请求侧）。Issuing rules of a stock, request side.",
    type: "object",
    additionalProperties: false,
    required: [
      "max_coupons",
      "max_amount",
      "max_coupons_per_user",
      "natural_person_limit",
      "prevent_api_abuse",
    ],
    properties: {
      max_coupons: {
        type: "integer",
        minimum: 5,
        maximum: 10_000_000,
        description: "发放总上限：最少 5 个，最多 1000 万个。Total coupons: 5 … 10,000,000.",
        examples: [100],
      },
      max_amount: money(
        "总预算，须等于面额 × 发放总上限",
        "Total budget; must equal coupon_amount × max_coupons",
      ),
      max_amount_by_day: money(
        "单天预算发放上限，不能大于总预算",
        "Daily budget cap; ≤ max_amount",
      ),
      max_coupons_per_user: {
        type: "integer",
        minimum: 1,
        maximum: 60,
        description: "单个用户可领个数：1–60 个。Coupons per user: 1 … 60.",
        examples: [3],
      },
      natural_person_limit: {
        type: "boolean",
        description: "是否开启自然人限制。Natural-person limit.",
        examples: [false],
      },
      prevent_api_abuse: {
        type: "boolean",
        description: "是否开启防刷拦截。Anti-abuse interception.",
        examples: [false],
      },
    },
  };
}

function couponRuleSchema(g: string, s: SchemaRef): JsonObject {
  return {
    title: `CouponRule${g}`,
    description: "核销规则（创建请求侧）。Redemption rules of a stock, request side.",
    type: "object",
    additionalProperties: false,
    required: ["fixed_normal_coupon", "available_merchants"],
    properties: {
      fixed_normal_coupon: s(`FixedNormalCoupon${g}`),
      goods_tag: {
        type: "array",
        maxItems: 50,
        description:
          "订单优惠标记：最多 50 个；字母、数字、下划线。Order tags: ≤50 entries of letters, digits or `_`.",
        items: { type: "string", minLength: 1, maxLength: 128, pattern: "^[0-9A-Za-z_]+$" },
        examples: [["123321", "456654"]],
      },
      trade_type: {
        type: "array",
        description: "允许的支付方式，不填则不限。Allowed payment methods.",
        items: s(`TradeType${g}`),
      },
      combine_use: {
        type: "boolean",
        description: "是否可叠加其他券。Can stack with other coupons.",
        examples: [false],
      },
      available_merchants: {
        type: "array",
        minItems: 1,
        maxItems: 50,
        uniqueItems: true,
        description: "可核销商户号：1–50 个。Merchants where the coupon can be used: 1–50 mchids.",
        items: { type: "string", minLength: 1, maxLength: 20, pattern: "^[0-9]+$" },
      },
    },
  };
}

// Long because it is one literal schema (nine fields, each with its constraints); splitting would scatter it.
function createCouponStockBodySchema(g: string, s: SchemaRef): JsonObject {
  return {
    title: `CreateCouponStock${g}Body`,
    description: "创建代金券批次请求体。Request body of createCouponStock.",
    type: "object",
    additionalProperties: false,
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
    properties: {
      stock_name: {
        type: "string",
        minLength: 1,
        maxLength: 20,
        pattern: "^[^_,;|]+$",
        description: "批次名称：最多 9 个中文汉字或 20 个字母。Stock name.",
        examples: ["微信支付代金券批次"],
      },
      comment: {
        type: "string",
        minLength: 1,
        maxLength: 60,
        description: "批次备注，仅制券商户可见。Note visible to the creator only.",
        examples: ["零售批次"],
      },
      belong_merchant: id(
        "批次归属商户号，必须为当前创建代金券的商户号",
        "Owning merchant; must be the caller",
        "98568865",
      ),
      available_begin_time: time("可用开始时间，不可早于当前时间", "Availability start"),
      available_end_time: time(
        "可用结束时间，须晚于开始时间且窗口不超过 90 天",
        "Availability end",
      ),
      stock_use_rule: s(`StockRule${g}`),
      coupon_use_rule: s(`CouponRule${g}`),
      no_cash: {
        type: "boolean",
        description: "营销经费：true 免充值，false 预充值。Funding: true = no prefunding.",
        examples: [false],
      },
      stock_type: {
        type: "string",
        enum: ["NORMAL"],
        description: "批次类型，仅支持 NORMAL（固定面额满减券）。Only NORMAL.",
        "x-enum-descriptions": { NORMAL: "固定面额满减券批次 (fixed-value)" },
      },
      out_request_no: {
        type: "string",
        minLength: 1,
        maxLength: 128,
        pattern: "^[0-9A-Za-z_-]+$",
        description: "商户单据号，幂等键。Merchant request number (idempotency key).",
        examples: ["89560002019101000121"],
      },
    },
  };
}

function createCouponStockResponseSchema(g: string): JsonObject {
  return {
    title: `CreateCouponStock${g}Response`,
    description: "创建批次应答。Result of createCouponStock.",
    type: "object",
    required: ["stock_id", "create_time"],
    properties: {
      stock_id: id("批次号", "Stock ID", "98065001"),
      create_time: time("创建时间", "Creation time"),
    },
  };
}

function stockUseRuleSchema(g: string, s: SchemaRef): JsonObject {
  return {
    title: `StockUseRule${g}`,
    description: "批次使用规则（应答侧，与 StockRule 不同）。Use rules, response side.",
    type: "object",
    required: ["max_coupons", "max_amount", "max_amount_by_day", "max_coupons_per_user"],
    properties: {
      max_coupons: { type: "integer", description: "发放总上限。Total coupons." },
      max_amount: { type: "integer", description: "总预算（分）。Total budget in fen." },
      max_amount_by_day: {
        type: "integer",
        description: "单天预算（分），可为 0。Daily budget in fen; may be 0.",
      },
      fixed_normal_coupon: s(`FixedNormalCoupon${g}`),
      max_coupons_per_user: { type: "integer", description: "单用户可领个数。Coupons per user." },
      coupon_type: {
        type: "string",
        enum: ["NORMAL", "CUT_TO"],
        "x-enum-descriptions": { NORMAL: "满减券", CUT_TO: "减至券" },
      },
      goods_tag: { type: "array", items: { type: "string" } },
      trade_type: { type: "array", items: s(`TradeType${g}`) },
      combine_use: { type: "boolean" },
    },
  };
}

function stockSchema(g: string, s: SchemaRef): JsonObject {
  return {
    title: `Stock${g}`,
    description: "代金券批次详情。A coupon stock.",
    type: "object",
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
    properties: {
      stock_id: id("批次号", "Stock ID", "9856000"),
      stock_creator_mchid: id("制券商户号", "Creating merchant", "9856888"),
      stock_name: {
        type: "string",
        description: "批次名称。Stock name.",
        examples: ["微信支付批次"],
      },
      status: s(`StockStatus${g}`),
      create_time: time("创建时间", "Creation time"),
      description: { type: "string", description: "使用说明。Usage description." },
      stock_use_rule: s(`StockUseRule${g}`),
      available_begin_time: time("可用开始时间", "Availability start"),
      available_end_time: time("可用结束时间", "Availability end"),
      distributed_coupons: {
        type: "integer",
        description: "已发券数量。Coupons issued so far.",
        examples: [100],
      },
      no_cash: { type: "boolean", description: "是否免充值。No prefunding." },
      start_time: time("激活批次的时间", "Activation time"),
      stop_time: time("终止批次的时间", "Stop time"),
      singleitem: { type: "boolean", description: "是否单品优惠。Single-item discount." },
      stock_type: { type: "string", description: "批次类型。Stock type.", examples: ["NORMAL"] },
    },
  };
}

function stockCollectionSchema(g: string, s: SchemaRef): JsonObject {
  return {
    title: `StockCollection${g}`,
    description: "批次列表（分页）。A page of stocks.",
    type: "object",
    required: ["total_count", "limit", "offset"],
    properties: {
      total_count: { type: "integer", description: "批次总数。Total number of stocks." },
      data: {
        type: "array",
        description: "批次详情列表。Stocks on this page.",
        items: s(`Stock${g}`),
      },
      limit: { type: "integer", description: "分页大小。Page size." },
      offset: { type: "integer", description: "页码（从 0 开始）。Page index from 0." },
    },
  };
}

function startStockBodySchema(g: string): JsonObject {
  return {
    title: `StartStock${g}Body`,
    description: "激活批次请求体。Request body of startStock.",
    type: "object",
    additionalProperties: false,
    required: ["stock_creator_mchid"],
    properties: { stock_creator_mchid: id("创建批次的商户号", "Creating merchant", "8956000") },
  };
}

function startStockResponseSchema(g: string): JsonObject {
  return {
    title: `StartStock${g}Response`,
    description: "激活批次应答。Result of startStock.",
    type: "object",
    required: ["stock_id", "start_time"],
    properties: {
      stock_id: id("批次号", "Stock ID", "9856000"),
      start_time: time("生效时间", "Activation time"),
    },
  };
}

const stockIdParam: JsonObject = {
  name: "stock_id",
  in: "path",
  required: true,
  description: "批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.",
  schema: { type: "string", minLength: 1, maxLength: 20 },
  example: "9856000",
};

const rateLimits = (limit: number, per: "second" | "minute"): Json => [
  { limit, per, scope: "all" },
  { limit: Math.ceil(limit / 2), per, scope: "ip" },
];

const ok = (zh: string, schema: JsonObject): JsonObject => ({
  description: `${zh}。Signed response.`,
  content: { "application/json": { schema } },
});

/** What every operation of group `g` shares. */
interface GroupContext {
  readonly g: string;
  /** The group's path prefix. */
  readonly base: string;
  readonly sec: Json;
  /** The shared 4xx/5xx responses. */
  readonly common: JsonObject;
  /** Reference to a schema, from a path file. */
  readonly ref: SchemaRef;
}

/** The four operations of group `g`: [operationId, path, path item]. */
function groupOperations(g: string, r: Refs): [string, string, JsonObject][] {
  const ctx: GroupContext = {
    g,
    base: `/v3/marketing/favor/g${g}`,
    sec: [{ WechatPayAuthorization: [], WechatPaySerial: [] }],
    common: commonResponses(r),
    ref: (name) => r.schema(name, "path"),
  };
  return [
    listStocksItem(ctx),
    queryStockItem(ctx),
    createCouponStockItem(ctx),
    startStockItem(ctx),
  ];
}

function listStocksItem({ g, base, sec, common, ref }: GroupContext): [string, string, JsonObject] {
  return [
    `listStocks${g}`,
    `${base}/stocks`,
    {
      get: {
        operationId: `listStocks${g}`,
        tags: ["stocks"],
        summary: "条件查询批次列表 (List stocks)",
        description:
          "通过此接口可查询多个批次的信息，包括批次的配置信息以及批次概况数据。`offset` 是页码（从 0 开始），不是行偏移。\nLists stocks with filters; `offset` is a page index.",
        "x-wechatpay-rate-limits": rateLimits(1000, "second"),
        security: sec,
        parameters: listStocksParameters(g, ref),
        responses: { "200": ok("批次列表", ref(`StockCollection${g}`)), ...common },
      },
    },
  ];
}

/** listStocks' query: page index and size, creator, creation window, status. */
function listStocksParameters(g: string, ref: SchemaRef): Json[] {
  return [
    {
      name: "offset",
      in: "query",
      required: true,
      description: "页码，从 0 开始。Page index from 0.",
      schema: { type: "integer", minimum: 0 },
      example: 0,
    },
    {
      name: "limit",
      in: "query",
      required: true,
      description: "分页大小，最大 10。Page size, max 10.",
      schema: { type: "integer", minimum: 1, maximum: 10 },
      example: 10,
    },
    {
      name: "stock_creator_mchid",
      in: "query",
      required: true,
      description: "创建批次的商户号。Creating merchant.",
      schema: { type: "string", minLength: 1, maxLength: 20 },
    },
    {
      name: "create_start_time",
      in: "query",
      required: false,
      description: "起始创建时间（需 URL 编码）。Created at or after.",
      schema: { type: "string", format: "date-time", maxLength: 64 },
    },
    {
      name: "create_end_time",
      in: "query",
      required: false,
      description: "终止创建时间。Created at or before.",
      schema: { type: "string", format: "date-time", maxLength: 64 },
    },
    {
      name: "status",
      in: "query",
      required: false,
      description: "批次状态。Stock status.",
      schema: ref(`StockStatus${g}`),
    },
  ];
}

function queryStockItem({ g, base, sec, common, ref }: GroupContext): [string, string, JsonObject] {
  return [
    `queryStock${g}`,
    `${base}/stocks/{stock_id}`,
    {
      get: {
        operationId: `queryStock${g}`,
        tags: ["stocks"],
        summary: "查询批次详情 (Get a stock)",
        description:
          "通过此接口可查询批次信息，包括批次的配置信息以及批次概况数据。Gets one stock.",
        "x-wechatpay-rate-limits": rateLimits(1000, "second"),
        security: sec,
        parameters: [
          stockIdParam,
          {
            name: "stock_creator_mchid",
            in: "query",
            required: true,
            description: "创建批次的商户号。Creating merchant.",
            schema: { type: "string", minLength: 1, maxLength: 20 },
          },
        ],
        responses: { "200": ok("批次详情", ref(`Stock${g}`)), ...common },
      },
    },
  ];
}

function createCouponStockItem({
  g,
  base,
  sec,
  common,
  ref,
}: GroupContext): [string, string, JsonObject] {
  return [
    `createCouponStock${g}`,
    `${base}/coupon-stocks`,
    {
      post: {
        operationId: `createCouponStock${g}`,
        tags: ["stocks"],
        summary: "创建代金券批次 (Create a coupon stock)",
        description:
          "创建微信支付代金券批次；新批次处于 `unactivated` 状态。接口支持幂等重入（out_request_no）。\nCreates a stock; idempotent by `out_request_no`.",
        "x-wechatpay-rate-limits": [
          { limit: 60, per: "minute", scope: "mchid" },
          { limit: 1000, per: "minute", scope: "all" },
        ],
        "x-wechatpay-idempotent": true,
        "x-wechatpay-idempotency-key": "out_request_no",
        security: sec,
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref(`CreateCouponStock${g}Body`) } },
        },
        responses: { "200": ok("批次已创建", ref(`CreateCouponStock${g}Response`)), ...common },
      },
    },
  ];
}

function startStockItem({ g, base, sec, common, ref }: GroupContext): [string, string, JsonObject] {
  return [
    `startStock${g}`,
    `${base}/stocks/{stock_id}/start`,
    {
      post: {
        operationId: `startStock${g}`,
        tags: ["stocks"],
        summary: "激活代金券批次 (Start a stock)",
        description:
          "制券成功后，通过调用此接口激活批次；预充值批次激活时从余额扣除预算。Activates a stock.",
        "x-wechatpay-rate-limits": [
          { limit: 1000, per: "minute", scope: "all" },
          { limit: 60, per: "minute", scope: "ip" },
        ],
        "x-wechatpay-idempotent": true,
        security: sec,
        parameters: [stockIdParam],
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref(`StartStock${g}Body`) } },
        },
        responses: { "200": ok("批次已激活", ref(`StartStock${g}Response`)), ...common },
      },
    },
  ];
}

/** Schemas each of a group's operations needs, so a partial last group emits no orphans. */
const SCHEMAS_BY_TEMPLATE: readonly (readonly string[])[] = [
  ["StockStatus", "TradeType", "FixedNormalCoupon", "StockUseRule", "Stock", "StockCollection"],
  ["StockStatus", "TradeType", "FixedNormalCoupon", "StockUseRule", "Stock"],
  [
    "TradeType",
    "FixedNormalCoupon",
    "StockRule",
    "CouponRule",
    "CreateCouponStock#Body",
    "CreateCouponStock#Response",
  ],
  ["StartStock#Body", "StartStock#Response"],
];

function sharedComponents(r: Refs): {
  schemas: Record<string, JsonObject>;
  responses: Record<string, JsonObject>;
} {
  const err = (code: string, zh: string, en: string): JsonObject => ({
    description: `${zh}。${en}.`,
    content: {
      "application/json": {
        schema: r.schema("ErrorResponse", "response"),
        examples: { e: { summary: zh, value: { code, message: zh } } },
      },
    },
    "x-wechatpay-error-codes": [{ code, description: `${zh} → 稍后重试。${en}.` }],
  });
  return {
    schemas: {
      ErrorResponse: {
        title: "ErrorResponse",
        description: "错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response.",
        type: "object",
        required: ["code", "message"],
        properties: {
          code: {
            type: "string",
            description: "详细错误码。Error code.",
            examples: ["PARAM_ERROR"],
          },
          message: {
            type: "string",
            description: "错误描述。Human-readable message.",
            examples: ["页大小超过阈值"],
          },
          detail: { type: "object", description: "错误详情，结构不固定。Free-form details." },
        },
      },
    },
    responses: {
      SignError: err("SIGN_ERROR", "签名验证不通过", "Signature verification failed"),
      RateLimited: err("FREQUENCY_LIMITED", "请求过于频繁", "Rate-limited"),
      SystemError: err("SYSTEM_ERROR", "系统错误", "System error"),
    },
  };
}

/** Writes a synthetic spec with exactly `operations` operations into `dir` (emptied first). */
export function writeSyntheticSpec(options: {
  operations: number;
  dir: string;
  layout?: SpecLayout;
}): SyntheticSpec {
  const layout = options.layout ?? "split";
  const dir = resolve(options.dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = refs(layout);
  const shared = sharedComponents(r);
  const schemas: Record<string, JsonObject> = { ...shared.schemas };
  /** Relative path → content; in the split layout every path item and component has its own. */
  const files = new Map<string, Json>();
  const paths = addOperations(options.operations, layout, r, schemas, files);
  const componentSection = (kind: string, entries: Record<string, JsonObject>): JsonObject => {
    if (layout === "single") return entries;
    const out: JsonObject = {};
    for (const [name, value] of Object.entries(entries)) {
      files.set(`components/${kind}/${name}.yaml`, value);
      out[name] = { $ref: `./components/${kind}/${name}.yaml` };
    }
    return out;
  };
  files.set(
    "openapi.yaml",
    rootDocument(options.operations, paths, {
      responses: componentSection("responses", shared.responses),
      schemas: componentSection("schemas", schemas),
    }),
  );
  return {
    entry: join(dir, "openapi.yaml"),
    operations: options.operations,
    bytes: writeFiles(dir, files),
    files: files.size,
  };
}

/**
 * Operation `k` is template `k % 4` of group `k / 4`; it brings only the schemas it needs (a
 * partial last group emits no orphans). Returns the `paths` section.
 */
function addOperations(
  operations: number,
  layout: SpecLayout,
  r: Refs,
  schemas: Record<string, JsonObject>,
  files: Map<string, Json>,
): JsonObject {
  const paths: JsonObject = {};
  for (let k = 0; k < operations; k++) {
    const g = pad(Math.floor(k / 4));
    const template = k % 4;
    const all = groupSchemas(g, r);
    for (const pattern of SCHEMAS_BY_TEMPLATE[template] ?? []) {
      const name = schemaName(pattern, g);
      const schema = all[name];
      if (!schema) throw new Error(`synthetic spec: no schema ${name}`);
      schemas[name] = schema;
    }
    const [operationId, path, item] = groupOperations(g, r)[template] ?? [];
    if (!operationId || !path || !item) throw new Error(`synthetic spec: no template ${template}`);
    if (layout === "split") {
      files.set(`paths/${operationId}.yaml`, item);
      paths[path] = { $ref: `./paths/${operationId}.yaml` };
    } else {
      paths[path] = item;
    }
  }
  return paths;
}

function rootDocument(
  operations: number,
  paths: JsonObject,
  components: { responses: JsonObject; schemas: JsonObject },
): JsonObject {
  return {
    openapi: "3.1.0",
    info: {
      title: `合成代金券 API（${operations} 个接口）(synthetic favor-like API)`,
      version: "1.0.0",
      description:
        "由 bench/synthetic-spec.ts 生成，用于生成器扩展性基准。Written by bench/synthetic-spec.ts for the generator scaling benchmark.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "https://api.mch.weixin.qq.com", description: "主域名 (primary)" }],
    security: [{ WechatPayAuthorization: [], WechatPaySerial: [] }],
    tags: [{ name: "stocks", description: "代金券批次 (coupon stocks)" }],
    paths,
    components: {
      securitySchemes: {
        WechatPayAuthorization: {
          type: "apiKey",
          in: "header",
          name: "Authorization",
          description: "商户请求签名（WECHATPAY2-SHA256-RSA2048）。Merchant request signature.",
        },
        WechatPaySerial: {
          type: "apiKey",
          in: "header",
          name: "Wechatpay-Serial",
          description:
            "微信支付公钥 ID 或平台证书序列号。PUB_KEY_ID or platform certificate serial.",
        },
      },
      responses: components.responses,
      schemas: components.schemas,
    },
  };
}

/** Writes every file as YAML; returns the total bytes written. */
function writeFiles(dir: string, files: ReadonlyMap<string, Json>): number {
  let bytes = 0;
  for (const [relative, value] of files) {
    const text = stringify(value, { lineWidth: 0 });
    const target = join(dir, relative);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      operations: { type: "string", default: "100" },
      out: { type: "string" },
      layout: { type: "string", default: "split" },
    },
  });
  if (!values.out)
    throw new Error("usage: synthetic-spec.ts --operations N --out <dir> [--layout split|single]");
  if (values.layout !== "split" && values.layout !== "single")
    throw new Error("--layout must be split or single");
  const spec = writeSyntheticSpec({
    operations: Number(values.operations),
    dir: values.out,
    layout: values.layout,
  });
  console.log(
    `${spec.entry}: ${spec.operations} operations, ${spec.files} files, ${spec.bytes} bytes`,
  );
}
