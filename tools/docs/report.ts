/** Renders page reports as Markdown (for people) and JSON (for tools; the contract in README.md). */
import path from "node:path";
import type { Difference, PageReport } from "./compare.js";
import { escapeControls } from "./page-lines.js";
import type { PageError } from "./run.js";

/** Every page given, in order: read ones with their findings, unreadable ones with error and line. */
export function renderJson(
  pages: readonly PageReport[],
  errors: readonly PageError[] = [],
): string {
  const read = pages.map((p) => ({
    file: p.file,
    layout: p.layout,
    kind: p.kind,
    audience: p.audience,
    updated: p.updated,
    operation: p.operation,
    method: p.method,
    path: p.path,
    partial: p.partial,
    differences: p.differences,
    acknowledged: p.acknowledged,
    notUnderstood: p.notUnderstood,
    fieldsCompared: p.fieldsCompared,
    coverage: p.coverage,
  }));
  const unreadable = errors.map((e) => ({ file: e.file, error: e.error, line: e.line }));
  const json = JSON.stringify({ pages: [...read, ...unreadable] }, null, 2);
  // JSON.stringify leaves C1 controls (U+0080–U+009F, e.g. the CSI of an ANSI escape) and bidi marks raw.
  return `${json.replace(/[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return `\`${v}\``;
  if (Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null && "limit" in x))
    return (v as { limit: number; per: string; scope: string }[])
      .map((l) => `${l.limit}/${l.per === "second" ? "s" : "min"} (${l.scope})`)
      .join(", ");
  return `\`${JSON.stringify(v)}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function row(d: Difference): string {
  return `| ${d.kind} | ${d.location} | ${d.field === null ? "—" : `\`${d.field}\``} | ${cell(value(d.doc))} | ${cell(value(d.spec))} | ${d.line} |`;
}

export function summary(pages: readonly PageReport[]): string {
  const fields = pages.reduce((n, p) => n + p.fieldsCompared, 0);
  const lines = pages.reduce((n, p) => n + p.notUnderstood.length, 0);
  return `${fields} fields compared, ${lines} lines not understood`;
}

/** Who the page is for, whether it is whole, and how much of it was compared. */
function pageNotes(p: PageReport): string[] {
  const notes: string[] = [];
  if (p.audience)
    notes.push(
      `Audience: ${[p.audience.merchant ? "merchant (普通商户)" : "", p.audience.partner ? "partner (服务商)" : ""].filter(Boolean).join(" and ")} — \`${p.audience.text.slice(0, 80)}\`` +
        (p.audience.partner && !p.audience.merchant
          ? "; fields only this partner page has are marked partner-field, not applied."
          : "."),
    );
  if (p.coverage.compared < p.coverage.rows)
    notes.push(
      `Coverage: ${p.coverage.compared} of ${p.coverage.rows} parameter rows compared with a spec field at the same path.`,
    );
  if (p.partial)
    notes.push(
      `partial page: removals not inferred after line ${p.partial.line} (the text ends in the ${p.partial.section === "errors" ? "page before the error codes" : `${p.partial.section} section`}).`,
    );
  return notes.length > 0 ? [...notes, ""] : [];
}

export function renderMarkdown(
  pages: readonly PageReport[],
  errors: readonly PageError[] = [],
): string {
  const out: string[] = ["# Docs pages compared with the spec", ""];
  for (const p of pages) {
    const name = p.operation ?? "new operation";
    out.push(`## ${name} — ${p.kind === "notification" ? "notification" : p.method} ${p.path}`, "");
    out.push(
      `Page \`${path.basename(p.file)}\` (${p.layout} layout${p.updated ? `, updated ${p.updated}` : ""}): ` +
        `${p.differences.length} difference(s), ${p.acknowledged.length} acknowledged, ` +
        `${p.fieldsCompared} fields compared, ${p.notUnderstood.length} lines not understood.`,
      "",
      ...pageNotes(p),
    );
    if (p.differences.length > 0) {
      out.push("| kind | location | field | page | spec | line |", "|---|---|---|---|---|---|");
      for (const d of p.differences) out.push(row(d));
      out.push("");
    } else out.push("No differences.", "");
    if (p.acknowledged.length > 0) {
      out.push("Acknowledged deviations (`x-wechatpay-doc-deviation`):", "");
      for (const a of p.acknowledged)
        out.push(
          `- line ${a.line}, ${a.kind} ${a.field === null ? "" : `\`${a.field}\` `}(page ${value(a.doc)}, spec ${value(a.spec)}): ${a.reason}`,
        );
      out.push("");
    }
    if (p.notUnderstood.length > 0) {
      out.push("Lines not understood:", "");
      for (const n of p.notUnderstood)
        out.push(`- line ${n.line}: \`${n.text.trim().slice(0, 160)}\``);
      out.push("");
    }
  }
  for (const e of errors)
    out.push(`## ${e.file} — unreadable`, "", `Line ${e.line ?? "—"}: ${e.error}`, "");
  out.push(summary(pages) + (errors.length > 0 ? `, ${errors.length} page(s) unreadable` : ""), "");
  return escapeControls(out.join("\n"));
}
