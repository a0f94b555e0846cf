/** The ValidationSchema interpreter: each constraint kind reports the right path. */
import { describe, expect, it } from "vitest";
import type { ValidationSchema } from "../../runtime/operation.js";
import { validate } from "../../runtime/validate.js";

const schema: ValidationSchema = {
  type: "object",
  additionalProperties: false,
  required: ["stock_name", "stock_use_rule", "no_cash"],
  properties: {
    stock_name: { type: "string", minLength: 1, maxLength: 9 },
    out_request_no: { type: "string", pattern: "^[0-9A-Za-z_|*-]+$" },
    stock_type: { type: "string", enum: ["NORMAL"] },
    available_begin_time: { type: "string", format: "date-time" },
    no_cash: { type: "boolean" },
    stock_use_rule: {
      type: "object",
      additionalProperties: false,
      required: ["max_coupons"],
      properties: {
        max_coupons: { type: "integer", minimum: 5, maximum: 10_000_000 },
        discount: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        week_day: { type: "integer", enum: [0, 1, 2, 3, 4, 5, 6] },
      },
    },
    goods_tag: {
      type: "array",
      maxItems: 3,
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^\\w+$", maxLength: 4 },
    },
    file: { type: "binary", maxBytes: 4 },
  },
};

const base = { stock_name: "券", no_cash: false, stock_use_rule: { max_coupons: 5 } };
const issuesOf = (value: unknown): [string, string][] =>
  validate(schema, value).map((i) => [i.path, i.message]);
const pathsOf = (value: unknown): string[] => validate(schema, value).map((i) => i.path);

describe("validate", () => {
  it("a valid value has no issues (Date accepted for date-time)", () => {
    expect(
      validate(schema, {
        ...base,
        available_begin_time: new Date(),
        goods_tag: ["a"],
        file: new Uint8Array(4),
      }),
    ).toEqual([]);
    expect(
      validate(schema, { ...base, available_begin_time: "2015-05-20T13:29:35.120+08:00" }),
    ).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ["required (top level)", { no_cash: true, stock_use_rule: { max_coupons: 5 } }, "stock_name"],
    ["required (nested)", { ...base, stock_use_rule: {} }, "stock_use_rule.max_coupons"],
    ["unknown key (top level)", { ...base, stockName: "x" }, "stockName"],
    [
      "unknown key (nested)",
      { ...base, stock_use_rule: { max_coupons: 5, extra: 1 } },
      "stock_use_rule.extra",
    ],
    ["string type", { ...base, stock_name: 5 }, "stock_name"],
    ["minLength", { ...base, stock_name: "" }, "stock_name"],
    [
      "maxLength counts code points (10 chars)",
      { ...base, stock_name: "一二三四五六七八九十" },
      "stock_name",
    ],
    ["pattern", { ...base, out_request_no: "a b" }, "out_request_no"],
    ["string enum", { ...base, stock_type: "DISCOUNT" }, "stock_type"],
    [
      "date-time format",
      { ...base, available_begin_time: "2015-05-20 13:29:35" },
      "available_begin_time",
    ],
    [
      "date-time invalid Date",
      { ...base, available_begin_time: new Date("x") },
      "available_begin_time",
    ],
    [
      "date-time Date past year 9999",
      { ...base, available_begin_time: new Date("+010000-01-01T00:00:00Z") },
      "available_begin_time",
    ],
    [
      "integer type",
      { ...base, stock_use_rule: { max_coupons: "5" } },
      "stock_use_rule.max_coupons",
    ],
    [
      "integer check",
      { ...base, stock_use_rule: { max_coupons: 5.5 } },
      "stock_use_rule.max_coupons",
    ],
    ["minimum", { ...base, stock_use_rule: { max_coupons: 4 } }, "stock_use_rule.max_coupons"],
    [
      "maximum",
      { ...base, stock_use_rule: { max_coupons: 10_000_001 } },
      "stock_use_rule.max_coupons",
    ],
    [
      "exclusiveMinimum",
      { ...base, stock_use_rule: { max_coupons: 5, discount: 0 } },
      "stock_use_rule.discount",
    ],
    [
      "exclusiveMaximum",
      { ...base, stock_use_rule: { max_coupons: 5, discount: 1 } },
      "stock_use_rule.discount",
    ],
    [
      "NaN is not a number",
      { ...base, stock_use_rule: { max_coupons: 5, discount: Number.NaN } },
      "stock_use_rule.discount",
    ],
    [
      "number enum",
      { ...base, stock_use_rule: { max_coupons: 5, week_day: 7 } },
      "stock_use_rule.week_day",
    ],
    ["boolean", { ...base, no_cash: "false" }, "no_cash"],
    ["array type", { ...base, goods_tag: "a" }, "goods_tag"],
    ["minItems", { ...base, goods_tag: [] }, "goods_tag"],
    ["maxItems", { ...base, goods_tag: ["a", "b", "c", "d"] }, "goods_tag"],
    ["uniqueItems", { ...base, goods_tag: ["a", "a"] }, "goods_tag"],
    ["array item", { ...base, goods_tag: ["a", "b", "c-d"] }, "goods_tag[2]"],
    ["object type", { ...base, stock_use_rule: [] }, "stock_use_rule"],
    ["null is refused", { ...base, stock_type: null }, "stock_type"],
    ["binary type", { ...base, file: "abc" }, "file"],
    ["binary maxBytes", { ...base, file: new Uint8Array(5) }, "file"],
  ])("%s → %s", (_name, value, path) => {
    expect(pathsOf(value)).toEqual([path]);
  });

  it("maxLength counts an astral character once (not two UTF-16 units, not 4 bytes)", () => {
    expect(pathsOf({ ...base, stock_name: "😀😀😀😀😀😀😀😀😀" })).toEqual([]);
  });

  it("pattern uses the u flag (\\p{…} works)", () => {
    expect(validate({ type: "string", pattern: "^\\p{Script=Han}+$" }, "代金券")).toEqual([]);
    expect(validate({ type: "string", pattern: "^\\p{Script=Han}+$" }, "abc")).toHaveLength(1);
  });

  it("an invalid schema pattern is an issue, not a crash", () => {
    expect(validate({ type: "string", pattern: "(" }, "x")[0]?.message).toContain(
      "invalid pattern",
    );
  });

  it("collects every issue, not just the first", () => {
    expect(
      issuesOf({ stock_name: "", no_cash: 1, stock_use_rule: { max_coupons: 1 }, x: 1 })
        .map(([p]) => p)
        .sort(),
    ).toEqual(["no_cash", "stock_name", "stock_use_rule.max_coupons", "x"].sort());
  });

  it("a non-object root is reported at the root path", () => {
    expect(validate(schema, null)).toEqual([
      { path: "", message: "must not be null (omit the field instead)" },
    ]);
    expect(pathsOf("x")).toEqual([""]);
  });

  it("undefined optional fields are fine; additionalProperties true allows unknown keys", () => {
    expect(validate(schema, { ...base, stock_type: undefined })).toEqual([]);
    expect(
      validate({ type: "object", additionalProperties: true, properties: {} }, { any: 1 }),
    ).toEqual([]);
  });
});
