/**
 * A content-addressed cache for the CLI: results that depend only on their input text (prettier's
 * output for an emitted file, openapi-typescript's for the client document) are stored under
 * `node_modules/.cache/wechatpay-favor/`, keyed by a sha256 of everything that decides them: the
 * input, the tool's version and its options. A changed input is a new key, so a stale entry is
 * never used, and the output is byte for byte what a run without the cache writes.
 *
 * The cache only saves time: an entry that cannot be read or written is a miss, never an error.
 * Library callers of `generate()` pass no cache (tests compare uncached runs); `--no-cache` turns
 * it off for the CLI.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface OutputCache {
  /** The cached text for these key parts, or undefined. */
  get(kind: string, keyParts: readonly string[]): string | undefined;
  /** Stores `text` for these key parts; failures are ignored. */
  set(kind: string, keyParts: readonly string[], text: string): void;
}

/** `<cwd>/node_modules/.cache/wechatpay-favor`, where tools keep such caches; undefined without node_modules. */
export function defaultCacheDir(cwd: string = process.cwd()): string | undefined {
  const modules = path.join(cwd, "node_modules");
  return existsSync(modules) ? path.join(modules, ".cache", "wechatpay-favor") : undefined;
}

/**
 * Entries kept per kind. A run stores one entry per file whose text changed, so a long watch
 * session would otherwise grow the folder without end; past this count the oldest half goes.
 */
export const MAX_ENTRIES_PER_KIND = 400;

function prune(folder: string): void {
  const names = readdirSync(folder).filter((name) => name.endsWith(".txt"));
  if (names.length <= MAX_ENTRIES_PER_KIND) return;
  const byAge = names
    .map((name) => ({ name, mtime: statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => a.mtime - b.mtime);
  for (const { name } of byAge.slice(0, names.length - MAX_ENTRIES_PER_KIND / 2))
    rmSync(path.join(folder, name), { force: true });
}

function keyOf(kind: string, keyParts: readonly string[]): string {
  const hash = createHash("sha256").update(kind);
  // Lengths first, so no two different part lists hash the same text.
  for (const part of keyParts) hash.update(`\0${part.length}\0`).update(part);
  return hash.digest("hex");
}

export function fileCache(dir: string): OutputCache {
  const fileOf = (kind: string, keyParts: readonly string[]): string =>
    path.join(dir, kind, `${keyOf(kind, keyParts)}.txt`);
  return {
    get(kind, keyParts) {
      try {
        return readFileSync(fileOf(kind, keyParts), "utf8");
      } catch {
        return undefined;
      }
    },
    set(kind, keyParts, text) {
      const file = fileOf(kind, keyParts);
      // Written beside and renamed: a concurrent reader sees the whole entry or none.
      const partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(partial, text);
        renameSync(partial, file);
        prune(path.dirname(file));
      } catch {
        // A read-only or full disk only costs the next run its time.
      }
    },
  };
}

/** "name@version" of an installed package, for cache keys (a new version may print differently). */
export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as {
    version?: string;
  };
  return `${name}@${manifest.version ?? "unknown"}`;
}
