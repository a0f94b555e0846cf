/**
 * `npm run usage:check -- [--base <git-ref>] [--allow-breaking]`
 *
 * Compiles the BASE ref's `test/usage/*.ts` (typed calls written against the old client) against
 * the CURRENT `generated/` and `runtime/`, and reports every call that no longer compiles. This
 * catches breaking changes by their effect on real code, independently of spec:diff's rules.
 *
 * The base files are extracted from git objects into a temp folder next to symlinks to the current
 * `generated/`, `runtime/` and `node_modules/`, so their `../../generated/index.js` imports resolve
 * to today's tree without touching the work tree. Exit: 0 all compile, 1 some do not, 2 could not
 * check (including: the current tree itself has type errors, so a failure would prove nothing).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import ts from "typescript";
import {
  defaultBase,
  extractTree,
  GitError,
  repoRoot,
  resolveCommit,
  type BaseChoice,
} from "./git.js";
import type { Io } from "./run-diff.js";

export const USAGE_DIR = "test/usage";

export interface UsageProblem {
  /** `test/usage/listStocks.ts` as it was at the base ref. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export interface UsageResult {
  readonly checked: readonly string[];
  /** Errors inside the base usage files: calls the current client breaks. */
  readonly broken: readonly UsageProblem[];
  /** Errors elsewhere (current generated/ or runtime/ do not compile): the check is inconclusive. */
  readonly other: readonly string[];
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, "tsconfig.json");
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(
    read.config ?? {},
    ts.sys,
    root,
    undefined,
    configPath,
  );
  // Types come from the project's node_modules, whatever folder the base files sit in.
  return {
    ...parsed.options,
    noEmit: true,
    typeRoots: [path.join(root, "node_modules", "@types")],
    types: ["node"],
  };
}

function linkDir(target: string, link: string): void {
  fs.symlinkSync(target, link, process.platform === "win32" ? "junction" : "dir");
}

/** Compiles the base usage files against the current tree under `root`. */
export function checkUsage(root: string, baseCommit: string): UsageResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spec-review-usage-"));
  try {
    const files = extractTree(root, baseCommit, USAGE_DIR, tmp).filter((f) => f.endsWith(".ts"));
    if (files.length === 0) return { checked: [], broken: [], other: [] };
    // Everything the generated client imports: the runtime and the leaf helpers it shares.
    for (const dir of ["generated", "runtime", "shared", "node_modules"])
      if (fs.existsSync(path.join(root, dir))) linkDir(path.join(root, dir), path.join(tmp, dir));
    // The project is ESM ("type": "module"); without this the temp files would be read as CommonJS.
    fs.writeFileSync(
      path.join(tmp, "package.json"),
      `${JSON.stringify({ private: true, type: "module" })}\n`,
    );
    const rootNames = files.map((f) => path.join(tmp, ...f.split("/")));
    const program = ts.createProgram({ rootNames, options: compilerOptions(root) });
    const usageRoot = path.join(tmp, ...USAGE_DIR.split("/")) + path.sep;
    const broken: UsageProblem[] = [];
    const other: string[] = [];
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (d.file && path.resolve(d.file.fileName).startsWith(usageRoot)) {
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
        broken.push({
          file: path.relative(tmp, d.file.fileName).split(path.sep).join("/"),
          line: line + 1,
          col: character + 1,
          message,
        });
      } else {
        other.push(d.file ? `${path.relative(tmp, d.file.fileName)}: ${message}` : message);
      }
    }
    return { checked: files, broken, other };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function renderUsage(result: UsageResult, base: string): string {
  const out = [
    `### Usage check: \`${USAGE_DIR}/\` at ${base} against the current generated client`,
    "",
  ];
  if (result.checked.length === 0)
    out.push(`_No \`${USAGE_DIR}/\` files at the base; nothing to compile._`);
  else if (result.broken.length === 0)
    out.push(`All ${result.checked.length} usage files still compile.`);
  else {
    const files = new Set(result.broken.map((p) => p.file));
    out.push(
      `**${files.size} of ${result.checked.length} usage files no longer compile** (breaking for callers written like them):`,
      "",
    );
    for (const p of result.broken)
      out.push(`- \`${p.file}:${p.line}:${p.col}\`: ${p.message.split("\n").join(" ")}`);
  }
  if (result.other.length > 0)
    out.push(
      "",
      `The current tree itself has ${result.other.length} type error(s) outside the usage files; the check is inconclusive:`,
      "",
      ...result.other.slice(0, 10).map((m) => `- ${m.split("\n")[0]}`),
    );
  return `${out.join("\n")}\n`;
}

export async function runUsageCheck(
  argv: readonly string[],
  io: Io,
  cwd: string = process.cwd(),
): Promise<number> {
  let values: { base?: string | undefined; "allow-breaking": boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { base: { type: "string" }, "allow-breaking": { type: "boolean", default: false } },
      strict: true,
    }));
  } catch (e) {
    io.stderr(
      `usage:check: ${(e as Error).message}\nusage: usage:check [--base <git-ref>] [--allow-breaking]\n`,
    );
    return 2;
  }
  try {
    const root = repoRoot(cwd);
    const base: BaseChoice =
      values.base !== undefined
        ? { ref: values.base, commit: resolveCommit(root, values.base), reason: "--base" }
        : defaultBase(root, "spec");
    const result = checkUsage(root, base.commit);
    io.stdout(renderUsage(result, `${base.ref} @ ${base.commit.slice(0, 10)}`));
    if (result.other.length > 0) return 2;
    return result.broken.length > 0 && !values["allow-breaking"] ? 1 : 0;
  } catch (e) {
    if (e instanceof GitError) {
      io.stderr(`usage:check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
