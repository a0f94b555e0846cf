import type { OperationModel, SpecModel } from "../model/types.js";
import { markdownHeader } from "./header.js";
import { iteratorName } from "../naming.js";
import { errorLinesOf, resultTypeName } from "./operation.js";
import { publicModels } from "./models.js";

/**
 * `generated/API.md`: what reviewers read when the spec changes — one line per operation
 * (`METHOD /path → ResultType`) and the list of models, so a spec diff shows up as a small,
 * readable diff here. Every name links to the file that declares it (relative to this file, so
 * the links work on a code host and in an editor alike); summaries are whole paragraphs, never
 * cut mid-sentence.
 */
export function emitApiMarkdown(model: SpecModel): string {
  const lines: string[] = [
    markdownHeader(),
    "",
    `# ${model.title || "API"} (${model.version})`,
    "",
    "## Operations",
    "",
    ...model.operations.map(operationLine),
    ...experimentalSection(model),
  ];
  lines.push(...sharedErrorsSection(model));
  lines.push("", "## Models", "");
  for (const s of publicModels(model))
    lines.push(`- [\`${s.name}\`](models.ts)${summaryOf(s.description)}`);
  lines.push("", "## Enums", "");
  for (const s of model.schemas)
    if (s.enumValues)
      lines.push(
        `- [\`${s.name}\`](enums.ts): ${s.enumValues.map((v) => `\`${v.value}\``).join(", ")}`,
      );
  if (model.webhooks.length > 0) {
    lines.push("", "## Webhooks", "");
    for (const w of model.webhooks)
      lines.push(
        `- [\`${w.name}\`](webhooks.ts)${w.bodySchemaName ? ` → [\`${w.bodySchemaName}\`](models.ts)` : ""}${summaryOf(w.summary)}`,
      );
  }
  return `${lines.join("\n")}\n`;
}

/** The shared error codes, once (each operation's JSDoc lists only its own and points here). */
function sharedErrorsSection(model: SpecModel): string[] {
  if (model.sharedErrors.length === 0) return [];
  return [
    "",
    "## Shared errors",
    "",
    "Any operation can answer with these (the spec's shared responses); each operation's JSDoc lists only its own codes. In code: `SHARED_ERRORS` in [`metadata.ts`](metadata.ts).",
    "",
    ...model.sharedErrors.flatMap(errorLinesOf),
  ];
}

function operationLine(op: OperationModel): string {
  const flags = [
    op.pagination ? `iterator \`${iteratorName(op.id)}\`` : "",
    op.experimental ? "**experimental**" : "",
    op.unsignedResponse ? "unsigned response" : "",
    op.multipart ? "multipart" : "",
  ].filter(Boolean);
  const result = resultTypeName(op);
  const resultLink =
    op.successSchemaName === undefined ? `\`${result}\`` : `[\`${result}\`](models.ts)`;
  return `- [\`${op.id}\`](operations/${op.id}.ts): \`${op.method} ${op.path}\` → ${resultLink}${flags.length > 0 ? ` (${flags.join(", ")})` : ""}${summaryOf(op.summary)}`;
}

/** Experimental operations: what the flag means, and which ones this output left out. */
function experimentalSection(model: SpecModel): string[] {
  const generated = model.operations.some((op) => op.experimental);
  const skipped = model.skippedOperations ?? [];
  if (!generated && skipped.length === 0) return [];
  const lines = [
    "",
    "### Experimental operations",
    "",
    "Experimental operations (`x-wechatpay-experimental` in the spec) are documented by low-confidence sources only: their contract may change, and they are generated only with `npm run generate -- --experimental`.",
  ];
  if (generated)
    lines.push(
      "",
      "This output was generated with `--experimental`; they are marked **experimental** above.",
    );
  if (skipped.length > 0) {
    lines.push("", "Not generated in this output (no function, no types):", "");
    for (const op of skipped)
      lines.push(`- \`${op.id}\`: \`${op.method} ${op.path}\`${summaryOf(op.summary)}`);
  }
  return lines;
}

/**
 * ` — <summary>` from a description: its whole first paragraph on one line (a description's
 * first line often ends mid-sentence, because the YAML wraps long text).
 */
export function summaryOf(text: string | undefined): string {
  const paragraph = summaryText(text);
  return paragraph === "" ? "" : ` — ${paragraph}`;
}

export function summaryText(text: string | undefined): string {
  if (text === undefined) return "";
  const paragraph = text.trim().split(/\n\s*\n/)[0] ?? "";
  const lines = paragraph
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  let out = "";
  for (const line of lines) {
    // Chinese text wraps without a space; everything else gets one at the join.
    const joiner = out === "" || (isWide(out.at(-1)) && isWide(line[0])) ? "" : " ";
    out += joiner + line;
  }
  return out;
}

function isWide(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3000-\u9fff\uff00-\uffef]/.test(ch);
}
