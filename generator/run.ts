/**
 * The generate command as a function (argv in, exit code out, output through `io`), so tests run
 * it in-process against temp folders; cli.ts is only the process wrapper.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { InternalError, SpecErrors, firstLineOf } from "./errors.js";
import { generate } from "./generate.js";
import { describeFileDiff } from "./diff.js";
import { diffTrees, readTree, writeTreeAtomically } from "./write.js";

interface CliArgs {
  readonly help: boolean;
  readonly check: boolean;
  readonly debug: boolean;
  readonly experimental: boolean;
  readonly spec: string;
  readonly out: string;
}

function parseCli(argv: string[]): CliArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
      experimental: { type: "boolean", default: false },
      spec: { type: "string", default: "spec/openapi.yaml" },
      out: { type: "string", default: "generated" },
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

export async function runGenerate(argv: readonly string[], io: RunIo): Promise<number> {
  const started = performance.now();
  let args: CliArgs;
  try {
    args = parseCli([...argv]);
  } catch (e) {
    io.stderr(
      `generate: ${(e as Error).message}\nusage: generate [--check] [--experimental] [--debug] [--spec <path>] [--out <dir>]\n`,
    );
    return 2;
  }
  if (args.help) {
    io.stdout(
      "usage: generate [--check] [--experimental] [--debug] [--spec spec/openapi.yaml] [--out generated]\n",
    );
    return 0;
  }
  let result;
  try {
    result = await generate({ specPath: args.spec, experimental: args.experimental });
  } catch (e) {
    const untouched = args.check ? "nothing checked" : `${args.out}/ left untouched`;
    if (e instanceof SpecErrors) {
      io.stderr(`${e.format()}\n\ngenerate: ${e.message}; ${untouched}.\n`);
      return 1;
    }
    io.stderr(reportInternalError(e, args.debug, untouched));
    return 1;
  }
  const current = readTree(args.out);
  const diff = diffTrees(current, result.files);
  const stale = [...diff.added, ...diff.changed, ...diff.removed];
  const { model, timings } = result;
  const total = performance.now() - started;

  if (args.check) {
    if (stale.length === 0) {
      io.stdout(
        `generate --check: ${args.out}/ is up to date (${result.files.size} files, ${total.toFixed(0)} ms)\n`,
      );
      return 0;
    }
    const diffs = stale.map((rel) =>
      describeFileDiff(rel, current.get(rel), result.files.get(rel)),
    );
    io.stderr(
      `${diffs.join("\n\n")}\n\ngenerate --check: ${args.out}/ is stale (${stale.length} file(s): ${stale.join(", ")}). Run \`npm run generate\` and commit ${args.out}/.\n`,
    );
    return 1;
  }

  if (stale.length > 0) {
    try {
      writeTreeAtomically(args.out, result.files);
    } catch (e) {
      // writeTreeAtomically swaps folders with renames, so a failure leaves the old output in place.
      io.stderr(
        `generate: cannot write ${args.out}/: ${firstLineOf(e)}; ${args.out}/ left as it was.\n`,
      );
      return 1;
    }
  }
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  const lines = [
    `spec        ${path.relative(process.cwd(), result.spec.entryPath)} (${result.spec.files.length} files, sha256 ${result.spec.sha256.slice(0, 12)}…)`,
    `operations  ${model.operations.length}${model.skippedExperimental.length > 0 ? ` (+${model.skippedExperimental.length} experimental skipped: ${model.skippedExperimental.join(", ")}; use --experimental)` : ""}`,
    `models      ${model.schemas.filter((s) => !s.enumValues).length} models, ${model.schemas.filter((s) => s.enumValues).length} enums, ${model.webhooks.length} webhook(s)`,
    `files       ${diff.changed.length} changed, ${diff.added.length} added, ${diff.removed.length} removed, ${diff.unchanged.length} unchanged → ${args.out}/`,
    ...[...diff.changed, ...diff.added, ...diff.removed]
      .slice(0, 12)
      .map(
        (rel) =>
          `            ${diff.added.includes(rel) ? "+" : diff.removed.includes(rel) ? "-" : "~"} ${rel}`,
      ),
    `time        ${ms(total)} total (load ${ms(timings.load)}, check ${ms(timings.check)}, model ${ms(timings.model)}, emit ${ms(timings.emit)}, format ${ms(timings.format)})`,
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
