/** Callback URL settings and COUPON.USE notifications (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html). */
import { createPublicKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNotification } from "../../runtime/notification.js";
import type { Sandbox } from "../../sandbox/index.js";
import { runningStock, sendCouponRaw, startTestSandbox } from "./fixtures.js";
import { jsonOf, rawRequest } from "./raw-client.js";
import { startReceiver, type Delivery } from "./receiver.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimits: false });
});
afterAll(async () => {
  expect(sandbox.selfCheckFailures).toEqual([]);
  await sandbox.close();
});

const setCallback = (notifyUrl: string, mchid = sandbox.mchid) =>
  rawRequest(
    sandbox,
    "POST",
    "/v3/marketing/favor/callbacks",
    JSON.stringify({ mchid, notify_url: notifyUrl, switch: true }),
  );

function open(delivery: Delivery) {
  return openNotification<Record<string, unknown>>(
    { headers: delivery.headers as Record<string, string>, body: delivery.body },
    {
      keys: new Map([
        [
          sandbox.clientConfig.wechatpayPublicKeyId,
          createPublicKey(sandbox.clientConfig.wechatpayPublicKey),
        ],
      ]),
      nowMs: Date.now(),
      apiV3Key: Buffer.from(sandbox.apiV3Key),
    },
  );
}

async function sentCoupon(openid: string): Promise<{ stockId: string; couponId: string }> {
  const stockId = await runningStock(sandbox);
  const couponId = String(jsonOf(await sendCouponRaw(sandbox, stockId, openid))["coupon_id"]);
  return { stockId, couponId };
}

describe("callbacks", () => {
  it("answers 404 before a notify_url is set, then returns what was set", async () => {
    const own = await startTestSandbox({ credentials: sandbox.credentials });
    try {
      const before = await rawRequest(
        own,
        "GET",
        `/v3/marketing/favor/callbacks?mchid=${own.mchid}`,
      );
      expect(before.status).toBe(404);
      const set = await rawRequest(
        own,
        "POST",
        "/v3/marketing/favor/callbacks",
        JSON.stringify({ mchid: own.mchid, notify_url: "https://merchant.example.com/notify" }),
      );
      expect(set.status).toBe(200);
      expect(jsonOf(set)).toMatchObject({
        notify_url: "https://merchant.example.com/notify",
        update_time: expect.stringMatching(/\+08:00$/),
      });
      const after = await rawRequest(
        own,
        "GET",
        `/v3/marketing/favor/callbacks?mchid=${own.mchid}`,
      );
      expect(jsonOf(after)).toEqual({
        notify_url: "https://merchant.example.com/notify",
        mchid: own.mchid,
      });
    } finally {
      await own.close();
    }
  });

  it.each([
    ["plain http to a public host", "http://merchant.example.com/notify"],
    ["a query string", "https://merchant.example.com/notify?a=1"],
  ])("rejects a notify_url with %s", async (_label, url) => {
    const response = await setCallback(url);
    expect(response.status).toBe(400);
    expect(jsonOf(response)).toMatchObject({
      code: "PARAM_ERROR",
      detail: { field: "/notify_url" },
    });
  });

  it("refuses to set another merchant's callback (403 REQUEST_BLOCKED)", async () => {
    const response = await setCallback("https://merchant.example.com/notify", "1900000999");
    expect(response.status).toBe(403);
    expect(jsonOf(response)["code"]).toBe("REQUEST_BLOCKED");
  });
});

describe("COUPON.USE notification", () => {
  it("is signed, AES-256-GCM encrypted and decrypts to the used coupon", async () => {
    const receiver = await startReceiver();
    try {
      expect((await setCallback(receiver.url)).status).toBe(200);
      const { stockId, couponId } = await sentCoupon("o-notify-1");
      const result = sandbox.useCoupon(couponId);
      expect(result.notification?.notifyUrl).toBe(receiver.url);
      const record = await result.notification?.delivered;
      expect(record).toMatchObject({ delivered: true, finished: true });
      expect(record?.attempts).toHaveLength(1);

      const [delivery] = await receiver.waitFor(1);
      if (!delivery) throw new Error("no delivery");
      expect(delivery.headers["wechatpay-serial"]).toBe(sandbox.clientConfig.wechatpayPublicKeyId);
      expect(delivery.headers["wechatpay-signature-type"]).toBe("WECHATPAY2-SHA256-RSA2048");
      expect(delivery.headers["request-id"]).toBeDefined();
      const envelope = JSON.parse(delivery.body.toString("utf8")) as Record<string, unknown>;
      expect(envelope).toMatchObject({
        event_type: "COUPON.USE",
        resource_type: "encrypt-resource",
        summary: "用券成功",
      });
      expect(envelope["resource"]).toMatchObject({
        original_type: "coupon",
        algorithm: "AEAD_AES_256_GCM",
        associated_data: "coupon",
        nonce: expect.stringMatching(/^[A-Za-z0-9]{12}$/),
      });

      const notification = open(delivery);
      expect(notification.id).toBe(result.notification?.id);
      expect(notification.resource).toMatchObject({
        coupon_id: couponId,
        stock_id: stockId,
        status: "USED",
        stock_creator_mchid: sandbox.mchid,
        consume_information: { consume_mchid: sandbox.mchid },
      });
    } finally {
      await receiver.close();
    }
  });

  it("retries until the receiver answers 2xx", async () => {
    const receiver = await startReceiver((_d, index) => (index < 2 ? 500 : 204));
    try {
      await setCallback(receiver.url);
      const { couponId } = await sentCoupon("o-notify-2");
      const record = await sandbox.useCoupon(couponId).notification?.delivered;
      expect(record?.delivered).toBe(true);
      expect(record?.attempts.map((a) => a.status)).toEqual([500, 500, 204]);
      // Each attempt is freshly signed (new nonce), and all carry the same notification.
      const deliveries = await receiver.waitFor(3);
      expect(new Set(deliveries.map((d) => d.headers["wechatpay-nonce"])).size).toBe(3);
      expect(new Set(deliveries.map((d) => open(d).id)).size).toBe(1);
    } finally {
      await receiver.close();
    }
  });

  it("gives up after 9 attempts in total", async () => {
    const receiver = await startReceiver(() => 503);
    try {
      await setCallback(receiver.url);
      const { couponId } = await sentCoupon("o-notify-3");
      const record = await sandbox.useCoupon(couponId).notification?.delivered;
      expect(record).toMatchObject({ delivered: false, finished: true });
      expect(record?.attempts).toHaveLength(9);
    } finally {
      await receiver.close();
    }
  });

  it("sends a SIGNTEST probe first when asked, and a valid notification after the receiver rejects it", async () => {
    const receiver = await startReceiver((delivery) => {
      try {
        open(delivery);
        return 200;
      } catch {
        return 401;
      }
    });
    try {
      await setCallback(receiver.url);
      const { couponId } = await sentCoupon("o-notify-4");
      const record = await sandbox.useCoupon(couponId, { notificationFault: { kind: "signtest" } })
        .notification?.delivered;
      expect(record?.attempts.map((a) => a.status)).toEqual([401, 200]);
      expect(String(receiver.deliveries[0]?.headers["wechatpay-signature"])).toMatch(
        /^WECHATPAY\/SIGNTEST\//,
      );
    } finally {
      await receiver.close();
    }
  });

  it("can be triggered through the control endpoint", async () => {
    const receiver = await startReceiver();
    try {
      await setCallback(receiver.url);
      const { couponId } = await sentCoupon("o-notify-5");
      const response = await fetch(`${sandbox.baseUrl}/sandbox/v1/coupons/${couponId}/use`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ transaction_id: "4200000000000000000000000009" }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body["coupon"]).toMatchObject({ coupon_id: couponId, status: "USED" });
      const [delivery] = await receiver.waitFor(1);
      if (!delivery) throw new Error("no delivery");
      expect(open(delivery).resource["consume_information"]).toMatchObject({
        transaction_id: "4200000000000000000000000009",
      });
      const again = await fetch(`${sandbox.baseUrl}/sandbox/v1/coupons/${couponId}/use`, {
        method: "POST",
        headers: { "content-type": "application/json" },
      });
      expect(again.status).toBe(400);
    } finally {
      await receiver.close();
    }
  });
});
