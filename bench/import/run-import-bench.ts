import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { fmt, fmtBytes, markdownTable } from "../lib/markdown.js";
import { median } from "../lib/stats.js";

/** What a one-operation bundle must never contain (build-time tooling and the test server). */
export const FORBIDDEN_BUNDLE_INPUTS: readonly {
  readonly label: string;
  readonly pattern: RegExp;
}[] = [
  { label: "generator/", pattern: /(^|\/)generator\// },
  { label: "sandbox/", pattern: /(^|\/)sandbox\// },
  { label: "prettier", pattern: /node_modules\/prettier\// },
  { label: "ts-morph", pattern: /node_modules\/(ts-morph|@ts-morph)\// },
  { label: "yaml", pattern: /node_modules\/yaml\// },
  { label: "typescript", pattern: /node_modules\/typescript\// },
  { label: "openapi-typescript", pattern: /node_modules\/(openapi-typescript|@redocly)\// },
];

export interface ImportTiming {
  readonly entry: string;
  /** Median time of the `await import()` alone, ms. */
  readonly importMs: number;
  /** Median spawn-to-exit wall time of the whole process, ms. */
  readonly processMs: number;
}

export interface BundleFigures {
  readonly label: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly inputs: string[];
  /** Minified bytes contributed by generated/ and by runtime/ (esbuild's bytesInOutput). */
  readonly generatedBytes: number;
  readonly runtimeBytes: number;
}

export interface ImportBenchResult {
  readonly timings: ImportTiming[];
  /** Node start-up with an empty module, the floor for `processMs`. */
  readonly baselineProcessMs: number;
  readonly bundles: BundleFigures[];
  /** Inputs of the full one-operation bundle that match FORBIDDEN_BUNDLE_INPUTS. */
  readonly forbiddenInputs: string[];
  readonly markdown: string;
}

/** Every .ts file under `dir` (the sources a `dist/` build would compile one-to-one). */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Imports `moduleUrl` in a fresh Node process and reports how long the import took. */
function timeImport(
  moduleUrl: string,
  cwd: string,
): Promise<{ importMs: number; processMs: number }> {
  const script = `const t=performance.now();await import(${JSON.stringify(moduleUrl)});process.stdout.write(String(performance.now()-t));`;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0)
        reject(
          new Error(`importing ${moduleUrl} failed: ${err.trim().split("\n").slice(-4).join(" ")}`),
        );
      else resolve({ importMs: Number(out), processMs: performance.now() - start });
    });
  });
}

export async function runImportBench(options: {
  repoRoot: string;
  outDir: string;
  repeats?: number;
}): Promise<ImportBenchResult> {
  const { repoRoot } = options;
  const scratch = join(options.outDir, "import");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const repeats = options.repeats ?? 5;

  // 1. Cold imports of the compiled package, next to a reference and an empty module.
  const entries = await compileEntries(repoRoot, scratch);
  const baselineFile = join(scratch, "empty.mjs");
  // Same directory as the others: module resolution starts from the same place.
  await build({
    stdin: { contents: "export {};", loader: "js" },
    outfile: baselineFile,
    logLevel: "silent",
  });
  const { timings, baselineRuns } = await timeEntries(entries, baselineFile, repoRoot, repeats);

  // 2. Minified bundles of a program that imports and calls one operation.
  const full = await bundleOneOperation(repoRoot, scratch, "whole program incl. undici", false);
  const own = await bundleOneOperation(
    repoRoot,
    scratch,
    "our code only (packages external)",
    true,
  );
  const forbiddenInputs = full.inputs.filter((input) =>
    FORBIDDEN_BUNDLE_INPUTS.some((f) => f.pattern.test(input)),
  );
  const bundles = [full, own];

  return {
    timings,
    baselineProcessMs: median(baselineRuns),
    bundles,
    forbiddenInputs,
    markdown: render(timings, median(baselineRuns), bundles, forbiddenInputs, repeats, repoRoot),
  };
}

/**
 * Compiles index.ts + runtime/ + generated/ + shared/ file by file (the shape of the tsc `dist/`
 * that `npm run build` makes, without depending on it being fresh) and returns the modules to
 * time, plus `undici` alone as a reference. The output stays inside the repo so `undici`/`ajv`
 * resolve from node_modules as for a user.
 */
async function compileEntries(
  repoRoot: string,
  scratch: string,
): Promise<{ label: string; file: string }[]> {
  const dist = join(scratch, "dist");
  await build({
    entryPoints: [
      join(repoRoot, "index.ts"),
      ...tsFiles(join(repoRoot, "runtime")),
      ...tsFiles(join(repoRoot, "generated")),
      ...tsFiles(join(repoRoot, "shared")),
    ],
    outdir: dist,
    outbase: repoRoot,
    format: "esm",
    platform: "node",
    target: "node20",
    bundle: false,
    logLevel: "silent",
  });
  const entries: { label: string; file: string }[] = [
    { label: "package root (index → generated + runtime)", file: join(dist, "index.js") },
    {
      label: "one operation (generated/operations/listStocks)",
      file: join(dist, "generated", "operations", "listStocks.js"),
    },
    { label: "runtime only (runtime/index)", file: join(dist, "runtime", "index.js") },
  ].filter((e) => existsSync(e.file));
  // Reference: the one dependency every correct client here loads (the floor client uses it too).
  const undiciReference = join(scratch, "undici-only.mjs");
  await build({
    stdin: { contents: 'import "undici";', loader: "js" },
    outfile: undiciReference,
    logLevel: "silent",
    bundle: false,
  });
  entries.push({ label: "reference: `undici` alone", file: undiciReference });
  return entries;
}

/** Median cold-import figures per entry, and the empty module's process times. */
async function timeEntries(
  entries: readonly { label: string; file: string }[],
  baselineFile: string,
  repoRoot: string,
  repeats: number,
): Promise<{ timings: ImportTiming[]; baselineRuns: number[] }> {
  const baselineRuns: number[] = [];
  const runs = new Map<string, { importMs: number[]; processMs: number[] }>();
  // Interleaved so a burst of other work on the machine hits every entry alike.
  for (let i = 0; i < repeats; i++) {
    baselineRuns.push((await timeImport(pathToFileURL(baselineFile).href, repoRoot)).processMs);
    for (const entry of entries) {
      const t = await timeImport(pathToFileURL(entry.file).href, repoRoot);
      const r = runs.get(entry.label) ?? { importMs: [], processMs: [] };
      r.importMs.push(t.importMs);
      r.processMs.push(t.processMs);
      runs.set(entry.label, r);
    }
  }
  const timings: ImportTiming[] = entries.map((e) => ({
    entry: e.label,
    importMs: median(runs.get(e.label)?.importMs ?? []),
    processMs: median(runs.get(e.label)?.processMs ?? []),
  }));
  return { timings, baselineRuns };
}

/** A minified bundle of bench/import/one-operation-app.ts, with or without its packages. */
async function bundleOneOperation(
  repoRoot: string,
  scratch: string,
  label: string,
  external: boolean,
): Promise<BundleFigures> {
  const outfile = join(scratch, external ? "app-external.mjs" : "app-full.mjs");
  const result = await build({
    entryPoints: [join(repoRoot, "bench", "import", "one-operation-app.ts")],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    metafile: true,
    write: true,
    logLevel: "silent",
    absWorkingDir: repoRoot,
    ...(external ? { packages: "external" as const } : {}),
  });
  const output = Object.values(result.metafile.outputs)[0];
  const bytes = output?.bytes ?? Number.NaN;
  const contributed = (prefix: string) =>
    Object.entries(output?.inputs ?? {}).reduce(
      (sum, [path, input]) => sum + (path.startsWith(prefix) ? input.bytesInOutput : 0),
      0,
    );
  const gzipBytes = gzipSync(readFileSync(outfile)).length;
  return {
    label,
    bytes,
    gzipBytes,
    inputs: Object.keys(result.metafile.inputs),
    generatedBytes: contributed("generated/"),
    runtimeBytes: contributed("runtime/"),
  };
}

function render(
  timings: readonly ImportTiming[],
  baselineMs: number,
  bundles: readonly BundleFigures[],
  forbidden: readonly string[],
  repeats: number,
  repoRoot: string,
): string {
  const timingTable = markdownTable(
    [
      "entry (esbuild-compiled file by file)",
      "import() ms",
      "process ms",
      "process − bare Node ms",
    ],
    timings.map((t) => [
      t.entry,
      fmt(t.importMs, 1),
      fmt(t.processMs, 0),
      fmt(t.processMs - baselineMs, 0),
    ]),
  );
  const groups = (inputs: readonly string[]) => {
    const count = (re: RegExp) => inputs.filter((i) => re.test(i)).length;
    return `${count(/^generated\//)} generated, ${count(/^runtime\//)} runtime, ${count(/node_modules\//)} node_modules`;
  };
  const bundleTable = markdownTable(
    [
      "one-operation bundle (esbuild --minify)",
      "size",
      "gzip",
      "from generated/",
      "from runtime/",
      "input files",
    ],
    bundles.map((b) => [
      b.label,
      fmtBytes(b.bytes),
      fmtBytes(b.gzipBytes),
      fmtBytes(b.generatedBytes),
      fmtBytes(b.runtimeBytes),
      groups(b.inputs),
    ]),
  );
  return [
    `### 3. Import cost (fresh process each, median of ${repeats}; bare \`node\` with an empty module: ${fmt(baselineMs, 0)} ms)`,
    "",
    timingTable,
    "",
    bundleTable,
    "",
    forbidden.length === 0
      ? `Bundle inputs checked: none from ${FORBIDDEN_BUNDLE_INPUTS.map((f) => f.label).join(", ")}.`
      : `FORBIDDEN inputs in the one-operation bundle: ${forbidden.map((f) => relative(repoRoot, join(repoRoot, f))).join(", ")}`,
  ].join("\n");
}
