/**
 * Notifications signed with a certificate the client has not seen yet (a rotation that happened
 * between two downloads): the notification handler fetches it first and processes the delivery;
 * the synchronous parseNotification refuses this attempt but starts the refresh, so WeChat's
 * resend verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookMetas } from "../../generated/webhooks.js";
import {
  createNotificationHandler,
  SignatureVerificationError,
  WechatPayClient,
  type NotificationInput,
} from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { runningStock, sendCouponRaw } from "../sandbox/fixtures.js";
import { jsonOf, rawRequest } from "../sandbox/raw-client.js";
import { startReceiver, type Receiver } from "../sandbox/receiver.js";
import { anyCall, legacyConfig, startCertificateSandbox } from "./helpers.js";

let sandbox: Sandbox;
let receiver: Receiver;
const clients: WechatPayClient[] = [];

beforeAll(async () => {
  sandbox = await startCertificateSandbox({ notifyRetryIntervalMs: 50 });
  receiver = await startReceiver();
  const callback = await rawRequest(
    sandbox,
    "POST",
    "/v3/marketing/favor/callbacks",
    JSON.stringify({ mchid: sandbox.mchid, notify_url: receiver.url, switch: true }),
  );
  expect(callback.status).toBe(200);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await receiver.close();
  await sandbox.close();
});

/** A COUPON.USE delivery signed with whatever signs now; resolves with what the receiver got. */
async function delivery(
  openid: string,
): Promise<NotificationInput & { headers: Record<string, string> }> {
  const stockId = await runningStock(sandbox);
  const couponId = String(jsonOf(await sendCouponRaw(sandbox, stockId, openid))["coupon_id"]);
  const count = receiver.deliveries.length;
  sandbox.useCoupon(couponId);
  const all = await receiver.waitFor(count + 1, 10_000);
  const last = all[count];
  if (last === undefined) throw new Error("no delivery");
  return { headers: last.headers as Record<string, string>, body: last.body };
}

async function clientHoldingCurrent(): Promise<WechatPayClient> {
  const client = new WechatPayClient(legacyConfig(sandbox));
  clients.push(client);
  await anyCall(client, sandbox);
  return client;
}

describe("notifications across a rotation", () => {
  it("the notification handler fetches the new certificate, then processes the delivery", async () => {
    const client = await clientHoldingCurrent();
    const newSerial = await sandbox.certificates?.rotate({ useAfterMs: 0 });
    const input = await delivery("cert-handler-openid");
    expect(input.headers["wechatpay-serial"]).toBe(newSerial);
    const seen: string[] = [];
    const handler = createNotificationHandler(client, {
      webhooks: webhookMetas,
      onEvent: (event) => void seen.push(event.resource.coupon_id),
    });
    const downloads = sandbox.certificates?.downloads ?? 0;
    const outcome = await handler.handle(input);
    expect(outcome.kind).toBe("processed");
    expect(seen).toHaveLength(1);
    expect(sandbox.certificates?.downloads).toBe(downloads + 1);
  });

  it("parseNotification refuses the first attempt but starts the refresh; the resend verifies", async () => {
    const client = await clientHoldingCurrent();
    await sandbox.certificates?.rotate({ useAfterMs: 0 });
    const input = await delivery("cert-sync-openid");
    let first: unknown;
    try {
      client.parseNotification(input);
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(SignatureVerificationError);
    expect((first as SignatureVerificationError).reason).toBe("unknown_serial");
    await client.prepareNotificationKeys(input); // joins the refresh parseNotification started
    expect(client.parseNotification(input).event_type).toBe("COUPON.USE");
  });
});
