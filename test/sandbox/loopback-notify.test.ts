/**
 * The sandbox's documented notification flow with client-side validation ON: an
 * `https://127.0.0.1:<port>/…` notify_url passes the client's checks (the spec requires https)
 * and the sandbox delivers to the test's plain-http loopback server. Also: the sandbox's helpers
 * return the generated model types, equal to what the client's queries answer.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createCouponStock,
  parseCouponUseNotification,
  queryCallback,
  queryCoupon,
  queryStock,
  sendCoupon,
  setCallback,
  startStock,
  type Coupon,
  type Stock,
} from "../../generated/index.js";
import { RequestValidationError, WechatPayClient } from "../../runtime/index.js";
import { deliveryUrl } from "../../sandbox/http/loopback-callbacks.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { stockParams, uniqueNo } from "../e2e/harness.js";
import { startReceiver, type Receiver } from "./receiver.js";

let sandbox: Sandbox;
let client: WechatPayClient;
let receiver: Receiver;
beforeAll(async () => {
  sandbox = await startSandbox({ notifyRetryIntervalMs: 50, validateResponses: true });
  client = new WechatPayClient(sandbox.clientConfig);
  receiver = await startReceiver();
});
afterAll(async () => {
  expect(sandbox.selfCheckFailures).toEqual([]);
  await client?.close();
  await receiver?.close();
  await sandbox?.close();
});

async function sentCoupon(): Promise<{ stock_id: string; coupon_id: string }> {
  const now = Date.now();
  const { stock_id } = await createCouponStock(
    client,
    stockParams(sandbox, { available_begin_time: new Date(now - 60_000) }),
  );
  await startStock(client, { stock_id, stock_creator_mchid: sandbox.mchid });
  const { coupon_id } = await sendCoupon(client, {
    openid: "oLoopbackUser0001",
    stock_id,
    out_request_no: uniqueNo("send"),
    appid: sandbox.appid,
    stock_creator_mchid: sandbox.mchid,
  });
  return { stock_id, coupon_id };
}

describe("https loopback notify URLs", () => {
  it("the client refuses http://127.0.0.1 with validation on (why the https form exists)", async () => {
    const error = await setCallback(client, {
      mchid: sandbox.mchid,
      notify_url: receiver.url,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
  });

  it("https://127.0.0.1:<port>/path is accepted by the client and delivered to the http server on that port", async () => {
    const notifyUrl = receiver.url.replace(/^http:/, "https:");
    await setCallback(client, { mchid: sandbox.mchid, notify_url: notifyUrl });
    expect((await queryCallback(client, { mchid: sandbox.mchid })).notify_url).toBe(notifyUrl);

    const { coupon_id } = await sentCoupon();
    const used = sandbox.useCoupon(coupon_id);
    expect(used.notification?.notifyUrl).toBe(notifyUrl);
    const record = await used.notification?.delivered;
    expect(record?.delivered).toBe(true);
    const [delivery] = await receiver.waitFor(1, 10_000);
    if (delivery === undefined) throw new Error("no delivery");
    const { resource } = parseCouponUseNotification(client, {
      headers: delivery.headers,
      body: delivery.body,
    });
    expect(resource.coupon_id).toBe(coupon_id);
  });

  it("only loopback https is mapped, and not when loopback callbacks are disabled", () => {
    expect(deliveryUrl("https://127.0.0.1:8443/n", true)).toBe("http://127.0.0.1:8443/n");
    expect(deliveryUrl("https://localhost:8443/n", true)).toBe("http://localhost:8443/n");
    expect(deliveryUrl("https://[::1]:8443/n", true)).toBe("http://[::1]:8443/n");
    expect(deliveryUrl("https://127.0.0.1.example.com/n", true)).toBe(
      "https://127.0.0.1.example.com/n",
    );
    expect(deliveryUrl("https://localhost.example.com/n", true)).toBe(
      "https://localhost.example.com/n",
    );
    expect(deliveryUrl("https://merchant.example.com/n", true)).toBe(
      "https://merchant.example.com/n",
    );
    expect(deliveryUrl("https://127.0.0.1:8443/n", false)).toBe("https://127.0.0.1:8443/n");
  });
});

describe("sandbox helpers return the generated models", () => {
  it("getStock, getCoupon and useCoupon().coupon equal what the client's queries answer", async () => {
    const { stock_id, coupon_id } = await sentCoupon();
    const stock = sandbox.getStock(stock_id);
    expectTypeOf(stock).toEqualTypeOf<Stock | undefined>();
    expect(stock).toEqual(
      await queryStock(client, { stock_id, stock_creator_mchid: sandbox.mchid }),
    );
    const coupon = sandbox.getCoupon(coupon_id);
    expectTypeOf(coupon).toEqualTypeOf<Coupon | undefined>();
    const query = { coupon_id, openid: "oLoopbackUser0001", appid: sandbox.appid };
    expect(coupon).toEqual(await queryCoupon(client, query));
    const used = sandbox.useCoupon(coupon_id).coupon;
    expectTypeOf(used).toEqualTypeOf<Coupon>();
    expect(used.status).toBe("USED");
    expect(used).toEqual(await queryCoupon(client, query));
  });
});
