/**
 * The consumer test packs dist/ as it is (packing with scripts would rebuild every time), so it
 * first refuses a missing or stale build instead of silently testing old code.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const BUILD_INPUTS = [
  "index.ts",
  "tsconfig.build.json",
  "tsconfig.json",
  "shared",
  "runtime",
  "generated",
  "sandbox",
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestMtime(join(path, entry))),
    stat.mtimeMs,
  );
}

export function assertDistIsFresh(repoRoot: string): void {
  let built: number;
  try {
    built = statSync(join(repoRoot, "dist", "index.js")).mtimeMs;
  } catch {
    throw new Error("dist/ is missing: run `npm run build` before `npm run test:consumer`");
  }
  const changed = BUILD_INPUTS.filter((input) => newestMtime(join(repoRoot, input)) > built);
  if (changed.length > 0)
    throw new Error(`dist/ is older than ${changed.join(", ")}: run \`npm run build\` first`);
}
