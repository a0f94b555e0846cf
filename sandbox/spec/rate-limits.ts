/**
 * Enforces the spec's `x-wechatpay-rate-limits` per operation with fixed windows
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
  if (!Array.isArray(extension)) throw new Error(`${where}: x-wechatpay-rate-limits must be a list`);
  return extension.map((entry, i) => {
    if (
      !isObject(entry) ||
      typeof entry["limit"] !== "number" ||
      (entry["per"] !== "second" && entry["per"] !== "minute") ||
      (entry["scope"] !== "all" && entry["scope"] !== "mchid" && entry["scope"] !== "ip")
    ) {
      throw new Error(`${where}: x-wechatpay-rate-limits[${i}] must be {limit, per: second|minute, scope: all|mchid|ip}`);
    }
    return { limit: entry["limit"], per: entry["per"], scope: entry["scope"] };
  });
}

interface Window {
  start: number;
  count: number;
}

export interface CallerIdentity {
  mchid: string;
  ip: string;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly settings: RateLimitSettings,
  ) {}

  /**
   * Counts one call. Returns undefined when allowed, or the seconds until the exhausted
   * window resets (for Retry-After) when a limit is exceeded. Every rule counts the call,
   * as a gateway with independent counters would.
   */
  hit(operationId: string, rules: readonly RateLimitRule[], caller: CallerIdentity): number | undefined {
    if (!this.settings.enabled) return undefined;
    const now = this.clock.now();
    let retryAfter: number | undefined;
    for (const rule of rules) {
      const span = rule.per === "second" ? 1000 : 60_000;
      const scopeKey = rule.scope === "all" ? "*" : rule.scope === "mchid" ? `m:${caller.mchid}` : `i:${caller.ip}`;
      const key = `${operationId}|${rule.per}|${rule.limit}|${scopeKey}`;
      const start = Math.floor(now / span) * span;
      let window = this.windows.get(key);
      if (!window || window.start !== start) {
        window = { start, count: 0 };
        this.windows.set(key, window);
      }
      window.count += 1;
      const limit = Math.max(1, Math.floor(rule.limit * this.settings.scale));
      if (window.count > limit) {
        const wait = Math.max(1, Math.ceil((start + span - now) / 1000));
        retryAfter = Math.max(retryAfter ?? 0, wait);
      }
    }
    return retryAfter;
  }

  reset(): void {
    this.windows.clear();
  }
}
