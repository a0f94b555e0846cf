/** Stock business rules (createCouponStock … listAvailableSingleitems): create rules, idempotency, lifecycle, queries, paging. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/index.js";
import {
  chinaTime,
  createStock,
  lifecycle,
  STOCKS,
  startTestSandbox,
  validStockBody,
} from "./fixtures.js";
import { jsonOf, rawRequest } from "./raw-client.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  expect(sandbox.selfCheckFailures).toEqual([]);
  await sandbox.close();
});

async function create(body: Record<string, unknown>) {
  const response = await rawRequest(sandbox, "POST", STOCKS, JSON.stringify(body));
  return { status: response.status, body: jsonOf(response) };
}

describe("createCouponStock rules", () => {
  it("creates an unactivated stock", async () => {
    const before = sandbox.countStocks();
    const { status, body } = await create(validStockBody(sandbox));
    expect(status).toBe(200);
    expect(body["stock_id"]).toMatch(/^\d+$/);
    expect(body["create_time"]).toMatch(/\+08:00$/);
    expect(sandbox.countStocks()).toBe(before + 1);
    expect(sandbox.getStock(String(body["stock_id"]))?.["status"]).toBe("unactivated");
  });

  it("is idempotent by out_request_no: an identical replay returns the same stock", async () => {
    const body = validStockBody(sandbox);
    const first = await create(body);
    const count = sandbox.countStocks();
    // Same content, different key order: still the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await create(reordered);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(sandbox.countStocks()).toBe(count);
  });

  it("rejects a replay of out_request_no with different content (400 INVALID_REQUEST)", async () => {
    const body = validStockBody(sandbox);
    await create(body);
    const changed = await create({ ...body, stock_name: "另一个批次" });
    expect(changed.status).toBe(400);
    expect(changed.body["code"]).toBe("INVALID_REQUEST");
    expect((changed.body["detail"] as Record<string, unknown>)["field"]).toBe("/out_request_no");
  });

  it('answers transaction_minimum ≤ coupon_amount with PARAM_ERROR "券面额必须大于0"', async () => {
    const body = validStockBody(sandbox);
    const { status, body: error } = await create({
      ...body,
      coupon_use_rule: {
        ...(body["coupon_use_rule"] as object),
        fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 100 },
      },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: "PARAM_ERROR",
      message: "券面额必须大于0",
      detail: { field: "/coupon_use_rule/fixed_normal_coupon/transaction_minimum" },
    });
  });

  it("requires max_amount = coupon_amount × max_coupons", async () => {
    const body = validStockBody(sandbox);
    const { status, body: error } = await create({
      ...body,
      stock_use_rule: { ...(body["stock_use_rule"] as object), max_amount: 999 },
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({
      code: "PARAM_ERROR",
      detail: { field: "/stock_use_rule/max_amount", value: 999 },
    });
  });

  it("requires max_coupons_per_user ≤ max_coupons", async () => {
    const body = validStockBody(sandbox);
    const { body: error } = await create({
      ...body,
      stock_use_rule: {
        ...(body["stock_use_rule"] as object),
        max_coupons: 5,
        max_amount: 500,
        max_coupons_per_user: 6,
      },
    });
    expect(error).toMatchObject({
      code: "PARAM_ERROR",
      detail: { field: "/stock_use_rule/max_coupons_per_user" },
    });
  });

  it("requires max_amount_by_day ≤ max_amount", async () => {
    const body = validStockBody(sandbox);
    const { body: error } = await create({
      ...body,
      stock_use_rule: { ...(body["stock_use_rule"] as object), max_amount_by_day: 1001 },
    });
    expect(error).toMatchObject({
      code: "PARAM_ERROR",
      detail: { field: "/stock_use_rule/max_amount_by_day" },
    });
  });

  it.each([
    [
      "begins in the past",
      { available_begin_time: chinaTime(Date.now() - 3600_000) },
      "/available_begin_time",
    ],
    [
      "ends before it begins",
      {
        available_begin_time: chinaTime(Date.now() + 7200_000),
        available_end_time: chinaTime(Date.now() + 3600_000),
      },
      "/available_end_time",
    ],
    [
      "spans more than 90 days",
      { available_end_time: chinaTime(Date.now() + 91 * 86_400_000 + 60_000) },
      "/available_end_time",
    ],
    [
      "begins more than 365 days ahead",
      {
        available_begin_time: chinaTime(Date.now() + 366 * 86_400_000),
        available_end_time: chinaTime(Date.now() + 367 * 86_400_000),
      },
      "/available_begin_time",
    ],
  ])("rejects a window that %s", async (_label, override, field) => {
    const { status, body } = await create(validStockBody(sandbox, override));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "PARAM_ERROR", detail: { field } });
  });

  it("requires belong_merchant to be the calling merchant", async () => {
    const { status, body } = await create(
      validStockBody(sandbox, { belong_merchant: "1900000999" }),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "INVALID_REQUEST", detail: { field: "/belong_merchant" } });
  });
});

describe("stock lifecycle", () => {
  it("goes unactivated → running → paused → running, with the documented time fields", async () => {
    const stockId = await createStock(sandbox);
    const start = await lifecycle(sandbox, stockId, "start");
    expect(start.status).toBe(200);
    expect(jsonOf(start)).toMatchObject({
      stock_id: stockId,
      start_time: expect.stringMatching(/\+08:00$/),
    });
    expect(sandbox.getStock(stockId)?.["status"]).toBe("running");
    const pause = await lifecycle(sandbox, stockId, "pause");
    expect(jsonOf(pause)).toMatchObject({ stock_id: stockId, pause_time: expect.any(String) });
    expect(sandbox.getStock(stockId)?.["status"]).toBe("paused");
    const restart = await lifecycle(sandbox, stockId, "restart");
    expect(jsonOf(restart)).toMatchObject({ stock_id: stockId, restart_time: expect.any(String) });
    expect(sandbox.getStock(stockId)?.["status"]).toBe("running");
  });

  it("treats a repeated start or pause as idempotent", async () => {
    const stockId = await createStock(sandbox);
    const first = jsonOf(await lifecycle(sandbox, stockId, "start"));
    const again = await lifecycle(sandbox, stockId, "start");
    expect(again.status).toBe(200);
    expect(jsonOf(again)).toEqual(first);
    const paused = jsonOf(await lifecycle(sandbox, stockId, "pause"));
    expect(jsonOf(await lifecycle(sandbox, stockId, "pause"))).toEqual(paused);
  });

  it.each([
    ["pause an unactivated stock", [], "pause"],
    ["restart a running stock", ["start"], "restart"],
    ["stop a running stock", ["start"], "stop"],
    ["start a stopped stock", ["stop"], "start"],
  ] as const)(
    'refuses to %s with 400 PARAM_ERROR "批次状态不合法"',
    async (_label, before, action) => {
      const stockId = await createStock(sandbox);
      for (const step of before) expect((await lifecycle(sandbox, stockId, step)).status).toBe(200);
      const response = await lifecycle(sandbox, stockId, action);
      expect(response.status).toBe(400);
      const body = jsonOf(response);
      expect(body["code"]).toBe("PARAM_ERROR");
      expect(String(body["message"])).toContain("批次状态不合法");
    },
  );

  it("stops only an unactivated stock", async () => {
    const stockId = await createStock(sandbox);
    const stop = await lifecycle(sandbox, stockId, "stop");
    expect(stop.status).toBe(200);
    expect(jsonOf(stop)).toMatchObject({ stock_id: stockId, stop_time: expect.any(String) });
    expect(sandbox.getStock(stockId)?.["status"]).toBe("stoped");
  });

  it("refuses a stock_creator_mchid that is not the creator (403 REQUEST_BLOCKED)", async () => {
    const stockId = await createStock(sandbox);
    const response = await lifecycle(sandbox, stockId, "start", "1900000999");
    expect(response.status).toBe(403);
    expect(jsonOf(response)["code"]).toBe("REQUEST_BLOCKED");
  });

  it("answers 404 RESOURCE_NOT_EXISTS for an unknown stock", async () => {
    const response = await lifecycle(sandbox, "99999999", "start");
    expect(response.status).toBe(404);
    expect(jsonOf(response)["code"]).toBe("RESOURCE_NOT_EXISTS");
  });

  it("reports a running stock as stoped after its end", async () => {
    const stockId = await createStock(sandbox);
    await lifecycle(sandbox, stockId, "start");
    sandbox.advanceClock(31 * 86_400_000);
    try {
      expect(sandbox.getStock(stockId)?.["status"]).toBe("stoped");
    } finally {
      sandbox.advanceClock(-31 * 86_400_000);
    }
  });
});

describe("stock queries", () => {
  it("queries one stock as the creator, 403 for another stock_creator_mchid", async () => {
    const stockId = await createStock(sandbox);
    const mine = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/${stockId}?stock_creator_mchid=${sandbox.mchid}`,
    );
    expect(mine.status).toBe(200);
    expect(jsonOf(mine)).toMatchObject({
      stock_id: stockId,
      stock_creator_mchid: sandbox.mchid,
      status: "unactivated",
      distributed_coupons: 0,
      singleitem: true,
    });
    const other = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/${stockId}?stock_creator_mchid=1900000999`,
    );
    expect(other.status).toBe(403);
  });

  it("pages with offset as a PAGE INDEX and reports total_count", async () => {
    const own = await startTestSandbox({ credentials: sandbox.credentials });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 13; i++) ids.push(await createStock(own));
      const page = async (offset: number) =>
        jsonOf(
          await rawRequest(
            own,
            "GET",
            `/v3/marketing/favor/stocks?offset=${offset}&limit=5&stock_creator_mchid=${own.mchid}`,
          ),
        );
      const p0 = await page(0);
      const p1 = await page(1);
      const p2 = await page(2);
      const p3 = await page(3);
      expect(p0).toMatchObject({ total_count: 13, offset: 0, limit: 5 });
      const seen = [p0, p1, p2].flatMap((p) =>
        (p["data"] as { stock_id: string }[]).map((s) => s.stock_id),
      );
      expect(seen).toEqual(ids);
      expect(p3["data"]).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it("filters by status", async () => {
    const stockId = await createStock(sandbox);
    await lifecycle(sandbox, stockId, "start");
    await lifecycle(sandbox, stockId, "pause");
    const response = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}&status=paused`,
      ),
    );
    const data = response["data"] as { stock_id: string; status: string }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((s) => s.status === "paused")).toBe(true);
    expect(data.map((s) => s.stock_id)).toContain(stockId);
  });

  it("lists available merchants and items page by page", async () => {
    const stockId = await createStock(sandbox);
    const merchants = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks/${stockId}/merchants?offset=1&limit=2&stock_creator_mchid=${sandbox.mchid}`,
      ),
    );
    expect(merchants).toEqual({
      total_count: 3,
      offset: 1,
      limit: 2,
      data: ["1900000111"],
      stock_id: stockId,
    });
    const items = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks/${stockId}/items?offset=0&limit=2&stock_creator_mchid=${sandbox.mchid}`,
      ),
    );
    expect(items).toEqual({
      total_count: 3,
      offset: 0,
      limit: 2,
      data: ["sku-1", "sku-2"],
      stock_id: stockId,
    });
  });
});
