/**
 * Against the sandbox (which enforces belong_merchant = caller and answers the callback setting of
 * the calling merchant): fields the docs require to be the calling merchant may be left out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../runtime/index.js";
import { createCouponStock, queryCallback, setCallback } from "../../generated/index.js";
import { startE2E, stockParams, type E2E } from "./harness.js";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

describe("client defaults end to end", () => {
  it("createCouponStock without belong_merchant is created for the calling merchant", async () => {
    const { belong_merchant: _omitted, ...params } = stockParams(e2e.sandbox);
    const created = await createCouponStock(e2e.client, params);
    expect(created.stock_id).toMatch(/^\d+$/);
  });

  it("an explicit other belong_merchant is sent as given (and refused by the server)", async () => {
    const error = await createCouponStock(
      e2e.client,
      stockParams(e2e.sandbox, { belong_merchant: "1900000999" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });

  it("setCallback and queryCallback without mchid use the client's", async () => {
    await setCallback(e2e.client, { notify_url: "https://127.0.0.1/notify", switch: true });
    expect(await queryCallback(e2e.client)).toEqual({
      notify_url: "https://127.0.0.1/notify",
      mchid: e2e.sandbox.mchid,
    });
  });
});
