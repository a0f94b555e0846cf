/**
 * `npm run spec:diff -- [--base <git-ref>] [--format json] [--allow-breaking]`
 *
 * Compares the spec at a git ref with the working tree and prints what changed for callers of the
 * generated client, classified breaking / needs attention / safe. See run-diff.ts for exit codes.
 */
import { runSpecDiff } from "./run-diff.js";

runSpecDiff(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Not a spec or git problem: a bug in the review tool. Show it fully so it can be fixed.
    process.stderr.write(
      `spec:diff: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exit(70);
  },
);
