/**
 * Every generated operation, called once through the real client against the sandbox. The list
 * comes from `operationMetas` (the generated metadata): an operation with a hand-written check
 * below runs it; any other (e.g. one just added to the spec) is called with the spec's example
 * parameters and must succeed against the sandbox (whose default handler serves operations
 * without business rules), so adding an operation never fails this file by itself.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCouponStock,
  listAvailableMerchants,
  listAvailableSingleitems,
  listCouponsByFilter,
  listStocks,
  operationMetas,
  pauseStock,
  queryCallback,
  queryCoupon,
  queryStock,
  refundFlow,
  restartStock,
  sendCoupon,
  setCallback,
  startStock,
  stopStock,
  uploadImage,
  useFlow,
} from "../../generated/index.js";
import { callWithSpecExample } from "./spec-example-call.js";
import { PNG_BYTES, startE2E, stockParams, uniqueNo, type E2E } from "./harness.js";

let e2e: E2E;
/** A running stock with one used and one unused coupon, shared by the read operations. */
let stockId: string;
let couponId: string;
const openid = "o-e2e-ops";

beforeAll(async () => {
  e2e = await startE2E();
  const { client, sandbox } = e2e;
  stockId = (await createCouponStock(client, stockParams(sandbox))).stock_id;
  await startStock(client, { stock_id: stockId, stock_creator_mchid: sandbox.mchid });
  const used = await sendCoupon(client, {
    openid,
    stock_id: stockId,
    out_request_no: uniqueNo("send"),
    appid: sandbox.appid,
    stock_creator_mchid: sandbox.mchid,
  });
  sandbox.useCoupon(used.coupon_id);
  couponId = (
    await sendCoupon(client, {
      openid,
      stock_id: stockId,
      out_request_no: uniqueNo("send"),
      appid: sandbox.appid,
      stock_creator_mchid: sandbox.mchid,
    })
  ).coupon_id;
});
afterAll(async () => {
  expect(e2e.sandbox.selfCheckFailures).toEqual([]);
  await e2e.close();
});

type Check = () => Promise<void>;

const calls: Record<string, Check> = {
  createCouponStock: async () => {
    const result = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    expect(result).toEqual({
      stock_id: expect.stringMatching(/^\d+$/),
      create_time: expect.stringMatching(/\+08:00$/),
    });
  },
  startStock: async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    expect(
      await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid }),
    ).toMatchObject({ stock_id });
  },
  pauseStock: async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    expect(
      await pauseStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid }),
    ).toMatchObject({ stock_id, pause_time: expect.any(String) });
  },
  restartStock: async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    await startStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    await pauseStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid });
    expect(
      await restartStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid }),
    ).toMatchObject({ stock_id, restart_time: expect.any(String) });
  },
  stopStock: async () => {
    const { stock_id } = await createCouponStock(e2e.client, stockParams(e2e.sandbox));
    expect(
      await stopStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid }),
    ).toMatchObject({ stock_id, stop_time: expect.any(String) });
    expect(
      (await queryStock(e2e.client, { stock_id, stock_creator_mchid: e2e.sandbox.mchid })).status,
    ).toBe("stoped");
  },
  listStocks: async () => {
    const page = await listStocks(e2e.client, {
      offset: 0,
      limit: 10,
      stock_creator_mchid: e2e.sandbox.mchid,
      create_start_time: new Date(Date.now() - 3600_000),
    });
    expect(page.total_count).toBeGreaterThanOrEqual(1);
    expect(page.data?.some((s) => s.stock_id === stockId)).toBe(true);
  },
  queryStock: async () => {
    expect(
      await queryStock(e2e.client, { stock_id: stockId, stock_creator_mchid: e2e.sandbox.mchid }),
    ).toMatchObject({ stock_id: stockId, distributed_coupons: 2 });
  },
  listAvailableMerchants: async () => {
    expect(
      await listAvailableMerchants(e2e.client, {
        stock_id: stockId,
        offset: 0,
        limit: 50,
        stock_creator_mchid: e2e.sandbox.mchid,
      }),
    ).toMatchObject({ total_count: 3, stock_id: stockId });
  },
  listAvailableSingleitems: async () => {
    expect(
      await listAvailableSingleitems(e2e.client, {
        stock_id: stockId,
        offset: 0,
        limit: 100,
        stock_creator_mchid: e2e.sandbox.mchid,
      }),
    ).toMatchObject({ total_count: 3, data: ["sku-1", "sku-2", "sku-3"] });
  },
  sendCoupon: async () => {
    const result = await sendCoupon(e2e.client, {
      openid: "o-e2e-send",
      stock_id: stockId,
      out_request_no: uniqueNo("send"),
      appid: e2e.sandbox.appid,
      stock_creator_mchid: e2e.sandbox.mchid,
    });
    expect(result.coupon_id).toMatch(/^\d+$/);
  },
  listCouponsByFilter: async () => {
    const page = await listCouponsByFilter(e2e.client, {
      openid,
      appid: e2e.sandbox.appid,
      creator_mchid: e2e.sandbox.mchid,
      status: "USED",
      offset: 0,
      limit: 20,
    });
    expect(page.total_count).toBe(2);
  },
  queryCoupon: async () => {
    expect(
      await queryCoupon(e2e.client, { openid, coupon_id: couponId, appid: e2e.sandbox.appid }),
    ).toMatchObject({ coupon_id: couponId, stock_id: stockId, status: "SENDED" });
  },
  useFlow: async () => {
    const flow = await useFlow(e2e.client, { stock_id: stockId });
    expect(flow).toMatchObject({
      hash_type: "SHA1",
      hash_value: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(flow.url.startsWith(`${e2e.sandbox.baseUrl}/v3/billdownload/file?token=`)).toBe(true);
  },
  refundFlow: async () => {
    expect(await refundFlow(e2e.client, { stock_id: stockId })).toMatchObject({
      hash_type: "SHA1",
      url: expect.any(String),
    });
  },
  setCallback: async () => {
    const result = await setCallback(e2e.client, {
      mchid: e2e.sandbox.mchid,
      notify_url: "https://merchant.example.com/wechatpay/notify",
      switch: true,
    });
    expect(result).toMatchObject({
      notify_url: "https://merchant.example.com/wechatpay/notify",
      update_time: expect.any(String),
    });
  },
  queryCallback: async () => {
    await setCallback(e2e.client, {
      mchid: e2e.sandbox.mchid,
      notify_url: "https://merchant.example.com/q",
    });
    expect(await queryCallback(e2e.client, { mchid: e2e.sandbox.mchid })).toEqual({
      notify_url: "https://merchant.example.com/q",
      mchid: e2e.sandbox.mchid,
    });
  },
  uploadImage: async () => {
    const { media_url } = await uploadImage(e2e.client, { filename: "logo.png", file: PNG_BYTES });
    const served = new Uint8Array(await (await fetch(media_url)).arrayBuffer());
    expect(createHash("sha256").update(served).digest("hex")).toBe(
      createHash("sha256").update(PNG_BYTES).digest("hex"),
    );
  },
};

describe("every generated operation against the sandbox", () => {
  it("has no hand-written check for an operation the client does not have", () => {
    const generatedIds = new Set<string>(operationMetas.map((op) => op.operationId));
    expect(Object.keys(calls).filter((id) => !generatedIds.has(id))).toEqual([]);
  });

  it.each(operationMetas.map((op) => op.operationId))("%s", async (operationId) => {
    const check = Object.hasOwn(calls, operationId) ? calls[operationId] : undefined;
    if (check !== undefined) return check();
    const result = await callWithSpecExample(e2e.client, operationId);
    // The sandbox checks the answer against the spec too (selfCheckFailures, asserted in afterAll).
    expect(result).toBeDefined();
  });
});
