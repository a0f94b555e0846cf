import type { Options } from "prettier";
import { packageVersion, type OutputCache } from "./cache.js";
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
 * Files printed by a deterministic printer already, which prettier would spend time on for
 * nothing: the openapi-typescript type layer (its own TypeScript printer) and the bundled spec
 * document (pre-formatted data literal) are large (~60 % of formatting cost); API.md and index.ts
 * are emitted exactly as prettier prints them (test/generator/format.test.ts checks that), and
 * skipping API.md spares loading prettier's markdown parser (~0.2 s); metadata.ts is printed in
 * prettier's shape by emit/pretty-data.ts (it was the most expensive file to format, ~0.15 s).
 */
export const PRINTED_BY_EMITTER: ReadonlySet<string> = new Set([
  "schema.ts",
  "spec-document.ts",
  "API.md",
  "index.ts",
  "metadata.ts",
]);

/** Files whose emitted text is required to be a fixed point of prettier (checked in tests). */
export const PRETTIER_STABLE: ReadonlySet<string> = new Set(["API.md", "index.ts", "metadata.ts"]);

/**
 * prettier with the fixed options above; no emitter shortcut. TypeScript goes through the
 * `babel-ts` parser: same printer, same output on every generated file (tested against the
 * `typescript` parser in test/generator/format.test.ts), but its parser loads in ~0.25 s less.
 */
export async function prettierFormat(
  relativePath: string,
  content: string,
  tsParser: "babel-ts" | "typescript" = "babel-ts",
): Promise<string> {
  // Imported on first use so loading prettier does not delay the start of the pipeline.
  const { format } = await import("prettier");
  return format(content, {
    ...BASE,
    parser: relativePath.endsWith(".md") ? "markdown" : tsParser,
    filepath: undefined,
  });
}

let prettierKey: string | undefined;

/** What decides prettier's output besides the text: its version and the options above. */
function formatKey(): string {
  prettierKey ??= `${packageVersion("prettier")} ${JSON.stringify(BASE)} babel-ts`;
  return prettierKey;
}

/**
 * The file as it is written. With a cache, a file whose emitted text was formatted before is not
 * formatted again (a one-field spec change re-emits every file but changes few), and prettier is
 * not even loaded when no file changed.
 */
export async function formatFile(
  relativePath: string,
  content: string,
  cache?: OutputCache,
): Promise<string> {
  if (PRINTED_BY_EMITTER.has(relativePath))
    return content.endsWith("\n") ? content : `${content}\n`;
  const key = [formatKey(), relativePath, content];
  const cached = cache?.get("format", key);
  if (cached !== undefined) return cached;
  const formatted = await formatOrThrow(relativePath, content);
  cache?.set("format", key, formatted);
  return formatted;
}

async function formatOrThrow(relativePath: string, content: string): Promise<string> {
  const parser = relativePath.endsWith(".md") ? "markdown" : "typescript";
  try {
    return await prettierFormat(relativePath, content);
  } catch (e) {
    // A parse error here means the emitter produced invalid code: a generator bug, not a spec error.
    const loc = (e as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
    const where =
      loc?.line !== undefined ? `${relativePath}:${loc.line}:${loc.column ?? 0}` : relativePath;
    throw new InternalError(
      "format",
      `the generator emitted invalid ${parser === "markdown" ? "Markdown" : "TypeScript"} in ${where}: ${firstLineOf(e)}`,
      { cause: e },
    );
  }
}
