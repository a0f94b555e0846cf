/**
 * Figures each suite reports: written as JSON under `.tmp/reliability/` so `report.ts` can rebuild
 * test/RELIABILITY.md from the last full run, and printed on one line only when someone asked for
 * them (`npm run test:reliability`, or RELIABILITY_VERBOSE=1): in a plain `vitest run` they are
 * informational figures, not output a reader of a green run should have to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FULL, SEED } from "./sizes.js";

/** Print each suite's figures line: on in full runs, or on request in quick ones. */
const PRINT = FULL || process.env.RELIABILITY_VERBOSE === "1";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const FIGURES_DIR = path.join(ROOT, ".tmp/reliability");

export type FigureValue = number | string | boolean;

export interface SuiteFigures {
  readonly suite: string;
  readonly title: string;
  readonly full: boolean;
  readonly seed: number;
  readonly finishedAt: string;
  readonly figures: Record<string, FigureValue>;
}

/**
 * Merges `figures` into the suite's JSON file (a suite may report from several tests) and, when
 * asked for (see PRINT), logs them on one line.
 */
export function recordFigures(
  suite: string,
  title: string,
  figures: Record<string, FigureValue>,
): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const file = path.join(FIGURES_DIR, `${suite}.json`);
  let previous: Record<string, FigureValue> = {};
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as SuiteFigures;
    // Only merge with figures of the same kind of run; a quick run never mixes into a full one.
    if (parsed.full === FULL && parsed.seed === SEED) previous = parsed.figures;
  } catch {
    previous = {};
  }
  const merged: SuiteFigures = {
    suite,
    title,
    full: FULL,
    seed: SEED,
    finishedAt: new Date().toISOString(),
    figures: { ...previous, ...figures },
  };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  if (!PRINT) return;
  const text = Object.entries(figures)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(" ");
  console.log(`[reliability:${suite}] ${text}`);
}
