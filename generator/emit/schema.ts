import { AsyncLocalStorage } from "node:async_hooks";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import { Worker } from "node:worker_threads";
import { packageVersion, type OutputCache } from "../cache.js";
import { InternalError, firstLineOf } from "../errors.js";
import type { BundledDocument } from "../load/index.js";
import { tsHeader } from "./header.js";
import { canonicalJson, sortKeysDeep } from "../../shared/json.js";

/**
 * `generated/schema.ts`: openapi-typescript's `paths`/`components` types (the package's
 * `wechatpay-favor/openapi` subpath, for openapi-fetch and the like; models.ts declares the same
 * models by name, and a type test holds the two equal), printed from the bundled document
 * object (never a file path, so it does not resolve refs or read config on its own).
 * `alphabetize` makes the output independent of key order in the spec. It still runs Redocly's
 * `minimal` lint on the object; our own check stage has already reported anything that matters,
 * so `silent` keeps its warnings out of the summary. Its AST is printed to text here and never
 * handed to ts-morph (they use different TypeScript copies).
 *
 * Speed: importing openapi-typescript (its own TypeScript copy plus Redocly) and running it cost
 * ~1–1.5 s, as much as everything else together. So it runs on a worker thread started before
 * the spec is even read, in parallel with loading, ts-morph emission and prettier on the main
 * thread. Both sides import the same ESM entry file and print the same document, so the bytes do
 * not depend on where it ran; when a worker cannot start, the same code runs on the main thread.
 *
 * Output: openapi-typescript prints each lint error it finds with console.error (a red "✘" line)
 * before throwing the last one. On either thread those lines are collected into the InternalError
 * instead, so a failure here reaches the user as the generator's one error line, like any other.
 */
export interface SchemaTypesPrinter {
  /** The type layer for `document` (header included). Call at most once. */
  print(document: BundledDocument): Promise<string>;
  /** Stops the worker (idempotent); call when the run ends, whatever happened. */
  close(): void;
}

interface PrintReply {
  readonly ok: boolean;
  readonly text?: string;
  readonly message?: string;
  readonly stack?: string;
  /** What openapi-typescript printed with console.error while it failed. */
  readonly printed?: readonly string[];
}

/**
 * The worker: plain JavaScript evaluated from a string, so it runs the same under tsx, vitest or
 * compiled output (a `.ts` worker file would need the parent's TypeScript loader).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { format } = require("node:util");
const printed = [];
console.error = (...args) => void printed.push(format(...args)); // sent back with a failure
const loaded = import(workerData.entryUrl);
loaded.catch(() => {}); // reported when a document arrives
parentPort.on("message", async (document) => {
  printed.length = 0;
  try {
    const { default: openapiTS, astToString } = await loaded;
    const nodes = await openapiTS(document, { alphabetize: true, silent: true });
    parentPort.postMessage({ ok: true, text: astToString(nodes) });
  } catch (e) {
    parentPort.postMessage({ ok: false, message: String(e && e.message || e), stack: e && e.stack, printed });
  }
});
`;

/** file: URL of openapi-typescript's ESM entry, resolved from this file (as a static import would be). */
function openapiTypescriptEntryUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("openapi-typescript/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    exports?: { ".": { import?: string } };
    module?: string;
    main?: string;
  };
  const entry =
    manifest.exports?.["."].import ?? manifest.module ?? manifest.main ?? "dist/index.mjs";
  return pathToFileURL(path.join(path.dirname(manifestPath), entry)).href;
}

/**
 * A worker needs a second core, and pays off only once per process (see below). Measured on a
 * shared 2-core box under load (load average ~4):
 * median wall time with the worker was no worse than without, and ~1.7 s better whenever a core
 * was momentarily idle, so it is not gated on load. The choice changes timing only, never the
 * output. `FAVOR_GENERATE_WORKER=1|0` forces it (benchmarks, tests).
 */
let startedBefore = false;

function workerPaysOff(): boolean {
  const forced = process.env["FAVOR_GENERATE_WORKER"];
  if (forced === "1" || forced === "0") return forced === "1";
  // Only the first run in a process: that is the cold CLI case. A process that generates again
  // (tests, benchmarks, the review tool) keeps openapi-typescript warm on its own thread instead
  // of paying a fresh worker's import (~1 s of CPU) every time.
  const first = !startedBefore;
  startedBefore = true;
  return first && availableParallelism() > 1;
}

/** Starts importing openapi-typescript now (on a worker thread when that pays off); print later. */
export function startSchemaTypesPrinter(
  options: { readonly worker?: boolean } = {},
): SchemaTypesPrinter {
  const entryUrl = openapiTypescriptEntryUrl();
  let worker: Worker | undefined;
  if (options.worker ?? workerPaysOff()) {
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { entryUrl } });
      worker.unref();
    } catch {
      worker = undefined; // printed on the main thread instead
    }
  }
  const close = (): void => {
    void worker?.terminate();
    worker = undefined;
  };
  return {
    close,
    async print(document) {
      const sorted = sortKeysDeep(document);
      try {
        const body =
          worker === undefined
            ? await printInThread(entryUrl, sorted)
            : await printInWorker(worker, sorted);
        return `${tsHeader()}\n\n${body}`;
      } catch (e) {
        // Awaited later, in the format stage; name the stage that actually failed.
        throw new InternalError("emit", `printing schema.ts: ${firstLineOf(e)}`, { cause: e });
      } finally {
        close();
      }
    },
  };
}

/**
 * `printer`, answering from `cache` when the same document was printed before with the same
 * openapi-typescript version, options and header (the worker is then stopped unused).
 */
export function cachedSchemaTypes(
  printer: SchemaTypesPrinter,
  cache: OutputCache,
): SchemaTypesPrinter {
  return {
    close: printer.close,
    async print(document) {
      const key = [
        packageVersion("openapi-typescript"),
        "alphabetize silent",
        tsHeader(),
        canonicalJson(document),
      ];
      const cached = cache.get("schema-types", key);
      if (cached !== undefined) {
        printer.close();
        return cached;
      }
      const text = await printer.print(document);
      cache.set("schema-types", key, text);
      return text;
    },
  };
}

function printInWorker(worker: Worker, document: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onExit = (code: number): void => {
      done();
      reject(new Error(`openapi-typescript worker exited (code ${code}) before answering`));
    };
    const onMessage = (reply: PrintReply): void => {
      done();
      if (reply.ok && reply.text !== undefined) resolve(reply.text);
      else
        reject(
          Object.assign(libraryError(reply.message ?? "failed", reply.printed ?? []), {
            stack: reply.stack,
          }),
        );
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(document);
  });
}

async function printInThread(entryUrl: string, document: unknown): Promise<string> {
  const { default: openapiTS, astToString } = (await import(
    entryUrl
  )) as typeof import("openapi-typescript");
  const printed: string[] = [];
  try {
    return await collectConsoleErrors(printed, async () =>
      astToString(
        await openapiTS(document as Parameters<typeof openapiTS>[0], {
          alphabetize: true,
          silent: true,
        }),
      ),
    );
  } catch (e) {
    throw libraryError(e instanceof Error ? e.message : String(e), printed, { cause: e });
  }
}

/** openapi-typescript's failure, naming every problem it printed (without its colour and "✘"). */
function libraryError(message: string, printed: readonly string[], options?: ErrorOptions): Error {
  const problems = printed
    .map((line) =>
      line
        .replace(/\x1b\[[0-9;]*m/g, "")
        .replace(/^\s*\u2718\s*/, "")
        .trim(),
    )
    .filter((line) => line !== "");
  const text = problems.length > 0 ? problems.join("; ") : message;
  return new Error(`openapi-typescript: ${text}`, options);
}

/**
 * On the main thread, console.error is the process's own: it is swapped only while a print runs,
 * and only calls made inside that print (by async context) are collected; anything else passes
 * through. Counted, so overlapping prints restore the original exactly once.
 */
const collecting = new AsyncLocalStorage<string[]>();
let activePrints = 0;
let consoleError: typeof console.error = console.error;

async function collectConsoleErrors<T>(into: string[], run: () => Promise<T>): Promise<T> {
  if (activePrints++ === 0) {
    consoleError = console.error;
    console.error = (...args: unknown[]): void => {
      const store = collecting.getStore();
      if (store === undefined) consoleError.apply(console, args);
      else store.push(format(...args));
    };
  }
  try {
    return await collecting.run(into, run);
  } finally {
    if (--activePrints === 0) console.error = consoleError;
  }
}
