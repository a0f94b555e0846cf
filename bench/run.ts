/**
 * `npm run bench`: the three benchmarks in one run, printed as Markdown.
 *   --requests N        listStocks GETs per client and concurrency (default 2000)
 *   --rounds R          interleaved rounds of the client benchmark, median reported (default 3)
 *   --sizes a,b,c       synthetic spec sizes in operations (default 100,1000,3000)
 *   --only client,generator,import   run a subset
 * Figures are ratios against a floor measured in the same run, because absolute times on a
 * shared 2-core machine drift from one run to the next.
 */
import { mkdirSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runClientBench } from "./client/run-client-bench.js";
import { runGeneratorBench } from "./generator/run-generator-bench.js";
import { runImportBench } from "./import/run-import-bench.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    rounds: { type: "string", default: "3" },
    sizes: { type: "string", default: "100,1000,3000" },
    only: { type: "string", default: "client,generator,import" },
  },
});
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 1) throw new Error(`--requests must be a positive integer, got ${values.requests}`);
const parts = new Set(values.only.split(","));
const outDir = join(repoRoot, "bench", ".out");
mkdirSync(outDir, { recursive: true });

console.log(`## wechatpay-favor benchmarks — ${new Date().toISOString()}`);
console.log(`Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${process.platform}/${process.arch}\n`);

if (parts.has("client")) {
  const result = await runClientBench({ requests, outDir, rounds: Number(values.rounds) });
  console.log(result.markdown, "\n");
}

if (parts.has("generator")) {
  const sizes = values.sizes.split(",").map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes must be positive integers, got ${values.sizes}`);
  const result = await runGeneratorBench({ repoRoot, outDir, sizes });
  console.log(result.markdown, "\n");
}

if (parts.has("import")) {
  const result = await runImportBench({ repoRoot, outDir });
  console.log(result.markdown, "\n");
}
