/**
 * Enforces the spec's `x-wechatpay-rate-limits` per operation with sliding windows
 * (per second or per minute), scoped to all callers, one merchant, or one source IP.
 */
import type { Clock } from "../clock.js";
import { isObject } from "./document.js";

export interface RateLimitRule {
  limit: number;
  per: "second" | "minute";
  scope: "all" | "mchid" | "ip";
}

export interface RateLimitSettings {
  /** false disables enforcement (load tests); a number multiplies every limit. Default 1. */
  enabled: boolean;
  scale: number;
}

export function readRateLimits(extension: unknown, where: string): RateLimitRule[] {
  if (extension === undefined) return [];
  if (!Array.isArray(extension))
    throw new Error(`${where}: x-wechatpay-rate-limits must be a list`);
  return extension.map((entry, i) => {
    if (
      !isObject(entry) ||
      typeof entry["limit"] !== "number" ||
      (entry["per"] !== "second" && entry["per"] !== "minute") ||
      (entry["scope"] !== "all" && entry["scope"] !== "mchid" && entry["scope"] !== "ip")
    ) {
      throw new Error(
        `${where}: x-wechatpay-rate-limits[${i}] must be {limit, per: second|minute, scope: all|mchid|ip}`,
      );
    }
    return { limit: entry["limit"], per: entry["per"], scope: entry["scope"] };
  });
}

/** Times of the calls still inside the window, oldest first (`head` skips expired ones cheaply). */
interface CallLog {
  times: number[];
  head: number;
}

export interface CallerIdentity {
  mchid: string;
  ip: string;
}

/**
 * Sliding windows: a call is refused when `limit` calls already happened in the last second or
 * minute. (Fixed calendar windows would let a burst straddling a boundary through, and would make
 * tests depend on where in the minute they run.)
 */
export class RateLimiter {
  private readonly logs = new Map<string, CallLog>();

  constructor(
    private readonly clock: Clock,
    private readonly settings: RateLimitSettings,
  ) {}

  /**
   * Counts one call. Returns undefined when allowed, or the seconds until a slot frees up (for
   * Retry-After) when a limit is exceeded. A refused call is not counted, so a client that waits
   * Retry-After gets through.
   */
  hit(
    operationId: string,
    rules: readonly RateLimitRule[],
    caller: CallerIdentity,
  ): number | undefined {
    if (!this.settings.enabled || rules.length === 0) return undefined;
    const now = this.clock.now();
    let retryAfterMs: number | undefined;
    const accepted: CallLog[] = [];
    for (const rule of rules) {
      const span = rule.per === "second" ? 1000 : 60_000;
      const scopeKey =
        rule.scope === "all"
          ? "*"
          : rule.scope === "mchid"
            ? `m:${caller.mchid}`
            : `i:${caller.ip}`;
      const key = `${operationId}|${rule.per}|${rule.limit}|${scopeKey}`;
      let log = this.logs.get(key);
      if (!log) {
        log = { times: [], head: 0 };
        this.logs.set(key, log);
      }
      while (log.head < log.times.length && (log.times[log.head] ?? 0) <= now - span) log.head += 1;
      if (log.head > 1024 && log.head * 2 > log.times.length) {
        log.times = log.times.slice(log.head); // compact now and then; keeps memory ≤ 2 × limit
        log.head = 0;
      }
      const limit = Math.max(1, Math.floor(rule.limit * this.settings.scale));
      if (log.times.length - log.head >= limit) {
        const oldest = log.times[log.times.length - limit] ?? now;
        retryAfterMs = Math.max(retryAfterMs ?? 0, oldest + span - now);
      } else {
        accepted.push(log);
      }
    }
    if (retryAfterMs !== undefined) return Math.max(1, Math.ceil(retryAfterMs / 1000));
    for (const log of accepted) log.times.push(now);
    return undefined;
  }

  reset(): void {
    this.logs.clear();
  }
}
