/**
 * `npm run generate [-- --check] [--experimental] [--spec <path>] [--out <dir>]`
 *
 * Regenerates generated/ from spec/ and prints a one-screen summary. With `--check` it writes
 * nothing and exits 1 with a diff when generated/ is stale (CI uses this). A broken spec prints
 * every problem as `file:line:col: message` + a fix, exits 1, and leaves generated/ untouched.
 */
import { runGenerate } from "./run.js";

runGenerate(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Not a spec problem: a bug in the generator. Show it fully so it can be fixed.
    process.stderr.write(`generate: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(70);
  },
);
