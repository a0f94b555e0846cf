/**
 * A merchant-side notification endpoint for tests: a loopback node:http server that records
 * every delivery (headers + raw body) and answers with the status a test scripts.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Receiver {
  url: string;
  deliveries: Delivery[];
  /** Resolves at the n-th delivery (1-based). */
  waitFor(count: number, timeoutMs?: number): Promise<Delivery[]>;
  close(): Promise<void>;
}

/** `answer` decides the status per delivery (default 200). */
export async function startReceiver(
  answer: (delivery: Delivery, index: number) => number = () => 200,
): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const delivery = { headers: req.headers, body: Buffer.concat(chunks) };
      deliveries.push(delivery);
      const status = answer(delivery, deliveries.length - 1);
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(
        status < 300 ? "" : JSON.stringify({ code: "FAIL", message: "rejected by test receiver" }),
      );
      for (const waiter of waiters.filter((w) => deliveries.length >= w.count)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/wechatpay/notify`,
    deliveries,
    waitFor: (count, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        if (deliveries.length >= count) return resolve(deliveries);
        const timer = setTimeout(
          () =>
            reject(
              new Error(`only ${deliveries.length} of ${count} deliveries within ${timeoutMs} ms`),
            ),
          timeoutMs,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve(deliveries)) });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
