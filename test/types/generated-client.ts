/**
 * Type tests for the generated client, compiled by `npm run typecheck` (never executed). Each
 * `@ts-expect-error` line must fail to compile: if the generator ever loosens a type (an enum
 * becomes `string`, a required field optional, unknown fields allowed), tsc reports the unused
 * directive and the typecheck fails.
 */
import type { WechatPayClient } from "../../runtime/index.js";
import {
  createCouponStock,
  iterateListStocks,
  listCouponsByFilter,
  listStocks,
  parseCouponUseNotification,
  queryStock,
  StockStatus,
  uploadImage,
  type CouponUseResource,
  type ErrorResponse,
  type ListStocksParams,
  type Stock,
  type StockCollection,
} from "../../generated/index.js";

declare const client: WechatPayClient;

export async function validCalls(): Promise<void> {
  const page: StockCollection = await listStocks(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: "9856888",
  });
  const total: number = page.total_count;
  const first: Stock | undefined = page.data?.[0];
  const status: StockStatus | undefined = first?.status;

  // Enum const object and plain string literal are both accepted; Date is accepted for date-time.
  await listStocks(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: "9856888",
    status: StockStatus.running,
    create_start_time: new Date(),
  });
  await listStocks(
    client,
    {
      offset: 1,
      limit: 5,
      stock_creator_mchid: "9856888",
      status: "stoped",
      create_end_time: "2026-11-30T23:59:59+08:00",
    },
    { timeout: 5_000, maxRetries: 0 },
  );

  // `detail` is free-form (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html): its documented keys must be assignable and readable.
  const error: ErrorResponse = {
    code: "PARAM_ERROR",
    message: "页大小超过阈值",
    detail: { field: "limit", value: 20, location: "query" },
  };
  const detailField: unknown = error.detail?.["field"];
  void detailField;

  const stock: Stock = await queryStock(client, {
    stock_id: "9836588",
    stock_creator_mchid: "9856888",
  });
  await createCouponStock(client, {
    stock_name: "微信支付代金券批次",
    belong_merchant: "98568865",
    available_begin_time: new Date("2026-12-01T00:00:00+08:00"),
    available_end_time: "2026-12-31T23:59:59+08:00",
    stock_use_rule: {
      max_coupons: 100,
      max_amount: 5000,
      max_coupons_per_user: 3,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 },
      available_merchants: ["9856000"],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: "89560002019101000121",
  });
  await listCouponsByFilter(client, {
    openid: "o4GgauInH_RCEdvrrNGrntXDu6D4",
    appid: "wx233544546545989",
    creator_mchid: "9856888",
  });
  await uploadImage(client, { filename: "logo.png", file: new Uint8Array([0xff, 0xd8]) });

  const params: Omit<ListStocksParams, "offset"> = { limit: 10, stock_creator_mchid: "9856888" };
  for await (const item of iterateListStocks(client, params)) {
    const id: string = item.stock_id;
    void id;
  }

  const notification = parseCouponUseNotification(client, { headers: {}, body: "{}" });
  const resource: CouponUseResource = notification.resource;
  const couponId: string = resource.coupon_id;
  void [total, status, stock, couponId];
}

export async function invalidCalls(): Promise<void> {
  // wrong enum value ("stopped" is not a StockStatus; the API spells it "stoped")
  await listStocks(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: "9856888",
    // @ts-expect-error "stopped" is not a StockStatus
    status: "stopped",
  });

  // @ts-expect-error missing required field stock_creator_mchid
  await listStocks(client, { offset: 0, limit: 10 });

  // unknown field (typo of stock_creator_mchid)
  await listStocks(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: "9856888",
    // @ts-expect-error stock_creator_mch_id is not a parameter
    stock_creator_mch_id: "x",
  });

  // @ts-expect-error wrong type: limit is a number
  await listStocks(client, { offset: 0, limit: "10", stock_creator_mchid: "9856888" });

  // wrong type inside a nested model: max_coupons is a number
  await createCouponStock(client, {
    stock_name: "n",
    belong_merchant: "1",
    available_begin_time: "t",
    available_end_time: "t",
    stock_use_rule: {
      // @ts-expect-error max_coupons is a number
      max_coupons: "100",
      max_amount: 1,
      max_coupons_per_user: 1,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: ["1"],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: "1",
  });

  // only NORMAL may be created
  await createCouponStock(client, {
    stock_name: "n",
    belong_merchant: "1",
    available_begin_time: "t",
    available_end_time: "t",
    stock_use_rule: {
      max_coupons: 100,
      max_amount: 1,
      max_coupons_per_user: 1,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: ["1"],
    },
    no_cash: false,
    // @ts-expect-error only NORMAL may be created
    stock_type: "DISCOUNT",
    out_request_no: "1",
  });

  // @ts-expect-error the runtime computes sha256; callers cannot pass it
  await uploadImage(client, { filename: "logo.png", file: new Uint8Array(), sha256: "00" });

  // @ts-expect-error a file must be bytes, not a path
  await uploadImage(client, { filename: "logo.png", file: "logo.png" });

  // @ts-expect-error the iterator walks offset itself
  iterateListStocks(client, { offset: 3, limit: 10, stock_creator_mchid: "9856888" });

  // Response fields the docs mark optional (否) must stay optional in the types.
  const someStock = await queryStock(client, { stock_id: "1", stock_creator_mchid: "1" });
  // @ts-expect-error Stock.start_time is optional (present only once activated)
  const startTime: string = someStock.start_time;
  // @ts-expect-error Stock.stock_use_rule is optional
  const useRule: NonNullable<Stock["stock_use_rule"]> = someStock.stock_use_rule;
  // @ts-expect-error StockCollection.data is optional (an empty page may omit it)
  const rows: Stock[] = (
    await listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: "1" })
  ).data;
  void [startTime, useRule, rows];

  // @ts-expect-error response fields are typed: total_count is a number
  const total: string = (
    await listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: "1" })
  ).total_count;
  void total;
}

/** `<operation>.withResponse` is typed from the spec: data is the operation's model, requestId a string or undefined. */
export async function typedRawResponses(): Promise<void> {
  const raw = await listStocks.withResponse(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: "9856888",
  });
  const page: StockCollection = raw.data;
  const status: number = raw.status;
  const requestId: string | undefined = raw.requestId;
  const header: string | string[] | undefined = raw.headers["request-id"];
  void [page, status, requestId, header];
  // @ts-expect-error data is the spec's StockCollection, not any
  const wrong: string = raw.data;
  // @ts-expect-error requestId may be missing: it is not a plain string
  const mustCheck: string = raw.requestId;
  await listStocks.withResponse(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: "1",
    // @ts-expect-error the params are the operation's own, unknown fields rejected
    page: 1,
  });
  void [wrong, mustCheck];
}
