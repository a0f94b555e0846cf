/**
 * `npm run generate [-- --check | --watch] [--experimental] [--debug] [--spec <path>] [--out <dir>] [--runtime <module>] [--no-cache]`
 *
 * Regenerates generated/ from spec/ and prints a one-screen summary. With `--check` it writes
 * nothing and exits 1 with a diff when generated/ is stale (CI uses this). With `--watch` it
 * regenerates whenever the spec folder changes, one line per run, until Ctrl-C (exit 0).
 * A broken spec prints every problem as `file:line:col: message` + a fix, exits 1, and leaves
 * generated/ untouched. A failure of the generator itself prints one line naming the stage
 * (stack with `--debug`). Exit codes: 0 success / up to date, 1 spec errors or stale output,
 * 2 usage error, unreadable entry file, refused output folder, or an internal error.
 */
import type { RunIo } from "./run.js";
import { reportInternalError, runGenerate } from "./run.js";
import { watchGenerate } from "./watch.js";

const argv = process.argv.slice(2);
const io: RunIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

function watchUntilInterrupted(): Promise<number> {
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  process.once("SIGTERM", () => stop.abort());
  return watchGenerate(argv, io, stop.signal);
}

(argv.includes("--watch") ? watchUntilInterrupted() : runGenerate(argv, io)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // runGenerate reports its own failures; this is the last line of defence for anything else.
    process.stderr.write(
      reportInternalError(e, argv.includes("--debug"), "generated/ left untouched"),
    );
    process.exit(2);
  },
);
