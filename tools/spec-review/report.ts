/**
 * Renders a diff result as Markdown (for a pull request / job summary) or JSON (for machines).
 */
import type { DiffResult, ReportItem } from "./group.js";
import type { Classification } from "./rules.js";

export interface ReportHeader {
  /** What the spec was compared against, e.g. `main (merge base 1a2b3c4)`. */
  readonly base: string;
  /** What it was compared to, e.g. `working tree`. */
  readonly head: string;
}

const SECTIONS: readonly [Classification, string][] = [
  ["breaking", "Breaking"],
  ["attention", "Needs attention"],
  ["safe", "Safe"],
];

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function value(text: string | undefined): string {
  return text === undefined ? "—" : code(text);
}

function subjectLine(item: ReportItem): string {
  const fieldSides = item.sides.filter((s) => s === "request" || s === "response");
  const side = fieldSides.length > 0 ? ` (${fieldSides.join(", ")})` : "";
  return `- **${code(item.subject)}**${side}: ${describeChange(item)}. _${item.why}._`;
}

/** "maxLength `128` → `64` (narrowed)", "enum value `"frozen"` added", "field removed (was `required string`)". */
function describeChange(item: ReportItem): string {
  switch (item.kind) {
    case "enum-value-added":
      return `enum value ${value(item.after)} added`;
    case "enum-value-removed":
      return `enum value ${value(item.before)} removed`;
    case "field-added-optional":
    case "field-added-required":
      return `field added: ${value(item.after)}`;
    case "field-removed":
      return `field removed (was ${value(item.before)})`;
    case "operation-added":
      return `operation added: ${value(item.after)}`;
    case "operation-removed":
      return `operation removed (was ${value(item.before)})`;
    case "model-added":
      return "model added";
    case "model-removed":
      return "model removed";
    default: {
      const label = item.kind.replace(/-/g, " ");
      return `${item.detail} ${value(item.before)} → ${value(item.after)} (${label})`;
    }
  }
}

function usageName(operation: string): string {
  if (operation.startsWith("webhook:")) return `webhook ${operation.slice(8)}`;
  if (operation.startsWith("model:")) return `model ${operation.slice(6)}`;
  return operation;
}

function renderItem(item: ReportItem): string {
  const lines = [subjectLine(item)];
  if (item.usages.length > 0) {
    const mixed = item.sides.length > 1;
    const uses = item.usages.map(
      (u) =>
        `${code(usageName(u.operation))}${u.path ? ` → ${mixed ? `${u.side} ` : ""}${code(u.path)}` : ""}`,
    );
    lines.push(`  - operations: ${uses.join(", ")}`);
  }
  if (item.generated.length > 0)
    lines.push(`  - generated: ${item.generated.map(code).join(", ")} (see generated/API.md)`);
  return lines.join("\n");
}

export function summaryLine(result: DiffResult): string {
  const { breaking, attention, safe } = result.counts;
  if (breaking + attention + safe === 0) return "No changes.";
  return `${breaking} breaking, ${attention} needing attention, ${safe} safe.`;
}

export function renderMarkdown(result: DiffResult, header: ReportHeader): string {
  const out = [
    `## Spec changes: ${header.base} → ${header.head}`,
    "",
    `**${summaryLine(result)}**`,
  ];
  if (result.items.length === 0) {
    out.push("", "No changes: both specs describe the same operations, fields and models.");
    return `${out.join("\n")}\n`;
  }
  for (const [classification, title] of SECTIONS) {
    const items = result.items.filter((i) => i.classification === classification);
    out.push("", `### ${title}`, "");
    out.push(items.length === 0 ? "_None._" : items.map(renderItem).join("\n"));
  }
  return `${out.join("\n")}\n`;
}

export function renderJson(result: DiffResult, header: ReportHeader): string {
  // Absent old/new values (an addition, a removal) are explicit nulls so every change has both keys.
  const changes = result.items.map((item) => ({
    ...item,
    before: item.before ?? null,
    after: item.after ?? null,
  }));
  return `${JSON.stringify({ base: header.base, head: header.head, summary: summaryLine(result), counts: result.counts, changes }, null, 2)}\n`;
}
