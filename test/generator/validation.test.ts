import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestValidationError, WechatPayClient } from "../../runtime/index.js";
import { validate } from "../../runtime/protocol.js";
import {
  createCouponStockOperation,
  listStocksOperation,
  uploadImageOperation,
} from "../../generated/metadata.js";
import { listStocks } from "../../generated/operations/listStocks.js";

/**
 * Client-side validation comes from the spec: these cases run the runtime interpreter over the
 * GENERATED metadata, so each one fails if the generator drops a constraint on the way.
 */
const validStock = {
  stock_name: "微信支付代金券批次",
  belong_merchant: "98568865",
  available_begin_time: "2026-12-01T00:00:00+08:00",
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
    goods_tag: ["a", "b", "c", "d"],
  },
  no_cash: false,
  stock_type: "NORMAL",
  out_request_no: "89560002019101000121",
};
const validList = { offset: 0, limit: 10, stock_creator_mchid: "9856888" };

describe("generated validation schemas reject each constraint kind with the field path", () => {
  it("accepts valid params (Date accepted for date-time)", () => {
    expect(validate(createCouponStockOperation.validation, validStock)).toEqual([]);
    expect(
      validate(createCouponStockOperation.validation, {
        ...validStock,
        available_begin_time: new Date(),
      }),
    ).toEqual([]);
    expect(validate(listStocksOperation.validation, validList)).toEqual([]);
  });

  const cases: [string, { op: "stock" | "list"; patch: Record<string, unknown>; path: string }][] =
    [
      [
        "required field missing",
        { op: "list", patch: { stock_creator_mchid: undefined }, path: "stock_creator_mchid" },
      ],
      ["maxLength", { op: "stock", patch: { stock_name: "x".repeat(21) }, path: "stock_name" }],
      // `comment` has a minLength and no pattern, so "" breaks exactly one constraint.
      ["minLength", { op: "stock", patch: { comment: "" }, path: "comment" }],
      [
        "id pattern (digits only; no '/' or '..' reaches the URL)",
        { op: "list", patch: { stock_creator_mchid: "98/56" }, path: "stock_creator_mchid" },
      ],
      ["pattern", { op: "stock", patch: { out_request_no: "has space" }, path: "out_request_no" }],
      ["enum", { op: "list", patch: { status: "stopped" }, path: "status" }],
      ["maximum", { op: "list", patch: { limit: 11 }, path: "limit" }],
      ["minimum", { op: "list", patch: { offset: -1 }, path: "offset" }],
      ["integer type", { op: "list", patch: { limit: 2.5 }, path: "limit" }],
      ["wrong type", { op: "list", patch: { limit: "10" }, path: "limit" }],
      [
        "date-time format",
        { op: "list", patch: { create_start_time: "yesterday" }, path: "create_start_time" },
      ],
      [
        "unknown field",
        { op: "list", patch: { stock_creator_mch_id: "1" }, path: "stock_creator_mch_id" },
      ],
      [
        "nested minimum",
        {
          op: "stock",
          patch: { stock_use_rule: { ...validStock.stock_use_rule, max_coupons: 1 } },
          path: "stock_use_rule.max_coupons",
        },
      ],
      [
        "nested required",
        {
          op: "stock",
          patch: {
            coupon_use_rule: {
              ...validStock.coupon_use_rule,
              fixed_normal_coupon: { coupon_amount: 50 },
            },
          },
          path: "coupon_use_rule.fixed_normal_coupon.transaction_minimum",
        },
      ],
      [
        "nested unknown field",
        {
          op: "stock",
          patch: { stock_use_rule: { ...validStock.stock_use_rule, extra: 1 } },
          path: "stock_use_rule.extra",
        },
      ],
      [
        "array item pattern",
        {
          op: "stock",
          patch: {
            coupon_use_rule: {
              ...validStock.coupon_use_rule,
              goods_tag: ["a", "b", "c", "no-dash"],
            },
          },
          path: "coupon_use_rule.goods_tag[3]",
        },
      ],
      [
        "array maxItems",
        {
          op: "stock",
          patch: {
            coupon_use_rule: {
              ...validStock.coupon_use_rule,
              goods_tag: Array.from({ length: 51 }, (_, i) => `t${i}`),
            },
          },
          path: "coupon_use_rule.goods_tag",
        },
      ],
      [
        "array minItems",
        {
          op: "stock",
          patch: { coupon_use_rule: { ...validStock.coupon_use_rule, available_merchants: [] } },
          path: "coupon_use_rule.available_merchants",
        },
      ],
      ["single-value enum", { op: "stock", patch: { stock_type: "DISCOUNT" }, path: "stock_type" }],
    ];
  it.each(cases)("%s", (_name, { op, patch, path }) => {
    const base = op === "stock" ? validStock : validList;
    const params = Object.fromEntries(
      Object.entries({ ...base, ...patch }).filter(([, v]) => v !== undefined),
    );
    const schema =
      op === "stock" ? createCouponStockOperation.validation : listStocksOperation.validation;
    expect(validate(schema, params).map((i) => i.path)).toEqual([path]);
  });

  it("multipart upload: filename checked, file must be bytes, sha256 not accepted from callers", () => {
    expect(
      validate(uploadImageOperation.validation, {
        filename: "logo.png",
        file: new Uint8Array([1]),
      }),
    ).toEqual([]);
    const issues = validate(uploadImageOperation.validation, {
      filename: "logo.gif",
      file: "logo.png",
      sha256: "00",
    });
    expect(issues.map((i) => i.path).sort()).toEqual(["file", "filename", "sha256"]);
    for (const filename of [
      "../logo.png",
      "a/logo.png",
      'lo"go.png',
      "lo\\go.png",
      "lo\u0007go.png",
      "logo..png",
    ]) {
      expect(
        validate(uploadImageOperation.validation, { filename, file: new Uint8Array([1]) }).map(
          (i) => i.path,
        ),
        filename,
      ).toEqual(["filename"]);
    }
    expect(
      validate(uploadImageOperation.validation, {
        filename: "Logo.v2.JPEG",
        file: new Uint8Array([1]),
      }),
    ).toEqual([]);
  });
});

describe("validation runs before anything is sent", () => {
  let server: Server;
  let received = 0;
  let baseUrl = "";
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const client = (): WechatPayClient =>
    new WechatPayClient({
      mchid: "1900000001",
      serialNo: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
      privateKey,
      wechatpayPublicKeyId: "PUB_KEY_ID_0114232134912410000000000000000000",
      wechatpayPublicKey: publicKey,
      baseUrl,
      maxRetries: 0,
      timeout: 2_000,
    });

  beforeAll(async () => {
    server = createServer((_req, res) => {
      received++;
      res
        .writeHead(500, { "content-type": "application/json" })
        .end('{"code":"SYSTEM_ERROR","message":"test server"}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("throws RequestValidationError naming every bad field, and sends no request", async () => {
    received = 0;
    const call = listStocks(client(), { offset: -1, limit: 11, stock_creator_mchid: "9856888" });
    await expect(call).rejects.toBeInstanceOf(RequestValidationError);
    const error = (await call.catch((e: unknown) => e)) as RequestValidationError;
    expect(error.issues.map((i) => i.path).sort()).toEqual(["limit", "offset"]);
    expect(received).toBe(0);
  });

  it("options.validate false lets the same call reach the server (for when the docs lag behind)", async () => {
    received = 0;
    await listStocks(
      client(),
      { offset: 0, limit: 11, stock_creator_mchid: "9856888" },
      { validate: false },
    ).catch(() => undefined);
    expect(received).toBe(1);
  });
});
