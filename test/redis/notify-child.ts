/**
 * One instance of a service receiving COUPON.USE notifications behind a load balancer: the
 * README's node:http recipe with the Redis seen-ids store. Says `{ port }` once listening and
 * `{ event: id }` whenever `onEvent` starts; `onEvent` then takes `eventMs`, or never ends with
 * `hang` (this instance is then killed mid-processing, like a crash).
 */
import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import {
  createNotificationHandler,
  MemorySeenNotificationStore,
  nodeNotificationListener,
  WechatPayClient,
  type WechatPayClientConfig,
} from "../../runtime/index.js";
import { webhookMetas } from "../../generated/index.js";
import { RedisSeenNotificationStore } from "../../runtime/redis/index.js";
import { childConfig, say } from "./fleet.js";

interface NotifyChild {
  readonly client: WechatPayClientConfig;
  readonly redisUrl: string;
  readonly prefix: string;
  readonly leaseMs: number;
  readonly eventMs: number;
  readonly hang: boolean;
  /** "memory": each instance remembers ids alone (the default store), for the control run. */
  readonly store: "redis" | "memory";
}

const config = childConfig<NotifyChild>();
const redis = new Redis(config.redisUrl);
const client = new WechatPayClient(config.client);
const handler = createNotificationHandler(client, {
  webhooks: webhookMetas,
  seen:
    config.store === "memory"
      ? new MemorySeenNotificationStore()
      : new RedisSeenNotificationStore(redis, { prefix: config.prefix, leaseMs: config.leaseMs }),
  onEvent: async (event) => {
    say({ event: event.id });
    if (config.hang) await new Promise(() => undefined); // "crashes" here: killed by the test
    await sleep(config.eventMs);
  },
});
const server = createServer(nodeNotificationListener(handler));
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  say({ port: typeof address === "object" && address !== null ? address.port : 0 });
});
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  redis.disconnect();
  void client.close();
});
