// Preloaded with `node --import` into a measured process (a cold `generate`, or the
// openapi-typescript CLI). Plain JavaScript on purpose: it must load without tsx, so that the
// openapi-typescript run pays no TypeScript-loader cost that isn't really its own.
// On exit it writes the process's own peak RSS and CPU time to $BENCH_USAGE_FILE.
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssKiB: usage.maxRSS,
        userMicros: usage.userCPUTime,
        systemMicros: usage.systemCPUTime,
      }),
    );
  });
}
