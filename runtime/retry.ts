/**
 * Retry policy: which failures are retried and how long to wait. Pure decisions; the client runs the
 * loop and re-signs every attempt (fresh nonce and timestamp).
 *
 * Rule that protects money: an operation that is not `retrySafe` (a POST without an idempotency
 * guarantee, e.g. one that could create a second stock) is retried only when the failure proves the
 * request never left this machine (connection refused, DNS failure, connect timeout).
 */
import { ConnectionError, TimeoutError } from "./errors.js";

export interface BackoffSettings {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
}

/** Statuses worth retrying: rate limiting and WeChat-side failures (docs: retry 5xx with the same params). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Whether a failed attempt may be retried. `failure` is an HTTP status or the thrown error.
 * Signature, validation and abort errors are never retried.
 */
export function shouldRetry(failure: number | unknown, retrySafe: boolean): boolean {
  if (typeof failure === "number") return retrySafe && isRetryableStatus(failure);
  if (failure instanceof ConnectionError) return retrySafe || !failure.mayHaveReachedServer;
  if (failure instanceof TimeoutError) return retrySafe;
  return false;
}

/**
 * Exponential backoff for retry number `retry` (0 = first retry): initial × 2^retry capped at max,
 * minus up to 25 % jitter so that many clients failing together don't retry in lockstep.
 */
export function backoffDelayMs(
  retry: number,
  settings: BackoffSettings,
  random: () => number = Math.random,
): number {
  const base = Math.min(settings.maxDelayMs, settings.initialDelayMs * 2 ** retry);
  return Math.round(base * (1 - 0.25 * random()));
}

/**
 * Parses `Retry-After` (delta seconds or an HTTP date) into ms from `nowMs`. Returns undefined for
 * absent or unparsable values.
 */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** The wait before the next attempt: the server's Retry-After when sane, otherwise backoff. */
export function retryDelayMs(
  retry: number,
  retryAfter: string | undefined,
  nowMs: number,
  settings: BackoffSettings,
  random?: () => number,
): number {
  const fromServer = parseRetryAfterMs(retryAfter, nowMs);
  if (fromServer !== undefined && fromServer <= settings.maxRetryAfterMs) return fromServer;
  return backoffDelayMs(retry, settings, random);
}

/** setTimeout-based sleep that rejects with the signal's reason when aborted. */
export function defaultSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
