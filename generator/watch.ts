/**
 * `npm run generate -- --watch`: generates once, then again whenever a file below the spec's
 * folder changes, printing one line per run (a broken spec prints its errors, and generated/ is
 * left as it was, as on a single run). Saves close together (an editor writes a file in several
 * steps, a checkout touches many) are one run: the run starts once the folder has been quiet for
 * DEBOUNCE_MS, and a save during a run queues one more run after it. The process keeps the
 * formatter and openapi-typescript loaded, so a run after the first is a warm one.
 */
import { readdirSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { runGenerate, type RunIo } from "./run.js";

const DEBOUNCE_MS = 100;

/** Folders watched at most: a spec is a few folders; a wrong --spec must not watch a whole disk. */
const MAX_FOLDERS = 200;

/**
 * The spec folder and the folders below it. Each gets a plain (non-recursive) watcher: a folder's
 * watcher sees a file replaced by a rename (the way editors and `sed -i` save), which a watcher
 * on the file itself (what a recursive watch does on Linux) stops seeing after the first save.
 */
function foldersBelow(root: string): string[] {
  const folders = [root];
  for (let i = 0; i < folders.length && folders.length < MAX_FOLDERS; i++)
    for (const entry of readdirSync(folders[i] ?? root, { withFileTypes: true }))
      if (entry.isDirectory() && !entry.name.startsWith("."))
        folders.push(path.join(folders[i] ?? root, entry.name));
  return folders.slice(0, MAX_FOLDERS);
}

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

/** One watcher per folder below `root`; `close` stops them all. */
function watchFolders(
  root: string,
  onChange: () => void,
  onError: (e: Error) => void,
): { close(): void } {
  const watchers: FSWatcher[] = [];
  const close = (): void => {
    for (const w of watchers) w.close();
  };
  try {
    for (const folder of foldersBelow(root))
      watchers.push(watch(folder).on("change", onChange).on("error", onError));
  } catch (e) {
    close();
    throw e;
  }
  return { close };
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
  return new Promise((resolve) => {
    const runs = runQueue(rest, io, signal);
    let watchers: { close(): void };
    const stop = (code: number): void => {
      watchers.close();
      void runs.idle().then(() => resolve(code));
    };
    try {
      watchers = watchFolders(folder, runs.soon, (e) => {
        io.stderr(`generate: stopped watching: ${e.message}\n`);
        stop(2);
      });
    } catch (e) {
      io.stderr(`generate: cannot watch ${folder}/: ${(e as Error).message}\n`);
      resolve(2);
      return;
    }
    io.stdout(`generate: watching ${folder}/ (Ctrl-C stops)\n`);
    if (signal.aborted) stop(0);
    else signal.addEventListener("abort", () => stop(0), { once: true });
    runs.now();
  });
}

/**
 * One run at a time: `soon` starts one once no change came for DEBOUNCE_MS, a change during a run
 * queues one more after it, and nothing starts once `signal` aborted.
 */
function runQueue(
  argv: readonly string[],
  io: RunIo,
  signal: AbortSignal,
): { now(): void; soon(): void; idle(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const now = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = runOnce(argv, io).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        now();
      }
    });
  };
  return {
    now,
    soon() {
      clearTimeout(timer);
      timer = setTimeout(now, DEBOUNCE_MS);
    },
    async idle() {
      clearTimeout(timer);
      while (running !== undefined) await running;
    },
  };
}
