/**
 * docs:diff on team-written pages (test/docs/forms, original text) in every form page text reaches
 * us in: the current site's copy (merchant and partner, without its title line), the old wiki
 * (simplified and traditional with converter damage), crawler / markdown tables (headings as `##`
 * or lost, `**请求 URL**:`, labels with spaces, `stock*id`, example rows `|||9856000`), partial
 * copies, COUPON.USE notification pages and the multipart upload. Compared with the frozen test
 * spec (helpers.ts), never the live one.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PageReport } from "../../tools/docs/compare.js";
import { runDocsDiff } from "../../tools/docs/run.js";
import { capture, compareText, FORMS, lineOf, ROOT, SPEC } from "./helpers.js";

function form(name: string): string {
  return fs.readFileSync(path.join(FORMS, name), "utf8");
}

function read(name: string): PageReport {
  return compareText(form(name), name);
}

function kinds(r: PageReport): string[] {
  return r.differences.map((d) => `${d.kind} ${d.location} ${d.field ?? ""}`.trim());
}

describe("every form of a docs page is recognised and compared under the right path", () => {
  it("current site, merchant copy: 支持商户 read, every row compared", () => {
    const r = read("current-merchant-pause-stock.txt");
    expect([r.layout, r.kind, r.operation]).toEqual(["current", "operation", "pauseStock"]);
    expect(r.audience).toEqual({ merchant: true, partner: false, text: "【普通商户】" });
    expect(r.coverage).toEqual({ compared: 4, rows: 4 });
    expect(kinds(r)).toEqual(["rate-limit operation"]);
  });

  it("current site, partner copy without its title line: the partner's own field is marked, not added", () => {
    const text = form("current-partner-pause-stock.txt");
    const r = compareText(text, "partner.txt");
    expect(r.operation).toBe("pauseStock");
    expect(r.audience).toMatchObject({ merchant: false, partner: true });
    expect(r.differences).toContainEqual(
      expect.objectContaining({
        kind: "partner-field",
        location: "body",
        field: "sub_mchid",
        line: lineOf(text, "sub_mchid 必填"),
      }),
    );
    expect(kinds(r)).not.toContain("field-added body sub_mchid");
    expect(r.coverage).toEqual({ compared: 4, rows: 5 });
  });

  it("old wiki, simplified characters: labels with spaces, 是 + location columns", () => {
    const r = read("wiki-simplified-send-coupon.txt");
    expect([r.layout, r.operation, r.updated]).toEqual(["legacy", "sendCoupon", "2023-02-02"]);
    expect(r.notUnderstood).toEqual([]);
    expect(r.coverage).toEqual({ compared: 8, rows: 8 });
    expect(kinds(r)).toEqual(["rate-limit operation"]);
  });

  it("markdown tables: `**请求 URL**:`, `##` headings, `stock*id`, example rows, an enum in continuation rows", () => {
    const text = form("markdown-query-stock.txt");
    const r = compareText(text, "md.txt");
    expect([r.layout, r.operation, r.path]).toEqual([
      "markdown",
      "queryStock",
      "/v3/marketing/favor/stocks/{stock_id}",
    ]);
    expect(r.notUnderstood).toEqual([]);
    expect(r.coverage).toEqual({ compared: 18, rows: 18 });
    expect(r.differences).toContainEqual({
      kind: "enum-added",
      location: "response",
      field: "status",
      doc: "frozen",
      spec: null,
      line: lineOf(text, "frozen:已冻结"),
    });
    // The page's response table has no stock_use_rule row: a removal, stated at the heading.
    expect(kinds(r)).toContain("field-removed response stock_use_rule");
    expect(r.partial).toBeNull();
  });

  it("a table copy whose section headings were lost is split at its table headers", () => {
    const r = read("headings-lost-pause-stock.txt");
    expect(r.operation).toBe("pauseStock");
    expect(r.fieldsCompared).toBe(4);
    expect(r.coverage).toEqual({ compared: 4, rows: 4 });
    expect(r.differences).toEqual([]);
  });

  it("multipart upload: the `message` file part and the `属性` block under meta", () => {
    const text = form("markdown-upload-image.txt");
    const r = compareText(text, "upload.txt");
    expect(r.operation).toBe("uploadImage");
    expect(r.coverage).toEqual({ compared: 5, rows: 5 });
    // filename and sha256 are meta's, not top-level body fields.
    expect(r.differences).toEqual([
      {
        kind: "max-length",
        location: "body",
        field: "meta.sha256",
        doc: 256,
        spec: 64,
        line: lineOf(text, "| sha256 |"),
      },
    ]);
  });
});

describe("the reading is checked against the page's own JSON examples", () => {
  it("a key the response example shows but no row gives is listed, and not reported removed", () => {
    const text = form("markdown-query-stock.txt")
      .replace("| 使用说明 | description | string | 是 | 描述 |\n", "")
      .replace('{ "stock_id": "9856000" }', '{ "stock_id": "9856000",\n  "description": "满减" }');
    const r = compareText(text, "md.txt");
    expect(r.notUnderstood).toEqual([
      {
        line: lineOf(text, '"description": "满减"'),
        text: '"description" (a key of the example) has no row on this page',
      },
    ]);
    expect(kinds(r)).not.toContain("field-removed response description");
    expect(kinds(r)).toContain("field-removed response stock_use_rule");
  });
});

describe("nested rows collapsed into their parent's line", () => {
  it("current-site copy: `… 属性 child 必填 type …` reads the children under the parent", () => {
    const text = form("partial-query-stock.txt").replace(
      "create_time 必填 str\n",
      "cut_to_message 选填 object 【减至信息】 减至批次 属性 single_price_max 必填 integer 【最高价】 单价 cut_to_price 必填 integer 【减至价】 价格 |\n",
    );
    const r = compareText(text, "collapsed.txt");
    expect(r.notUnderstood).toEqual([]);
    // Both children compared at their path: nothing added, nothing of cut_to_message removed.
    expect(r.coverage).toEqual({ compared: 9, rows: 9 });
    expect(kinds(r).filter((k) => k.includes("added") || k.includes("cut_to_message"))).toEqual([]);
  });

  it("table copy: child rows inside the parent row's description cell", () => {
    const text = form("markdown-query-stock.txt").replace(
      "| 业务类型 | business_type | string | 否 | 业务 |\n",
      "| 业务类型 | business_type | string | 否 | 业务 |\n| +减至信息 | cut_to_message | object | 否 | 减至批次 属性 最高价 single_price_max uint64 是 单价 减至价 cut_to_price uint64 是 价格 |\n",
    );
    const r = compareText(text, "collapsed-md.txt");
    expect(r.notUnderstood).toEqual([]);
    expect(kinds(r)).not.toContain("field-added response single_price_max");
    expect(kinds(r)).not.toContain("field-removed response cut_to_message");
    expect(r.coverage).toEqual({ compared: 21, rows: 21 });
  });
});

describe("partial copies infer no removal after the cut", () => {
  it("cut mid-row in the response: no field-removed, the cut line named", async () => {
    const text = form("partial-query-stock.txt");
    const r = compareText(text, "partial.txt");
    const last = text.trimEnd().split("\n").length;
    expect(r.partial).toEqual({ line: last, section: "response" });
    expect(kinds(r).filter((k) => k.startsWith("field-removed"))).toEqual([]);
    const c = capture();
    await runDocsDiff(["--spec", SPEC, path.join(FORMS, "partial-query-stock.txt")], c.io, ROOT);
    expect(c.out()).toContain(`partial page: removals not inferred after line ${last}`);
  });

  it("cut inside the request table: no removal of the rest of the request nor of the response", () => {
    const r = read("partial-wiki-send-coupon.txt");
    expect(r.partial).toMatchObject({ section: "request" });
    expect(r.fieldsCompared).toBe(3);
    expect(r.differences).toEqual([]);
  });

  it("the same page whole does report a field it lacks (the cut is what suppresses it)", () => {
    const whole = form("partial-query-stock.txt").replace(
      "create_time 必填 str\n",
      "create_time 必填 string\n【创建时间】 时间\n应答示例\n错误码\n400 | PARAM_ERROR | 参数错误 | 检查 |\n",
    );
    const r = compareText(whole, "whole.txt");
    expect(r.partial).toBeNull();
    expect(kinds(r)).toContain("field-removed response description");
  });
});

describe("notification pages compare with the spec's webhook", () => {
  it("current-site notification page: envelope, decrypted resource and reply", () => {
    const text = form("current-coupon-use-notification.txt");
    const r = compareText(text, "notify.txt");
    expect([r.kind, r.operation]).toEqual(["notification", "couponUse"]);
    expect(r.notUnderstood).toEqual([]);
    expect(r.coverage).toEqual({ compared: 44, rows: 45 });
    expect(r.differences).toEqual([
      expect.objectContaining({
        kind: "field-added",
        location: "resource",
        field: "consume_information.store_id",
        line: lineOf(text, "store_id 选填"),
      }),
    ]);
  });

  it("old-wiki notification page (traditional, pinyin damage): no resource section, so no resource removals", () => {
    const r = read("wiki-coupon-use-notification.txt");
    expect([r.kind, r.operation, r.layout]).toEqual(["notification", "couponUse", "legacy"]);
    expect(r.notUnderstood).toEqual([]);
    expect(kinds(r).filter((k) => k.includes("resource "))).toEqual([]);
    expect(kinds(r)).toContain("max-length body resource.nonce");
  });
});

describe("never silent", () => {
  it("a page with 0 fields read exits 2 naming the line where reading stopped, never 'No differences'", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-forms-"));
    try {
      const page = path.join(dir, "empty-table.txt");
      fs.writeFileSync(
        page,
        "查询批次\n请求URL:https://api.mch.weixin.qq.com/v3/marketing/favor/stocks/{stock_id}\n请求方式:GET\n请求参数\n批次号 stock_id 见下表\n返回参数\n无法识别的内容\n",
      );
      const c = capture();
      expect(await runDocsDiff(["--spec", SPEC, page], c.io, ROOT)).toBe(2);
      expect(c.out()).not.toContain("No differences");
      expect(c.err()).toMatch(/empty-table\.txt:5: 0 fields read: reading stopped at this line/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--format json lists every page given, readable or not, with its error and line", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-forms-"));
    try {
      fs.copyFileSync(
        path.join(FORMS, "current-merchant-pause-stock.txt"),
        path.join(dir, "a.txt"),
      );
      fs.writeFileSync(path.join(dir, "b.txt"), "随便一段文字\n没有接口\n");
      fs.writeFileSync(
        path.join(dir, "c.txt"),
        "请求方式:【GET】/v3/marketing/../../etc/passwd\n请求参数\nx 必填 string\n",
      );
      const c = capture();
      expect(await runDocsDiff(["--format", "json", "--spec", SPEC, dir], c.io, ROOT)).toBe(2);
      const json = JSON.parse(c.out()) as { pages: Record<string, unknown>[] };
      expect(json.pages.map((p) => path.basename(String(p["file"])))).toEqual([
        "a.txt",
        "b.txt",
        "c.txt",
      ]);
      expect(json.pages[1]).toMatchObject({
        line: 2,
        error: expect.stringMatching(/without a method/),
      });
      expect(json.pages[2]).toMatchObject({
        line: 1,
        error: expect.stringMatching(/not a clean \/v3\/… path/),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
