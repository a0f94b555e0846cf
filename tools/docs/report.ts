/** Renders page reports as Markdown (for people) and JSON (for tools; the contract in README.md). */
import path from "node:path";
import type { Difference, PageReport } from "./compare.js";

export function renderJson(pages: readonly PageReport[]): string {
  return `${JSON.stringify(
    {
      pages: pages.map((p) => ({
        file: p.file,
        layout: p.layout,
        updated: p.updated,
        operation: p.operation,
        method: p.method,
        path: p.path,
        differences: p.differences,
        acknowledged: p.acknowledged,
        notUnderstood: p.notUnderstood,
        fieldsCompared: p.fieldsCompared,
      })),
    },
    null,
    2,
  )}\n`;
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

export function renderMarkdown(pages: readonly PageReport[]): string {
  const out: string[] = ["# Docs pages compared with the spec", ""];
  for (const p of pages) {
    const name = p.operation ?? "new operation";
    out.push(`## ${name} — ${p.method} ${p.path}`, "");
    out.push(
      `Page \`${path.basename(p.file)}\` (${p.layout} layout${p.updated ? `, updated ${p.updated}` : ""}): ` +
        `${p.differences.length} difference(s), ${p.acknowledged.length} acknowledged, ` +
        `${p.fieldsCompared} fields compared, ${p.notUnderstood.length} lines not understood.`,
      "",
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
  out.push(summary(pages), "");
  return out.join("\n");
}
