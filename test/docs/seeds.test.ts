/** The three real docs pages (WeChat's text, read from ../shared/seeds) against today's spec. */
import { describe, expect, it } from "vitest";
import { runDocsDiff } from "../../tools/docs/run.js";
import { capture, compareText, LIVE_SPEC, ROOT, seed, seedsAvailable, SEEDS } from "./helpers.js";

const PAGES = [
  { file: "list-stocks.txt", layout: "current", operation: "listStocks", updated: "2025-03-25" },
  {
    file: "create-coupon-stock.txt",
    layout: "legacy",
    operation: "createCouponStock",
    updated: "2021-11-11",
  },
  {
    file: "list-stock-items.txt",
    layout: "legacy",
    operation: "listAvailableSingleitems",
    updated: "2019-09-29",
  },
] as const;

describe.skipIf(!seedsAvailable())(
  "docs:diff on the three real docs pages in ../shared/seeds",
  () => {
    for (const p of PAGES)
      it(`${p.file}: no difference, every parameter line understood, deviations acknowledged with a reason`, () => {
        const r = compareText(seed(p.file), p.file, LIVE_SPEC);
        expect(r.layout).toBe(p.layout);
        expect(r.operation).toBe(p.operation);
        expect(r.updated).toBe(p.updated);
        expect(r.differences).toEqual([]);
        expect(r.notUnderstood).toEqual([]);
        expect(r.fieldsCompared).toBeGreaterThan(5);
        for (const a of r.acknowledged)
          expect(a.reason.length, JSON.stringify(a)).toBeGreaterThan(10);
      });

    it("acknowledges the string(664) typo on create_end_time, naming its line", () => {
      const r = compareText(seed("list-stocks.txt"), "list-stocks.txt", LIVE_SPEC);
      expect(r.acknowledged).toEqual([
        expect.objectContaining({
          kind: "max-length",
          location: "query",
          field: "create_end_time",
          doc: 664,
          spec: 64,
          line: 28,
        }),
      ]);
    });

    it("settles the legacy page's never-closed nested tables by the spec", () => {
      const r = compareText(seed("create-coupon-stock.txt"), "create-coupon-stock.txt", LIVE_SPEC);
      // available_week_day is acknowledged at its full path, so the nesting was read right.
      expect(r.acknowledged.map((a) => a.field)).toContain(
        "coupon_use_rule.coupon_available_time.fix_available_time.available_week_day",
      );
      expect(r.fieldsCompared).toBe(45);
    });

    it("the CLI exits 0 on the folder and prints the JSON contract", async () => {
      const c = capture();
      expect(await runDocsDiff(["--format", "json", SEEDS], c.io, ROOT)).toBe(0);
      const json = JSON.parse(c.out()) as { pages: Record<string, unknown>[] };
      expect(json.pages).toHaveLength(3);
      for (const page of json.pages)
        expect(Object.keys(page)).toEqual([
          "file",
          "layout",
          "kind",
          "audience",
          "updated",
          "operation",
          "method",
          "path",
          "partial",
          "differences",
          "acknowledged",
          "notUnderstood",
          "fieldsCompared",
          "coverage",
        ]);
      const c2 = capture();
      expect(await runDocsDiff([SEEDS], c2.io, ROOT)).toBe(0);
      expect(c2.out()).toMatch(/84 fields compared, 0 lines not understood\n$/);
    });
  },
);
