/**
 * The Node.js release lines the project supports and tests, each with the exact version
 * `npm run test:node` installs from the npm registry's `node` package (pinned, so a run is
 * repeatable; raise a version here when a line gets a release worth testing). 20 stays while
 * package.json's `engines` says >= 20.18.1. CI's matrix (.github/workflows/ci.yml) lists the same
 * lines: test/workflow/ci-workflow.test.ts checks both against this list.
 */
export interface NodeLine {
  /** The major version, e.g. 22. */
  readonly line: number;
  /** The exact `node@<version>` installed for it. */
  readonly version: string;
}

export const NODE_LINES: readonly NodeLine[] = [
  { line: 20, version: "20.20.2" },
  { line: 22, version: "22.23.3" },
  { line: 24, version: "24.21.0" },
  { line: 26, version: "26.10.0" },
];

/**
 * What `npm run test:node` runs on each line: the fast unit suites (signing, verification,
 * config, transport, notifications, the generator's emit/validation/load) — enough to prove the
 * runtime and the generator work on that Node, without the slow end-to-end suites, which run
 * once in `npm test`.
 */
export const UNIT_SUITES: readonly string[] = [
  "test/runtime",
  "test/notifications/handler.test.ts",
  "test/generator/emit.test.ts",
  "test/generator/validation.test.ts",
  "test/generator/generated-output.test.ts",
  "test/generator/load.test.ts",
  "test/generator/drift-diff.test.ts",
];

/**
 * The lines `npm run test:node` runs: those named by arguments, else by NODE_LINES=22,24, else
 * all; `--except-current` leaves out `current` (this process's line). A string says what is wrong.
 */
export function chooseLines(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  current: number,
): NodeLine[] | string {
  const exceptCurrent = argv.includes("--except-current");
  const asked = argv.filter((arg) => arg !== "--except-current");
  const fromEnv = (env["NODE_LINES"] ?? "").split(",").filter((part) => part.trim() !== "");
  const wanted = asked.length > 0 ? asked : fromEnv;
  const known = NODE_LINES.map(({ line }) => String(line));
  const unknown = wanted.filter((value) => !known.includes(value.trim()));
  if (unknown.length > 0)
    return `unknown Node.js line(s) ${unknown.join(", ")}; supported: ${known.join(", ")} (scripts/node-lines.ts)`;
  return NODE_LINES.filter(
    ({ line }) =>
      (wanted.length === 0 || wanted.some((value) => Number(value) === line)) &&
      !(exceptCurrent && line === current),
  );
}
