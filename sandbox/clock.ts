/**
 * The sandbox's notion of "now". Injectable so tests can move time (expiry, the ±5 min
 * timestamp window) without sleeping, and shared by every module so they agree.
 */
export interface Clock {
  /** Current time in milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * The range a moved sandbox clock may reach (2000-01-01 … 2200-01-01 UTC). Beyond it nothing the
 * favor API does makes sense (stock windows are at most a year ahead), and far enough out
 * `formatChinaTime` cannot print the date at all.
 */
export const SANE_CLOCK_MIN_MS = 946_684_800_000;
export const SANE_CLOCK_MAX_MS = 7_258_118_400_000;

/** An advance that is not a finite number or would leave the sane range. */
export class ClockRangeError extends RangeError {
  override readonly name = "ClockRangeError";
}

/** A clock that follows the system clock shifted by an adjustable offset. */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): number {
    return this.base.now() + this.offsetMs;
  }
  /** Moves the clock by `ms`; throws ClockRangeError (clock unchanged) for an absurd move. */
  advance(ms: number): void {
    if (typeof ms !== "number" || !Number.isFinite(ms))
      throw new ClockRangeError("the clock advance must be a finite number");
    const target = this.now() + ms;
    if (!(target >= SANE_CLOCK_MIN_MS && target <= SANE_CLOCK_MAX_MS))
      throw new ClockRangeError(
        "the clock would leave 2000-01-01 … 2200-01-01 (UTC); advance by less",
      );
    this.offsetMs += ms;
  }
  get offset(): number {
    return this.offsetMs;
  }
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * RFC 3339 in China Standard Time with seconds, the form the real server answers with
 * (e.g. `2015-05-20T13:29:35+08:00`).
 */
export function formatChinaTime(epochMs: number): string {
  const shifted = new Date(Math.floor(epochMs / 1000) * 1000 + CHINA_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/** Parses an RFC 3339 timestamp (any offset, optional fraction); NaN when malformed. */
export function parseRfc3339(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value))
    return Number.NaN;
  return Date.parse(value);
}

/** Calendar date (YYYY-MM-DD) in China Standard Time, used for per-day budgets and bill dates. */
export function chinaDate(epochMs: number): string {
  return new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
