/**
 * `wechatpay-favor/redis`: the stores that let several instances of a service act as one, through
 * the Redis they already run. Pass your own client (ioredis `Redis` or `Cluster`, an optional peer
 * dependency): this entry never imports a Redis library itself, and the root entry never imports
 * this one.
 */
export { RedisStoreError } from "./commands.js";
export type { RedisEval } from "./commands.js";
export { RedisSeenNotificationStore } from "./seen-store.js";
export type { RedisSeenStoreOptions } from "./seen-store.js";
export { RedisCertificateStore } from "./certificate-store.js";
export type { RedisCertificateStoreOptions } from "./certificate-store.js";
export { RateLimitWaitError, RedisRateLimiter } from "./rate-limiter.js";
export type { RedisRateLimiterOptions } from "./rate-limiter.js";
