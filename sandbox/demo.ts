/**
 * `npm run demo`: a two-second tour of the generated client against a local sandbox — no
 * merchant account, no network. Creates a coupon stock, activates it, lists it, sends a coupon
 * to a user, redeems it and receives the signed, encrypted COUPON.USE notification.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createCouponStock,
  iterateListStocks,
  queryCoupon,
  sendCoupon,
  setCallback,
  startStock,
  type CouponUseResource,
} from "../generated/index.js";
import { ApiError, WechatPayClient } from "../runtime/index.js";
import { startSandbox, type Sandbox } from "./index.js";

const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

const DEMO_OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

/** What every step of the tour uses. */
interface Tour {
  readonly client: WechatPayClient;
  readonly sandbox: Sandbox;
  /** Start time, epoch ms: makes the out_request_no values unique per run. */
  readonly now: number;
}

async function main(): Promise<void> {
  const sandbox = await startSandbox();
  const client = new WechatPayClient(sandbox.clientConfig);
  say(
    `1. Sandbox running at ${sandbox.baseUrl} (merchant ${sandbox.mchid}); every request below is signed and every answer verified.`,
  );
  const endpoint = await startNotifyEndpoint(client);
  try {
    const tour: Tour = { client, sandbox, now: Date.now() };
    const stockId = await createAndStartStock(tour);
    const couponId = await sendCoupons(tour, stockId);
    await redeemCoupon(tour, endpoint, couponId);
  } finally {
    await client.close();
    await endpoint.close();
    await sandbox.close();
  }
  say("Done. Start a sandbox of your own with `npm run sandbox`.");
}

/** A merchant endpoint for the COUPON.USE notification. */
interface NotifyEndpoint {
  readonly url: string;
  /** Resolves with the first verified notification's resource. */
  readonly notified: Promise<CouponUseResource>;
  close(): Promise<void>;
}

async function startNotifyEndpoint(client: WechatPayClient): Promise<NotifyEndpoint> {
  let resolveNotification: (resource: CouponUseResource) => void = () => undefined;
  const notified = new Promise<CouponUseResource>((resolve) => (resolveNotification = resolve));
  const endpoint = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        const notification = client.parseNotification<CouponUseResource>({
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
        res.writeHead(204).end();
        resolveNotification(notification.resource);
      } catch {
        res.writeHead(401).end(); // unverifiable: WeChat will resend
      }
    });
  });
  await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/wechatpay/notify`,
    notified,
    close: () =>
      new Promise<void>((resolve) => {
        endpoint.close(() => resolve());
        endpoint.closeAllConnections();
      }),
  };
}

/** Steps 2–4: create a stock, activate it, list it. Returns its stock_id. */
async function createAndStartStock({ client, sandbox, now }: Tour): Promise<string> {
  const created = await createCouponStock(client, {
    stock_name: "周末满20减5",
    belong_merchant: sandbox.mchid,
    // Already begun (create allows 5 minutes in the past): the tour redeems a coupon right away.
    available_begin_time: new Date(now - 60_000),
    available_end_time: new Date(now + 7 * 86_400_000),
    stock_use_rule: {
      max_coupons: 100,
      max_amount: 50_000,
      max_coupons_per_user: 1,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 500, transaction_minimum: 2000 },
      available_merchants: [sandbox.mchid],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: `demo-${now}`,
  });
  say(
    `2. Created stock ${created.stock_id} at ${created.create_time}: 100 coupons of ${yuan(500)} off orders from ${yuan(2000)}.`,
  );

  const started = await startStock(client, {
    stock_id: created.stock_id,
    stock_creator_mchid: sandbox.mchid,
  });
  say(`3. Activated it at ${started.start_time}.`);

  for await (const stock of iterateListStocks(client, {
    limit: 10,
    stock_creator_mchid: sandbox.mchid,
  })) {
    say(
      `4. Listed: ${stock.stock_id} "${stock.stock_name}" status=${stock.status}, ${stock.distributed_coupons} coupons sent so far.`,
    );
  }
  return created.stock_id;
}

/** Steps 5–6: send a coupon, then see a second one for the same user refused. Returns the first. */
async function sendCoupons({ client, sandbox, now }: Tour, stockId: string): Promise<string> {
  const { coupon_id } = await sendCoupon(client, {
    openid: DEMO_OPENID,
    stock_id: stockId,
    out_request_no: `demo-send-${now}`,
    appid: sandbox.appid,
    stock_creator_mchid: sandbox.mchid,
  });
  say(`5. Sent coupon ${coupon_id} to user ${DEMO_OPENID}.`);

  try {
    await sendCoupon(client, {
      openid: DEMO_OPENID,
      stock_id: stockId,
      out_request_no: `demo-send-2-${now}`,
      appid: sandbox.appid,
      stock_creator_mchid: sandbox.mchid,
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    say(
      `6. A second coupon for the same user is refused: ${error.name} ${error.status} ${error.code} (${error.apiMessage ?? ""}).`,
    );
  }
  return coupon_id;
}

/** Steps 7–8: the user pays with the coupon; the notification arrives; the query agrees. */
async function redeemCoupon(
  { client, sandbox }: Tour,
  endpoint: NotifyEndpoint,
  couponId: string,
): Promise<void> {
  // The real API requires https; the sandbox also accepts loopback http, so skip client-side validation here.
  await setCallback(
    client,
    { mchid: sandbox.mchid, notify_url: endpoint.url },
    { validate: false },
  );
  sandbox.useCoupon(couponId);
  const resource = await endpoint.notified;
  say(
    `7. The user paid with it: COUPON.USE notification verified and decrypted — coupon ${resource.coupon_id} is ${resource.status}, transaction ${resource.consume_information?.transaction_id ?? "?"}.`,
  );

  const coupon = await queryCoupon(client, {
    openid: DEMO_OPENID,
    coupon_id: couponId,
    appid: sandbox.appid,
  });
  say(
    `8. queryCoupon agrees: status ${coupon.status}, used at ${coupon.consume_information?.consume_time ?? "?"}.`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `demo failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`,
  );
  process.exitCode = 1;
});
