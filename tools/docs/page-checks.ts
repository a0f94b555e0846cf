/**
 * Checks of a page's reading against the page itself: who the page is for (支持商户 / 适用对象),
 * whether the text ends inside a section (a partial copy), and how many rows of the page look like
 * parameters (the coverage figure's denominator).
 */
import type { Audience, PageField, PageModel, PartialSection } from "./model.js";
import type { SectionRange, Sections } from "./page-sections.js";
import { matchRow } from "./row-grammar.js";
import { isTableHeader, looksLikeField } from "./text.js";

const AUDIENCE = /(?:支持商户|适用对象|适用商户|适用范围|對象)\s*[:：]\s*(.{1,200})/;

export function readAudience(norm: readonly string[]): Audience | null {
  for (let i = 0; i < norm.length; i++) {
    const m = AUDIENCE.exec(norm[i]!.slice(0, 400));
    if (!m) continue;
    const text = m[1]!.trim();
    const merchant = /普通商户|直连|直連|merchant/i.test(text);
    const partner = /服务商|服務商|从业机构|從業機構|渠道商|清算机构|partner/i.test(text);
    if (merchant || partner) return { merchant, partner, text, line: i + 1 };
  }
  return null;
}

const ORDER: readonly PartialSection[] = ["request", "resource", "response", "errors"];

/**
 * Where the text stops when the page is cut short: the last line, when it lies in a parameter
 * section that nothing closed, or when sections a whole page has (the response after the request,
 * the error codes after an operation's response) are missing.
 */
export function findCut(
  norm: readonly string[],
  sections: Sections,
  kind: PageModel["kind"],
): PageModel["partial"] {
  let last = norm.length - 1;
  while (last >= 0 && norm[last] === "") last--;
  const line = last + 1;
  const ranges: [PartialSection, SectionRange | null][] = [
    ["request", sections.request],
    ["resource", sections.resource],
    ["response", sections.response],
  ];
  for (const [section, range] of ranges)
    if (range && !range.closed && range.end > last) return { line, section };
  if (!sections.response) return { line, section: "response" };
  if (kind === "operation" && sections.errors === null && !sections.headingsLost)
    return { line, section: "errors" };
  return null;
}

/** Is `section` (where a spec field lives) at or after the cut? */
export function atOrAfterCut(cut: PartialSection, section: PartialSection): boolean {
  return ORDER.indexOf(section) >= ORDER.indexOf(cut);
}

/**
 * Parameter-looking rows of the page: the fields read, the lines in parameter sections that look
 * like a field but were not understood, and row-shaped lines outside every section (a table the
 * reader never reached).
 */
export function countParameterRows(
  norm: readonly string[],
  sections: Sections,
  fields: readonly PageField[],
  notUnderstood: readonly { line: number }[],
): number {
  const inside = new Set<number>();
  for (const r of [sections.request, sections.response, sections.resource])
    if (r) for (let i = r.start; i < r.end; i++) inside.add(i);
  let outside = 0;
  const errorsFrom = sections.errors ?? norm.length;
  for (let i = 0; i < Math.min(norm.length, errorsFrom); i++) {
    if (inside.has(i)) continue;
    const l = norm[i]!;
    if (l.length < 400 && !isTableHeader(l) && matchRow(l)?.marked === true) outside++;
  }
  const missed = notUnderstood.filter((n) => looksLikeField(norm[n.line - 1] ?? "")).length;
  return fields.filter((f) => f.location !== "header").length + missed + outside;
}
