/** A started stock in a sandbox and a genuine COUPON.USE delivery captured from its notifier. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { createCouponStock, sendCoupon, setCallback, startStock } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";

/** A running stock of `maxCoupons` coupons, one per user. */
export async function startedStock(
  client: WechatPayClient,
  sandbox: Sandbox,
  maxCoupons: number,
): Promise<string> {
  const now = Date.now();
  const { stock_id } = await createCouponStock(client, {
    stock_name: "fleet test",
    belong_merchant: sandbox.mchid,
    available_begin_time: new Date(now - 60_000),
    available_end_time: new Date(now + 86_400_000),
    stock_use_rule: {
      max_coupons: maxCoupons,
      max_amount: maxCoupons * 100,
      max_coupons_per_user: 1,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: [sandbox.mchid],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: `fleet-stock-${now}`,
  });
  await startStock(client, { stock_id, stock_creator_mchid: sandbox.mchid });
  return stock_id;
}

export interface Delivery {
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Redeems a fresh coupon and returns the notification the sandbox POSTed for it, as sent. */
export async function captureDelivery(
  client: WechatPayClient,
  sandbox: Sandbox,
): Promise<Delivery> {
  const stock_id = await startedStock(client, sandbox, 10);
  let captured: Delivery | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      captured = { headers: wechatpayHeaders(req.headers), body: Buffer.concat(chunks).toString() };
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await setCallback(client, {
      mchid: sandbox.mchid,
      notify_url: `https://127.0.0.1:${port}/wechatpay/notify`,
    });
    const { coupon_id } = await sendCoupon(client, {
      openid: "oFleetCapture",
      stock_id,
      out_request_no: `fleet-capture-${Date.now()}`,
      appid: sandbox.appid,
      stock_creator_mchid: sandbox.mchid,
    });
    const delivery = sandbox.useCoupon(coupon_id).notification;
    if (delivery === undefined) throw new Error("the sandbox has no notify_url");
    await delivery.delivered;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (captured === undefined) throw new Error("no delivery captured");
  return captured;
}

/** The headers a notification is verified with (the rest: host, length, … are the sender's). */
function wechatpayHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if ((name.startsWith("wechatpay-") || name === "content-type") && typeof value === "string")
      kept[name] = value;
  return kept;
}

/** POSTs `delivery` to an instance; resolves with the answer's status. */
export async function deliver(port: number, delivery: Delivery): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/wechatpay/notify`, {
    method: "POST",
    headers: delivery.headers,
    body: delivery.body,
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}
