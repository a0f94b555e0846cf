/** Order statistics over latency samples; nearest-rank, so p99 of 20 samples is a real sample. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * Slope of log(y) against log(x) between consecutive points: 1.0 means linear growth,
 * 2.0 quadratic. Used for "how does generate time grow with spec size".
 */
export function logLogSlope(x0: number, y0: number, x1: number, y1: number): number {
  return Math.log(y1 / y0) / Math.log(x1 / x0);
}
