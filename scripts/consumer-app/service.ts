/**
 * A merchant service as users deploy it: bundled with esbuild (ESM and CommonJS, exactly the
 * README's recipe) and run against a standalone sandbox started with `npx wechatpay-favor-sandbox`.
 * Client-side validation stays on: the notify_url is the https loopback form the sandbox delivers
 * to this process's plain-http server. Prints one JSON line of facts for the consumer test.
 *
 * No top-level await, so the same source bundles to CommonJS. Usage:
 *   node service.(mjs|cjs) <client-config.json> <appid>
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createCouponStock,
  listStocks,
  parseCouponUseNotification,
  sendCoupon,
  setCallback,
  startStock,
  WechatPayClient,
  type RawResponse,
  type StockCollection,
  type WechatPayClientConfig,
} from "wechatpay-favor";
import { stockParams } from "./stock.js";

interface Delivery {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

async function main(): Promise<void> {
  const [configPath, appid] = process.argv.slice(2);
  if (configPath === undefined || appid === undefined)
    throw new Error("usage: service <client-config.json> <appid>");
  const config = JSON.parse(readFileSync(configPath, "utf8")) as WechatPayClientConfig & {
    baseUrl: string;
  };
  const client = new WechatPayClient(config);
  const receiver = await startReceiver();
  try {
    await setCallback(client, { mchid: client.mchid, notify_url: receiver.notifyUrl });
    const { stock_id, coupon_id } = await issueCoupon(client, appid);
    await redeem(config.baseUrl, coupon_id);
    const delivery = await receiver.delivered;
    const notification = parseCouponUseNotification(client, {
      headers: delivery.headers,
      body: delivery.body,
    });

    const raw: RawResponse<StockCollection> = await listStocks.withResponse(client, {
      offset: 0,
      limit: 10,
      stock_creator_mchid: client.mchid,
    });
    const requestId: string | undefined = raw.requestId;
    console.log(
      JSON.stringify({
        stockId: stock_id,
        couponId: coupon_id,
        notifiedCouponId: notification.resource.coupon_id,
        notifiedStatus: notification.resource.status,
        listStatus: raw.status,
        listedStockIds: (raw.data.data ?? []).map((stock) => stock.stock_id),
        requestId: requestId ?? null,
        requestIdHeader: raw.headers["request-id"] ?? null,
      }),
    );
  } finally {
    receiver.close();
    await client.close();
  }
}

/**
 * The merchant's notification endpoint: plain http on loopback, reached through an https URL.
 * `delivered` settles with the first notification, or fails after 15 s.
 */
async function startReceiver(): Promise<{
  notifyUrl: string;
  delivered: Promise<Delivery>;
  close: () => void;
}> {
  let deliver: (delivery: Delivery) => void = () => undefined;
  let giveUp: (error: Error) => void = () => undefined;
  const delivered = new Promise<Delivery>((resolve, reject) => {
    deliver = resolve;
    giveUp = reject;
  });
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      res.writeHead(204).end();
      deliver({ headers: req.headers, body: Buffer.concat(chunks) });
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const notifyUrl = `https://127.0.0.1:${(receiver.address() as AddressInfo).port}/wechatpay/notify`;
  const deadline = setTimeout(
    () => giveUp(new Error("no COUPON.USE notification arrived within 15 s")),
    15_000,
  );
  return {
    notifyUrl,
    delivered,
    close: () => {
      clearTimeout(deadline);
      receiver.close();
    },
  };
}

/** Creates and starts a stock, then sends one coupon of it to a user. */
async function issueCoupon(
  client: WechatPayClient,
  appid: string,
): Promise<{ stock_id: string; coupon_id: string }> {
  const now = Date.now();
  // Usable at once (a coupon is sent right away), for a day.
  const { stock_id } = await createCouponStock(
    client,
    stockParams({
      mchid: client.mchid,
      stockName: "bundled service",
      beginMs: now - 60_000,
      endMs: now + 86_400_000,
      outRequestNo: `bundle-${process.pid}-${now}`,
    }),
  );
  await startStock(client, { stock_id, stock_creator_mchid: client.mchid });
  const { coupon_id } = await sendCoupon(client, {
    openid: "oBundledService01",
    stock_id,
    out_request_no: `bundle-send-${process.pid}-${now}`,
    appid,
    stock_creator_mchid: client.mchid,
  });
  return { stock_id, coupon_id };
}

/** What a checkout would do; the sandbox's control endpoint redeems it and notifies us. */
async function redeem(baseUrl: string, couponId: string): Promise<void> {
  const used = await fetch(`${baseUrl}/sandbox/v1/coupons/${couponId}/use`, {
    method: "POST",
    // The sandbox's control endpoints take JSON only (a web page cannot send that cross-site).
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  const answer = await used.text();
  if (!used.ok)
    throw new Error(`the sandbox refused to redeem the coupon: ${used.status} ${answer}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exitCode = 1;
});
