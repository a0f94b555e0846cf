/**
 * `npm run bench`: the benchmarks in one run, printed as Markdown.
 *   --requests N        listStocks GETs per client and concurrency (default 2000)
 *   --rounds R          interleaved rounds of the client benchmark, median reported (default 3)
 *   --sizes a,b,c       synthetic spec sizes in operations (default 100,1000,3000)
 *   --gen-timeout S     bound on each generate / openapi-typescript process, seconds (default 300)
 *   --only client,generator,import,docs   run a subset (docs: docs:diff on 1 MB / 100 KB-line pages)
 * Figures are ratios against a floor measured in the same run, because absolute times on a
 * shared 2-core machine drift from one run to the next.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runOverheadProbe } from "./client/overhead-probe.js";
import { runClientBench, type ClientBenchResult } from "./client/run-client-bench.js";
import { runGeneratorBench, type GeneratorBenchResult } from "./generator/run-generator-bench.js";
import { runDocsBench } from "./docs/run-docs-bench.js";
import { judgeGoals } from "./goals.js";
import { runImportBench, type ImportBenchResult } from "./import/run-import-bench.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    rounds: { type: "string", default: "3" },
    sizes: { type: "string", default: "100,1000,3000" },
    "gen-timeout": { type: "string", default: "300" },
    only: { type: "string", default: "client,generator,import,docs" },
  },
});
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 1)
  throw new Error(`--requests must be a positive integer, got ${values.requests}`);
const parts = new Set(values.only.split(","));
const outDir = join(repoRoot, "bench", ".out");
mkdirSync(outDir, { recursive: true });

const report: string[] = [];
/** Prints a section and keeps it for bench/.out/last-run.md (the source of bench/RESULTS.md). */
const emit = (text: string) => {
  console.log(`${text}\n`);
  report.push(text);
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
const started = Date.now();

emit(`## wechatpay-favor benchmarks — ${new Date().toISOString()}`);
emit(
  `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${process.platform}/${process.arch}; ` +
    `load average at start ${load()} (1/5/15 min; above ~0.5 means other work shared the cores).`,
);

let client: ClientBenchResult | undefined;
let generator: GeneratorBenchResult | undefined;
let imports: ImportBenchResult | undefined;

if (parts.has("client")) {
  client = await runClientBench({ requests, outDir, rounds: Number(values.rounds) });
  emit(client.markdown);
  emit(
    (await runOverheadProbe({ requests: Math.min(requests, 1500), rounds: 8, outDir })).markdown,
  );
}

if (parts.has("generator")) {
  const sizes = values.sizes.split(",").map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1))
    throw new Error(`--sizes must be positive integers, got ${values.sizes}`);
  generator = await runGeneratorBench({
    repoRoot,
    outDir,
    sizes,
    timeoutMs: Number(values["gen-timeout"]) * 1000,
  });
  emit(generator.markdown);
}

if (parts.has("import")) {
  imports = await runImportBench({ repoRoot, outDir });
  emit(imports.markdown);
}

if (parts.has("docs")) emit((await runDocsBench({ outDir })).markdown);

emit(judgeGoals({ client, generator, imports }));
emit(`Finished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average at end ${load()}.`);
writeFileSync(join(outDir, "last-run.md"), `${report.join("\n\n")}\n`);
