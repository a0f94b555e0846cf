import { defineConfig } from "vitest/config";

/**
 * Console output of passing tests is not shown; a failing test's output is printed with its
 * failure. This is a safety net, not the rule: an expected error must still be captured and
 * asserted by its test (test/README.md). `npx vitest run --silent=false` shows everything; the full
 * reliability run (RELIABILITY_FULL=1) or RELIABILITY_VERBOSE=1 keeps the suites' figure lines.
 */
const showAllConsole =
  process.env.RELIABILITY_FULL === "1" || process.env.RELIABILITY_VERBOSE === "1";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Suites start their own loopback servers on random ports, so files can run in parallel.
    pool: "forks",
    silent: showAllConsole ? false : "passed-only",
  },
});
