import { defineConfig } from "vitest/config";

/**
 * The suites that need a real redis-server (`*.redis-test.ts`, kept out of the main run's
 * `*.test.ts`): `npx vitest run --config test/redis/vitest.config.ts`. The global setup starts
 * redis-server on a free port of 127.0.0.1 and stops it after the run.
 */
export default defineConfig({
  test: {
    include: ["test/redis/**/*.redis-test.ts"],
    globalSetup: ["test/redis/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The multi-process suites count calls against one sandbox each; one file at a time keeps
    // two of them from competing for the same two CPU cores.
    fileParallelism: false,
    silent: "passed-only",
  },
});
