/** Every documented error path the sandbox produces, surfaced as the right runtime error class. */
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCouponStock,
  listAvailableMerchants,
  listCouponsByFilter,
  listStocks,
  pauseStock,
  queryCallback,
  queryStock,
  sendCoupon,
  setCallback,
  startStock,
  useFlow,
  type CreateCouponStockParams,
} from "../../generated/index.js";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  WechatPayError,
} from "../../runtime/index.js";
import { startE2E, stockParams, uniqueNo, type E2E } from "./harness.js";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

/** Awaits a failing call and returns its error, checking the class. */
async function failure<T extends Error>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => T,
): Promise<T> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expect(error).toBeInstanceOf(WechatPayError);
  return error as T;
}

async function runningStock(overrides: Partial<CreateCouponStockParams> = {}): Promise<string> {
  const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox, overrides));
  await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
  return stock_id;
}

const send = (
  stockId: string,
  openid: string,
  extra: { out_request_no?: string; appid?: string; stock_creator_mchid?: string } = {},
) =>
  sendCoupon(e2e.client, {
    openid,
    stock_id: stockId,
    out_request_no: extra.out_request_no ?? uniqueNo("send"),
    appid: extra.appid ?? e2e.sandbox.appid,
    stock_creator_mchid: extra.stock_creator_mchid ?? e2e.sandbox.mchid,
  });

describe("400 BadRequestError", () => {
  it("PARAM_ERROR from the server's spec validation, with detail.field (client validation off)", async () => {
    const error = await failure(
      listStocks(
        e2e.client,
        { offset: 0, limit: 11, stock_creator_mchid: e2e.sandbox.mchid },
        { validate: false },
      ),
      BadRequestError,
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe("PARAM_ERROR");
    expect(error.detail).toMatchObject({ field: "limit", location: "query" });
    expect(error.requestId).toMatch(/^[0-9A-F]{32}$/);
  });

  it("the same mistake is caught before sending when client validation is on", async () => {
    const error = await failure(
      listStocks(e2e.client, { offset: 0, limit: 11, stock_creator_mchid: e2e.sandbox.mchid }),
      RequestValidationError,
    );
    expect(error.issues.map((i) => i.path)).toContain("limit");
  });

  it('PARAM_ERROR "券面额必须大于0" for transaction_minimum ≤ coupon_amount (a cross-field rule)', async () => {
    const params = stockParams(e2e.sandbox);
    const error = await failure(
      createCouponStock(
        e2e.client,
        {
          ...params,
          coupon_use_rule: {
            ...params.coupon_use_rule,
            fixed_normal_coupon: { coupon_amount: 300, transaction_minimum: 300 },
          },
        },
        { validate: false },
      ),
      BadRequestError,
    );
    expect(error.code).toBe("PARAM_ERROR");
    expect(error.apiMessage).toBe("券面额必须大于0");
  });

  it('PARAM_ERROR "批次状态不合法" for an illegal transition', async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    const error = await failure(
      pauseStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid }),
      BadRequestError,
    );
    expect(error.code).toBe("PARAM_ERROR");
    expect(error.apiMessage).toContain("批次状态不合法");
  });

  it("INVALID_REQUEST for an out_request_no replayed with other content", async () => {
    const params = stockParams(e2e.sandbox);
    await createCouponStock(e2e.client, params);
    const error = await failure(
      createCouponStock(e2e.client, { ...params, stock_name: "换了名字" }),
      BadRequestError,
    );
    expect(error.code).toBe("INVALID_REQUEST");
  });

  it("INVALID_REQUEST when sending from a paused stock", async () => {
    const stockId = await runningStock();
    await pauseStock(e2e.client, { stock_id: stockId, stock_creator_mchid: e2e.sandbox.mchid });
    const error = await failure(send(stockId, "o-paused"), BadRequestError);
    expect(error.code).toBe("INVALID_REQUEST");
  });

  it("APPID_MCHID_NOT_MATCH for an appid not bound to the merchant", async () => {
    const error = await failure(
      listCouponsByFilter(e2e.client, {
        openid: "o-x",
        appid: "wx0000000000000000",
        creator_mchid: e2e.sandbox.mchid,
      }),
      BadRequestError,
    );
    expect(error.code).toBe("APPID_MCHID_NOT_MATCH");
  });

  it("MCH_NOT_EXISTS for a merchants page index past the last page (as observed on the real server)", async () => {
    const stockId = await runningStock();
    const error = await failure(
      listAvailableMerchants(e2e.client, {
        stock_id: stockId,
        offset: 1,
        limit: 50,
        stock_creator_mchid: e2e.sandbox.mchid,
      }),
      BadRequestError,
    );
    expect(error.code).toBe("MCH_NOT_EXISTS");
  });

  it("INVALID_REQUEST for a wrong Wechatpay-Serial (a client configured with another PUB_KEY_ID)", async () => {
    const client = e2e.clientWith({
      wechatpayPublicKeyId: "PUB_KEY_ID_00000000000000000000000000000000",
    });
    const error = await failure(
      listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: e2e.sandbox.mchid }),
      BadRequestError,
    );
    expect(error.code).toBe("INVALID_REQUEST");
  });
});

describe("401 AuthenticationError (SIGN_ERROR)", () => {
  it("for a request signed with the wrong private key", async () => {
    const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    const error = await failure(
      listStocks(e2e.clientWith({ privateKey }), {
        offset: 0,
        limit: 10,
        stock_creator_mchid: e2e.sandbox.mchid,
      }),
      AuthenticationError,
    );
    expect(error.code).toBe("SIGN_ERROR");
    expect(error.detail).toMatchObject({ field: "signature", location: "authorization" });
  });

  it("for a client clock more than 5 minutes off", async () => {
    const client = e2e.clientWith({ now: () => Date.now() - 6 * 60_000 });
    const error = await failure(
      queryCallback(client, { mchid: e2e.sandbox.mchid }),
      AuthenticationError,
    );
    expect(error.code).toBe("SIGN_ERROR");
    expect(String(error.apiMessage)).toContain("5分钟");
  });

  it("for a serial_no that is not the merchant certificate's", async () => {
    const error = await failure(
      queryCallback(e2e.clientWith({ serialNo: "0123456789ABCDEF0123456789ABCDEF01234567" }), {
        mchid: e2e.sandbox.mchid,
      }),
      AuthenticationError,
    );
    expect(error.code).toBe("SIGN_ERROR");
  });
});

describe("403 PermissionDeniedError", () => {
  it("REQUEST_BLOCKED when the user reached max_coupons_per_user", async () => {
    const stockId = await runningStock();
    await send(stockId, "o-limit");
    await send(stockId, "o-limit");
    const error = await failure(send(stockId, "o-limit"), PermissionDeniedError);
    expect(error.code).toBe("REQUEST_BLOCKED");
  });

  it("USER_ACCOUNT_ABNORMAL for a flagged user (sandbox openid convention)", async () => {
    const stockId = await runningStock();
    const error = await failure(send(stockId, "sandbox-abnormal-user"), PermissionDeniedError);
    expect(error.code).toBe("USER_ACCOUNT_ABNORMAL");
  });

  it("NOT_ENOUGH when the budget is used up", async () => {
    const stockId = await runningStock({
      stock_use_rule: {
        max_coupons: 5,
        max_amount: 500,
        max_coupons_per_user: 1,
        natural_person_limit: false,
        prevent_api_abuse: false,
      },
    });
    for (let i = 0; i < 5; i++) await send(stockId, `o-budget-${i}`);
    const error = await failure(send(stockId, "o-budget-last"), PermissionDeniedError);
    expect(error.code).toBe("NOT_ENOUGH");
  });

  it("REQUEST_BLOCKED for a stock_creator_mchid that did not create the stock", async () => {
    const stockId = await runningStock();
    const error = await failure(
      queryStock(e2e.client, { stock_id: stockId, stock_creator_mchid: "1900000999" }),
      PermissionDeniedError,
    );
    expect(error.code).toBe("REQUEST_BLOCKED");
  });

  it("REQUEST_BLOCKED for setting another merchant's callback", async () => {
    const error = await failure(
      setCallback(e2e.client, {
        mchid: "1900000999",
        notify_url: "https://merchant.example.com/n",
      }),
      PermissionDeniedError,
    );
    expect(error.code).toBe("REQUEST_BLOCKED");
  });
});

describe("404 NotFoundError", () => {
  it("RESOURCE_NOT_EXISTS for an unknown stock", async () => {
    const error = await failure(
      queryStock(e2e.client, { stock_id: "12345", stock_creator_mchid: e2e.sandbox.mchid }),
      NotFoundError,
    );
    expect(error.code).toBe("RESOURCE_NOT_EXISTS");
  });

  it("RESOURCE_NOT_EXISTS for a use-flow bill that does not exist yet", async () => {
    const stockId = await runningStock();
    const error = await failure(useFlow(e2e.client, { stock_id: stockId }), NotFoundError);
    expect(error.code).toBe("RESOURCE_NOT_EXISTS");
  });
});

describe("429 RateLimitError", () => {
  it("FREQUENCY_LIMITED past the spec's rate limit (use-flow: 5/min per IP)", async () => {
    const own = await startE2E({ credentials: e2e.sandbox.credentials });
    try {
      const errors: ApiError[] = [];
      for (let i = 0; i < 6; i++) {
        errors.push(
          await failure(useFlow(own.client, { stock_id: "1" }, { maxRetries: 0 }), ApiError),
        );
      }
      expect(errors.slice(0, 5).every((e) => e instanceof NotFoundError)).toBe(true);
      expect(errors[5]).toBeInstanceOf(RateLimitError);
      expect(errors[5]?.code).toBe("FREQUENCY_LIMITED");
    } finally {
      await own.close();
    }
  });
});

describe("500 InternalServerError", () => {
  it("SYSTEM_ERROR when retries are exhausted", async () => {
    const error = await failure(
      queryCallback(
        e2e.client,
        { mchid: e2e.sandbox.mchid },
        { headers: { "X-Sandbox-Fault": "500" }, maxRetries: 0 },
      ),
      InternalServerError,
    );
    expect(error.code).toBe("SYSTEM_ERROR");
  });
});
