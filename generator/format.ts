import { format, type Options } from "prettier";
import { InternalError, firstLineOf } from "./errors.js";

/**
 * Prettier with an explicit config: never looked up from disk (`.prettierrc`, editorconfig), so
 * the output is the same on every machine whatever sits in the user's home or the repo root.
 */
const BASE: Options = {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
};

/**
 * Files printed by a deterministic printer already and too large to be worth prettier's time
 * (together ~60 % of formatting cost): the openapi-typescript type layer (its own TypeScript
 * printer) and the bundled spec document (pre-formatted data literal).
 */
const PRINTED_BY_EMITTER = new Set(["schema.ts", "spec-document.ts"]);

export async function formatFile(relativePath: string, content: string): Promise<string> {
  if (PRINTED_BY_EMITTER.has(relativePath)) return content.endsWith("\n") ? content : `${content}\n`;
  const parser = relativePath.endsWith(".md") ? "markdown" : "typescript";
  try {
    return await format(content, { ...BASE, parser, filepath: undefined });
  } catch (e) {
    // A parse error here means the emitter produced invalid code: a generator bug, not a spec error.
    const loc = (e as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
    const where = loc?.line !== undefined ? `${relativePath}:${loc.line}:${loc.column ?? 0}` : relativePath;
    throw new InternalError("format", `the generator emitted invalid ${parser === "markdown" ? "Markdown" : "TypeScript"} in ${where}: ${firstLineOf(e)}`, { cause: e });
  }
}
