/**
 * One instance of a legacy-mode (platform-certificate) merchant sharing its certificates through
 * Redis: makes one verified call and says how many downloads it made itself.
 */
import { Redis } from "ioredis";
import { listStocks } from "../../generated/index.js";
import { WechatPayClient, type WechatPayClientConfig } from "../../runtime/index.js";
import { RedisCertificateStore } from "../../runtime/redis/index.js";
import { childConfig, say } from "./fleet.js";

interface CertificateChild {
  readonly client: WechatPayClientConfig;
  readonly redisUrl: string;
  readonly prefix: string;
  /** "memory": each instance keeps its own certificates (the default store), for the control run. */
  readonly store: "redis" | "memory";
}

const config = childConfig<CertificateChild>();
const redis = new Redis(config.redisUrl);
const store = new RedisCertificateStore(redis, {
  prefix: config.prefix,
  mchid: config.client.mchid,
});
const client = new WechatPayClient({
  ...config.client,
  certificates: config.store === "memory" ? true : { store },
});
try {
  const mchid = config.client.mchid;
  await listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: mchid });
  say({ ok: true, downloads: client.certificates?.downloads });
} catch (error) {
  say({ ok: false, error: String(error) });
} finally {
  await client.close();
  redis.disconnect();
}
