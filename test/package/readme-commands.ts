/**
 * The shell commands the README gives users, found by their `<!-- consumer-test: NAME -->` marker,
 * so the consumer test runs exactly what the README says (comment lines dropped).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function readmeCommands(repoRoot: string, name: string): string[] {
  const lines = readFileSync(join(repoRoot, "README.md"), "utf8").split("\n");
  const marker = lines.findIndex((line) =>
    new RegExp(`^<!--\\s*consumer-test:\\s*${name}\\b.*-->$`).test(line.trim()),
  );
  if (marker === -1 || !/^```(sh|bash|shell)$/.test(lines[marker + 1] ?? ""))
    throw new Error(`README.md has no shell block marked <!-- consumer-test: ${name} -->`);
  const end = lines.findIndex((line, at) => at > marker + 1 && line.startsWith("```"));
  return lines
    .slice(marker + 2, end)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
