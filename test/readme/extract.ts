/**
 * Splits the README into its fenced code blocks, each with its language, its 1-based line in the
 * README (so a failure points at the README, not a temp file) and the test mode set by an HTML
 * comment right above the fence: `<!-- readme-test: MODE (why) -->`.
 */
export const TEST_MODES = ["run", "compile-only", "with-client", "notification-recipe"] as const;
export type TestMode = (typeof TEST_MODES)[number];

export interface CodeBlock {
  readonly lang: string;
  readonly code: string;
  /** README line of the first code line (the one after the opening fence). */
  readonly line: number;
  /** `run` when no marker: a block must say why it is anything less than runnable. */
  readonly mode: TestMode;
}

const MARKER = /^<!--\s*readme-test:\s*([a-z-]+)\b.*-->$/;

export function extractCodeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^```(\S*)/.exec(lines[index] ?? "");
    if (opening === null) continue;
    const marker = MARKER.exec((lines[index - 1] ?? "").trim());
    const mode = marker?.[1] ?? "run";
    if (!(TEST_MODES as readonly string[]).includes(mode)) {
      throw new Error(
        `README.md:${index}: unknown readme-test mode "${mode}" (known: ${TEST_MODES.join(", ")})`,
      );
    }
    const end = lines.findIndex((line, at) => at > index && line.startsWith("```"));
    if (end === -1) throw new Error(`README.md:${index + 1}: code fence is never closed`);
    blocks.push({
      lang: opening[1] ?? "",
      code: lines.slice(index + 1, end).join("\n"),
      line: index + 2,
      mode: mode as TestMode,
    });
    index = end;
  }
  return blocks;
}

/** `## ` headings in order, to check the README keeps the structure the project promises. */
export function sectionHeadings(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("## "))
    .map((line) => line.slice(3).trim());
}
