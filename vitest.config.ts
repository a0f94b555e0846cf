import { defineConfig } from "vitest/config";
import {
  ALL_TEST_FILES,
  includeGlob,
  PROCESS_SUITES,
  SEED_SUITE,
  UNIT_PROJECT,
} from "./scripts/test-suites.js";

/**
 * Console output of passing tests is not shown; a failing test's output is printed with its
 * failure. This is a safety net, not the rule: an expected error must still be captured and
 * asserted by its test (test/README.md). `npx vitest run --silent=false` shows everything; the full
 * reliability run (RELIABILITY_FULL=1) or RELIABILITY_VERBOSE=1 keeps the suites' figure lines.
 */
const showAllConsole =
  process.env.RELIABILITY_FULL === "1" || process.env.RELIABILITY_VERBOSE === "1";

/** The process-spawning suites and the seed pages' suite, each its own project, and the unit project for every other file. */
const separateSuites = [...PROCESS_SUITES, SEED_SUITE];
const processProjects = separateSuites.map((suite) => ({
  extends: true as const,
  test: { name: suite.project, include: suite.paths.map(includeGlob) },
}));
const unitProject = {
  extends: true as const,
  test: {
    name: UNIT_PROJECT,
    include: [ALL_TEST_FILES],
    exclude: separateSuites.flatMap((suite) => suite.paths.map(includeGlob)),
  },
};

export default defineConfig({
  test: {
    // No include here: `extends: true` would add it to every project's own include.
    projects: [unitProject, ...processProjects],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Suites start their own loopback servers on random ports, so files can run in parallel.
    pool: "forks",
    silent: showAllConsole ? false : "passed-only",
  },
});
