/** The fact parsers both readers share. */
import { describe, expect, it } from "vitest";
import { parseType } from "../../tools/docs/model.js";
import { readPage } from "../../tools/docs/read-page.js";
import {
  normalize,
  parseBracketRules,
  parseErrorRow,
  parseRateLimits,
  parseUpdated,
  stripPinyin,
} from "../../tools/docs/text.js";

describe("tools/docs text helpers", () => {
  it("reads rate limits in both layouts' wordings", () => {
    expect(parseRateLimits("接口频率:不区分来源 1000/s 单ip 500/s")).toEqual([
      { limit: 1000, per: "second", scope: "all" },
      { limit: 500, per: "second", scope: "ip" },
    ]);
    expect(
      parseRateLimits(normalize("接口頻率:單個商戶號調用頻率60/min,所有商戶號調用頻率為1000/min")),
    ).toEqual([
      { limit: 60, per: "minute", scope: "mchid" },
      { limit: 1000, per: "minute", scope: "all" },
    ]);
    expect(parseRateLimits("接口频率:2000 QPS")).toEqual([
      { limit: 2000, per: "second", scope: "all" },
    ]);
    expect(parseRateLimits("接口说明")).toBeNull();
  });

  it("undoes the converter's pinyin damage and simplifies keywords", () => {
    expect(stripPinyin("創(chuàng)建代金券批次")).toBe("創建代金券批次");
    expect(stripPinyin("(+08:00表示東八區(qū)時間)")).toBe("(+08:00表示東八區時間)");
    expect(normalize("請求參數(shù)")).toBe("请求参数");
    expect(parseUpdated(normalize("最新更新時間:2021.11.11 版本說明"))).toBe("2021-11-11");
  });

  it("reads types with lengths, sizes and item types", () => {
    expect(parseType("string[1,20]")).toEqual({ type: "string", itemType: null, min: 1, max: 20 });
    expect(parseType("string(664)")).toEqual({ type: "string", itemType: null, max: 664 });
    expect(parseType("array[object]")).toEqual({ type: "array", itemType: "object" });
    expect(parseType("uint64")).toEqual({ type: "integer", itemType: null });
    expect(parseType("bool").type).toBe("boolean");
    expect(parseType("strnig").type).toBeNull();
  });

  it("reads bracketed rules for arrays and their items", () => {
    const r = parseBracketRules(
      "特殊规则:单个卡BIN的字符长度为【6,9】,条目个数限制为【1,10】。",
      7,
      true,
    );
    expect(r.itemLimits).toEqual({
      minLength: { value: 6, line: 7 },
      maxLength: { value: 9, line: 7 },
    });
    expect(r.limits).toEqual({ minItems: { value: 1, line: 7 }, maxItems: { value: 10, line: 7 } });
  });

  it("reads error rows with and without pipes, carrying the status down", () => {
    expect(parseErrorRow("400 | PARAM_ERROR | 参数错误 | 请检查 |", null)).toEqual({
      status: 400,
      code: "PARAM_ERROR",
      description: "参数错误 → 请检查",
    });
    expect(parseErrorRow("PARAM_ERROR 券id必填 請填寫券id", 400)?.status).toBe(400);
    expect(parseErrorRow("技術咨詢", 400)).toBeNull();
  });

  it("a section that says 无 has no parameters and nothing not understood", () => {
    const page = readPage(
      "p.txt",
      "查询回调\n请求方式:【GET】/v3/marketing/favor/callbacks\n请求参数\n无\n应答参数\n200 OK\nnotify_url 必填 string\n【通知地址】 地址\n",
    );
    expect(page.notUnderstood).toEqual([]);
    expect(page.fields.map((f) => f.path)).toEqual(["notify_url"]);
  });
});
