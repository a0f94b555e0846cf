/**
 * Type-checks README snippets (written to files next to this one) with the repository's own
 * compiler options, reporting errors at their README position.
 */
import { dirname, join } from "node:path";
import ts from "typescript";

export interface SnippetFile {
  readonly path: string;
  /** README line of the snippet's first line, and how many harness lines precede it in the file. */
  readonly readmeLine: number;
  readonly preludeLines: number;
}

export function compileSnippets(repoRoot: string, files: readonly SnippetFile[]): string[] {
  const configPath = join(repoRoot, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const program = ts.createProgram({
    rootNames: files.map((file) => file.path),
    options: { ...parsed.options, noEmit: true },
  });
  // Only the snippets are checked here; the sources they import are the type-check script's job.
  const problems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(
    (d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
  for (const file of files) {
    const source = program.getSourceFile(file.path);
    if (source === undefined) throw new Error(`snippet file was not loaded: ${file.path}`);
    for (const diagnostic of [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]) {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const where =
        line < file.preludeLines
          ? `harness prelude of README.md:${file.readmeLine}`
          : `README.md:${file.readmeLine + line - file.preludeLines}:${character + 1}`;
      problems.push(`${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    }
  }
  return problems;
}
