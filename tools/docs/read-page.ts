/**
 * Reads the text of a WeChat Pay docs page (as a browser copies it) into the neutral page model:
 * detects the layout, reads the page facts both layouts share, then hands each parameter section
 * to the layout's reader.
 */
import {
  PageUnreadableError,
  type FieldLookup,
  type Layout,
  type NotUnderstood,
  type PageErrorCode,
  type PageField,
  type PageModel,
} from "./model.js";
import { countParameterRows, findCut, readAudience } from "./page-checks.js";
import { checkExamples } from "./page-examples.js";
import { preparePage } from "./page-lines.js";
import { findSections, type Sections } from "./page-sections.js";
import { readCurrentSection } from "./read-current.js";
import { readLegacySection } from "./read-legacy.js";
import {
  normalize,
  parseErrorRow,
  parseIdempotent,
  parseRateLimits,
  parseUpdated,
} from "./text.js";

const CURRENT_MARK = /[请請]求方式\s*[:：]\s*【/;
const METHOD = String.raw`(GET|POST|PUT|PATCH|DELETE)`;
const METHOD_LINE = new RegExp(
  String.raw`(?:请求方式|请求方法|HTTP\s*方法|method)\s*[:：]?\s*【?\s*${METHOD}\b`,
  "i",
);
const URL_LINE =
  /(?:请求URL|请求地址|接口地址|接口链接|请求路径|URL)\s*[:：]?\s*(?:【[^】]*】)?\s*(?:https?:\/\/[^/\s]+)?(\/\S*)/i;
const CURRENT_LINE = /请求方式\s*[:：]\s*【\s*([A-Za-z]+)\s*】\s*(\S+)/;
const PATH_AFTER = /^\s*(?:https?:\/\/[^/\s]+)?(\/v3\/\S*)/;
const VERB_LINE = new RegExp(String.raw`^${METHOD}\s+(?:https?:\/\/[^/\s]+)?(\/v3\/\S*)`);

/**
 * Method and path from any of the ways a page states them: `请求方式:【GET】/v3/…` (current site),
 * `请求URL:https://…/v3/…` plus `请求方式:POST` (old wiki, markdown `**请求 URL**:`), or
 * `POST https://…/v3/…`. null when the page states no path (a notification page).
 */
function findOperation(
  norm: readonly string[],
  file: string,
): { method: string; path: string; line: number } | null {
  let method: { value: string; line: number } | null = null;
  let url: { value: string; line: number } | null = null;
  for (let i = 0; i < norm.length && !(method && url); i++) {
    const l = norm[i]!;
    const current = CURRENT_LINE.exec(l) ?? VERB_LINE.exec(l);
    if (current)
      return {
        method: current[1]!.toUpperCase(),
        path: cleanPath(current[2]!, file, i + 1),
        line: i + 1,
      };
    const m: RegExpExecArray | null = method ? null : METHOD_LINE.exec(l);
    if (m) {
      method = { value: m[1]!.toUpperCase(), line: i + 1 };
      // `请求方式:POST https://…/v3/…`: the path on the method's own line.
      const p = PATH_AFTER.exec(l.slice(m.index + m[0].length));
      if (p) return { method: method.value, path: cleanPath(p[1]!, file, i + 1), line: i + 1 };
    }
    const u: RegExpExecArray | null = url ? null : URL_LINE.exec(l);
    if (u && u[1]!.startsWith("/v3")) url = { value: cleanPath(u[1]!, file, i + 1), line: i + 1 };
  }
  if (!url) return null;
  if (!method)
    throw new PageUnreadableError(
      file,
      url.line,
      "the page gives the path but no method: no `请求方式:GET|POST` line",
    );
  return { method: method.value, path: url.value, line: Math.max(method.line, url.line) };
}

/**
 * Drops the query part and the stray `?` the legacy pages leave after the path; accepts only a
 * clean `/v3/…` path (segments of letters, digits, `_-.~` or one `{param}`; no `.` or `..`
 * segment), since docs:apply writes it into the spec as a key and a file name.
 */
function cleanPath(text: string, file: string, line: number): string {
  const p = text
    .replace(/[?#].*$/, "")
    .replace(/[,，。;；)）】]+$/, "")
    .replace(/\/+$/, "");
  const segments = p.split("/").slice(1);
  const ok =
    p.startsWith("/v3/") &&
    segments.every(
      (s) =>
        /^(?:[A-Za-z0-9_\-.~]+|\{[A-Za-z_][A-Za-z0-9_]*\})$/.test(s) && s !== "." && s !== "..",
    );
  if (!ok)
    throw new PageUnreadableError(
      file,
      line,
      `the path ${JSON.stringify(p.slice(0, 120))} is not a clean /v3/… path (letters, digits, _-.~ and {param} segments only, no "." or ".." segment)`,
    );
  return p;
}

function readTitle(norm: readonly string[], layout: Layout): string | null {
  if (layout === "current") return norm.find((l) => l !== "") ?? null;
  // Legacy pages start with the site navigation; the title is the line above the update date.
  const at = norm.findIndex((l) => /更新时间/.test(l));
  for (let i = at - 1; i >= 0; i--) if (norm[i] !== "") return norm[i]!;
  return norm.find((l) => l !== "") ?? null;
}

function readErrors(lines: readonly string[], start: number | null): PageErrorCode[] {
  if (start === null) return [];
  const out: PageErrorCode[] = [];
  let status: number | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]!.length > 2000) continue;
    const row = parseErrorRow(lines[i]!, status);
    if (!row) continue;
    status = row.status;
    out.push({ ...row, line: i + 1 });
  }
  return out;
}

/** Update date, rate limits and idempotency: the first line stating each. */
function readFacts(
  norm: readonly string[],
): Pick<PageModel, "updated" | "rateLimits" | "idempotent"> {
  let updated: string | null = null;
  let rateLimits: PageModel["rateLimits"] = null;
  let idempotent: PageModel["idempotent"] = null;
  norm.forEach((l, i) => {
    if (l.length > 2000) return;
    updated ??= parseUpdated(l);
    const limits = rateLimits === null ? parseRateLimits(l) : null;
    if (limits && limits.length > 0) rateLimits = { limits, line: i + 1 };
    const idem = idempotent === null ? parseIdempotent(l) : null;
    if (idem !== null) idempotent = { value: idem, line: i + 1 };
  });
  return { updated, rateLimits, idempotent };
}

const NOTIFICATION_MARK = /通知参数|回调通知|COUPON\.USE|event_type|通知应答/;

/** A page with no path: a notification page when it says so, else not an API docs page. */
function notificationOrFail(norm: readonly string[], file: string): void {
  if (norm.some((l) => l.length < 2000 && NOTIFICATION_MARK.test(l))) return;
  const methodAt = norm.findIndex((l) => l.length < 2000 && METHOD_LINE.test(l));
  if (methodAt >= 0)
    throw new PageUnreadableError(
      file,
      methodAt + 1,
      "cannot read the method and path: this line gives a method but no `/v3/…` path follows it or a `请求URL:` line",
    );
  const first = norm.findIndex((l) => l !== "");
  let last = norm.length - 1;
  while (last > 0 && norm[last] === "") last--;
  throw new PageUnreadableError(
    file,
    first < 0 ? 1 : last + 1,
    first < 0
      ? "the page is empty"
      : "reached the end of the page without a method and `/v3/…` path (`请求方式:【GET】/v3/…`, `请求URL:…`, `POST https://…/v3/…`) and it is no notification page (no 通知参数 / COUPON.USE)",
  );
}

/** 0 fields read is never agreement: say where reading stopped. */
function nothingRead(
  file: string,
  sections: Sections,
  notUnderstood: readonly NotUnderstood[],
  norm: readonly string[],
): PageUnreadableError {
  const first = notUnderstood[0];
  const heading = sections.request ?? sections.response ?? sections.resource;
  if (first)
    return new PageUnreadableError(
      file,
      first.line,
      "0 fields read: reading stopped at this line, the first parameter line not understood",
    );
  if (heading)
    return new PageUnreadableError(
      file,
      heading.start + 1,
      "0 fields read: no parameter row under this section heading",
    );
  return new PageUnreadableError(
    file,
    norm.length,
    "0 fields read: reached the end of the page without a parameter section (请求参数 / 应答参数 / 返回参数 / 通知参数) or a table header row",
  );
}

/** `name 必填 type` alone on a line: the current site's row, also on its notification pages. */
const CURRENT_ROW =
  /^[A-Za-z_][A-Za-z0-9_]*\s+(?:必填|选填)\s+[A-Za-z]+\d*(?:\[[^\]\s]*\]|\(\d+\))?\s*$/;

/** current: `请求方式:【…】` or `name 必填 type` rows; markdown: pipe tables; else old-wiki rows. */
function layoutOf(text: string, raw: readonly string[]): Layout {
  if (CURRENT_MARK.test(text)) return "current";
  if (raw.some((l) => l.trimStart().startsWith("|"))) return "markdown";
  const rows = raw.filter((l) => l.length < 200 && CURRENT_ROW.test(l.trim())).length;
  return rows >= 2 ? "current" : "legacy";
}

/** A page's text prepared once: its lines, layout, operation and sections (see openPage). */
export interface OpenedPage {
  readonly file: string;
  readonly layout: Layout;
  readonly kind: PageModel["kind"];
  readonly method: string;
  readonly path: string;
  readonly methodLine: number;
  readonly lines: readonly string[];
  readonly norm: readonly string[];
  readonly sections: Sections;
}

/** Prepares the text and finds what the fields' reading depends on (the page is read once). */
export function openPage(file: string, text: string): OpenedPage {
  const head = text.slice(0, 200_000);
  const layout = layoutOf(head, head.split("\n"));
  const lines = preparePage(file, text, layout !== "current").lines;
  const norm = lines.map(normalize);
  const op = findOperation(norm, file);
  if (!op) notificationOrFail(norm, file);
  return {
    file,
    layout,
    kind: op ? "operation" : "notification",
    method: op?.method ?? "POST",
    path: op?.path ?? "",
    methodLine: op?.line ?? 1,
    lines,
    norm,
    sections: findSections(norm),
  };
}

export function readPage(file: string, text: string, lookup: FieldLookup = () => false): PageModel {
  return readOpened(openPage(file, text), lookup);
}

/** Reads the parameter sections of an opened page; `lookup` settles the nesting tables leave open. */
export function readOpened(page: OpenedPage, lookup: FieldLookup = () => false): PageModel {
  const { file, layout, kind, lines, norm, sections } = page;
  const fields: PageField[] = [];
  const notUnderstood: NotUnderstood[] = [];
  for (const section of ["request", "resource", "response"] as const) {
    const range = sections[section];
    if (!range) continue;
    const input = {
      lines: lines.slice(range.start + 1, range.end),
      firstLine: range.start + 2,
      kind: section,
      method: kind === "operation" ? page.method : "NOTIFY",
    };
    if (layout === "current") readCurrentSection(input, fields, notUnderstood);
    else readLegacySection({ ...input, lookup }, fields, notUnderstood);
  }
  if (!fields.some((f) => f.location !== "header"))
    throw nothingRead(file, sections, notUnderstood, norm);
  checkExamples(norm, fields, notUnderstood);
  notUnderstood.sort((a, b) => a.line - b.line);
  return {
    file,
    layout,
    kind,
    audience: readAudience(norm),
    partial: findCut(norm, sections, kind),
    parameterRows: countParameterRows(norm, sections, fields, notUnderstood),
    title: readTitle(norm, layout),
    ...readFacts(norm),
    method: page.method,
    path: page.path,
    methodLine: page.methodLine,
    errorCodes: readErrors(lines, sections.errors),
    fields,
    sections: {
      request: sections.request ? sections.request.start + 1 : null,
      response: sections.response ? sections.response.start + 1 : null,
      resource: sections.resource ? sections.resource.start + 1 : null,
    },
    notUnderstood,
  };
}
