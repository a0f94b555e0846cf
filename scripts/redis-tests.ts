/**
 * `npm run test:redis` (a step of `npm test`): the suites that need a real redis-server
 * (test/redis/*.redis-test.ts, their own vitest config, which starts redis-server on a free port
 * of 127.0.0.1 and stops it after the run). Without the binary the suites cannot run: outside CI
 * that is said on its own line ("not run: redis-server not found") and the step passes; in CI
 * (`CI` set), where `.ci/run` installs it, it is a failure.
 */
import { spawn, spawnSync } from "node:child_process";

const found = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;
if (!found) {
  if (process.env["CI"]) {
    process.stderr.write("redis-server not found: CI must install it (.ci/run does)\n");
    process.exit(1);
  }
  process.stdout.write("not run: redis-server not found\n");
  process.exit(0);
}
const child = spawn("npx", ["vitest", "run", "--config", "test/redis/vitest.config.ts"], {
  stdio: "inherit",
});
child.on("close", (code) => process.exit(code ?? 1));
