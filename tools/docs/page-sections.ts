/**
 * Finds a page's parameter sections by their keywords, whatever form the heading takes
 * (`请求参数`, `## 请求参数`, `请求参数:`, `3. 返回参数说明`, `應答參數`): request, response, the
 * notification's envelope, its decrypted resource and the reply, and the error-code table. A page
 * whose headings were lost is split at its table header rows instead.
 */
import { isTableHeader } from "./text.js";

export type SectionKind = "request" | "response" | "resource";

export interface SectionRange {
  /** 0-based index of the heading line (the fields start on the next line). */
  readonly start: number;
  /** 0-based index of the first line after the section. */
  readonly end: number;
  /** false when the section runs to the end of the page (nothing closed it). */
  readonly closed: boolean;
}

export interface Sections {
  readonly request: SectionRange | null;
  readonly response: SectionRange | null;
  /** A notification's decrypted `resource` fields. */
  readonly resource: SectionRange | null;
  readonly errors: number | null;
  /** The page's sections were found by table headers, its headings being lost. */
  readonly headingsLost: boolean;
}

const NUMBERED = String.raw`^(?:[0-9一二三四五六七八九十]+\s*[.、．]\s*)?`;
const TAIL = String.raw`(?:说明|列表|信息|字段)?\s*[:：]?$`;
const heading = (words: string): RegExp => new RegExp(`${NUMBERED}(?:${words})${TAIL}`);

const HEADINGS: readonly [SectionKind | "errors", RegExp][] = [
  // `resource解密后字段`, `解密后的resource参数`, `通知报文解密后参数`: any short heading about the
  // decrypted resource (example headings are recognised first, as section ends).
  ["resource", heading("[^示]{0,14}解密后[^示]{0,14}|通知资源数据")],
  ["request", heading("请求参数|请求体|请求包体|通知参数|通知报文|回调通知参数|通知内容")],
  [
    "response",
    heading("应答参数|返回参数|返回结果|响应参数|返回字段|通知应答|商户应答|回调应答|应答报文"),
  ],
  // `錯誤碼公共錯誤碼`: the legacy pages run the heading into the first table's title.
  ["errors", new RegExp(`${NUMBERED}(?:错误码|公共错误码|业务错误码)`)],
];

/** Lines that end a parameter section without starting another one. */
const SECTION_END = new RegExp(
  `${NUMBERED}(?:请求示例|应答示例|返回示例|通知示例|返回数据示例|示例代码|示例|请求报文示例|应答报文示例|注意事项|注意)${TAIL}`,
);

function headingAt(line: string): SectionKind | "errors" | "end" | null {
  if (line.length > 40) return null;
  if (SECTION_END.test(line)) return "end";
  for (const [kind, re] of HEADINGS) if (re.test(line)) return kind;
  return null;
}

export function findSections(norm: readonly string[]): Sections {
  const marks: { at: number; kind: SectionKind | "errors" | "end" }[] = [];
  norm.forEach((l, i) => {
    const kind = headingAt(l);
    if (!kind) return;
    // `通知报文` (prose) then `通知参数` (rows): of two headings of one kind in a row, the later one
    // heads the rows.
    if (kind !== "end" && kind !== "errors" && marks[marks.length - 1]?.kind === kind) marks.pop();
    marks.push({ at: i, kind });
  });
  const range = (kind: SectionKind): SectionRange | null => {
    const k = marks.findIndex((m) => m.kind === kind);
    if (k < 0) return null;
    const next = marks[k + 1];
    return {
      start: marks[k]!.at,
      end: next ? next.at : norm.length,
      closed: next !== undefined,
    };
  };
  const errors = marks.find((m) => m.kind === "errors")?.at ?? null;
  const found = {
    request: range("request"),
    response: range("response"),
    resource: range("resource"),
  };
  if (found.request || found.response || found.resource)
    return { ...found, errors, headingsLost: false };
  return { ...byTableHeaders(norm, errors), resource: null, errors, headingsLost: true };
}

/**
 * Headings lost (a crawler kept only the tables): the first table is the request, the second the
 * response; each runs to the next table header (or the error codes, or the end of the page).
 */
function byTableHeaders(
  norm: readonly string[],
  errors: number | null,
): { request: SectionRange | null; response: SectionRange | null } {
  const headers: number[] = [];
  norm.forEach((l, i) => {
    if (isTableHeader(l)) headers.push(i);
  });
  const stop = errors ?? norm.length;
  const at = (k: number): SectionRange | null => {
    const start = headers[k];
    if (start === undefined || start >= stop) return null;
    const next = headers[k + 1];
    const end = next !== undefined && next < stop ? next : stop;
    return { start, end, closed: end < norm.length };
  };
  return { request: at(0), response: at(1) };
}
