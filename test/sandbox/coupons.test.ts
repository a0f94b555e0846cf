/** Sending and querying coupons (sendCoupon, listCouponsByFilter, queryCoupon). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/index.js";
import {
  createStock,
  lifecycle,
  runningStock,
  sendCouponRaw,
  startTestSandbox,
  uniqueNo,
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

describe("sendCoupon", () => {
  it("sends a coupon from a running stock and counts it", async () => {
    const stockId = await runningStock(sandbox);
    const response = await sendCouponRaw(sandbox, stockId, "o-user-1");
    expect(response.status).toBe(200);
    const couponId = String(jsonOf(response)["coupon_id"]);
    expect(sandbox.getCoupon(couponId)).toMatchObject({
      coupon_id: couponId,
      stock_id: stockId,
      status: "SENDED",
    });
    expect(sandbox.getStock(stockId)?.["distributed_coupons"]).toBe(1);
  });

  it("is idempotent by out_request_no, and rejects a changed replay", async () => {
    const stockId = await runningStock(sandbox);
    const outRequestNo = uniqueNo("send");
    const first = jsonOf(
      await sendCouponRaw(sandbox, stockId, "o-user-2", { out_request_no: outRequestNo }),
    );
    const count = sandbox.countCoupons();
    const replay = await sendCouponRaw(sandbox, stockId, "o-user-2", {
      out_request_no: outRequestNo,
    });
    expect(jsonOf(replay)).toEqual(first);
    expect(sandbox.countCoupons()).toBe(count);
    const changed = await sendCouponRaw(sandbox, stockId, "o-someone-else", {
      out_request_no: outRequestNo,
    });
    expect(changed.status).toBe(400);
    expect(jsonOf(changed)["code"]).toBe("INVALID_REQUEST");
  });

  it("enforces the per-user limit with 403 REQUEST_BLOCKED", async () => {
    const stockId = await runningStock(sandbox); // max_coupons_per_user 2
    expect((await sendCouponRaw(sandbox, stockId, "o-greedy")).status).toBe(200);
    expect((await sendCouponRaw(sandbox, stockId, "o-greedy")).status).toBe(200);
    const third = await sendCouponRaw(sandbox, stockId, "o-greedy");
    expect(third.status).toBe(403);
    expect(jsonOf(third)["code"]).toBe("REQUEST_BLOCKED");
  });

  it("answers 403 NOT_ENOUGH once the budget is used up", async () => {
    const stockId = await runningStock(sandbox, {
      stock_use_rule: {
        max_coupons: 5,
        max_amount: 500,
        max_coupons_per_user: 1,
        natural_person_limit: false,
        prevent_api_abuse: false,
      },
    });
    for (let i = 0; i < 5; i++)
      expect((await sendCouponRaw(sandbox, stockId, `o-budget-${i}`)).status).toBe(200);
    const sixth = await sendCouponRaw(sandbox, stockId, "o-budget-6");
    expect(sixth.status).toBe(403);
    expect(jsonOf(sixth)["code"]).toBe("NOT_ENOUGH");
  });

  it("answers 403 NOT_ENOUGH when today's budget (max_amount_by_day) is used up", async () => {
    const stockId = await runningStock(sandbox, {
      stock_use_rule: {
        max_coupons: 10,
        max_amount: 1000,
        max_amount_by_day: 200,
        max_coupons_per_user: 1,
        natural_person_limit: false,
        prevent_api_abuse: false,
      },
    });
    expect((await sendCouponRaw(sandbox, stockId, "o-day-1")).status).toBe(200);
    expect((await sendCouponRaw(sandbox, stockId, "o-day-2")).status).toBe(200);
    const third = await sendCouponRaw(sandbox, stockId, "o-day-3");
    expect(third.status).toBe(403);
    expect(jsonOf(third)["code"]).toBe("NOT_ENOUGH");
  });

  it.each([
    ["unactivated", []],
    ["paused", ["start", "pause"]],
  ] as const)("refuses to send from a %s stock (400 INVALID_REQUEST)", async (_label, steps) => {
    const stockId = await createStock(sandbox);
    for (const step of steps) await lifecycle(sandbox, stockId, step);
    const response = await sendCouponRaw(sandbox, stockId, "o-early");
    expect(response.status).toBe(400);
    expect(jsonOf(response)["code"]).toBe("INVALID_REQUEST");
  });

  it.each(["__proto__", "constructor"])(
    "treats the openid %j as an ordinary user (no prototype lookups)",
    async (openid) => {
      const stockId = await runningStock(sandbox); // max_coupons_per_user 2
      expect((await sendCouponRaw(sandbox, stockId, openid)).status).toBe(200);
      expect((await sendCouponRaw(sandbox, stockId, openid)).status).toBe(200);
      expect((await sendCouponRaw(sandbox, stockId, openid)).status).toBe(403);
      // A non-digit stock id never reaches the state lookup: the spec's `^[0-9]+$` pattern rejects it first.
      const missing = await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks/constructor?stock_creator_mchid=${sandbox.mchid}`,
      );
      expect(missing.status).toBe(400);
      expect(jsonOf(missing)["code"]).toBe("PARAM_ERROR");
    },
  );

  it("refuses an appid not bound to the merchant (400 APPID_MCHID_NOT_MATCH)", async () => {
    const stockId = await runningStock(sandbox);
    const response = await sendCouponRaw(sandbox, stockId, "o-user", {
      appid: "wx0000000000000000",
    });
    expect(response.status).toBe(400);
    expect(jsonOf(response)["code"]).toBe("APPID_MCHID_NOT_MATCH");
  });

  it("answers 404 for an unknown stock and 403 for a wrong stock_creator_mchid", async () => {
    expect((await sendCouponRaw(sandbox, "88888888", "o-user")).status).toBe(404);
    const stockId = await runningStock(sandbox);
    const blocked = await sendCouponRaw(sandbox, stockId, "o-user", {
      stock_creator_mchid: "1900000999",
    });
    expect(blocked.status).toBe(403);
    expect(jsonOf(blocked)["code"]).toBe("REQUEST_BLOCKED");
  });
});

describe("coupon queries", () => {
  const couponsOf = (openid: string, query: string) =>
    rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/users/${openid}/coupons?appid=${sandbox.appid}&${query}`,
    );

  it("lists a user's coupons by creator_mchid with paging and a status filter", async () => {
    const openid = `o-list-${Date.now()}`;
    const stockA = await runningStock(sandbox);
    const stockB = await runningStock(sandbox);
    const sent = [] as string[];
    for (const stock of [stockA, stockA, stockB])
      sent.push(String(jsonOf(await sendCouponRaw(sandbox, stock, openid))["coupon_id"]));
    sandbox.useCoupon(sent[0] ?? "");

    const all = jsonOf(await couponsOf(openid, `creator_mchid=${sandbox.mchid}&offset=0&limit=2`));
    expect(all).toMatchObject({ total_count: 3, offset: 0, limit: 2 });
    const second = jsonOf(
      await couponsOf(openid, `creator_mchid=${sandbox.mchid}&offset=1&limit=2`),
    );
    const ids = [
      ...(all["data"] as { coupon_id: string }[]),
      ...(second["data"] as { coupon_id: string }[]),
    ].map((c) => c.coupon_id);
    expect(ids).toEqual(sent);

    const usable = jsonOf(await couponsOf(openid, `creator_mchid=${sandbox.mchid}&status=SENDED`));
    expect((usable["data"] as { coupon_id: string }[]).map((c) => c.coupon_id)).toEqual(
      sent.slice(1),
    );
    const byStock = jsonOf(
      await couponsOf(openid, `creator_mchid=${sandbox.mchid}&stock_id=${stockB}`),
    );
    expect(byStock["total_count"]).toBe(1);
  });

  it("lists usable coupons by available_mchid", async () => {
    const openid = `o-avail-${Date.now()}`;
    const stockId = await runningStock(sandbox);
    await sendCouponRaw(sandbox, stockId, openid);
    const response = jsonOf(await couponsOf(openid, "available_mchid=1900000110"));
    expect(response["total_count"]).toBe(1);
    const none = jsonOf(await couponsOf(openid, "available_mchid=1900000555"));
    expect(none["total_count"]).toBe(0);
  });

  it("requires one of creator_mchid / sender_mchid / available_mchid", async () => {
    const response = await couponsOf("o-x", "offset=0");
    expect(response.status).toBe(400);
    expect(jsonOf(response)["code"]).toBe("PARAM_ERROR");
  });

  it("queries one coupon; 404 for another openid or an unknown coupon", async () => {
    const stockId = await runningStock(sandbox);
    const couponId = String(jsonOf(await sendCouponRaw(sandbox, stockId, "o-query"))["coupon_id"]);
    const found = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/users/o-query/coupons/${couponId}?appid=${sandbox.appid}`,
    );
    expect(found.status).toBe(200);
    expect(jsonOf(found)).toMatchObject({
      coupon_id: couponId,
      stock_id: stockId,
      status: "SENDED",
      coupon_type: "NORMAL",
      normal_coupon_information: { coupon_amount: 100, transaction_minimum: 200 },
    });
    expect(
      (
        await rawRequest(
          sandbox,
          "GET",
          `/v3/marketing/favor/users/o-other/coupons/${couponId}?appid=${sandbox.appid}`,
        )
      ).status,
    ).toBe(404);
    const unknown = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/users/o-query/coupons/1?appid=${sandbox.appid}`,
    );
    expect(unknown.status).toBe(404);
    expect(jsonOf(unknown)["code"]).toBe("RESOURCE_NOT_EXISTS");
  });

  it("shows a used coupon with consume_information, and an unused one as EXPIRED after the stock ends", async () => {
    const stockId = await runningStock(sandbox);
    const used = String(jsonOf(await sendCouponRaw(sandbox, stockId, "o-life-1"))["coupon_id"]);
    const unused = String(jsonOf(await sendCouponRaw(sandbox, stockId, "o-life-2"))["coupon_id"]);
    sandbox.useCoupon(used, { transaction_id: "4200000000000000000000000001" });
    const usedView = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/users/o-life-1/coupons/${used}?appid=${sandbox.appid}`,
      ),
    );
    expect(usedView).toMatchObject({
      status: "USED",
      consume_information: {
        transaction_id: "4200000000000000000000000001",
        consume_mchid: sandbox.mchid,
      },
    });
    sandbox.advanceClock(31 * 86_400_000);
    try {
      // The client must sign with the sandbox's (moved) clock, or the ±5 min check refuses it.
      const timestamp = Math.floor((Date.now() + 31 * 86_400_000) / 1000);
      const expired = jsonOf(
        await rawRequest(
          sandbox,
          "GET",
          `/v3/marketing/favor/users/o-life-2/coupons/${unused}?appid=${sandbox.appid}`,
          "",
          { timestamp },
        ),
      );
      expect(expired["status"]).toBe("EXPIRED");
    } finally {
      sandbox.advanceClock(-31 * 86_400_000);
    }
  });
});
