/**
 * Keeps every instance sharing one Redis under the spec's documented rate limits
 * (`x-wechatpay-rate-limits`, in each operation's `rateLimits`). Each limit is a sliding window
 * in a sorted set, on Redis's own clock (`TIME`), so instances with drifting clocks count in one
 * timeline. WeChat Pay counts a call when it arrives, which is somewhere between its admission
 * here and its answer: a call is counted as in flight (always inside the window) until the client
 * settles it, and from then on at its settle time, the latest its arrival can have been. The
 * window is then exact whatever the latency and its jitter, at the cost of counting each call for
 * its latency longer than WeChat does.
 *
 * A call that would exceed a limit waits for a slot; when the wait would pass `maxWaitMs` it
 * throws RateLimitWaitError: a call is delayed or refused, never silently dropped.
 *
 * Limits scoped `ip` (per source address) are counted per `egressAddress` when given; without it
 * they are counted over the whole fleet, which is exact when the instances leave through one
 * address (NAT) and stricter than needed otherwise.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { AbortError, errorJson, WechatPayError } from "../errors.js";
import type { OperationMeta, RateLimitMeta } from "../operation.js";
import type { CallRateLimiter, RateLimitContext, RateLimitPermit } from "../rate-limit.js";
import {
  checkPrefix,
  checkRedis,
  positiveInteger,
  runScript,
  RedisStoreError,
} from "./commands.js";
import type { RedisEval } from "./commands.js";

export interface RedisRateLimiterOptions {
  /** Prefix of every key (default `wechatpay-favor:`). */
  readonly prefix?: string;
  /** false: admit every call at once (the limiter stays configured). Default true. */
  readonly enabled?: boolean;
  /** Longest wait for a slot, in ms (default 10 000); a longer one throws RateLimitWaitError. */
  readonly maxWaitMs?: number;
  /**
   * How long an admitted call that is never settled (its instance crashed) holds its slot, in ms
   * (default 60 000, above the client's default 30 s timeout).
   */
  readonly inFlightMs?: number;
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

// KEYS: one sorted set per limit. ARGV[1]: this admission's member, ARGV[2]: the in-flight hold;
// then per key: limit, window ms. An in-flight call's score is now + hold (inside every window
// until settled). Answers {0} when admitted, else {ms to wait, 1 when that wait is certain; 0
// when an in-flight call blocks, which may settle sooner}.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait, certain = 0, 1
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + 2 * i])
  local span = tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - span)
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local score = tonumber(redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')[2])
    if score > now then certain = 0 end
    wait = math.max(wait, score + span - now)
  end
end
if wait > 0 then return {wait, certain} end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now + tonumber(ARGV[2]), ARGV[1])
  redis.call('PEXPIRE', key, tonumber(ARGV[2]) + tonumber(ARGV[2 + 2 * i]))
end
return {0}`;

// KEYS: the sets the call was admitted in; ARGV[1]: its member. Re-scores it at the settle time.
const SETTLE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for _, key in ipairs(KEYS) do redis.call('ZADD', key, 'XX', now, ARGV[1]) end
return 1`;

/** While an in-flight call blocks, look again this often (it may settle any moment), in ms. */
const IN_FLIGHT_POLL_MS = 20;

/** Tries per call at most; each try but the first follows a wait, so the deadline ends it first. */
const MAX_TRIES = 1_000;

export class RedisRateLimiter implements CallRateLimiter {
  readonly #redis: RedisEval;
  readonly #prefix: string;
  readonly #enabled: boolean;
  readonly #maxWaitMs: number;
  readonly #inFlightMs: number;
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
    this.#maxWaitMs = positiveInteger(options.maxWaitMs, 10_000, `${owner} maxWaitMs`);
    this.#inFlightMs = positiveInteger(options.inFlightMs, 60_000, `${owner} inFlightMs`);
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

  /** Calls that had to wait for a slot (an instance alone under the limits never waits). */
  get waits(): number {
    return this.#waits;
  }

  /** Total time calls of this instance spent waiting, in ms. */
  get waitedMs(): number {
    return this.#waitedMs;
  }

  async acquire(
    op: OperationMeta,
    context: RateLimitContext,
  ): Promise<RateLimitPermit | undefined> {
    const limits = op.rateLimits ?? [];
    if (!this.#enabled || limits.length === 0) return undefined;
    const keys = limits.map((limit) => this.#key(op.operationId, limit, context.mchid));
    const member = `${this.#instance}:${this.#sequence++}`;
    const args: (string | number)[] = [member, this.#inFlightMs];
    for (const limit of limits)
      args.push(
        Math.max(1, Math.floor(limit.limit * this.#scale)),
        limit.per === "second" ? 1_000 : 60_000,
      );
    const started = Date.now();
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const [wait, certain] = await this.#tryAdmit(op.operationId, keys, args);
      if (wait === 0) return { settle: () => this.#settle(op.operationId, keys, member) };
      const left = this.#maxWaitMs - (Date.now() - started);
      if (certain && wait > left)
        throw new RateLimitWaitError(op.operationId, wait, this.#maxWaitMs);
      if (left <= 0) throw new RateLimitWaitError(op.operationId, wait, this.#maxWaitMs);
      if (tries === 0) this.#waits++;
      const pause = certain ? wait : Math.min(wait, IN_FLIGHT_POLL_MS);
      const before = Date.now();
      // A little spread, so the instances woken by one freed slot do not all retry at one instant.
      await this.#sleep(Math.min(left, pause + Math.floor(Math.random() * 5)), context.signal);
      this.#waitedMs += Date.now() - before;
    }
    throw new RateLimitWaitError(op.operationId, this.#maxWaitMs, this.#maxWaitMs);
  }

  async #tryAdmit(
    operationId: string,
    keys: string[],
    args: (string | number)[],
  ): Promise<[number, boolean]> {
    const what = `count a ${operationId} call`;
    const answer = await runScript(this.#redis, what, ADMIT, keys, args);
    const [wait, certain] = Array.isArray(answer) ? (answer as unknown[]) : [];
    if (typeof wait !== "number" || !(wait >= 0))
      throw new RedisStoreError(what, `unexpected answer ${String(answer)}`);
    return [wait, certain === 1];
  }

  /**
   * The attempt ended: count it at this time from now on. Best effort: when Redis cannot be
   * reached, the call keeps its in-flight slot until `inFlightMs`, which only counts it longer.
   */
  #settle(operationId: string, keys: string[], member: string): void {
    runScript(this.#redis, `settle a ${operationId} call`, SETTLE, keys, [member]).catch(
      () => undefined,
    );
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
