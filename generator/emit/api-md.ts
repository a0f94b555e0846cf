import type { SpecModel } from "../model/types.js";
import { markdownHeader } from "./header.js";
import { iteratorName } from "../naming.js";
import { resultTypeName } from "./operation.js";

/**
 * `generated/API.md`: what reviewers read when the spec changes — one line per operation
 * (`METHOD /path → ResultType`) and the list of models, so a spec diff shows up as a small,
 * readable diff here.
 */
export function emitApiMarkdown(model: SpecModel): string {
  const firstLine = (text: string | undefined): string =>
    text ? ` — ${text.split("\n")[0]?.trim() ?? ""}` : "";
  const lines: string[] = [
    markdownHeader(),
    "",
    `# ${model.title || "API"} (${model.version})`,
    "",
    "## Operations",
    "",
  ];
  for (const op of model.operations) {
    const flags = [
      op.pagination ? `iterator \`${iteratorName(op.id)}\`` : "",
      op.experimental ? "experimental" : "",
      op.unsignedResponse ? "unsigned response" : "",
      op.multipart ? "multipart" : "",
    ].filter(Boolean);
    lines.push(
      `- \`${op.id}\`: \`${op.method} ${op.path}\` → \`${resultTypeName(op)}\`${flags.length > 0 ? ` (${flags.join(", ")})` : ""}`,
    );
  }
  if (model.skippedExperimental.length > 0) {
    lines.push(
      "",
      `Experimental operations not generated (use \`--experimental\`): ${model.skippedExperimental.map((id) => `\`${id}\``).join(", ")}.`,
    );
  }
  lines.push("", "## Models", "");
  for (const s of model.schemas)
    if (!s.enumValues) lines.push(`- \`${s.name}\`${firstLine(s.description)}`);
  lines.push("", "## Enums", "");
  for (const s of model.schemas)
    if (s.enumValues)
      lines.push(`- \`${s.name}\`: ${s.enumValues.map((v) => `\`${v.value}\``).join(", ")}`);
  if (model.webhooks.length > 0) {
    lines.push("", "## Webhooks", "");
    for (const w of model.webhooks)
      lines.push(
        `- \`${w.name}\`${w.bodySchemaName ? ` → \`${w.bodySchemaName}\`` : ""}${firstLine(w.summary)}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
