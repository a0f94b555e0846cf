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
import { readCurrentSection } from "./read-current.js";
import { readLegacySection } from "./read-legacy.js";
import {
  normalize,
  parseErrorRow,
  parseIdempotent,
  parseRateLimits,
  parseUpdated,
} from "./text.js";

interface Sections {
  request: { start: number; end: number } | null;
  response: { start: number; end: number } | null;
  errors: number | null;
}

const MARKERS: Record<
  Layout,
  { request: RegExp; requestEnd: RegExp; response: RegExp; responseEnd: RegExp; errors: RegExp }
> = {
  current: {
    request: /^请求参数$/,
    requestEnd: /^(请求示例|应答参数)/,
    response: /^应答参数$/,
    responseEnd: /^(应答示例|错误码)/,
    errors: /^错误码/,
  },
  legacy: {
    request: /^请求参数$/,
    requestEnd: /^(请求示例|返回参数)/,
    response: /^返回参数$/,
    responseEnd: /^(返回示例|错误码)/,
    errors: /^错误码/,
  },
};

function detectLayout(norm: readonly string[], file: string): Layout {
  if (norm.some((l) => /^请求方式\s*[:：]\s*【/.test(l))) return "current";
  if (norm.some((l) => /^参数名\s+变量/.test(l) || /^请求URL\s*[:：]/i.test(l))) return "legacy";
  const first = norm.findIndex((l) => l !== "");
  throw new PageUnreadableError(
    file,
    first < 0 ? 1 : first + 1,
    first < 0
      ? "the page is empty"
      : "not a WeChat Pay API docs page: no `请求方式:【…】` line (current layout) and no `参数名 变量 …` table or `请求URL:` line (legacy layout)",
  );
}

function findSections(norm: readonly string[], layout: Layout): Sections {
  const m = MARKERS[layout];
  const find = (re: RegExp, from: number): number => {
    for (let i = from; i < norm.length; i++) if (re.test(norm[i]!)) return i;
    return -1;
  };
  const range = (start: RegExp, end: RegExp): { start: number; end: number } | null => {
    const s = find(start, 0);
    if (s < 0) return null;
    const e = find(end, s + 1);
    return { start: s, end: e < 0 ? norm.length : e };
  };
  const errors = find(m.errors, 0);
  return {
    request: range(m.request, m.requestEnd),
    response: range(m.response, m.responseEnd),
    errors: errors < 0 ? null : errors,
  };
}

function findOperation(
  norm: readonly string[],
  layout: Layout,
  file: string,
): { method: string; path: string; line: number } {
  if (layout === "current") {
    for (let i = 0; i < norm.length; i++) {
      const m = /^请求方式\s*[:：]\s*【\s*([A-Za-z]+)\s*】\s*(\/\S*)/.exec(norm[i]!);
      if (m) return { method: m[1]!.toUpperCase(), path: cleanPath(m[2]!), line: i + 1 };
    }
    const i = norm.findIndex((l) => /^请求方式/.test(l));
    throw new PageUnreadableError(
      file,
      i < 0 ? norm.length : i + 1,
      i < 0
        ? "reached the end of the page without a `请求方式:【METHOD】/v3/…` line"
        : "cannot read the method and path on this `请求方式` line",
    );
  }
  let method: { value: string; line: number } | null = null;
  let url: { value: string; line: number } | null = null;
  for (let i = 0; i < norm.length; i++) {
    const m = /^请求方式\s*[:：]\s*([A-Za-z]+)/.exec(norm[i]!);
    if (m && !method) method = { value: m[1]!.toUpperCase(), line: i + 1 };
    const u = /^请求URL\s*[:：]\s*(?:https?:\/\/[^/\s]+)?(\/\S*)/i.exec(norm[i]!);
    if (u && !url) url = { value: cleanPath(u[1]!), line: i + 1 };
  }
  if (!url)
    throw new PageUnreadableError(
      file,
      norm.length,
      "reached the end of the page without a `请求URL:https://…/v3/…` line",
    );
  if (!method)
    throw new PageUnreadableError(
      file,
      norm.length,
      "reached the end of the page without a `请求方式:GET|POST` line",
    );
  return { method: method.value, path: url.value, line: Math.max(method.line, url.line) };
}

/** Drops the query part and the stray `?` the legacy pages leave after the path. */
function cleanPath(path: string): string {
  return path.replace(/[?#].*$/, "").replace(/\/+$/, "") || "/";
}

function readTitle(norm: readonly string[], layout: Layout): string | null {
  if (layout === "current") return norm.find((l) => l !== "") ?? null;
  // Legacy pages start with the site navigation; the title is the line above the update date.
  const at = norm.findIndex((l) => /更新时间/.test(l));
  for (let i = at - 1; i >= 0; i--) if (norm[i] !== "") return norm[i]!;
  return null;
}

function readErrors(raw: readonly string[], start: number | null): PageErrorCode[] {
  if (start === null) return [];
  const out: PageErrorCode[] = [];
  let status: number | null = null;
  for (let i = start + 1; i < raw.length; i++) {
    const row = parseErrorRow(raw[i]!, status);
    if (!row) continue;
    status = row.status;
    out.push({ ...row, line: i + 1 });
  }
  return out;
}

export function readPage(file: string, text: string, lookup: FieldLookup = () => false): PageModel {
  if (text.includes("\u0000"))
    throw new PageUnreadableError(file, 1, "binary content, not page text");
  const raw = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const norm = raw.map(normalize);
  const layout = detectLayout(norm, file);
  const op = findOperation(norm, layout, file);
  const sections = findSections(norm, layout);

  let updated: string | null = null;
  let rateLimits: PageModel["rateLimits"] = null;
  let idempotent: PageModel["idempotent"] = null;
  norm.forEach((l, i) => {
    updated ??= parseUpdated(l);
    const limits = rateLimits === null ? parseRateLimits(l) : null;
    if (limits && limits.length > 0) rateLimits = { limits, line: i + 1 };
    const idem = idempotent === null ? parseIdempotent(l) : null;
    if (idem !== null) idempotent = { value: idem, line: i + 1 };
  });

  const fields: PageField[] = [];
  const notUnderstood: NotUnderstood[] = [];
  for (const kind of ["request", "response"] as const) {
    const range = sections[kind];
    if (!range) continue;
    const input = {
      lines: raw.slice(range.start + 1, range.end),
      firstLine: range.start + 2,
      kind,
      method: op.method,
    };
    if (layout === "current") readCurrentSection(input, fields, notUnderstood);
    else readLegacySection({ ...input, lookup }, fields, notUnderstood);
  }
  notUnderstood.sort((a, b) => a.line - b.line);
  return {
    file,
    layout,
    title: readTitle(norm, layout),
    updated,
    method: op.method,
    path: op.path,
    methodLine: op.line,
    rateLimits,
    idempotent,
    errorCodes: readErrors(raw, sections.errors),
    fields,
    sections: {
      request: sections.request ? sections.request.start + 1 : null,
      response: sections.response ? sections.response.start + 1 : null,
    },
    notUnderstood,
  };
}
