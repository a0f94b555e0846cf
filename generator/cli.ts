/**
 * `npm run generate [-- --check] [--experimental] [--debug] [--spec <path>] [--out <dir>] [--runtime <module>]`
 *
 * Regenerates generated/ from spec/ and prints a one-screen summary. With `--check` it writes
 * nothing and exits 1 with a diff when generated/ is stale (CI uses this). A broken spec prints
 * every problem as `file:line:col: message` + a fix, exits 1, and leaves generated/ untouched.
 * A failure of the generator itself prints one line naming the stage (stack with `--debug`).
 * Exit codes: 0 success / up to date, 1 spec errors or stale output, 2 usage error, unreadable
 * entry file, refused output folder, or an internal error.
 */
import { reportInternalError, runGenerate } from "./run.js";

const argv = process.argv.slice(2);
runGenerate(argv, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // runGenerate reports its own failures; this is the last line of defence for anything else.
    process.stderr.write(
      reportInternalError(e, argv.includes("--debug"), "generated/ left untouched"),
    );
    process.exit(2);
  },
);
