/** Changes made here to copies of the real docs pages must come back with the right kind, field and line. */
import { describe, expect, it } from "vitest";
import { compareText, lineOf, mutate, seed, seedsAvailable } from "./helpers.js";

describe.skipIf(!seedsAvailable())("docs:diff on changed copies of the real docs pages", () => {
  it("current layout: a changed length", () => {
    const text = mutate(
      seed("list-stocks.txt"),
      "create_start_time 选填 string(64)",
      "create_start_time 选填 string(80)",
    );
    expect(compareText(text).differences).toEqual([
      {
        kind: "max-length",
        location: "query",
        field: "create_start_time",
        doc: 80,
        spec: 64,
        line: 25,
      },
    ]);
  });

  it("current layout: a new and a removed enum value", () => {
    let text = mutate(
      seed("list-stocks.txt"),
      "paused:暂停发放\n",
      "paused:暂停发放\nfrozen:已冻结\n",
    );
    text = mutate(text, "audit:审核中\n", "");
    const r = compareText(text);
    expect(r.differences).toEqual([
      {
        kind: "enum-removed",
        location: "query",
        field: "status",
        doc: null,
        spec: "audit",
        line: lineOf(text, "status 选填"),
      },
      {
        kind: "enum-added",
        location: "query",
        field: "status",
        doc: "frozen",
        spec: null,
        line: lineOf(text, "frozen:"),
      },
    ]);
  });

  it("current layout: a new field, in a section and inside a response object", () => {
    let text = mutate(
      seed("list-stocks.txt"),
      "status 选填 string(12)",
      "sort 选填 string(8)\n【排序】 排序方式\nstatus 选填 string(12)",
    );
    text = mutate(
      text,
      "card_id 选填 string 【卡包ID】",
      "coupon_code 选填 string 【券码】 新字段 card_id 选填 string 【卡包ID】",
    );
    const r = compareText(text);
    expect(r.differences).toEqual([
      expect.objectContaining({
        kind: "field-added",
        location: "query",
        field: "sort",
        line: lineOf(text, "sort 选填"),
      }),
      expect.objectContaining({
        kind: "field-added",
        location: "response",
        field: "data[].coupon_code",
        line: lineOf(text, "coupon_code 选填"),
      }),
    ]);
    expect(r.notUnderstood).toEqual([]);
  });

  it("current layout: a changed rate limit", () => {
    const text = mutate(seed("list-stocks.txt"), "单ip 500/s", "单ip 300/s");
    expect(compareText(text).differences).toEqual([
      {
        kind: "rate-limit",
        location: "operation",
        field: null,
        doc: [
          { limit: 1000, per: "second", scope: "all" },
          { limit: 300, per: "second", scope: "ip" },
        ],
        spec: [
          { limit: 1000, per: "second", scope: "all" },
          { limit: 500, per: "second", scope: "ip" },
        ],
        line: 3,
      },
    ]);
  });

  it("current layout: the acknowledged typo shows again when the page's value changes", () => {
    const text = mutate(seed("list-stocks.txt"), "string(664)", "string(128)");
    const r = compareText(text);
    expect(r.acknowledged).toEqual([]);
    expect(r.differences).toEqual([
      {
        kind: "max-length",
        location: "query",
        field: "create_end_time",
        doc: 128,
        spec: 64,
        line: 28,
      },
    ]);
  });

  it("legacy layout: a changed length and a changed rate limit", () => {
    let text = mutate(
      seed("create-coupon-stock.txt"),
      "stock_name string[1,20] body",
      "stock_name string[1,30] body",
    );
    text = mutate(text, "調用頻率60/min", "調用頻率120/min");
    const r = compareText(text);
    expect(r.differences).toEqual([
      expect.objectContaining({
        kind: "rate-limit",
        line: 54,
        doc: [
          { limit: 1000, per: "minute", scope: "all" },
          { limit: 120, per: "minute", scope: "mchid" },
        ],
      }),
      { kind: "max-length", location: "body", field: "stock_name", doc: 30, spec: 20, line: 69 },
    ]);
  });

  it("legacy layout: a new nested field lands in the open nested table", () => {
    const text = mutate(
      seed("create-coupon-stock.txt"),
      "示例值:100\n門檻 transaction_minimum",
      "示例值:100\n封頂金額 max_discount uint64 單筆最多優惠,單位:分。\n門檻 transaction_minimum",
    );
    expect(compareText(text).differences).toEqual([
      {
        kind: "field-added",
        location: "body",
        field: "coupon_use_rule.fixed_normal_coupon.max_discount",
        doc: { type: "uint64", label: "封頂金額" },
        spec: null,
        line: lineOf(text, "max_discount"),
      },
    ]);
  });

  it("legacy layout: a new and a removed enum value on an array's items", () => {
    let text = mutate(
      seed("create-coupon-stock.txt"),
      "FACE:人臉支付\n",
      "FACE:人臉支付\nWATCH:手表支付\n",
    );
    text = mutate(text, "PPAY:免密支付\n", "");
    expect(compareText(text).differences).toEqual([
      expect.objectContaining({
        kind: "enum-removed",
        field: "coupon_use_rule.trade_type[]",
        spec: "PPAY",
        line: lineOf(text, "trade_type array"),
      }),
      expect.objectContaining({
        kind: "enum-added",
        field: "coupon_use_rule.trade_type[]",
        doc: "WATCH",
        line: lineOf(text, "WATCH:"),
      }),
    ]);
  });

  it("legacy layout: changed item limits and a new error code", () => {
    let text = mutate(
      seed("list-stock-items.txt"),
      "條目個數(shù)限制為【1,100】",
      "條目個數(shù)限制為【1,500】",
    );
    text = mutate(
      text,
      "429 FREQUENCY_LIMIT_EXCEED",
      "403 STOCK_FROZEN 批次已凍結 請聯系客服\n429 FREQUENCY_LIMIT_EXCEED",
    );
    expect(compareText(text).differences).toEqual([
      { kind: "max-items", location: "response", field: "data", doc: 500, spec: 100, line: 98 },
      expect.objectContaining({
        kind: "error-code-added",
        doc: expect.objectContaining({ status: 403, code: "STOCK_FROZEN" }),
        line: lineOf(text, "STOCK_FROZEN"),
      }),
    ]);
  });

  it("a garbled 必填 column is unknown, never a difference; a broken row is listed as not understood", () => {
    let text = mutate(seed("list-stock-items.txt"), "offset uint32 query", "offset uint32");
    text = mutate(text, "分頁大小 limit uint32 query", "分頁大小 limit uint3 2 query");
    const r = compareText(text);
    expect(r.differences).toEqual([]);
    expect(r.notUnderstood).toEqual([
      { line: 73, text: "分頁大小 limit uint3 2 query 分頁大小,最大100。" },
    ]);
  });
});
