/**
 * Forced garbage collection without `--expose-gc` on the command line (the vitest config is not
 * ours to change): the V8 flag can be set at run time and `gc` then appears in a new context.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gcFunction: (() => void) | undefined;

function forcedGc(): (() => void) | undefined {
  if (gcFunction !== undefined) return gcFunction;
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return (gcFunction = existing);
  setFlagsFromString("--expose-gc");
  const fromContext = runInNewContext("gc") as unknown;
  if (typeof fromContext === "function") gcFunction = fromContext as () => void;
  return gcFunction;
}

/** heapUsed after a full collection (twice, so finalizers from the first pass are collected too). */
export async function settledHeapUsed(): Promise<{ bytes: number; gc: boolean }> {
  const gc = forcedGc();
  if (gc !== undefined) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return { bytes: process.memoryUsage().heapUsed, gc: gc !== undefined };
}
