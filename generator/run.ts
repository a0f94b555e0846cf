/**
 * The generate command as a function (argv in, exit code out, output through `io`), so tests run
 * it in-process against temp folders; cli.ts is only the process wrapper.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { defaultCacheDir, fileCache, type OutputCache } from "./cache.js";
import { InternalError, SpecErrors, UnreadableSpecFile, firstLineOf } from "./errors.js";
import { generate, type GenerateResult } from "./generate.js";
import { describeFileDiff } from "./diff.js";
import { MANIFEST_NAME } from "./manifest.js";
import { runtimeSpecifierProblem } from "./emit/runtime-import.js";
import { governedByEsmPackage } from "./module-scope.js";
import { findSymlinks } from "./output-guard.js";
import { OutputRefused, planOutput, type OutputPlan } from "./output-plan.js";
import { readTree, writeInPlace, writeTreeAtomically } from "./write.js";

interface CliArgs {
  readonly help: boolean;
  readonly check: boolean;
  readonly debug: boolean;
  readonly experimental: boolean;
  readonly spec: string;
  readonly out: string;
  readonly force: boolean;
  /** `--runtime`: where the output imports the runtime from; undefined keeps this repository's layout. */
  readonly runtime: string | undefined;
  /** `--no-cache`: format and print every file afresh (the output is the same). */
  readonly noCache: boolean;
}

const USAGE =
  "usage: generate [--check | --watch] [--experimental] [--debug] [--spec spec/openapi.yaml] [--out generated] [--runtime <module>] [--force] [--no-cache]\n";

const HELP = `${USAGE}
  --spec <path>       entry file of the OpenAPI 3.1 spec (default spec/openapi.yaml)
  --out <dir>         output folder (default generated); the generator owns only the files its
                      manifest.json lists, and refuses a folder holding symbolic links
  --runtime <module>  import the runtime from this module instead of ../runtime/index.js: a package
                      name (wechatpay-favor, for a service that installs the package) or a path
                      relative to --out ending in .js; also writes package.json {"type":"module"}
                      into --out unless the nearest package.json above it already says so
  --experimental      include operations marked x-wechatpay-experimental
  --check             write nothing; exit 1 with a diff when --out is stale
  --force             write into a folder the generator did not write (overwrites same-named files)
  --watch             generate, then again whenever a file in the spec's folder changes (one line
                      per run); Ctrl-C stops
  --no-cache          format and print every file afresh instead of reusing what an earlier run
                      kept in node_modules/.cache/wechatpay-favor (the output is the same)
  --debug             print the stack trace of an internal error
`;

function parseCli(argv: string[]): CliArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
      experimental: { type: "boolean", default: false },
      spec: { type: "string", default: "spec/openapi.yaml" },
      out: { type: "string", default: "generated" },
      force: { type: "boolean", default: false },
      runtime: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  return {
    help: values.help,
    check: values.check,
    debug: values.debug,
    experimental: values.experimental,
    spec: values.spec,
    out: values.out,
    force: values.force,
    runtime: values.runtime,
    noCache: values["no-cache"],
  };
}

export interface RunIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The one line printed for a generator failure (never a spec problem); the stack only with --debug. */
export function reportInternalError(error: unknown, debug: boolean, untouched: string): string {
  const stage = error instanceof InternalError ? error.stage : "generate";
  const message = error instanceof InternalError ? error.message : firstLineOf(error);
  const cause = error instanceof InternalError ? error.cause : error;
  const stack = debug && cause instanceof Error && cause.stack ? `\n${cause.stack}` : "";
  return `generate: internal error in ${stage}: ${message} — please report${debug ? "" : " (rerun with --debug for the stack trace)"}; ${untouched}.${stack}\n`;
}

/** Each step either hands on its result or has already reported and returns the exit code. */
export async function runGenerate(argv: readonly string[], io: RunIo): Promise<number> {
  const started = performance.now();
  const args = readArgs(argv, io);
  if (typeof args === "number") return args;
  const result = await generateOrReport(args, io);
  if (typeof result === "number") return result;
  if (refuseSymlinks(args, io)) return 2;
  const current = readTree(args.out);
  const plan = planOrRefuse(current, result, args, io);
  if (typeof plan === "number") return plan;
  const stale = [...plan.added, ...plan.changed, ...plan.removed];
  const total = performance.now() - started;
  const listing = fileListing(plan);

  if (args.check) {
    if (stale.length === 0) {
      io.stdout(
        `generate --check: ${args.out}/ is up to date (${result.files.size} files, ${total.toFixed(0)} ms)\n${listing.slice(1).join("\n")}${listing.length > 1 ? "\n" : ""}`,
      );
      return 0;
    }
    const diffs = stale.map((rel) =>
      describeFileDiff(rel, current.get(rel), result.files.get(rel)),
    );
    io.stderr(
      `${diffs.join("\n\n")}\n\ngenerate --check: ${args.out}/ is stale (${stale.length} file(s)):\n${listing.join("\n")}\nRun \`npm run generate\` and commit ${args.out}/.\n`,
    );
    return 1;
  }

  if (stale.length > 0 && !writeOutput(args.out, plan, result, io)) return 2;
  io.stdout(summary(result, listing, args.out, total));
  return 0;
}

/** The parsed arguments, or the exit code after printing help (0) or a usage error (2). */
function readArgs(argv: readonly string[], io: RunIo): CliArgs | number {
  let args: CliArgs;
  try {
    args = parseCli([...argv]);
  } catch (e) {
    io.stderr(`generate: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  const problem = args.runtime === undefined ? undefined : runtimeSpecifierProblem(args.runtime);
  if (problem !== undefined) {
    io.stderr(`generate: --runtime ${problem}\n${USAGE}`);
    return 2;
  }
  return args;
}

/**
 * The generated files, or the exit code after reporting spec errors (1; 2 when the entry file is
 * unreadable) or an internal error (2).
 */
async function generateOrReport(args: CliArgs, io: RunIo): Promise<GenerateResult | number> {
  try {
    return await generate({
      specPath: args.spec,
      experimental: args.experimental,
      ...cacheOption(args),
      ...(args.runtime === undefined
        ? {}
        : { runtime: args.runtime, esmPackageJson: !governedByEsmPackage(args.out) }),
    });
  } catch (e) {
    const untouched = args.check ? "nothing checked" : `${args.out}/ left untouched`;
    if (e instanceof SpecErrors) {
      io.stderr(`${e.format()}\n\ngenerate: ${e.message}; ${untouched}.\n`);
      // An entry file that cannot be read is an unreadable input (2), not a wrong spec (1).
      return e.errors.every((err) => err instanceof UnreadableSpecFile) ? 2 : 1;
    }
    io.stderr(reportInternalError(e, args.debug, untouched));
    return 2;
  }
}

/** The cache of formatted files and the type layer, unless --no-cache or there is no node_modules. */
function cacheOption(args: CliArgs): { cache?: OutputCache } {
  const dir = args.noCache ? undefined : defaultCacheDir();
  return dir === undefined ? {} : { cache: fileCache(dir) };
}

/**
 * True after refusing an output folder that holds symbolic links: a write through one would land
 * outside `--out` (and `--check` would compare files that are not there), so nothing is done.
 */
function refuseSymlinks(args: CliArgs, io: RunIo): boolean {
  const links = findSymlinks(args.out);
  if (links.length === 0) return false;
  const shown =
    links.slice(0, 5).join(", ") + (links.length > 5 ? `, … (${links.length} in all)` : "");
  io.stderr(
    `generate: refusing to ${args.check ? "check" : "write into"} ${args.out}/: it holds symbolic links (${shown}); writes never leave the output folder, so nothing was ${args.check ? "checked" : "written"}.\n    fix: replace each link with a real folder or file, or point --out at a folder without links\n`,
  );
  return true;
}

/** What to write where, or 2 after saying why the output folder is refused. */
function planOrRefuse(
  current: ReturnType<typeof readTree>,
  result: GenerateResult,
  args: CliArgs,
  io: RunIo,
): OutputPlan | number {
  try {
    return planOutput(current, result.files, args.force);
  } catch (e) {
    if (!(e instanceof OutputRefused)) throw e;
    io.stderr(
      `generate: refusing to write into ${args.out}/: ${e.message}.\n    fix: point --out at a new or empty folder, or at one the generator wrote (it holds ${MANIFEST_NAME}); --force writes anyway (same-named files are overwritten, nothing is removed)\n`,
    );
    return 2;
  }
}

/** Writes the stale files; false after reporting a write failure. */
function writeOutput(out: string, plan: OutputPlan, result: GenerateResult, io: RunIo): boolean {
  try {
    if (plan.ownsWholeFolder) writeTreeAtomically(out, result.files);
    else
      writeInPlace(
        out,
        result.files,
        [...plan.added, ...plan.changed],
        plan.removed,
        MANIFEST_NAME,
      );
  } catch (e) {
    // writeTreeAtomically swaps folders with renames, so a failure leaves the old output in place.
    io.stderr(
      `generate: cannot write ${out}/: ${firstLineOf(e)}; ${plan.ownsWholeFolder ? `${out}/ left as it was` : "rerun to complete it"}.\n`,
    );
    return false;
  }
  return true;
}

/** The report of a successful run: spec, counts, files, timings. */
function summary(
  result: GenerateResult,
  listing: readonly string[],
  out: string,
  total: number,
): string {
  const { model, timings } = result;
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  const lines = [
    `spec        ${path.relative(process.cwd(), result.spec.entryPath)} (${result.spec.files.length} files, sha256 ${result.spec.sha256.slice(0, 12)}…)`,
    `operations  ${model.operations.length}${model.skippedExperimental.length > 0 ? ` (+${model.skippedExperimental.length} experimental skipped: ${model.skippedExperimental.join(", ")}; use --experimental)` : ""}`,
    `models      ${model.schemas.filter((s) => !s.enumValues).length} models, ${model.schemas.filter((s) => s.enumValues).length} enums, ${model.webhooks.length} webhook(s)`,
    ...listing.map((line, i) => (i === 0 ? `files       ${line} → ${out}/` : line)),
    `time        ${ms(total)} total (load ${ms(timings.load)}, check ${ms(timings.check)}, model ${ms(timings.model)}, emit ${ms(timings.emit)}, format ${ms(timings.format)})`,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The counts, then every added, changed and removed file (and any file left alone because the
 * generator does not own it), names wrapped onto as few lines as fit: nothing is cut off.
 */
export function fileListing(plan: OutputPlan): string[] {
  const lines = [
    `${plan.changed.length} changed, ${plan.added.length} added, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged`,
  ];
  const group = (label: string, files: readonly string[]): void => {
    if (files.length === 0) return;
    let line = `            ${label}`;
    for (const [i, file] of files.entries()) {
      const item = `${file}${i < files.length - 1 ? "," : ""}`;
      if (line.length + item.length + 1 > 100 && !line.endsWith(label)) {
        lines.push(line);
        line = `${" ".repeat(12 + label.length)}`;
      }
      line += ` ${item}`;
    }
    lines.push(line);
  };
  group("changed:", plan.changed);
  group("added:", plan.added);
  group("removed:", plan.removed);
  group("left alone (not generated):", plan.foreign);
  return lines;
}
