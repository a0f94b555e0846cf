/**
 * The whole story through the real client and the generated functions: create → start → send →
 * iterate → query → items → pause → restart, then a redemption whose COUPON.USE notification a
 * merchant endpoint verifies and decrypts with the runtime.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCouponStock,
  iterateListAvailableMerchants,
  iterateListAvailableSingleitems,
  iterateListCouponsByFilter,
  iterateListStocks,
  pauseStock,
  queryCallback,
  queryCoupon,
  queryStock,
  restartStock,
  sendCoupon,
  setCallback,
  startStock,
  type CouponUseResource,
} from "../../generated/index.js";
import type { Notification } from "../../runtime/index.js";
import { startE2E, stockParams, uniqueNo, type E2E } from "./harness.js";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  expect(e2e.sandbox.selfCheckFailures).toEqual([]);
  await e2e.close();
});

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterator) out.push(item);
  return out;
}

describe("stock and coupon lifecycle", () => {
  it("create → start → send → list → query → items → pause → restart", async () => {
    const { client, sandbox } = e2e;
    const created = await createCouponStock(client, stockParams(sandbox));
    expect(created.stock_id).toMatch(/^\d+$/);
    const stockId = created.stock_id;

    const started = await startStock(client, {
      stock_id: stockId,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(started.stock_id).toBe(stockId);
    expect(started.start_time).toMatch(/\+08:00$/);

    const coupon = await sendCoupon(client, {
      openid: "o-e2e-life",
      stock_id: stockId,
      out_request_no: uniqueNo("send"),
      appid: sandbox.appid,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(coupon.coupon_id).toMatch(/^\d+$/);

    // More stocks than one page (limit 10 max) so the iterator has to walk page indexes.
    for (let i = 0; i < 11; i++) await createCouponStock(client, stockParams(sandbox));
    const all = await collect(
      iterateListStocks(client, { limit: 5, stock_creator_mchid: sandbox.mchid }),
    );
    expect(all).toHaveLength(12);
    expect(new Set(all.map((s) => s.stock_id)).size).toBe(12);
    expect(all.find((s) => s.stock_id === stockId)).toMatchObject({
      status: "running",
      distributed_coupons: 1,
    });
    const running = await collect(
      iterateListStocks(client, {
        limit: 10,
        stock_creator_mchid: sandbox.mchid,
        status: "running",
      }),
    );
    expect(running.map((s) => s.stock_id)).toEqual([stockId]);

    const stock = await queryStock(client, {
      stock_id: stockId,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(stock).toMatchObject({
      stock_id: stockId,
      status: "running",
      singleitem: true,
      stock_use_rule: { max_coupons: 10, coupon_type: "NORMAL" },
    });

    expect(
      await collect(
        iterateListAvailableSingleitems(client, {
          stock_id: stockId,
          limit: 2,
          stock_creator_mchid: sandbox.mchid,
        }),
      ),
    ).toEqual(["sku-1", "sku-2", "sku-3"]);
    expect(
      await collect(
        iterateListAvailableMerchants(client, {
          stock_id: stockId,
          limit: 1,
          stock_creator_mchid: sandbox.mchid,
        }),
      ),
    ).toEqual([sandbox.mchid, "1900000110", "1900000111"]);

    const mine = await collect(
      iterateListCouponsByFilter(client, {
        openid: "o-e2e-life",
        appid: sandbox.appid,
        creator_mchid: sandbox.mchid,
        limit: 1,
      }),
    );
    expect(mine.map((c) => c.coupon_id)).toEqual([coupon.coupon_id]);
    expect(
      await queryCoupon(client, {
        openid: "o-e2e-life",
        coupon_id: coupon.coupon_id,
        appid: sandbox.appid,
      }),
    ).toMatchObject({ coupon_id: coupon.coupon_id, status: "SENDED" });

    const paused = await pauseStock(client, {
      stock_id: stockId,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(paused.pause_time).toMatch(/\+08:00$/);
    expect(
      (await queryStock(client, { stock_id: stockId, stock_creator_mchid: sandbox.mchid })).status,
    ).toBe("paused");
    const restarted = await restartStock(client, {
      stock_id: stockId,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(restarted.restart_time).toMatch(/\+08:00$/);
    expect(
      (await queryStock(client, { stock_id: stockId, stock_creator_mchid: sandbox.mchid })).status,
    ).toBe("running");
  });
});

describe("COUPON.USE notification to the merchant's endpoint", () => {
  it("arrives signed and encrypted; the runtime verifies and decrypts it", async () => {
    const { client, sandbox } = e2e;
    const received: Notification<CouponUseResource>[] = [];
    const failures: string[] = [];
    // The merchant endpoint: verify + decrypt with the client's own keys, answer 204 or 401.
    const endpoint = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        try {
          received.push(
            client.parseNotification<CouponUseResource>({
              headers: req.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.writeHead(204).end();
        } catch (error) {
          failures.push((error as Error).name);
          res.writeHead(401).end();
        }
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
    try {
      const notifyUrl = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/notify`;
      // The spec (and so client-side validation) demands https; the sandbox also accepts loopback http.
      await setCallback(
        client,
        { mchid: sandbox.mchid, notify_url: notifyUrl, switch: true },
        { validate: false },
      );
      expect(await queryCallback(client, { mchid: sandbox.mchid })).toEqual({
        notify_url: notifyUrl,
        mchid: sandbox.mchid,
      });

      const { stock_id } = await createCouponStock(client, stockParams(sandbox));
      await startStock(client, { stock_id, stock_creator_mchid: sandbox.mchid });
      const { coupon_id } = await sendCoupon(client, {
        openid: "o-e2e-notify",
        stock_id,
        out_request_no: uniqueNo("send"),
        appid: sandbox.appid,
        stock_creator_mchid: sandbox.mchid,
      });

      // First delivery is a SIGNTEST probe (as WeChat does now and then): the endpoint must refuse it.
      const used = sandbox.useCoupon(coupon_id, { notificationFault: { kind: "signtest" } });
      const delivery = await used.notification?.delivered;
      expect(delivery?.attempts.map((a) => a.status)).toEqual([401, 204]);
      expect(failures).toEqual(["SignatureVerificationError"]);
      expect(received).toHaveLength(1);
      const notification = received[0];
      expect(notification).toMatchObject({
        id: used.notification?.id,
        event_type: "COUPON.USE",
        resource_type: "encrypt-resource",
        original_type: "coupon",
      });
      expect(notification?.resource).toMatchObject({
        coupon_id,
        stock_id,
        status: "USED",
        stock_creator_mchid: sandbox.mchid,
      });
      expect(notification?.resource.consume_information?.transaction_id).toMatch(/^42\d{26}$/);
      expect(
        (await queryCoupon(client, { openid: "o-e2e-notify", coupon_id, appid: sandbox.appid }))
          .status,
      ).toBe("USED");
    } finally {
      await new Promise<void>((resolve) => {
        endpoint.close(() => resolve());
        endpoint.closeAllConnections();
      });
    }
  });
});
