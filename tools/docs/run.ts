/**
 * `docs:diff` and `docs:apply` as functions (argv in, exit code out, output through `io`) so tests
 * run them in-process; cli-diff.ts / cli-apply.ts are the process wrappers.
 *
 * Exit codes: 0 spec and pages agree (apply: everything applied), 1 differences found (apply:
 * some left for a person), 2 bad usage, a page or the spec cannot be read, or an internal error.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyComparison, type ApplyOutcome } from "./apply.js";
import { comparePage, type Comparison, type PageReport } from "./compare.js";
import { PageUnreadableError } from "./model.js";
import { escapeControls, MAX_PAGE_BYTES } from "./page-lines.js";
import { renderJson, renderMarkdown, summary } from "./report.js";
import { SpecFiles, SpecEditError } from "./spec-index.js";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const DIFF_USAGE =
  "usage: docs:diff [--format markdown|json] [--spec spec/openapi.yaml] <page.txt | folder>...";
const APPLY_USAGE = "usage: docs:apply [--spec spec/openapi.yaml] <page.txt | folder>...";

interface Args {
  readonly format: "markdown" | "json";
  readonly spec: string;
  readonly inputs: string[];
}

function parse(argv: readonly string[], withFormat: boolean): Args | "help" {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      ...(withFormat ? { format: { type: "string" as const, default: "markdown" } } : {}),
      spec: { type: "string", default: "spec/openapi.yaml" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return "help";
  const format = (values as { format?: string }).format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new Error(`--format must be markdown or json, not "${format}"`);
  if (positionals.length === 0) throw new Error("give at least one page file or folder");
  return { format, spec: String(values.spec), inputs: positionals };
}

/** A page file: where it is, and how the report names it (as the user wrote it). */
interface PageFile {
  readonly abs: string;
  readonly shown: string;
}

/** Page files named on the command line; a folder stands for the `.txt` files in it. */
export function expandInputs(inputs: readonly string[], cwd: string): PageFile[] {
  const out: PageFile[] = [];
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new Error(`cannot read ${input}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const pages = fs
        .readdirSync(abs)
        .filter((f) => f.endsWith(".txt"))
        .sort();
      if (pages.length === 0) throw new Error(`${input}: no .txt pages in this folder`);
      out.push(...pages.map((f) => ({ abs: path.join(abs, f), shown: path.join(input, f) })));
    } else out.push({ abs, shown: input });
  }
  return out;
}

/** A page that could not be read: its file, the line where reading stopped, and why. */
export interface PageError {
  readonly file: string;
  readonly line: number | null;
  readonly error: string;
}

/** Compares every page, collecting unreadable pages (in input order) as errors. */
function compareAll(
  files: SpecFiles,
  pages: readonly PageFile[],
  each?: (c: Comparison) => void,
): { reports: PageReport[]; errors: PageError[] } {
  const reports: PageReport[] = [];
  const errors: PageError[] = [];
  for (const file of pages) {
    let text: string;
    try {
      const size = fs.statSync(file.abs).size;
      if (size > MAX_PAGE_BYTES) {
        errors.push({
          file: file.shown,
          line: null,
          error: `the page is ${size} bytes; docs pages are read up to ${MAX_PAGE_BYTES} bytes`,
        });
        continue;
      }
      text = fs.readFileSync(file.abs, "utf8");
    } catch (e) {
      errors.push({
        file: file.shown,
        line: null,
        error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? "error"}`,
      });
      continue;
    }
    try {
      const c = comparePage(files, file.shown, text);
      reports.push(c.report);
      each?.(c);
    } catch (e) {
      if (e instanceof PageUnreadableError)
        errors.push({
          file: file.shown,
          line: e.line,
          error: e.message.slice(e.file.length + String(e.line).length + 3),
        });
      else throw e;
    }
  }
  return { reports, errors };
}

function errorLine(e: PageError): string {
  return escapeControls(
    `page unreadable: ${e.file}${e.line === null ? "" : `:${e.line}`}: ${e.error}`,
  );
}

function openSpec(spec: string, cwd: string): SpecFiles {
  const entry = path.resolve(cwd, spec);
  if (!fs.existsSync(entry)) throw new Error(`cannot read the spec: ${spec} does not exist`);
  return new SpecFiles(entry);
}

/**
 * Reads the arguments, the pages and the spec shared by both commands; a usage error or an input
 * that cannot be read prints one line plus the usage and becomes exit 2 (help is exit 0).
 */
function openInputs(
  command: string,
  usage: string,
  diff: boolean,
  argv: readonly string[],
  io: Io,
  cwd: string,
): { args: Args; pages: PageFile[]; files: SpecFiles } | number {
  try {
    const args = parse(argv, diff);
    if (args === "help") {
      io.stdout(`${usage}\n`);
      return 0;
    }
    return { args, pages: expandInputs(args.inputs, cwd), files: openSpec(args.spec, cwd) };
  } catch (e) {
    io.stderr(`${command}: ${(e as Error).message}\n${usage}\n`);
    return 2;
  }
}

export async function runDocsDiff(
  argv: readonly string[],
  io: Io,
  cwd: string = process.cwd(),
): Promise<number> {
  const opened = openInputs("docs:diff", DIFF_USAGE, true, argv, io, cwd);
  if (typeof opened === "number") return opened;
  const { args, pages, files } = opened;
  try {
    const { reports, errors } = compareAll(files, pages);
    io.stdout(
      args.format === "json" ? renderJson(reports, errors) : renderMarkdown(reports, errors),
    );
    for (const e of errors) io.stderr(`docs:diff: ${errorLine(e)}\n`);
    if (errors.length > 0) return 2;
    return reports.some((r) => r.differences.length > 0) ? 1 : 0;
  } catch (e) {
    io.stderr(`docs:diff: ${describeError(e)}\n`);
    return 2;
  }
}

export async function runDocsApply(
  argv: readonly string[],
  io: Io,
  cwd: string = process.cwd(),
): Promise<number> {
  const opened = openInputs("docs:apply", APPLY_USAGE, false, argv, io, cwd);
  if (typeof opened === "number") return opened;
  const { pages, files } = opened;
  try {
    const outcomes: ApplyOutcome[] = [];
    const { reports, errors } = compareAll(files, pages, (c) =>
      outcomes.push(applyComparison(files, c)),
    );
    const written = files.write();
    const out: string[] = ["# docs:apply", ""];
    for (const [i, o] of outcomes.entries()) {
      const r = reports[i]!;
      out.push(`## ${r.operation ?? o.operationId ?? "new operation"} — ${r.method} ${r.path}`, "");
      for (const a of o.applied) out.push(`- applied: ${a}`);
      for (const l of o.left) out.push(`- left for a person: ${l}`);
      if (o.applied.length + o.left.length === 0) out.push("- nothing to change");
      out.push("");
    }
    out.push(
      written.length > 0
        ? `Wrote ${written.map((f) => path.relative(cwd, f) || f).join(", ")}.`
        : "No file changed.",
      summary(reports),
      "",
    );
    io.stdout(out.join("\n"));
    for (const e of errors) io.stderr(`docs:apply: ${errorLine(e)}\n`);
    if (errors.length > 0) return 2;
    return outcomes.some((o) => o.left.length > 0) ? 1 : 0;
  } catch (e) {
    io.stderr(`docs:apply: ${describeError(e)}\n`);
    return 2;
  }
}

function describeError(e: unknown): string {
  if (e instanceof SpecEditError) return e.message;
  if (e instanceof Error && "linePos" in e)
    return `the spec does not parse: ${e.message.split("\n")[0]}`;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}
