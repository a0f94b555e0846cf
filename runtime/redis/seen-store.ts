/**
 * Notification ids shared by every instance through Redis. `claim` is one atomic script: an id
 * nobody holds is claimed for `leaseMs` under a token of this store; a claim whose instance
 * crashed expires with its lease, so WeChat Pay's next re-send is processed elsewhere. `complete`
 * marks the id done for `doneTtlMs`; `release` drops the claim only while it is still this
 * store's (a claim that expired and was taken over is the new holder's).
 */
import { randomBytes } from "node:crypto";
import type { SeenClaim, SeenNotificationStore } from "../notifications/seen-store.js";
import {
  checkPrefix,
  checkRedis,
  positiveInteger,
  runScript,
  RedisStoreError,
} from "./commands.js";
import type { RedisEval } from "./commands.js";

export interface RedisSeenStoreOptions {
  /** Prefix of every key (default `wechatpay-favor:`); keys are `<prefix>seen:<id>`. */
  readonly prefix?: string;
  /**
   * How long a claim holds when its instance never completes nor releases it (crash), in ms.
   * Default 60 000: longer than `onEvent` should ever take (answer within 5 s), shorter than
   * WeChat Pay's re-send schedule.
   */
  readonly leaseMs?: number;
  /** How long a processed id is remembered, in ms (default 24 h; WeChat re-sends for minutes). */
  readonly doneTtlMs?: number;
}

const DONE = "done";

// KEYS[1] the id's key; ARGV[1] this claim's token, ARGV[2] the lease.
const CLAIM = `
local v = redis.call('GET', KEYS[1])
if v == '${DONE}' then return 'done' end
if v then return 'busy' end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 'claimed'`;

// KEYS[1] the id's key; ARGV[1] the done TTL.
const COMPLETE = `redis.call('SET', KEYS[1], '${DONE}', 'PX', ARGV[1]) return 1`;

// KEYS[1] the id's key; ARGV[1] the token of the claim to drop.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export class RedisSeenNotificationStore implements SeenNotificationStore {
  readonly #redis: RedisEval;
  readonly #prefix: string;
  readonly #leaseMs: number;
  readonly #doneTtlMs: number;
  /** The token of each claim this store holds, so release never drops another holder's claim. */
  readonly #tokens = new Map<string, string>();

  constructor(redis: RedisEval, options: RedisSeenStoreOptions = {}) {
    this.#redis = checkRedis(redis, "RedisSeenNotificationStore");
    this.#prefix = checkPrefix(options.prefix, "RedisSeenNotificationStore");
    this.#leaseMs = positiveInteger(options.leaseMs, 60_000, "RedisSeenNotificationStore leaseMs");
    this.#doneTtlMs = positiveInteger(
      options.doneTtlMs,
      24 * 3_600_000,
      "RedisSeenNotificationStore doneTtlMs",
    );
  }

  async claim(id: string): Promise<SeenClaim> {
    const token = `claim:${randomBytes(12).toString("hex")}`;
    const answer = await runScript(
      this.#redis,
      "claim notification id",
      CLAIM,
      [this.#key(id)],
      [token, this.#leaseMs],
    );
    if (answer !== "claimed" && answer !== "done" && answer !== "busy")
      throw new RedisStoreError("claim notification id", `unexpected answer ${String(answer)}`);
    if (answer === "claimed") this.#tokens.set(id, token);
    return answer;
  }

  async complete(id: string): Promise<void> {
    this.#tokens.delete(id);
    await runScript(
      this.#redis,
      "mark notification id done",
      COMPLETE,
      [this.#key(id)],
      [this.#doneTtlMs],
    );
  }

  async release(id: string): Promise<void> {
    const token = this.#tokens.get(id);
    this.#tokens.delete(id);
    if (token === undefined) return;
    await runScript(this.#redis, "release notification id", RELEASE, [this.#key(id)], [token]);
  }

  #key(id: string): string {
    return `${this.#prefix}seen:${id}`;
  }
}
