/**
 * The shell commands and files the README gives users, found by their `<!-- consumer-test: NAME -->`
 * marker, so the consumer test runs exactly what the README says (comment lines dropped from
 * commands; a file block is taken verbatim).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The code of the block right below the marker `NAME`, and its fence's language. */
export function readmeBlock(repoRoot: string, name: string): { lang: string; code: string } {
  const lines = readFileSync(join(repoRoot, "README.md"), "utf8").split("\n");
  const marker = lines.findIndex((line) =>
    new RegExp(`^<!--\\s*consumer-test:\\s*${name}\\b.*-->$`).test(line.trim()),
  );
  const lang = /^```(\w*)$/.exec(lines[marker + 1] ?? "")?.[1];
  if (marker === -1 || lang === undefined)
    throw new Error(`README.md has no code block marked <!-- consumer-test: ${name} -->`);
  const end = lines.findIndex((line, at) => at > marker + 1 && line.startsWith("```"));
  return { lang, code: `${lines.slice(marker + 2, end).join("\n")}\n` };
}

export function readmeCommands(repoRoot: string, name: string): string[] {
  const { lang, code } = readmeBlock(repoRoot, name);
  if (!/^(sh|bash|shell)$/.test(lang))
    throw new Error(`README.md has no shell block marked <!-- consumer-test: ${name} -->`);
  return code
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
