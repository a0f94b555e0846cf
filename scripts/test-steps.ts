/**
 * The steps of `npm test`, in order. To add a check, add one entry here: a name for its line and
 * the command to run (from the repository root, through a shell). A step that shares no state
 * with its neighbours (no file another step writes, no fixed port) can take a `parallel` label:
 * steps next to each other with the same label run at the same time, their output kept apart.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PROCESS_SUITES, SEED_SUITE, UNIT_PROJECT } from "./test-suites.js";

export interface Step {
  readonly name: string;
  readonly command: string;
  /** What the step's output says that is worth repeating on success (e.g. vitest's counts). */
  readonly summarize?: (output: string) => string | undefined;
  /** Why output that looks alarming in the log is expected; written once, above the step's output. */
  readonly note?: string;
  /** Neighbouring steps with the same label run concurrently; without one, a step runs alone. */
  readonly parallel?: string;
  /** Why the step cannot run here (printed as "not run: …", not a failure), or undefined to run it. */
  readonly notRunBecause?: () => string | undefined;
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * The real docs pages the seed tests read (WeChat's text, never in the repo): next to the clone,
 * or where WECHATPAY_FAVOR_SEEDS_DIR says (test/README.md).
 */
function seedsDir(): string {
  return process.env["WECHATPAY_FAVOR_SEEDS_DIR"] ?? "../shared/seeds";
}

/** "86 test files passed, 1705 tests passed, 2 skipped" from vitest's closing lines. */
export function vitestCounts(output: string): string | undefined {
  const line = (label: string): string | undefined =>
    new RegExp(`^\\s*${label}\\s+(.+)$`, "m").exec(output)?.[1]?.trim();
  const files = line("Test Files");
  const tests = line("Tests");
  if (files === undefined || tests === undefined) return undefined;
  // "1705 passed | 2 skipped (1707)" → "1705 tests passed, 2 skipped"
  const tidy = (text: string, noun: string): string =>
    text
      .replace(/\s*\(\d+\)$/, "")
      .replace(/ \| /g, ", ")
      .replace(/^(\d+) /, `$1 ${noun} `);
  return `${tidy(files, "test files")}, ${tidy(tests, "tests")}`;
}

/**
 * One vitest project. No --passWithNoTests: a project whose include pattern matches nothing
 * fails its step instead of passing empty.
 */
function vitestProject(project: string): string {
  return `npx vitest run --project ${project}`;
}

/**
 * Each suite copies what it changes into a temporary folder, and the consumer test writes only
 * dist/ (which none of them reads), so they run side by side.
 */
const PROCESS_SUITES_LABEL = "process-spawning suites";

export const STEPS: readonly Step[] = [
  { name: "format", command: "npm run --silent format:check" },
  {
    name: "spec lint",
    command: "npm run --silent lint:spec",
    note: "On Node.js 20 Redocly CLI prints a boxed end-of-life notice on every run (it cannot be turned off); it is informational: the project supports Node.js >= 20.18.1.",
  },
  { name: "generated/ up to date", command: "npm run --silent generate:check" },
  { name: "typecheck", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
  { name: "unit suites", command: vitestProject(UNIT_PROJECT), summarize: vitestCounts },
  {
    name: SEED_SUITE.step,
    command: vitestProject(SEED_SUITE.project),
    summarize: vitestCounts,
    notRunBecause: () =>
      existsSync(resolve(repoRoot, seedsDir())) ? undefined : `${seedsDir()} not found`,
  },
  // Needs redis-server; says "not run: redis-server not found" without it (outside CI). Alone,
  // not in the concurrent group: its rate-limit runs pace real calls against the sandbox.
  { name: "redis suites", command: "npm run --silent test:redis", summarize: vitestCounts },
  ...PROCESS_SUITES.map((suite): Step => ({
    name: suite.step,
    command: vitestProject(suite.project),
    summarize: vitestCounts,
    parallel: PROCESS_SUITES_LABEL,
  })),
  // No separate build step: the consumer test runs `npm pack` as the README says, and its prepack
  // script builds dist/ (a second build only repeated it: ~11 s here).
  {
    name: "build + package consumer test",
    command: "npm run --silent test:consumer",
    parallel: PROCESS_SUITES_LABEL,
  },
];

/** The steps cut into runs: consecutive steps sharing a `parallel` label form one group. */
export function stepGroups(steps: readonly Step[]): Step[][] {
  const groups: Step[][] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    const joins =
      step.parallel !== undefined && last !== undefined && last[0]?.parallel === step.parallel;
    if (joins) last.push(step);
    else groups.push([step]);
  }
  return groups;
}
