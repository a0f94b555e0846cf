/** Smoke run of the docs bench (bench/docs) with small pages: structure only, never timings. */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runDocsBench } from "../../bench/docs/run-docs-bench.js";
import { ROOT } from "./helpers.js";

const outDir = join(ROOT, "bench", ".out", `docs-smoke-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("docs bench smoke", () => {
  it("reads every large and long-line page (exit 1: their extra rows differ) and prints its table", async () => {
    const r = await runDocsBench({ outDir, rounds: 1, scale: 0.02 });
    expect(r.cases.map((c) => c.name)).toContain("1 MB page, current-site copy");
    for (const c of r.cases) {
      expect(c.exitCode, c.name).toBe(1);
      expect(Number.isFinite(c.medianMs)).toBe(true);
    }
    expect(r.markdown).toMatch(/^\| page +\| size/m);
  }, 60_000);
});
