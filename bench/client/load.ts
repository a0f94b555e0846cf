import { performance } from "node:perf_hooks";
import type { ListStocksCall } from "./adapter.js";

export interface LoadResult {
  readonly concurrency: number;
  readonly requests: number;
  readonly wallMs: number;
  /** Per-request latency in ms, one sample per measured request. */
  readonly latenciesMs: number[];
  /** process.cpuUsage() user+system delta over the measured window, µs. */
  readonly cpuMicros: number;
}

/**
 * Runs exactly `requests` calls with `concurrency` in flight, after a warm-up (JIT, sockets
 * opened, keys cached) that is not measured. Bounded in count; a call that throws aborts the run.
 */
export async function runLoad(
  call: ListStocksCall,
  requests: number,
  concurrency: number,
): Promise<LoadResult> {
  const warmup = Math.min(300, Math.max(50, concurrency * 4, Math.ceil(requests / 10)));
  await drive(call, warmup, concurrency, []);
  const latenciesMs: number[] = [];
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await drive(call, requests, concurrency, latenciesMs);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { concurrency, requests, wallMs, latenciesMs, cpuMicros: cpu.user + cpu.system };
}

async function drive(
  call: ListStocksCall,
  total: number,
  concurrency: number,
  latencies: number[],
): Promise<void> {
  let issued = 0;
  const lane = async () => {
    while (issued < total) {
      issued++;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, lane));
}
