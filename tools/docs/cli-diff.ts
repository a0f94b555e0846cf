/** `npm run docs:diff -- [--format json] [--spec spec/openapi.yaml] <page.txt | folder>...` (see run.ts). */
import { runDocsDiff } from "./run.js";

runDocsDiff(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(
      `docs:diff: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exit(2);
  },
);
