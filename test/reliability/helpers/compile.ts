/**
 * Type-checks generated clients in ONE TypeScript program (tsc is slow; one program shares the
 * runtime and lib checks). Each client sits next to a symlink to the real runtime, as in the repo.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT } from "./figures.js";

/** Prepares `<dir>/generated` as an output folder that can import `../runtime/index.js`. */
export function prepareClientDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  symlinkSync(path.join(ROOT, "runtime"), path.join(dir, "runtime"), "dir");
  // TypeScript resolves the runtime's own imports (undici) from the symlink's location.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  return path.join(dir, "generated");
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Diagnostics (formatted) for all clients; empty when every one compiles under the repo's strict options. */
export function typeCheckClients(generatedDirs: readonly string[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const program = ts.createProgram(generatedDirs.flatMap(tsFiles), options);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        ts.flattenDiagnosticMessageText(d.messageText, "\n") +
        (d.file ? ` (${d.file.fileName})` : ""),
    );
}
