import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fmt, fmtRatio, markdownTable } from "../lib/markdown.js";
import { logLogSlope, median } from "../lib/stats.js";
import { writeSyntheticSpec } from "../synthetic-spec.js";
import { measureNodeProcess, type ProcessMeasurement } from "./measure-process.js";

export interface GeneratorRow {
  readonly spec: string;
  readonly operations: number;
  readonly specBytes: number;
  readonly generate: ProcessMeasurement | undefined;
  readonly openapiTypescript: ProcessMeasurement;
  /** generate wall time ÷ openapi-typescript wall time on the same spec. */
  readonly ratio: number;
  /** The CLI's own stage times in the median generate run, ms (from its summary line). */
  readonly stages: StageTimes | undefined;
}

export const STAGES = ["load", "check", "model", "emit", "format"] as const;
export type StageTimes = Readonly<Record<(typeof STAGES)[number], number>>;

/** Stage times from a generate run's summary: `time … (load 412 ms, check 230 ms, …)`. */
export function parseStageTimes(stdout: string): StageTimes | undefined {
  const times: Partial<Record<(typeof STAGES)[number], number>> = {};
  for (const stage of STAGES) {
    const match = new RegExp(`[(,] ?${stage} (\\d+) ms`).exec(stdout);
    if (match?.[1] === undefined) return undefined;
    times[stage] = Number(match[1]);
  }
  return times as StageTimes;
}

export interface ScalingStep {
  readonly from: number;
  readonly to: number;
  readonly generateExponent: number;
  readonly openapiTypescriptExponent: number;
}

export interface GeneratorBenchResult {
  readonly rows: GeneratorRow[];
  readonly scaling: ScalingStep[];
  readonly notes: string[];
  readonly markdown: string;
}

interface Options {
  readonly repoRoot: string;
  readonly outDir: string;
  readonly sizes: readonly number[];
  /** Runs on the real spec (median taken; its < 3 s goal is the tightest). Synthetic sizes run once to stay bounded. */
  readonly repeatReal?: number;
  /** Per-process bound, ms. */
  readonly timeoutMs?: number;
  readonly includeRealSpec?: boolean;
}

const GENERATOR_CLI = "generator/cli.ts";

interface BenchSpec {
  readonly label: string;
  readonly entry: string;
  readonly operations: number;
  readonly bytes: number;
}

/** What one spec's measurements need: where to run, where to write, and the bounds. */
interface RunContext {
  readonly repoRoot: string;
  readonly scratch: string;
  readonly timeoutMs: number;
  readonly hasGenerator: boolean;
  readonly notes: string[];
}

export async function runGeneratorBench(options: Options): Promise<GeneratorBenchResult> {
  const { repoRoot, outDir } = options;
  const scratch = join(outDir, "generator");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const notes: string[] = [];
  const hasGenerator = existsSync(join(repoRoot, GENERATOR_CLI));
  if (!hasGenerator)
    notes.push(`${GENERATOR_CLI} does not exist yet: only openapi-typescript was measured.`);
  const context: RunContext = {
    repoRoot,
    scratch,
    timeoutMs: options.timeoutMs ?? 240_000,
    hasGenerator,
    notes,
  };
  const rows: GeneratorRow[] = [];
  for (const spec of benchSpecs(options, scratch)) {
    const repeats = spec.label.startsWith("real") ? (options.repeatReal ?? 3) : 1;
    rows.push(await measureSpec(spec, repeats, context));
  }
  const scaling = scalingSteps(rows.filter((r) => r.spec.startsWith("synthetic")));
  return { rows, scaling, notes, markdown: render(rows, scaling, notes) };
}

/** The real spec (when asked for and present), then one synthetic spec per size. */
function benchSpecs(options: Options, scratch: string): BenchSpec[] {
  const specs: BenchSpec[] = [];
  const realEntry = join(options.repoRoot, "spec", "openapi.yaml");
  if ((options.includeRealSpec ?? true) && existsSync(realEntry)) {
    const real = describeRealSpec(join(options.repoRoot, "spec"));
    specs.push({ label: "real spec/", entry: realEntry, ...real });
  }
  for (const size of options.sizes) {
    const spec = writeSyntheticSpec({
      operations: size,
      dir: join(scratch, `spec-${size}`),
      layout: "split",
    });
    specs.push({
      label: `synthetic ${size}`,
      entry: spec.entry,
      operations: size,
      bytes: spec.bytes,
    });
  }
  return specs;
}

/** One cold process of generate or of the openapi-typescript CLI on `spec`, into a fresh folder. */
async function runOnce(
  which: "generate" | "ots",
  spec: BenchSpec,
  i: number,
  context: RunContext,
): Promise<ProcessMeasurement> {
  const out = join(context.scratch, `${which}-${spec.operations}-${i}`);
  const args =
    which === "generate"
      ? ["--import", "tsx", GENERATOR_CLI, "--no-cache", "--spec", spec.entry, "--out", out]
      : [
          join("node_modules", "openapi-typescript", "bin", "cli.js"),
          spec.entry,
          "-o",
          join(out, "schema.ts"),
        ];
  mkdirSync(out, { recursive: true });
  const result = await measureNodeProcess(args, {
    cwd: context.repoRoot,
    timeoutMs: context.timeoutMs,
    scratchDir: context.scratch,
  });
  rmSync(out, { recursive: true, force: true });
  return result;
}

/** The median of `repeats` runs of each tool on one spec; failures become notes. */
async function measureSpec(
  spec: BenchSpec,
  repeats: number,
  context: RunContext,
): Promise<GeneratorRow> {
  const repeat = async (which: "generate" | "ots") => {
    const runs: ProcessMeasurement[] = [];
    for (let i = 0; i < repeats; i++) runs.push(await runOnce(which, spec, i, context));
    return medianRun(runs);
  };
  const { notes } = context;
  const generate = context.hasGenerator ? await repeat("generate") : undefined;
  const openapiTypescript = await repeat("ots");
  if (generate && !generate.ok) notes.push(`generate on ${spec.label} failed: ${generate.failure}`);
  const stages = generate?.ok ? parseStageTimes(generate.stdout) : undefined;
  if (generate?.ok && !stages) notes.push(`generate on ${spec.label} printed no stage times`);
  if (!openapiTypescript.ok)
    notes.push(`openapi-typescript on ${spec.label} failed: ${openapiTypescript.failure}`);
  const ratio =
    generate?.ok && openapiTypescript.ok ? generate.wallMs / openapiTypescript.wallMs : Number.NaN;
  return {
    spec: spec.label,
    operations: spec.operations,
    specBytes: spec.bytes,
    generate,
    openapiTypescript,
    ratio,
    stages,
  };
}

/** Log-log slope of wall time between consecutive synthetic sizes. */
function scalingSteps(synthetic: readonly GeneratorRow[]): ScalingStep[] {
  const scaling: ScalingStep[] = [];
  for (let i = 1; i < synthetic.length; i++) {
    const a = synthetic[i - 1];
    const b = synthetic[i];
    if (!a || !b) continue;
    const slope = (x: ProcessMeasurement | undefined, y: ProcessMeasurement | undefined) =>
      x?.ok && y?.ok ? logLogSlope(a.operations, x.wallMs, b.operations, y.wallMs) : Number.NaN;
    scaling.push({
      from: a.operations,
      to: b.operations,
      generateExponent: slope(a.generate, b.generate),
      openapiTypescriptExponent: slope(a.openapiTypescript, b.openapiTypescript),
    });
  }
  return scaling;
}

/** Median by wall time; a failed run wins (so failures are never hidden by a lucky repeat). */
function medianRun(runs: ProcessMeasurement[]): ProcessMeasurement {
  const failed = runs.find((r) => !r.ok);
  if (failed) return failed;
  const m = median(runs.map((r) => r.wallMs));
  return runs.find((r) => r.wallMs === m) ?? (runs[0] as ProcessMeasurement);
}

/** Counts operations (operationId lines) and bytes of the hand-written spec. */
function describeRealSpec(specDir: string): { operations: number; bytes: number } {
  let operations = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        const text = readFileSync(path, "utf8");
        bytes += Buffer.byteLength(text);
        operations += (text.match(/^\s+operationId:/gm) ?? []).length;
      }
    }
  };
  walk(specDir);
  return { operations, bytes };
}

function render(
  rows: readonly GeneratorRow[],
  scaling: readonly ScalingStep[],
  notes: readonly string[],
): string {
  const seconds = (m: ProcessMeasurement | undefined) =>
    m?.ok ? fmt(m.wallMs / 1000, 2) : m ? "failed" : "n/a";
  const cpu = (m: ProcessMeasurement | undefined) => (m?.ok ? fmt(m.cpuMs / 1000, 2) : "n/a");
  const rss = (m: ProcessMeasurement | undefined) => (m?.ok ? fmt(m.maxRssMiB, 0) : "n/a");
  const table = markdownTable(
    [
      "spec",
      "ops",
      "YAML KiB",
      "generate s",
      "generate CPU s",
      "generate RSS MiB",
      "openapi-typescript s",
      "o-t CPU s",
      "o-t RSS MiB",
      "generate ÷ o-t",
    ],
    rows.map((r) => [
      r.spec,
      String(r.operations),
      fmt(r.specBytes / 1024, 0),
      seconds(r.generate),
      cpu(r.generate),
      rss(r.generate),
      seconds(r.openapiTypescript),
      cpu(r.openapiTypescript),
      rss(r.openapiTypescript),
      fmtRatio(r.ratio),
    ]),
  );
  const scalingTable = markdownTable(
    ["sizes (ops)", "generate exponent", "openapi-typescript exponent"],
    scaling.map((s) => [
      `${s.from} → ${s.to}`,
      fmt(s.generateExponent, 2),
      fmt(s.openapiTypescriptExponent, 2),
    ]),
  );
  const lines = [
    "### 2. Generator scaling (cold process each run: wall time incl. Node start-up, the process's own CPU time, peak RSS)",
    "",
    table,
    "",
    "Scaling exponent = log-log slope of wall time between sizes (1.00 = linear):",
    "",
    scalingTable,
    "",
    "generate's own stage times in the same (median) run, from its summary line, s:",
    "",
    stageTable(rows),
  ];
  if (notes.length > 0) lines.push("", ...notes.map((n) => `- ${n}`));
  return lines.join("\n");
}

function stageTable(rows: readonly GeneratorRow[]): string {
  return markdownTable(
    ["spec", ...STAGES],
    rows.map((r) => [
      r.spec,
      ...STAGES.map((stage) => (r.stages ? fmt(r.stages[stage] / 1000, 2) : "n/a")),
    ]),
  );
}
