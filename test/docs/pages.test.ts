/** Team-written pages (test/docs/pages, original text) in both layouts, together covering every kind. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS, type Difference } from "../../tools/docs/compare.js";
import { runDocsDiff } from "../../tools/docs/run.js";
import { capture, compareText, FORMS, lineOf, PAGES, ROOT } from "./helpers.js";

function page(name: string): string {
  return fs.readFileSync(path.join(PAGES, name), "utf8");
}

function kindsOf(name: string): Difference[] {
  return compareText(page(name), name).differences;
}

describe("docs:diff on team-written pages", () => {
  it("legacy layout (pauseStock): rate limit, min-length, new object, required, type, error codes", () => {
    const text = page("legacy-pause-stock.txt");
    const r = compareText(text, "legacy-pause-stock.txt");
    expect(r.layout).toBe("legacy");
    expect(r.operation).toBe("pauseStock");
    expect(r.notUnderstood).toEqual([]);
    expect(r.differences).toEqual([
      expect.objectContaining({
        kind: "rate-limit",
        location: "operation",
        line: lineOf(text, "接口頻"),
      }),
      {
        kind: "min-length",
        location: "body",
        field: "stock_creator_mchid",
        doc: 2,
        spec: 1,
        line: lineOf(text, "stock_creator_mchid string"),
      },
      expect.objectContaining({
        kind: "field-added",
        location: "body",
        field: "refund_option",
        line: lineOf(text, "+退款選項"),
      }),
      {
        kind: "required",
        location: "response",
        field: "pause_time",
        doc: false,
        spec: true,
        line: lineOf(text, "pause_time string"),
      },
      {
        kind: "type",
        location: "response",
        field: "stock_id",
        doc: "integer",
        spec: "string",
        line: lineOf(text, "stock_id uint64"),
      },
      {
        kind: "error-code-removed",
        location: "operation",
        field: null,
        doc: null,
        spec: { status: 400, code: "MCH_NOT_EXISTS" },
        line: lineOf(text, "400 PARAM_ERROR"),
      },
      expect.objectContaining({
        kind: "error-code-added",
        location: "operation",
        field: null,
        spec: null,
        line: lineOf(text, "STOCK_FROZEN"),
      }),
    ]);
  });

  it("legacy layout (items): a larger max-items; a broken row is listed, with its line", () => {
    const text = page("legacy-list-items.txt");
    const r = compareText(text);
    expect(r.differences).toEqual([
      {
        kind: "max-items",
        location: "response",
        field: "data",
        doc: 200,
        spec: 100,
        line: lineOf(text, "【1,200】"),
      },
    ]);
    expect(r.notUnderstood).toEqual([
      { line: lineOf(text, "strnig"), text: "批次狀態 stock_status strnig[1,8] 批次的狀態" },
    ]);
  });

  it("current layout (merchants): maximum, minimum, max-length, new parameter, removed response field", () => {
    const text = page("current-list-merchants.txt");
    expect(kindsOf("current-list-merchants.txt")).toEqual([
      {
        kind: "maximum",
        location: "query",
        field: "offset",
        doc: 2000,
        spec: 1000,
        line: lineOf(text, "最大2000"),
      },
      {
        kind: "minimum",
        location: "query",
        field: "limit",
        doc: 5,
        spec: 1,
        line: lineOf(text, "最小5"),
      },
      {
        kind: "max-length",
        location: "query",
        field: "stock_creator_mchid",
        doc: 32,
        spec: 20,
        line: lineOf(text, "string(32)"),
      },
      expect.objectContaining({
        kind: "field-added",
        location: "query",
        field: "merchant_type",
        line: lineOf(text, "merchant_type"),
      }),
      expect.objectContaining({
        kind: "field-removed",
        location: "response",
        field: "stock_id",
        doc: null,
        line: lineOf(text, "应答参数"),
      }),
    ]);
  });

  it("current layout (user coupons): enum values added and removed", () => {
    const text = page("current-list-coupons.txt");
    expect(kindsOf("current-list-coupons.txt")).toEqual([
      {
        kind: "enum-removed",
        location: "query",
        field: "status",
        doc: null,
        spec: "USED",
        line: lineOf(text, "status 选填"),
      },
      {
        kind: "enum-added",
        location: "query",
        field: "status",
        doc: "EXPIRED",
        spec: null,
        line: lineOf(text, "EXPIRED:"),
      },
    ]);
  });

  it("current layout (query stock): expanded nested tables and inline enums read into the spec's shape", () => {
    const r = compareText(page("current-query-stock.txt"));
    expect(r.operation).toBe("queryStock");
    expect(r.notUnderstood).toEqual([]);
    expect(r.differences).toEqual([]);
    // every response field of Stock, its expanded stock_use_rule (with fixed_normal_coupon),
    // cut_to_message and available_region_list[] items, plus the two parameters
    expect(r.fieldsCompared).toBe(41);
  });

  it("current layout: a changed inline enum inside a nested table is found at its path", () => {
    const text = page("current-query-stock.txt").replace(
      "CUT_TO:减至券",
      "CUT_TO:减至券 RANDOM:随机券",
    );
    expect(compareText(text).differences).toEqual([
      {
        kind: "enum-added",
        location: "response",
        field: "stock_use_rule.coupon_type",
        doc: "RANDOM",
        spec: null,
        line: lineOf(text, "RANDOM:"),
      },
    ]);
  });

  it("legacy layout (send coupon): 是/否 columns are required flags; only the short error table differs", () => {
    const r = compareText(page("legacy-send-coupon.txt"));
    expect(r.operation).toBe("sendCoupon");
    expect(r.notUnderstood).toEqual([]);
    expect(r.fieldsCompared).toBe(8);
    expect(new Set(r.differences.map((d) => d.kind))).toEqual(new Set(["error-code-removed"]));
  });

  it("current layout: a path the spec lacks is a new operation", () => {
    expect(kindsOf("current-new-operation.txt")).toEqual([
      {
        kind: "operation-added",
        location: "operation",
        field: null,
        doc: "POST /v3/marketing/favor/stocks/{stock_id}/modify-merchants",
        spec: null,
        line: 5,
      },
    ]);
  });

  it("together the team pages produce every kind", () => {
    const seen = new Set<string>();
    for (const f of fs.readdirSync(PAGES)) for (const d of kindsOf(f)) seen.add(d.kind);
    for (const f of fs.readdirSync(FORMS))
      for (const d of compareText(fs.readFileSync(path.join(FORMS, f), "utf8"), f).differences)
        seen.add(d.kind);
    expect([...seen].sort()).toEqual([...KINDS].sort());
  });

  it("exits 1 on differences and ends with the coverage line", async () => {
    const c = capture();
    expect(await runDocsDiff([PAGES], c.io, ROOT)).toBe(1);
    expect(c.out()).toMatch(/\d+ fields compared, 1 lines not understood\n$/);
    expect(c.err()).toBe("");
  });

  it("exits 2 naming the line when a page cannot be read, and on bad usage", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-diff-"));
    try {
      const bad = path.join(dir, "no-method.txt");
      fs.writeFileSync(
        bad,
        "查询批次详情\n更新时间:2025.01.01\n请求参数\nstock_id 必填 string(20)\n",
      );
      const c = capture();
      expect(await runDocsDiff([bad], c.io, ROOT)).toBe(2);
      expect(c.err()).toMatch(
        /^docs:diff: page unreadable: .*no-method\.txt:4: reached the end of the page without a method and `\/v3\/…` path/,
      );
      expect(c.err().trim().split("\n")).toHaveLength(1);

      fs.writeFileSync(bad, "查询批次详情\n请求方式:【GET】\n请求参数\n");
      const c2 = capture();
      expect(await runDocsDiff([bad], c2.io, ROOT)).toBe(2);
      expect(c2.err()).toMatch(/no-method\.txt:2: cannot read the method and path/);

      const c3 = capture();
      expect(await runDocsDiff([path.join(dir, "missing.txt")], c3.io, ROOT)).toBe(2);
      expect(c3.err()).toMatch(/cannot read .*missing\.txt/);
      const c4 = capture();
      expect(await runDocsDiff(["--format", "xml", PAGES], c4.io, ROOT)).toBe(2);
      expect(await runDocsDiff([], capture().io, ROOT)).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
