/**
 * One notification adapter on a real server in its own process, so a test can measure what a
 * hostile body costs this process alone (RSS). Usage: `tsx notify-server-child.ts <adapter>`;
 * prints `{"port":…}` once listening, then answers "rss" lines on stdin with `{"rss":…}` and
 * writes every reported outcome as `{"outcome":kind,"status":…}`.
 */
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import express from "express";
import Fastify from "fastify";
import { webhookMetas } from "../../../generated/webhooks.js";
import {
  createNotificationHandler,
  expressNotificationHandler,
  fastifyNotifications,
  fetchNotificationHandler,
  nodeNotificationListener,
  WechatPayClient,
  type NotificationOutcome,
} from "../../../runtime/index.js";
import { fetchServer } from "../../notifications/fetch-bridge.js";

const adapter = process.argv[2] ?? "node";
const bodyTimeoutMs = Number(process.env["BODY_TIMEOUT_MS"] ?? "10000");
const PATH = "/wechatpay/notify";

const key = generateKeyPairSync("rsa", { modulusLength: 2048 });
const client = new WechatPayClient({
  mchid: "1900000001",
  serialNo: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
  privateKey: key.privateKey,
  wechatpayPublicKeyId: "PUB_KEY_ID_0000000000000000000000000000",
  wechatpayPublicKey: key.publicKey,
  apiV3Key: "0123456789abcdef0123456789abcdef",
});
const handler = createNotificationHandler(client, { webhooks: webhookMetas, onEvent() {} });
const options = {
  bodyTimeoutMs,
  onOutcome: (outcome: NotificationOutcome<typeof webhookMetas>) =>
    process.stdout.write(
      `${JSON.stringify({ outcome: outcome.kind, status: outcome.answer.status })}\n`,
    ),
};

async function listen(): Promise<number> {
  if (adapter === "fastify") {
    const app = Fastify();
    await app.register(fastifyNotifications(handler, { ...options, path: PATH }));
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    return Number(new URL(address).port);
  }
  let server: Server;
  if (adapter === "express") {
    const app = express();
    app.post(PATH, expressNotificationHandler(handler, options));
    server = createServer(app);
  } else if (adapter === "fetch") {
    server = fetchServer(fetchNotificationHandler(handler, options));
  } else server = createServer(nodeNotificationListener(handler, options));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

const port = await listen();
process.stdout.write(`${JSON.stringify({ port, rss: process.memoryUsage().rss })}\n`);
createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "rss")
    process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`);
  if (line === "exit") process.exit(0);
});
