/**
 * Using a coupon applies the documented use conditions (sandbox/domain/use-conditions.ts): the
 * stock's availability window on the sandbox clock, and, when the order is described, its
 * available_merchants, transaction_minimum, trade_type and goods_tag. Driven through the typed
 * control helpers a package user gets from `wechatpay-favor/sandbox` (sandboxControl), which are
 * tested here too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  sandboxControl,
  SandboxControlError,
  type Sandbox,
  type SandboxControl,
} from "../../sandbox/index.js";
import { jsonOf } from "./raw-client.js";
import {
  chinaTime,
  runningStock,
  sendCouponRaw,
  startTestSandbox,
  uniqueNo,
  validStockBody,
} from "./fixtures.js";

let sandbox: Sandbox;
let control: SandboxControl;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  control = sandboxControl(sandbox.baseUrl);
});

afterAll(async () => {
  await sandbox.close();
});

/** A coupon of a running stock created with `overrides`. */
async function coupon(overrides: Record<string, unknown> = {}): Promise<string> {
  const stockId = await runningStock(sandbox, overrides);
  const sent = await sendCouponRaw(sandbox, stockId, uniqueNo("o-user"));
  if (sent.status !== 200) throw new Error(`send failed: ${sent.text}`);
  return String(jsonOf(sent)["coupon_id"]);
}

/** The control error of a refused use (fails the test when the use went through). */
async function refusal(promise: Promise<unknown>): Promise<SandboxControlError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SandboxControlError);
  return error as SandboxControlError;
}

describe("the stock's availability window", () => {
  it("refuses a coupon before available_begin_time, and takes it once the clock got there", async () => {
    const couponId = await coupon({ available_begin_time: chinaTime(Date.now() + 3_600_000) });
    const early = await refusal(control.useCoupon(couponId));
    expect([early.status, early.code]).toEqual([400, "INVALID_REQUEST"]);
    expect(early.message).toContain("available_begin_time");
    expect(sandbox.getCoupon(couponId)?.status).toBe("SENDED");

    await control.advanceClock(2 * 3600);
    const used = await control.useCoupon(couponId);
    expect(used.coupon.status).toBe("USED");
    await control.advanceClock(-2 * 3600);
  });

  it("refuses a coupon after available_end_time (expired)", async () => {
    const couponId = await coupon({ available_end_time: chinaTime(Date.now() + 3_600_000) });
    await control.advanceClock(2 * 3600);
    try {
      const late = await refusal(control.useCoupon(couponId));
      expect(late.message).toContain("EXPIRED");
    } finally {
      await control.advanceClock(-2 * 3600);
    }
  });
});

describe("the coupon_use_rule, when the order is described", () => {
  const rule = (extra: Record<string, unknown>) => ({
    coupon_use_rule: {
      ...(validStockBody(sandbox)["coupon_use_rule"] as Record<string, unknown>),
      ...extra,
    },
  });

  it("order_amount below transaction_minimum is refused; at the minimum it is used", async () => {
    const couponId = await coupon();
    const below = await refusal(control.useCoupon(couponId, { order_amount: 199 }));
    expect(below.message).toContain("transaction_minimum 200");
    expect((await control.useCoupon(couponId, { order_amount: 200 })).coupon.status).toBe("USED");
  });

  it("a consume_mchid outside available_merchants is refused", async () => {
    const couponId = await coupon();
    const foreign = await refusal(control.useCoupon(couponId, { consume_mchid: "1900009999" }));
    expect(foreign.message).toContain("available_merchants");
    const used = await control.useCoupon(couponId, { consume_mchid: "1900000110" });
    expect(used.coupon.consume_information?.consume_mchid).toBe("1900000110");
  });

  it("trade_type and goods_tag must match the stock's when it lists them", async () => {
    const couponId = await coupon(rule({ trade_type: ["MICROAPP"], goods_tag: ["member"] }));
    expect(
      (await refusal(control.useCoupon(couponId, { trade_type: "APPPAY" }))).message,
    ).toContain("trade_type");
    expect(
      (await refusal(control.useCoupon(couponId, { goods_tag: ["guest"] }))).message,
    ).toContain("goods_tag");
    const used = await control.useCoupon(couponId, {
      trade_type: "MICROAPP",
      goods_tag: ["member"],
    });
    expect(used.coupon.status).toBe("USED");
  });

  it("sandbox.useCoupon() in-process applies the same conditions", async () => {
    const couponId = await coupon();
    expect(() => sandbox.useCoupon(couponId, { order_amount: 1 })).toThrow(/transaction_minimum/);
  });

  it("a malformed order field is a 400 naming it", async () => {
    const couponId = await coupon();
    const bad = await refusal(control.useCoupon(couponId, { order_amount: -1 }));
    expect([bad.status, bad.code]).toEqual([400, "PARAM_ERROR"]);
    expect(bad.message).toContain("order_amount");
  });
});

describe("sandboxControl: typed helpers for the control endpoints", () => {
  it("health, state, notifications, faults and reset", async () => {
    expect((await control.health()).status).toBe("ok");
    await coupon();
    expect((await control.state()).coupons).toBeGreaterThan(0);
    expect(Array.isArray(await control.notifications())).toBe(true);
    await control.setFault({ mode: "500", operations: ["queryStock"] });
    await control.clearFault();
    const unknown = await refusal(control.setFault({ mode: "no-such-mode" }));
    expect(unknown.status).toBe(400);
    await control.reset();
    expect(await control.state()).toMatchObject({ stocks: 0, coupons: 0 });
  });

  it("an unknown coupon is a SandboxControlError with the sandbox's code", async () => {
    const missing = await refusal(control.useCoupon("999999999"));
    expect([missing.status, missing.code]).toEqual([404, "RESOURCE_NOT_EXISTS"]);
    expect(missing.message).toContain("POST coupons/999999999/use");
  });
});
