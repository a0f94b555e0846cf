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

/**
 * 5xx answers that cannot change on retry: the server (or a proxy in front of it) says the request
 * itself is the problem, not a passing condition. 501 Not Implemented (e.g. an operation the
 * server or sandbox does not have), 505 HTTP Version Not Supported, 506 Variant Also Negotiates,
 * 508 Loop Detected, 510 Not Extended, 511 Network Authentication Required (a captive portal).
 */
export const NON_RETRYABLE_5XX: ReadonlySet<number> = new Set([501, 505, 506, 508, 510, 511]);

/**
 * Statuses worth retrying: 429 (rate limited) and WeChat-side 5xx failures (docs: retry a
 * SYSTEM_ERROR with the same parameters), except the 5xx listed in NON_RETRYABLE_5XX.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && !NON_RETRYABLE_5XX.has(status));
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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
/** RFC 9110 §5.6.7 IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. */
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
/** Longest delta-seconds we read as a number (beyond it every cap applies anyway). */
const MAX_DELTA_DIGITS = 10;

/**
 * Parses `Retry-After` strictly (RFC 9110 §10.2.3): delta-seconds (`1*DIGIT`, nothing else) or an
 * IMF-fixdate that names a real calendar time. Returns ms from `nowMs`, or undefined for absent,
 * malformed (`-1`, `+1`, `1.5`, `5, 7`, `1 2`, other date formats) and past values, so that the
 * caller falls back to the normal backoff instead of retrying at once.
 */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/^[ \t]+|[ \t]+$/g, ""); // HTTP optional whitespace only
  if (/^\d+$/.test(text)) {
    if (text.length > MAX_DELTA_DIGITS) return Number.POSITIVE_INFINITY;
    return Number(text) * 1000;
  }
  const match = IMF_FIXDATE.exec(text);
  if (match === null || !Number.isFinite(nowMs)) return undefined;
  const [, dayName, day, month, year, hour, minute, second] = match;
  const ms = Date.UTC(
    Number(year),
    MONTHS.indexOf(month ?? ""),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  const date = new Date(ms);
  // Date.UTC rolls 31 Feb over into March and 24:00 into the next day: refuse instead.
  if (
    date.getUTCDate() !== Number(day) ||
    date.getUTCHours() !== Number(hour) ||
    date.getUTCMinutes() !== Number(minute) ||
    date.getUTCSeconds() !== Number(second) ||
    DAYS[date.getUTCDay()] !== dayName
  )
    return undefined;
  const wait = ms - nowMs;
  // A date in the past is indistinguishable from clock skew: back off normally.
  return wait > 0 ? wait : undefined;
}

/**
 * The wait before the next attempt: the server's Retry-After when it parses strictly and is at
 * most `maxRetryAfterMs` (default 60 s); otherwise the normal backoff (at most `maxDelayMs`). So no
 * wait is ever longer than max(maxRetryAfterMs, maxDelayMs).
 */
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
