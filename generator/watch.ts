/**
 * `npm run generate -- --watch`: generates once, then again whenever a file below the spec's
 * folder changes, printing one line per run (a broken spec prints its errors, and generated/ is
 * left as it was, as on a single run). Saves close together (an editor writes a file in several
 * steps, a checkout touches many) are one run: the run starts once the folder has been quiet for
 * DEBOUNCE_MS, and a save during a run queues one more run after it. The process keeps the
 * formatter and openapi-typescript loaded, so a run after the first is a warm one.
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { runGenerate, type RunIo } from "./run.js";

const DEBOUNCE_MS = 100;

/** The spec folder named by `--spec` (default spec/), or a usage problem. */
function specFolder(argv: readonly string[]): string | { problem: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        spec: { type: "string", default: "spec/openapi.yaml" },
        check: { type: "boolean" },
      },
      strict: false,
    });
    if (values.check === true) return { problem: "--watch and --check cannot be combined" };
    return path.dirname(String(values.spec));
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

/** One run, its output reduced to one line on success (the errors in full otherwise). */
async function runOnce(argv: readonly string[], io: RunIo): Promise<void> {
  const started = performance.now();
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGenerate(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  const ms = (performance.now() - started).toFixed(0);
  const time = new Date().toISOString().slice(11, 19);
  if (code === 0) {
    const files = /^files\s+(.+)$/m.exec(out.join(""))?.[1] ?? "done";
    io.stdout(`${time} generate: ${files} (${ms} ms)\n`);
  } else {
    io.stderr(
      `${err.join("")}${time} generate: failed (exit ${code}, ${ms} ms); waiting for the next save\n`,
    );
  }
}

/**
 * Runs until `signal` aborts, then resolves 0 once the run under way (if any) has finished;
 * resolves 2 for a usage error or when the spec folder cannot be watched.
 */
export async function watchGenerate(
  argv: readonly string[],
  io: RunIo,
  signal: AbortSignal,
): Promise<number> {
  const rest = argv.filter((a) => a !== "--watch");
  const folder = specFolder(rest);
  if (typeof folder !== "string") {
    io.stderr(`generate: ${folder.problem}\n`);
    return 2;
  }
  let watcher: FSWatcher;
  try {
    watcher = watch(folder, { recursive: true });
  } catch (e) {
    io.stderr(`generate: cannot watch ${folder}/: ${(e as Error).message}\n`);
    return 2;
  }
  io.stdout(`generate: watching ${folder}/ (Ctrl-C stops)\n`);
  return new Promise((resolve) => loop(rest, io, signal, watcher, resolve));
}

/** The debounce and the one-run-at-a-time queue; resolves through `done` when stopped. */
function loop(
  argv: readonly string[],
  io: RunIo,
  signal: AbortSignal,
  watcher: FSWatcher,
  done: (code: number) => void,
): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let code = 0;
  const start = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = runOnce(argv, io).finally(() => {
      running = undefined;
      if (again && !signal.aborted) {
        again = false;
        start();
      }
    });
  };
  const stop = (): void => {
    clearTimeout(timer);
    watcher.close();
    void (running ?? Promise.resolve()).then(() => done(code));
  };
  watcher.on("change", () => {
    clearTimeout(timer);
    timer = setTimeout(start, DEBOUNCE_MS);
  });
  watcher.on("error", (e) => {
    io.stderr(`generate: stopped watching: ${e.message}\n`);
    code = 2;
    stop();
  });
  if (signal.aborted) stop();
  else signal.addEventListener("abort", stop, { once: true });
  start();
}
