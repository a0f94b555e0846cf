/**
 * One worker of a coupon-sending campaign: once the test gives the start (all workers ready), sends `count` coupons one after the
 * other as fast as the client lets it, with the Redis fleet limiter (or with it turned off), and
 * no retries, so a 429 shows. Says what each call answered and how long the limiter held it.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { sendCoupon } from "../../generated/index.js";
import { ApiError, WechatPayClient, type WechatPayClientConfig } from "../../runtime/index.js";
import { RedisRateLimiter } from "../../runtime/redis/index.js";
import { childConfig, say } from "./fleet.js";

interface SendChild {
  readonly client: WechatPayClientConfig;
  readonly redisUrl: string;
  readonly prefix: string;
  readonly scale: number;
  readonly limiter: boolean;
  readonly worker: string;
  readonly stockId: string;
  readonly appid: string;
  readonly count: number;
  /** Pause between two calls, in ms (0: back to back). */
  readonly pauseMs: number;
}

const config = childConfig<SendChild>();
const redis = new Redis(config.redisUrl);
const limiter = new RedisRateLimiter(redis, {
  prefix: config.prefix,
  scale: config.scale,
  enabled: config.limiter,
  maxWaitMs: 30_000,
});
const client = new WechatPayClient({ ...config.client, maxRetries: 0, rateLimiter: limiter });
try {
  await redis.ping(); // connected before the start, so the first call is not slower
  say({ ready: true });
  await sleep(Math.max(0, (await startTime()) - Date.now()));
  const statuses: number[] = [];
  for (let i = 0; i < config.count; i++) {
    if (i > 0 && config.pauseMs > 0) await sleep(config.pauseMs);
    try {
      await sendCoupon(client, {
        openid: `oFleet${config.worker}x${i}`,
        stock_id: config.stockId,
        out_request_no: `fleet-${config.worker}-${i}`,
        appid: config.appid,
        stock_creator_mchid: config.client.mchid,
      });
      statuses.push(200);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      statuses.push(error.status);
    }
  }
  say({ ok: true, statuses, waits: limiter.waits, waitedMs: limiter.waitedMs });
} catch (error) {
  say({ ok: false, error: String(error) });
} finally {
  await client.close();
  redis.disconnect();
}

/** The campaign's start, which the test writes to `<prefix>start` once every worker is ready. */
async function startTime(): Promise<number> {
  for (let poll = 0; poll < 6_000; poll++) {
    const value = await redis.get(`${config.prefix}start`);
    if (value !== null) return Number(value);
    await sleep(20);
  }
  throw new Error("no start time within 120 s");
}
