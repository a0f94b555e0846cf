/**
 * Run sizes. The default `npm test` run keeps every reliability suite short; `RELIABILITY_FULL=1`
 * (set by `npm run test:reliability`) runs the full sizes the issue asks for.
 */
export const FULL = process.env.RELIABILITY_FULL === "1";

/** `quick` in the default run, `full` with RELIABILITY_FULL=1. */
export function size(quick: number, full: number): number {
  return FULL ? full : quick;
}

/** One fixed seed per run so a failure can be replayed; override with RELIABILITY_SEED. */
export const SEED = Number(process.env.RELIABILITY_SEED ?? 20261127);
