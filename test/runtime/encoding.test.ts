/** Query/path encoding and RFC 3339 formatting: golden strings and a URLSearchParams round trip. */
import { describe, expect, it } from "vitest";
import { serializeJsonBody } from "../../runtime/body.js";
import { formatRfc3339 } from "../../runtime/date.js";
import {
  buildQueryString,
  buildRequestTarget,
  encodePathParam,
  percentEncode,
} from "../../runtime/encoding.js";
import { RequestValidationError } from "../../runtime/errors.js";
import { listStocksOp, queryStockOp } from "./helpers/operations.js";

describe("formatRfc3339", () => {
  it.each([
    ["UTC instant → Beijing wall clock", "2015-05-20T05:29:35Z", "2015-05-20T13:29:35+08:00"],
    [
      "milliseconds are truncated, not rounded",
      "2015-05-20T05:29:35.999Z",
      "2015-05-20T13:29:35+08:00",
    ],
    ["crosses midnight and month end", "2026-01-31T16:00:00Z", "2026-02-01T00:00:00+08:00"],
    ["crosses year end", "2025-12-31T20:30:05Z", "2026-01-01T04:30:05+08:00"],
    ["leap day", "2024-02-28T16:00:00Z", "2024-02-29T00:00:00+08:00"],
    ["epoch", "1970-01-01T00:00:00Z", "1970-01-01T08:00:00+08:00"],
  ])("%s", (_name, iso, expected) => {
    expect(formatRfc3339(new Date(iso))).toBe(expected);
  });

  it("does not depend on the process time zone", () => {
    // The formatter only uses UTC getters on a shifted instant; check against an explicit offset input.
    expect(formatRfc3339(new Date("2015-05-20T13:29:35+08:00"))).toBe("2015-05-20T13:29:35+08:00");
    expect(formatRfc3339(new Date("2015-05-20T07:29:35-06:00"))).toBe("2015-05-20T21:29:35+08:00");
  });

  it("refuses an invalid Date", () => {
    expect(() => formatRfc3339(new Date("nope"))).toThrow(RangeError);
  });
});

describe("percentEncode (RFC 3986 unreserved only)", () => {
  it.each([
    ["+", "%2B"],
    [":", "%3A"],
    [" ", "%20"],
    ["!'()*", "%21%27%28%29%2A"],
    ["&=?#/", "%26%3D%3F%23%2F"],
    ["%", "%25"],
    ["-._~AZaz09", "-._~AZaz09"],
    ["券", "%E5%88%B8"],
    ["😀", "%F0%9F%98%80"],
  ])("%j → %s", (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });
});

describe("query strings (golden)", () => {
  it("keeps the given order, omits unset values, encodes RFC 3339 with +08:00", () => {
    expect(
      buildQueryString([
        ["offset", 0],
        ["limit", 10],
        ["stock_creator_mchid", "1900000001"],
        ["create_start_time", "2015-05-20T13:29:35+08:00"],
        ["create_end_time", undefined],
        ["status", null],
      ]),
    ).toBe(
      "offset=0&limit=10&stock_creator_mchid=1900000001&create_start_time=2015-05-20T13%3A29%3A35%2B08%3A00",
    );
  });

  it("encodes an RFC 3339 string with milliseconds unchanged apart from escaping", () => {
    expect(buildQueryString([["create_start_time", "2015-05-20T13:29:35.120+08:00"]])).toBe(
      "create_start_time=2015-05-20T13%3A29%3A35.120%2B08%3A00",
    );
  });

  it("turns a Date into +08:00 seconds and booleans/numbers into plain text", () => {
    expect(
      buildQueryString([
        ["t", new Date("2015-05-20T05:29:35.120Z")],
        ["b", true],
        ["n", 1234567890123],
      ]),
    ).toBe("t=2015-05-20T13%3A29%3A35%2B08%3A00&b=true&n=1234567890123");
  });

  it("round-trips through URLSearchParams to the original values", () => {
    const values: [string, string][] = [
      ["create_start_time", "2015-05-20T13:29:35+08:00"],
      ["create_end_time", "2015-05-20T13:29:35.120+08:00"],
      ["stock_creator_mchid", "a b+c&d=e"],
      ["name", "券 it's (ok)*!~"],
      ["emoji", "😀"],
      ["percent", "100%"],
    ];
    const query = buildQueryString(values);
    expect([...new URLSearchParams(query).entries()]).toEqual(values);
    // No character a URL parser would re-encode is left raw.
    expect(query).toMatch(/^[A-Za-z0-9\-._~%&=]*$/);
  });

  it("reports unsendable values with their parameter name", () => {
    const issues: { path: string; message: string }[] = [];
    buildQueryString(
      [
        ["obj", { a: 1 }],
        ["arr", [1, 2]],
        ["nan", Number.NaN],
        ["big", 1e21],
        ["surrogate", "\ud800"],
      ],
      issues,
    );
    expect(issues.map((i) => i.path)).toEqual(["obj", "arr", "nan", "big", "surrogate"]);
  });
});

describe("path parameters", () => {
  it.each([
    ["9856000", "9856000"],
    ["a b", "a%20b"],
    ["o+p:q", "o%2Bp%3Aq"],
    ["oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"],
    [12345, "12345"],
  ])("%j → %s", (value, expected) => {
    expect(encodePathParam(value)).toEqual({ ok: true, text: expected });
  });

  // "." is a dot-segment too: `/stocks/./start` normalises to `/stocks/start`, another resource.
  it.each([
    ["a/b"],
    [".."],
    ["."],
    ["a..b"],
    [""],
    ["x\ny"],
    ["\u007f"],
    ["\u0085"],
    [undefined],
    [null],
  ])("refuses %j", (value) => {
    expect(encodePathParam(value).ok).toBe(false);
  });

  it("buildRequestTarget substitutes path params and appends the query", () => {
    expect(buildRequestTarget(queryStockOp, { stock_id: "98 65", stock_creator_mchid: "1" })).toBe(
      "/v3/marketing/favor/stocks/98%2065?stock_creator_mchid=1",
    );
    expect(
      buildRequestTarget(
        listStocksOp,
        { offset: 0, limit: 10, stock_creator_mchid: "1" },
        "/prefix",
      ),
    ).toBe("/prefix/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=1");
  });

  it("buildRequestTarget throws one RequestValidationError naming every bad field", () => {
    try {
      buildRequestTarget(queryStockOp, { stock_id: "a/b", stock_creator_mchid: { x: 1 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual([
        "stock_id",
        "stock_creator_mchid",
      ]);
    }
  });
});

describe("JSON body serialization", () => {
  it("Dates become +08:00 seconds at any depth; null and undefined keys are omitted", () => {
    expect(
      serializeJsonBody({
        a: new Date("2026-01-01T00:00:00.500Z"),
        nested: { when: new Date("2026-01-01T00:00:00Z"), gone: null, alsoGone: undefined },
        list: [new Date("2026-01-01T00:00:00Z"), 1],
        keep: false,
      }),
    ).toBe(
      '{"a":"2026-01-01T08:00:00+08:00","nested":{"when":"2026-01-01T08:00:00+08:00"},"list":["2026-01-01T08:00:00+08:00",1],"keep":false}',
    );
  });
});
