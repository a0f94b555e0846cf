/**
 * A TypeScript language service over the repository as the editor sees it (tsconfig.json's
 * options), plus in-memory probe files: what a user's hover shows, and what the compiler says
 * about a file that is never written to disk.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(repoRoot, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => readFileSync(file, "utf8"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot).options;
}

export interface ProbeService {
  readonly service: ts.LanguageService;
  /** Absolute path of a probe file (it exists only in memory). */
  probePath(name: string): string;
}

/** A service whose root files are the given probes (repository-relative name → text). */
export function probeService(probes: Readonly<Record<string, string>>): ProbeService {
  const probeFiles = new Map(
    Object.entries(probes).map(([name, text]) => [path.join(repoRoot, name), text]),
  );
  const options = compilerOptions();
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...probeFiles.keys()],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const text = probeFiles.get(file) ?? ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => repoRoot,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (file) => probeFiles.has(file) || ts.sys.fileExists(file),
    readFile: (file) => probeFiles.get(file) ?? ts.sys.readFile(file),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (dir) => ts.sys.directoryExists(dir),
    getDirectories: (dir) => ts.sys.getDirectories(dir),
  };
  return {
    service: ts.createLanguageService(host, ts.createDocumentRegistry()),
    probePath: (name) => path.join(repoRoot, name),
  };
}

/** `file:line: message` for every syntactic and semantic error of a probe. */
export function probeDiagnostics(probe: ProbeService, name: string): string[] {
  const file = probe.probePath(name);
  return [
    ...probe.service.getSyntacticDiagnostics(file),
    ...probe.service.getSemanticDiagnostics(file),
  ].map((d) => {
    const line =
      d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${name}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
