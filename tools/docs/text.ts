/**
 * Text helpers shared by both page readers: undoing the damage a browser copy of the legacy
 * pages carries, and recognising the page facts (update date, rate limits, idempotency, rule lines).
 */
import type { FieldLocation, Limits, RateLimit, Stated } from "./model.js";

/**
 * The legacy pages went through a simplified→traditional converter that appended pinyin to some
 * characters: `創(chuàng)建`, `參數(shù)`. A parenthesised word with a tone mark is that damage.
 */
const PINYIN_DAMAGE = /\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g;

export function stripPinyin(text: string): string {
  return text.replace(PINYIN_DAMAGE, "");
}

// Traditional characters that occur in the keywords the readers look for, mapped to simplified.
const TRADITIONAL =
  "請參數應頻冪規則時間碼錯誤態狀說區來體頭徑詢變類舉個開發單號戶調為條長編驗閱資網訊務權圍實際額總錄選填須標記證與這還後於裡內當數據";
const SIMPLIFIED =
  "请参数应频幂规则时间码错误态状说区来体头径询变类举个开发单号户调为条长编验阅资网讯务权围实际额总录选填须标记证与这还后于里内当数据";
const T2S = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) T2S.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);
// One regex pass over the line (a per-character loop with string concatenation was the slowest
// step on a 1 MB page).
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}\u00a0]`, "g");

/** Pinyin damage removed and traditional keyword characters simplified, for matching only. */
export function normalize(text: string): string {
  return stripPinyin(text)
    .replace(TRADITIONAL_CHAR, (ch) => T2S.get(ch) ?? " ")
    .trim();
}

export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}

/** `更新时间:2025.03.25…` / `最新更新時間:2021.11.11 版本說明` → `2025-03-25`. */
export function parseUpdated(normalized: string): string | null {
  const m = /更新时间\s*[:：]\s*(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})/.exec(
    normalized,
  );
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}

/**
 * `接口频率:不区分来源 1000/s 单ip 500/s`, `單個商戶號調用頻率60/min,所有商戶號調用頻率為1000/min`,
 * `2000 QPS`: each number with its unit, scoped by the words just before it.
 */
export function parseRateLimits(normalized: string): RateLimit[] | null {
  const m = /接口频率\s*[:：](.*)$/.exec(normalized);
  if (!m) return null;
  const text = m[1]!;
  const limits: RateLimit[] = [];
  const re =
    /(\d+)\s*(?:次)?\s*(\/\s*(?:second|sec|s|秒|minute|min|分钟|分)|qps|次\/秒|次\/分钟)/gi;
  let last = 0;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const before = text.slice(last, hit.index).toLowerCase();
    last = re.lastIndex;
    const unit = hit[2]!.replace(/\s/g, "").toLowerCase();
    const per: RateLimit["per"] = /min|分/.test(unit) ? "minute" : "second";
    const scope: RateLimit["scope"] = /ip/.test(before)
      ? "ip"
      : /(单个|单|每个|每)\s*商户/.test(before)
        ? "mchid"
        : "all";
    limits.push({ limit: Number(hit[1]), per, scope });
  }
  return limits;
}

/** `幂等规则:接口支持幂等重入` → true; `不支持` → false. */
export function parseIdempotent(normalized: string): boolean | null {
  const m = /幂等规则\s*[:：](.*)$/.exec(normalized);
  if (!m) return null;
  if (/不支持|非幂等/.test(m[1]!)) return false;
  return /支持/.test(m[1]!) ? true : null;
}

/** `value:meaning` (`running:运行中`, `true:是`). */
export function parseEnumLine(raw: string): { value: string; meaning: string } | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9_.\-]*)\s*[:：]\s*(.+)$/.exec(raw.trim());
  if (!m || m[2]!.startsWith("//")) return null;
  return { value: m[1]!, meaning: m[2]!.trim() };
}

/** Lines that state rules or examples of the field above them. */
export function isRuleLine(normalized: string): boolean {
  return (
    /^(校验规则|特殊规则|示例值|示例|注意|说明|备注|枚举值|可选取值|取值范围)\s*[:：]?/.test(
      normalized,
    ) || /^\d+\s*[、.．]/.test(normalized)
  );
}

/**
 * Machine-readable bounds in rule text: `条目个数限制为【1,50】` (array size), `字符长度为【1,128】`
 * (string length; of each item for arrays). Chinese-worded limits (`最多60个`) are left as text.
 */
export function parseBracketRules(
  normalized: string,
  line: number,
  isArray: boolean,
): { limits: Limits; itemLimits: Limits } {
  const limits: Limits = {};
  const itemLimits: Limits = {};
  const re = /【\s*(\d+)\s*[,，]\s*(\d+)\s*】/g;
  let last = 0;
  for (let hit = re.exec(normalized); hit; hit = re.exec(normalized)) {
    const context = normalized.slice(last, hit.index);
    last = re.lastIndex;
    const min: Stated<number> = { value: Number(hit[1]), line };
    const max: Stated<number> = { value: Number(hit[2]), line };
    if (/条目个数|个数限制|条目数/.test(context)) {
      limits.minItems = min;
      limits.maxItems = max;
    } else if (/长度/.test(context)) {
      const target = isArray ? itemLimits : limits;
      target.minLength = min;
      target.maxLength = max;
    }
  }
  return { limits, itemLimits };
}

/** `分页大小,最大10` → maximum 10 (integers only; `最大发券数` has no number and is skipped). */
export function parseNumericWords(normalized: string, line: number): Limits {
  const limits: Limits = {};
  const max = /最大(?:值)?(?:为|是)?\s*(\d+)(?![\d个元万])/.exec(normalized);
  if (max) limits.maximum = { value: Number(max[1]), line };
  const min = /最小(?:值)?(?:为|是)?\s*(\d+)(?![\d个元万])/.exec(normalized);
  if (min) limits.minimum = { value: Number(min[1]), line };
  return limits;
}

export function mergeLimits(into: Limits, from: Limits): void {
  for (const [k, v] of Object.entries(from))
    if (v !== undefined) (into as Record<string, unknown>)[k] = v;
}

/** A sentence of Chinese text with no field name in it (no ASCII word of two letters or more). */
export function isProse(normalized: string): boolean {
  return (
    hasCjk(normalized) &&
    !/[A-Za-z_]{2,}/.test(normalized.replace(/HTTP|JSON|URL|API|POST|GET|\dXX/g, ""))
  );
}

/** A table's header row: `参数名 变量 类型[长度限制] 必填 描述`, `字段名 类型 必填 说明`. */
export function isTableHeader(normalized: string): boolean {
  return (
    /^(参数名|参数名称|名称|字段名|字段|参数|变量)\s/.test(normalized) &&
    /(^|\s)(类型|类型\[长度限制\]|数据类型)(\s|$)/.test(normalized)
  );
}

/** `path指…`, `query 指…`: the legacy pages' legend of the 必填 column. */
export function isLocationLegend(normalized: string): boolean {
  return /^(path|query|body|header)\s*指/.test(normalized);
}

export const LOCATION_WORDS: Record<string, FieldLocation> = {
  path: "path",
  query: "query",
  body: "body",
  header: "header",
};

/**
 * A line that looks like a field definition (`name type…`) that no reader could parse: a known
 * type word after a name, or a snake_case name followed by a type-shaped token (`strnig[1,8]`).
 */
export function looksLikeField(normalized: string): boolean {
  // `(?<!\S)` lets a match start only at a word's first character, so a long line of blanks or
  // letters costs linear time (a leading `(^|\s)\s*` made it quadratic).
  return (
    /(?<!\S)\+?[a-z][a-z0-9]*(_[a-z0-9]+)*[ \t]+(必填|选填|string|int\w*|uint\w*|integer|number|bool\w*|object|array)\b/i.test(
      normalized,
    ) ||
    /(?<!\S)\+?[a-z][a-z0-9]*(_[a-z0-9]+)+[ \t]+[a-z]+\d*(\[[\d,\s]*\]|\(\d+\))(\s|$)/i.test(
      normalized,
    )
  );
}

/** Error-code rows: `400 | PARAM_ERROR | 参数错误 | … |` and `400 PARAM_ERROR 回调url不能为空 …`. */
export function parseErrorRow(
  raw: string,
  previousStatus: number | null,
): { status: number; code: string; description: string } | null {
  const cells = raw.includes("|")
    ? raw
        .split("|")
        .map((c) => c.trim())
        .filter((c) => c !== "")
    : null;
  if (cells) {
    if (cells.length < 2 || !/^\d{3}$/.test(cells[0]!) || !/^[A-Z][A-Z0-9_]+$/.test(cells[1]!))
      return null;
    return { status: Number(cells[0]), code: cells[1]!, description: cells.slice(2).join(" → ") };
  }
  const m = /^(?:(\d{3})\s+)?([A-Z][A-Z0-9_]{2,})(?:\s+(.*))?$/.exec(raw.trim());
  if (!m) return null;
  const status = m[1] !== undefined ? Number(m[1]) : previousStatus;
  if (status === null) return null;
  return { status, code: m[2]!, description: stripPinyin(m[3] ?? "").trim() };
}
