/**
 * Which vitest suites `npm test` runs as steps of their own. The process-spawning suites (they
 * copy the repository, run npm scripts, the CLIs or the README's commands in child processes)
 * take about half of the test time, so they leave the inner loop (`npm run test:fast`, the
 * "unit" project) and run side by side in `npm test`. vitest.config.ts builds one project per
 * suite from this list, and the unit project from everything else, so a test file belongs to
 * exactly one project.
 */

export interface ProcessSuite {
  /** The vitest project name: `npx vitest run --project <project>`. */
  readonly project: string;
  /** The step's name in `npm test`. */
  readonly step: string;
  /**
   * Repository-relative test files, or folders ending in "/" (every *.test.ts below). Plain paths,
   * not globs: test/architecture/test-suites.test.ts checks that each one names a test file.
   */
  readonly paths: readonly string[];
}

export const UNIT_PROJECT = "unit";

/** Every test file; a project narrows it. */
export const ALL_TEST_FILES = "test/**/*.test.ts";

export const PROCESS_SUITES: readonly ProcessSuite[] = [
  { project: "workflow", step: "workflow suite", paths: ["test/workflow/"] },
  { project: "bench-smoke", step: "bench smoke suite", paths: ["test/bench/smoke.test.ts"] },
  { project: "review-cli", step: "review CLI suite", paths: ["test/review/cli.test.ts"] },
  { project: "docs-apply", step: "docs apply suite", paths: ["test/docs/apply.test.ts"] },
  { project: "readme", step: "README blocks suite", paths: ["test/readme/"] },
];

/**
 * The docs tests that read WeChat's real pages, kept out of the repository (test/README.md): a
 * step of their own, after the unit suites, that says "not run" when the pages are absent.
 */
export const SEED_SUITE: ProcessSuite = {
  project: "docs-seeds",
  step: "docs seed pages",
  paths: [
    "test/docs/seeds.test.ts",
    "test/docs/seeds-apply.test.ts",
    "test/docs/seeds-mutations.test.ts",
  ],
};

/** The glob vitest matches for one path of a suite. */
export function includeGlob(suitePath: string): string {
  return suitePath.endsWith("/") ? `${suitePath}**/*.test.ts` : suitePath;
}
