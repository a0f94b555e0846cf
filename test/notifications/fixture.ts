/**
 * Shared set-up for the framework adapter suites: a sandbox that delivers COUPON.USE notifications
 * to a real server of the framework under test, a client configured like a merchant's, and the
 * scenarios every adapter must pass (genuine, tampered, stale, probe, foreign type, re-serialized,
 * repeated).
 */
import { createCouponStock, sendCoupon, setCallback, startStock } from "../../generated/index.js";
import { webhookMetas } from "../../generated/webhooks.js";
import type { CouponUseResource } from "../../generated/models.js";
import {
  createNotificationHandler,
  WechatPayClient,
  type NotificationAdapterOptions,
  type NotificationHandler,
  type NotificationOutcome,
  type WebhookEventOf,
} from "../../runtime/index.js";
import {
  startSandbox,
  type DeliveryRecord,
  type Sandbox,
  type UseCouponOptions,
} from "../../sandbox/index.js";

export type FavorWebhooks = typeof webhookMetas;
export type FavorEvent = WebhookEventOf<FavorWebhooks>;

export interface NotifyWorld {
  sandbox: Sandbox;
  client: WechatPayClient;
  /** Resources the merchant's onEvent processed, in order. */
  processed: CouponUseResource[];
  /** Every outcome reported to onError. */
  errors: { error: unknown; outcome: NotificationOutcome<FavorWebhooks> }[];
  handler: NotificationHandler<FavorWebhooks>;
  /** Options every adapter under test is given: its `onOutcome` appends to `outcomes`. */
  adapterOptions: NotificationAdapterOptions<FavorWebhooks>;
  /** `kind:status` of every outcome an adapter reported through `onOutcome`, in order. */
  outcomes: string[];
  /** Sets the notify_url, sends a fresh coupon, redeems it and waits for the deliveries to end. */
  deliver(
    notifyUrl: string,
    options?: UseCouponOptions,
  ): Promise<DeliveryRecord & { couponId: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function startNotifyWorld(): Promise<NotifyWorld> {
  // 3 attempts, 20 ms apart: WeChat's "once a minute, 9 times", compressed.
  const sandbox = await startSandbox({
    rateLimits: false,
    notifyRetryIntervalMs: 20,
    notifyMaxAttempts: 3,
  });
  const client = new WechatPayClient(sandbox.clientConfig);
  const processed: CouponUseResource[] = [];
  const errors: NotifyWorld["errors"] = [];
  const handler = createNotificationHandler(client, {
    webhooks: webhookMetas,
    onEvent(event) {
      processed.push(event.resource);
    },
    onError: (error, outcome) => errors.push({ error, outcome }),
  });
  const now = Date.now();
  const { stock_id } = await createCouponStock(client, {
    stock_name: "adapter tests",
    belong_merchant: sandbox.mchid,
    // Already begun (the sandbox allows 5 minutes in the past), so coupons are usable at once.
    available_begin_time: new Date(now - 60_000),
    available_end_time: new Date(now + 86_400_000),
    stock_use_rule: {
      max_coupons: 100,
      max_amount: 10_000,
      max_coupons_per_user: 60,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: [sandbox.mchid],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: `adapter-${process.pid}-${now}`,
  });
  await startStock(client, { stock_id, stock_creator_mchid: sandbox.mchid });
  const outcomes: string[] = [];
  const world: NotifyWorld = {
    sandbox,
    client,
    processed,
    errors,
    handler,
    outcomes,
    adapterOptions: {
      onOutcome: (outcome) => outcomes.push(`${outcome.kind}:${outcome.answer.status}`),
    },
    async deliver(notifyUrl, options = {}) {
      counter += 1;
      await setCallback(
        client,
        { mchid: sandbox.mchid, notify_url: notifyUrl },
        { validate: false },
      );
      const { coupon_id } = await sendCoupon(client, {
        stock_id,
        openid: `o-adapter-${counter}`,
        out_request_no: `adapter-send-${process.pid}-${now}-${counter}`,
        appid: sandbox.appid,
        stock_creator_mchid: sandbox.mchid,
      });
      const notification = sandbox.useCoupon(coupon_id, options).notification;
      if (notification === undefined) throw new Error("no notify_url was set");
      return { ...(await notification.delivered), couponId: coupon_id };
    },
    async close() {
      await client.close();
      await sandbox.close();
    },
  };
  return world;
}
