import { performance } from "node:perf_hooks";
import { checkSpec } from "./check/index.js";
import { SpecErrors } from "./errors.js";
import { emitAll } from "./emit/index.js";
import { formatFile } from "./format.js";
import { loadSpec, type LoadedSpec } from "./load/index.js";
import { buildModel } from "./model/build.js";
import type { SpecModel } from "./model/types.js";

export interface GenerateOptions {
  readonly specPath: string;
  readonly experimental: boolean;
}

export interface GenerateResult {
  readonly spec: LoadedSpec;
  readonly model: SpecModel;
  /** Formatted output, relative path → content. */
  readonly files: Map<string, string>;
  /** Milliseconds per stage, for the summary. */
  readonly timings: Readonly<Record<"load" | "check" | "model" | "emit" | "format", number>>;
}

/**
 * The whole pipeline in memory: load → check → model → emit → format. Writes nothing; throws
 * `SpecErrors` when the spec is broken, so callers decide what to do with the output.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const elapsed = now - t;
    t = now;
    return elapsed;
  };
  const spec = loadSpec(options.specPath);
  const load = lap();
  const errors = checkSpec(spec, { experimental: options.experimental });
  if (errors.length > 0) throw new SpecErrors(errors);
  const check = lap();
  const model = buildModel(spec.document, { experimental: options.experimental });
  const modelTime = lap();
  const emitted = await emitAll(spec, model);
  const emit = lap();
  const files = new Map<string, string>();
  const sorted = [...emitted.keys()].sort();
  const formatted = await Promise.all(sorted.map((rel) => formatFile(rel, emitted.get(rel) ?? "")));
  sorted.forEach((rel, i) => files.set(rel, formatted[i] ?? ""));
  const format = lap();
  return { spec, model, files, timings: { load, check, model: modelTime, emit, format } };
}
