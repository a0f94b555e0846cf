/**
 * First pass over a page's text, before any reader: refuses what is not page text (binary, over
 * the size limit), makes every line safe to match (control and ANSI escape characters removed)
 * and undoes what crawlers and markdown converters do to the pages (`## 请求参数`, `**请求 URL**:`,
 * pipe tables, `stock*id` for `stock_id`). One output line per input line, so line numbers stay
 * the page's own. Every step is a single left-to-right pass: no regex here can take time that
 * grows faster than the line.
 */
import { isTypeText, PageUnreadableError } from "./model.js";

/** Larger than any docs page (the biggest real one is ~30 KB); bounds memory and time. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** ANSI CSI / OSC sequences and every other C0/C1 control character except tab. */
const ANSI =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Zero-width characters a web page leaves in copied text: dropped. */
const ZERO_WIDTH = /[\u200b\ufeff]/g;

/** Text made printable: control, bidi and escape characters shown as `\uXXXX`. */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Markdown emphasis and code marks; `\_` escapes; `a*b` inside a wire name (lost `_`). */
function unmark(line: string): string {
  return line
    .replace(/\\([_*|#`])/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/([a-z0-9])\*(?=[a-z0-9])/g, "$1_")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/^\s*>\s?/, "");
}

/** `string[1, 20]`, `string[1，20]`, `string (20)`: one type token again. */
function joinTypes(line: string): string {
  return line
    .replace(/\[\s*(\d+)\s*[,，]\s*(\d+)\s*\]/g, "[$1,$2]")
    .replace(/\b([A-Za-z]+\d*)\s\((\d+)\)/g, "$1($2)");
}

/** `请求 URL`, `请求方式 ：` written with spaces by a converter. */
function joinKeywords(line: string): string {
  // The lookbehind makes only the start of a run of blanks a match start: linear, not quadratic.
  return line
    .replace(/请求\s+(URL|url|方式|参数)/g, "请求$1")
    .replace(/(?<![ \t])[ \t]+(?=[:：])/g, "");
}

/** A markdown table row: its cells (outer pipes dropped), or null when the line is not one. */
export function tableCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.includes("|")) return null;
  const cells = t.split("|").map((c) => c.trim());
  if (t.startsWith("|")) cells.shift();
  if (t.endsWith("|") && cells.length > 0) cells.pop();
  return cells.length >= 2 || t.startsWith("|") ? cells : null;
}

/**
 * A table row as the space-separated row the readers know: a separator row becomes empty, a row
 * whose leading cells are empty continues the field above (a bare value, `|||9856000`, is its
 * example and becomes a `示例值:` line), and spaces inside the cells before the type (`用户 openid`) are dropped so the
 * label stays one token.
 */
function untable(cells: readonly string[]): string {
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) return "";
  let lead = 0;
  while (lead < cells.length && cells[lead] === "") lead++;
  const rest = cells.slice(lead).filter((c) => c !== "");
  if (lead >= 2) {
    // A bare value under a field is its example; words (`running:运行中`, a rule) continue it.
    const text = rest.join(" ");
    return /^[A-Za-z0-9_.\-+/]+$/.test(text) ? `示例值: ${text}` : text;
  }
  const typeAt = rest.findIndex((c, i) => i > 0 && isTypeText(c));
  return rest.map((c, i) => (typeAt > 0 && i < typeAt - 1 ? c.replace(/\s+/g, "") : c)).join("  ");
}

export interface PreparedPage {
  /** The page's lines as given (for quoting, after escaping). */
  readonly raw: string[];
  /** Lines with controls removed and markdown undone, one per raw line. */
  readonly lines: string[];
}

/**
 * `tables`: convert pipe tables (every layout but the current site's, whose browser copy uses
 * `|` to close nested blocks).
 */
export function preparePage(file: string, text: string, tables: boolean): PreparedPage {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_PAGE_BYTES)
    throw new PageUnreadableError(
      file,
      1,
      `the page is ${bytes} bytes; docs pages are read up to ${MAX_PAGE_BYTES} bytes`,
    );
  if (text.includes("\u0000"))
    throw new PageUnreadableError(file, 1, "binary content, not page text");
  const raw = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/);
  const lines = raw.map((line) => {
    // ANSI colour sequences are formatting: dropped. Any other control character becomes U+FFFD,
    // never a blank, so it cannot split a path into a shorter clean-looking one.
    const safe = line.replace(ANSI, "").replace(CONTROL, "\ufffd").replace(ZERO_WIDTH, "");
    const unmarked = joinTypes(joinKeywords(unmark(safe)));
    const cells = tables ? tableCells(unmarked) : null;
    return cells ? untable(cells) : unmarked;
  });
  return { raw, lines };
}
