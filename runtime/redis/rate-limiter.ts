/**
 * Keeps every instance sharing one Redis under the spec's documented rate limits
 * (`x-wechatpay-rate-limits`, in each operation's `rateLimits`). Each limit is a sliding window
 * kept in a sorted set of admission times on Redis's own clock (`TIME`), so instances with
 * drifting clocks still count in one timeline, the way WeChat Pay counts arrivals. A call that
 * would exceed a limit waits for the slot that frees first; a wait longer than `maxWaitMs` throws
 * RateLimitWaitError at once: a call is delayed or refused, never silently dropped.
 *
 * Limits scoped `ip` (per source address) are counted per `egressAddress` when given; without it
 * they are counted over the whole fleet, which is exact when the instances leave through one
 * address (NAT) and stricter than needed otherwise.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { AbortError, errorJson, WechatPayError } from "../errors.js";
import type { OperationMeta, RateLimitMeta } from "../operation.js";
import type { CallRateLimiter, RateLimitContext } from "../rate-limit.js";
import { checkPrefix, checkRedis, positiveMs, runScript, RedisStoreError } from "./commands.js";
import type { RedisEval } from "./commands.js";

export interface RedisRateLimiterOptions {
  /** Prefix of every key (default `wechatpay-favor:`). */
  readonly prefix?: string;
  /** false: admit every call at once (the limiter stays configured). Default true. */
  readonly enabled?: boolean;
  /** Longest wait for a slot, in ms (default 10 000); a longer one throws RateLimitWaitError. */
  readonly maxWaitMs?: number;
  /**
   * Added to every window, in ms (default 100), so calls admitted a window apart still arrive a
   * window apart when their latency differs by up to this much.
   */
  readonly marginMs?: number;
  /** Multiplies every documented limit (e.g. a limit WeChat Pay granted you, or a sandbox's). Default 1. */
  readonly scale?: number;
  /** This instance's public source address: limits scoped `ip` are counted per address. */
  readonly egressAddress?: string;
}

/** The wait for a rate-limit slot would exceed `maxWaitMs`; the request was not sent. */
export class RateLimitWaitError extends WechatPayError {
  override readonly name = "RateLimitWaitError";
  readonly operationId: string;
  /** How long the next free slot was away, in ms. */
  readonly waitMs: number;
  readonly maxWaitMs: number;
  /** Always false: the call was not sent. */
  readonly mayHaveReachedServer = false as const;

  constructor(operationId: string, waitMs: number, maxWaitMs: number) {
    super(
      `${operationId}: its documented rate limit has no free slot for ${waitMs} ms, longer than maxWaitMs ${maxWaitMs}; the request was not sent`,
    );
    this.operationId = operationId;
    this.waitMs = waitMs;
    this.maxWaitMs = maxWaitMs;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "operationId", "waitMs", "maxWaitMs", "mayHaveReachedServer");
  }
}

// KEYS: one sorted set per limit. ARGV[1]: this admission's member; then per key: limit, window ms.
// Answers 0 when admitted (counted in every window), else the ms until the first slot frees.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 * i])
  local span = tonumber(ARGV[2 * i + 1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - span)
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
    local w = tonumber(oldest[2]) + span - now
    if w > wait then wait = w end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('PEXPIRE', key, tonumber(ARGV[2 * i + 1]))
end
return 0`;

/** Tries per call at most; each try but the first follows a wait, so the deadline ends it first. */
const MAX_TRIES = 1_000;

export class RedisRateLimiter implements CallRateLimiter {
  readonly #redis: RedisEval;
  readonly #prefix: string;
  readonly #enabled: boolean;
  readonly #maxWaitMs: number;
  readonly #marginMs: number;
  readonly #scale: number;
  readonly #egress: string | undefined;
  readonly #instance = randomBytes(6).toString("hex");
  #sequence = 0;
  #waits = 0;
  #waitedMs = 0;

  constructor(redis: RedisEval, options: RedisRateLimiterOptions = {}) {
    const owner = "RedisRateLimiter";
    this.#redis = checkRedis(redis, owner);
    this.#prefix = checkPrefix(options.prefix, owner);
    this.#enabled = options.enabled !== false;
    this.#maxWaitMs = positiveMs(options.maxWaitMs, 10_000, `${owner} maxWaitMs`);
    this.#marginMs =
      options.marginMs === 0 ? 0 : positiveMs(options.marginMs, 100, `${owner} marginMs`);
    const scale = options.scale ?? 1;
    if (!(Number.isFinite(scale) && scale > 0))
      throw new RangeError(`${owner} scale must be a positive number`);
    this.#scale = scale;
    if (
      options.egressAddress !== undefined &&
      !/^[0-9A-Za-z.:%-]{1,64}$/.test(options.egressAddress)
    )
      throw new TypeError(`${owner} egressAddress must be an IP address`);
    this.#egress = options.egressAddress;
  }

  /** Calls that had to wait for a slot (a single instance under the limits never waits). */
  get waits(): number {
    return this.#waits;
  }

  /** Total time calls of this instance spent waiting, in ms. */
  get waitedMs(): number {
    return this.#waitedMs;
  }

  async acquire(op: OperationMeta, context: RateLimitContext): Promise<void> {
    const limits = op.rateLimits ?? [];
    if (!this.#enabled || limits.length === 0) return;
    const keys = limits.map((limit) => this.#key(op.operationId, limit, context.mchid));
    const args: (string | number)[] = [`${this.#instance}:${this.#sequence++}`];
    for (const limit of limits)
      args.push(
        Math.max(1, Math.floor(limit.limit * this.#scale)),
        (limit.per === "second" ? 1_000 : 60_000) + this.#marginMs,
      );
    const started = Date.now();
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const wait = await this.#tryAdmit(op.operationId, keys, args);
      if (wait === 0) return;
      const waited = Date.now() - started;
      if (waited + wait > this.#maxWaitMs)
        throw new RateLimitWaitError(op.operationId, wait, this.#maxWaitMs);
      if (tries === 0) this.#waits++;
      // A little spread, so the instances woken by one freed slot do not all retry at one instant.
      await this.#sleep(wait + Math.floor(Math.random() * 5), context.signal);
      this.#waitedMs += Date.now() - started - waited;
    }
    throw new RateLimitWaitError(op.operationId, this.#maxWaitMs, this.#maxWaitMs);
  }

  async #tryAdmit(operationId: string, keys: string[], args: (string | number)[]) {
    const answer = await runScript(this.#redis, `count a ${operationId} call`, ADMIT, keys, args);
    if (typeof answer !== "number" || !(answer >= 0))
      throw new RedisStoreError(
        `count a ${operationId} call`,
        `unexpected answer ${String(answer)}`,
      );
    return answer;
  }

  async #sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw AbortError.fromSignal(signal);
    try {
      await sleep(ms, undefined, signal === undefined ? {} : { signal });
    } catch (error) {
      if (signal?.aborted) throw AbortError.fromSignal(signal);
      throw error;
    }
  }

  /** One sorted set per operation, limit and scope; one hash tag per operation (Cluster slot). */
  #key(operationId: string, limit: RateLimitMeta, mchid: string): string {
    const scope =
      limit.scope === "all"
        ? "all"
        : limit.scope === "mchid"
          ? `mchid:${mchid}`
          : `ip:${this.#egress ?? "fleet"}`;
    return `${this.#prefix}{rate:${operationId}}:${limit.limit}/${limit.per}:${scope}`;
  }
}
