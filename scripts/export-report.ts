/**
 * The export report, in the spirit of api-extractor: every export of each entry point the
 * package offers (package.json "exports"), one line each, committed as etc/exports.txt. A new,
 * renamed or vanished export then shows up in review as a line of that file, instead of going
 * unnoticed. `npm run exports:write` rewrites it; test/package/export-report.test.ts fails with
 * the difference when the committed report no longer matches the sources.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const REPORT_PATH = "etc/exports.txt";

export interface EntryPoint {
  /** As package.json spells it: ".", "./sandbox", … */
  readonly subpath: string;
  /** Repository-relative source the entry is compiled from (`dist/x.d.ts` → `x.ts`). */
  readonly source: string;
}

/** The entries of package.json "exports" that are modules (not `./package.json`), in its order. */
export function entryPoints(root: string): EntryPoint[] {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    exports: Record<string, string | { readonly types: string }>;
  };
  return Object.entries(manifest.exports).flatMap(([subpath, target]) =>
    typeof target === "string"
      ? []
      : [{ subpath, source: target.types.replace(/^\.\/dist\//, "").replace(/\.d\.ts$/, ".ts") }],
  );
}

export interface ModuleExport {
  readonly name: string;
  /** What the name declares, e.g. `class`, `function`, `const+type` (an enum's object and union). */
  readonly kind: string;
}

/** Every export of `file` (absolute) in `program`, sorted by name (code units). */
export function moduleExports(program: ts.Program, file: string): ModuleExport[] {
  const source = program.getSourceFile(file);
  const checker = program.getTypeChecker();
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${file} is not a module of the program`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return { name: symbol.name, kind: kindOf(target.flags) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const KINDS: readonly (readonly [ts.SymbolFlags, string])[] = [
  [ts.SymbolFlags.Class, "class"],
  [ts.SymbolFlags.Function, "function"],
  [ts.SymbolFlags.Variable, "const"],
  [ts.SymbolFlags.Interface, "interface"],
  [ts.SymbolFlags.TypeAlias, "type"],
  [ts.SymbolFlags.Enum, "enum"],
  [ts.SymbolFlags.Module, "namespace"],
];

function kindOf(flags: ts.SymbolFlags): string {
  const kinds = KINDS.filter(([flag]) => (flags & flag) !== 0).map(([, kind]) => kind);
  // A class is also a type; a function with an expando (`op.withResponse`) also a namespace.
  if (kinds.includes("class")) return "class";
  if (kinds.includes("function")) return "function";
  return kinds.length > 0 ? kinds.join("+") : "unknown";
}

/** A program over the entry sources with the repository's compiler options. */
export function entryProgram(root: string, entries: readonly EntryPoint[]): ts.Program {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => readFileSync(file, "utf8"));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram(
    entries.map((entry) => path.join(root, entry.source)),
    options,
  );
}

/** The report's text: a header, then one section per entry point, one line per export. */
export function exportReport(root: string): string {
  const entries = entryPoints(root);
  const program = entryProgram(root, entries);
  const sections = entries.map((entry) => {
    const exports = moduleExports(program, path.join(root, entry.source));
    return [
      `## "${entry.subpath}" (${entry.source}): ${exports.length} exports`,
      ...exports.map((e) => `${e.kind.padEnd(16)} ${e.name}`),
    ].join("\n");
  });
  const header = [
    '# Every export of each entry point of the package (package.json "exports"), one per line.',
    "# Written by `npm run exports:write`; test/package/export-report.test.ts fails when it differs.",
  ].join("\n");
  return `${[header, ...sections].join("\n\n")}\n`;
}
