import { format, type Options } from "prettier";

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

export async function formatFile(relativePath: string, content: string): Promise<string> {
  const parser = relativePath.endsWith(".md") ? "markdown" : "typescript";
  return format(content, { ...BASE, parser, filepath: undefined });
}
