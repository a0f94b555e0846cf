/**
 * The client's hook for keeping calls under WeChat Pay's documented rate limits: before every
 * attempt (retries included, since WeChat counts each), the client awaits `acquire`. A limiter
 * shared by several instances (see `wechatpay-favor/redis`) keeps the whole fleet under limits
 * that WeChat applies to the merchant or to all callers, which no single process can see.
 */
import { ConfigurationError } from "./errors.js";
import type { OperationMeta } from "./operation.js";

/** What a limiter knows of the call it admits. */
export interface RateLimitContext {
  /** The calling merchant (limits scoped `mchid` are counted per merchant). */
  readonly mchid: string;
  /** The call's signal: an abort ends the wait with the client's AbortError. */
  readonly signal: AbortSignal | undefined;
}

/**
 * `acquire` resolves when `op` may be sent now (the call is then counted), waiting while the
 * documented limits (`op.rateLimits`) are used up, and throws rather than wait past its own bound:
 * a call is never silently dropped. The client calls the permit's `settle` once the attempt has
 * ended (answered, failed or aborted): WeChat received it between `acquire` and `settle`, so a
 * limiter can count it at the later time and stay exact whatever the latency.
 */
export interface CallRateLimiter {
  acquire(op: OperationMeta, context: RateLimitContext): Promise<RateLimitPermit | undefined>;
}

export interface RateLimitPermit {
  /** Must not throw; called once per acquired attempt. */
  settle(): void;
}

/** The configured limiter, checked at construction (a ConfigurationError naming the field). */
export function checkRateLimiter(value: unknown): CallRateLimiter | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== "object" ||
    value === null ||
    typeof (value as { acquire?: unknown }).acquire !== "function"
  )
    throw new ConfigurationError("rateLimiter", "must have an acquire(op, context) method");
  return value as CallRateLimiter;
}
