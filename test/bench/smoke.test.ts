/**
 * Smoke run of `npm run bench` with tiny counts, so the benchmarks can't rot unnoticed.
 * Asserts structure only (every client measured, tables printed, ratios finite, synthetic specs
 * accepted by both generators, bundle free of build-time code) — never timings, which depend on
 * whatever else the machine is doing.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runOverheadProbe } from "../../bench/client/overhead-probe.js";
import { runClientBench } from "../../bench/client/run-client-bench.js";
import { runGeneratorBench } from "../../bench/generator/run-generator-bench.js";
import { FORBIDDEN_BUNDLE_INPUTS, runImportBench } from "../../bench/import/run-import-bench.js";
import { logLogSlope, percentile } from "../../bench/lib/stats.js";
import { writeSyntheticSpec } from "../../bench/synthetic-spec.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const outDir = join(repoRoot, "bench", ".out", `smoke-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** A Markdown table whose header starts with `firstColumn`, followed by its |---| rule. */
const tableHeader = (markdown: string, firstColumn: string) =>
  new RegExp(`^\\| ${firstColumn}[^\\n]*\\|\\n\\|-`, "m").test(markdown);

describe("bench smoke", () => {
  it("stats: nearest-rank percentiles and log-log slope", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 100], 99)).toBe(100);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(logLogSlope(100, 1, 1000, 10)).toBeCloseTo(1);
    expect(logLogSlope(100, 1, 1000, 100)).toBeCloseTo(2);
  });

  it("synthetic spec: exact operation count in both layouts, resolvable relative $refs", () => {
    const split = writeSyntheticSpec({
      operations: 10,
      dir: join(outDir, "syn-split"),
      layout: "split",
    });
    const single = writeSyntheticSpec({
      operations: 10,
      dir: join(outDir, "syn-single"),
      layout: "single",
    });
    const pathFiles = readdirSync(join(outDir, "syn-split", "paths"));
    expect(pathFiles).toHaveLength(10);
    const root = parse(readFileSync(split.entry, "utf8")) as {
      paths: Record<string, { $ref: string }>;
    };
    for (const item of Object.values(root.paths))
      expect(pathFiles).toContain(item.$ref.replace("./paths/", ""));
    const whole = parse(readFileSync(single.entry, "utf8")) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const ids = Object.values(whole.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(10);
    expect(readFileSync(single.entry, "utf8")).toMatch(/[\u4e00-\u9fff]/); // Chinese descriptions
  });

  describe.concurrent("each benchmark part with tiny counts", () => {
    it(
      "client cost: every client measured at both concurrencies, ratios finite",
      { timeout: 90_000 },
      async () => {
        const result = await runClientBench({ requests: 20, rounds: 1, outDir });
        expect(result.failures).toEqual([]);
        expect(result.rows).toHaveLength(8);
        for (const row of result.rows) {
          expect(Number.isFinite(row.cpuRatioToFloor)).toBe(true);
          expect(row.cpuMicrosPerRequest).toBeGreaterThan(0);
          expect(Number.isFinite(row.p99Ms)).toBe(true);
        }
        expect(result.rows.map((r) => r.client).join("\n")).toMatch(
          /ours[\s\S]*wechatpay-node-v3[\s\S]*wechatpay-axios-plugin/,
        );
        expect(
          Number.isFinite(result.bareSignMicros) && Number.isFinite(result.bareVerifyMicros),
        ).toBe(true);
        expect(tableHeader(result.markdown, "client")).toBe(true);
      },
    );

    it(
      "in-memory overhead probe: floor and ours both run on the memory dispatcher",
      { timeout: 60_000 },
      async () => {
        const result = await runOverheadProbe({ requests: 20, rounds: 1, outDir });
        const [floor, ...ours] = result.rows.map((r) => r.client);
        expect(floor).toMatch(/^floor/);
        // "ours", then "ours + validateResponses" (the cost of full response validation).
        expect(ours.length).toBeGreaterThanOrEqual(1);
        for (const client of ours) expect(client).toMatch(/^ours/);
        for (const row of result.rows)
          expect(Number.isFinite(row.ratioToFloor) && row.cpuMicrosPerRequest > 0).toBe(true);
        expect(tableHeader(result.markdown, "client")).toBe(true);
      },
    );

    it(
      "generator scaling: generate and openapi-typescript both accept a 10-operation synthetic spec",
      { timeout: 120_000 },
      async () => {
        // One size keeps this fast; the exponent arithmetic is covered by the stats test above.
        const result = await runGeneratorBench({
          repoRoot,
          outDir,
          sizes: [10],
          includeRealSpec: false,
          timeoutMs: 90_000,
        });
        expect(result.notes).toEqual([]);
        expect(result.rows).toHaveLength(1);
        for (const row of result.rows) {
          expect(row.generate?.ok).toBe(true);
          expect(row.openapiTypescript.ok).toBe(true);
          expect(row.generate?.maxRssMiB).toBeGreaterThan(0);
          expect(Number.isFinite(row.ratio)).toBe(true);
        }
        expect(result.scaling).toEqual([]);
        expect(tableHeader(result.markdown, "spec")).toBe(true);
      },
    );

    it(
      "import cost: entries import cleanly, one-operation bundle has no build-time inputs",
      { timeout: 90_000 },
      async () => {
        const result = await runImportBench({ repoRoot, outDir, repeats: 1 });
        expect(result.timings.length).toBeGreaterThanOrEqual(3);
        for (const t of result.timings) expect(Number.isFinite(t.importMs)).toBe(true);
        const [full] = result.bundles;
        expect(full?.inputs.some((i) => i.startsWith("generated/operations/listStocks"))).toBe(
          true,
        );
        expect(full?.inputs.some((i) => i.startsWith("runtime/"))).toBe(true);
        expect(result.forbiddenInputs).toEqual([]);
        // The check itself must be able to fail: it recognises each forbidden kind of path.
        for (const path of [
          "generator/cli.ts",
          "sandbox/index.ts",
          "node_modules/prettier/index.mjs",
          "node_modules/ts-morph/dist/ts-morph.js",
          "node_modules/yaml/dist/index.js",
        ]) {
          expect(FORBIDDEN_BUNDLE_INPUTS.some((f) => f.pattern.test(path))).toBe(true);
        }
        expect(tableHeader(result.markdown, "entry")).toBe(true);
      },
    );
  });
});
