import { performance } from "node:perf_hooks";
import { checkSpec } from "./check/index.js";
import {
  InternalError,
  SpecError,
  SpecErrors,
  firstLineOf,
  sortErrors,
  type Stage,
} from "./errors.js";
import type { OutputCache } from "./cache.js";
import {
  cachedSchemaTypes,
  startSchemaTypesPrinter,
  type SchemaTypesPrinter,
} from "./emit/schema.js";
import { formatFile } from "./format.js";
import { loadSpec, type LoadedSpec } from "./load/index.js";
import { MANIFEST_NAME, manifestText } from "./manifest.js";
import { buildModel } from "./model/build.js";
import type { SpecModel } from "./model/types.js";
import type { ValidationIssue } from "./model/validation.js";

export interface GenerateOptions {
  readonly specPath: string;
  readonly experimental: boolean;
  /** `--runtime`: the runtime's module specifier (default: this repository's `../runtime/index.js`). */
  readonly runtime?: string;
  /**
   * Also write `package.json` `{"type": "module"}`, for an output folder no ES-module package.json
   * governs (the emitted files are ES modules; see run.ts for when).
   */
  readonly esmPackageJson?: boolean;
  /**
   * Where formatted files and the type layer are kept between runs, keyed by their input (see
   * cache.ts); without one every file is printed and formatted afresh. The output is the same.
   */
  readonly cache?: OutputCache;
}

/** The package.json that makes the output folder's `.ts`/`.js` files ES modules, and nothing else. */
export const ESM_PACKAGE_JSON = `${JSON.stringify({ type: "module" }, null, 2)}\n`;

export interface GenerateResult {
  readonly spec: LoadedSpec;
  readonly model: SpecModel;
  /** Formatted output, relative path → content, including the output folder's manifest.json. */
  readonly files: Map<string, string>;
  /** Milliseconds per stage, for the summary. */
  readonly timings: Readonly<Record<"load" | "check" | "model" | "emit" | "format", number>>;
}

/**
 * Runs one stage; anything it throws that is not a spec problem becomes an `InternalError`
 * naming the stage, so the CLI can print one clear line instead of a library's stack trace.
 */
async function stage<T>(name: Stage, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof SpecErrors || e instanceof InternalError) throw e;
    throw new InternalError(name, firstLineOf(e), { cause: e });
  }
}

/**
 * The whole pipeline in memory: load → check → model → emit → format. Writes nothing; throws
 * `SpecErrors` when the spec is broken and `InternalError` when the generator itself failed, so
 * callers decide what to do with the output.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // Started first: importing openapi-typescript on its worker overlaps with everything below.
  // With a cache the worker still starts now: a miss (any description change) keeps its head
  // start, and a hit stops it.
  const started = startSchemaTypesPrinter();
  const schemaTypes = options.cache ? cachedSchemaTypes(started, options.cache) : started;
  try {
    return await pipeline(options, schemaTypes);
  } finally {
    schemaTypes.close();
  }
}

async function pipeline(
  options: GenerateOptions,
  schemaTypes: SchemaTypesPrinter,
): Promise<GenerateResult> {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const elapsed = now - t;
    t = now;
    return elapsed;
  };
  const spec = await stage("load", () => loadSpec(options.specPath));
  const load = lap();
  const errors = await stage("check", () => checkSpec(spec));
  if (errors.length > 0) throw new SpecErrors(errors);
  const check = lap();
  // The model stage converts every request field into the runtime's ValidationSchema; a
  // constraint that subset cannot express is a spec error (dropping it would send requests the
  // server rejects), reported like the check stage's.
  const issues: ValidationIssue[] = [];
  const model = await stage("model", () =>
    buildModel(spec.document, { experimental: options.experimental }, issues),
  );
  if (issues.length > 0) throw new SpecErrors(issuesToErrors(spec, issues));
  const modelTime = lap();
  // Imported here, not at the top: ts-morph's TypeScript copy takes ~0.5 s to load, and the
  // schema worker should already be busy by then.
  const emitted = await stage("emit", async () =>
    (await import("./emit/index.js")).emitAll(spec, model, schemaTypes, options.runtime),
  );
  const emit = lap();
  const files = new Map<string, string>();
  const sorted = [...emitted.keys()].sort();
  // All files at once: prettier is async, and schema.ts arrives from its worker meanwhile.
  const formatted = await stage("format", () =>
    Promise.all(
      sorted.map(async (rel) => formatFile(rel, (await emitted.get(rel)) ?? "", options.cache)),
    ),
  );
  sorted.forEach((rel, i) => files.set(rel, formatted[i] ?? ""));
  if (options.esmPackageJson === true) files.set("package.json", ESM_PACKAGE_JSON);
  files.set(MANIFEST_NAME, manifestText(spec.sha256, files.keys()));
  const format = lap();
  return { spec, model, files, timings: { load, check, model: modelTime, emit, format } };
}

/** One SpecError per distinct issue (a schema shared by two operations reports its problem once). */
export function issuesToErrors(spec: LoadedSpec, issues: readonly ValidationIssue[]): SpecError[] {
  const seen = new Set<string>();
  const errors: SpecError[] = [];
  for (const issue of issues) {
    const key = `${issue.pointer}\n${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(new SpecError(spec.locate(issue.pointer), issue.message, issue.fix));
  }
  return sortErrors(errors);
}
