/**
 * The CLI's cache of formatted files and the type layer (generator/cache.ts): output with the
 * cache is byte for byte the output without it, a one-field change reformats only the files whose
 * text changed, and a cache that cannot be used is only a miss.
 */
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileCache, MAX_ENTRIES_PER_KIND, type OutputCache } from "../../generator/cache.js";
import { generate } from "../../generator/generate.js";
import { copySpec, tempDir } from "./helpers.js";

/** A cache that counts its hits and misses per kind. */
function countingCache(dir: string): OutputCache & { hits: string[]; misses: string[] } {
  const inner = fileCache(dir);
  const hits: string[] = [];
  const misses: string[] = [];
  return {
    hits,
    misses,
    get(kind, key) {
      const text = inner.get(kind, key);
      (text === undefined ? misses : hits).push(kind);
      return text;
    },
    set: (kind, key, text) => inner.set(kind, key, text),
  };
}

describe("generate with a cache", () => {
  const spec = copySpec();
  const folder = tempDir("favor-cache-");
  afterAll(() => {
    spec.dispose();
    folder.dispose();
  });

  it("writes the same bytes as without one, cold and warm, and a warm run formats nothing", async () => {
    const options = { specPath: spec.entry, experimental: false };
    const uncached = await generate(options);
    const cold = countingCache(folder.dir);
    expect((await generate({ ...options, cache: cold })).files).toEqual(uncached.files);
    expect(cold.hits).toEqual([]);
    expect(cold.misses).toContain("schema-types");
    const warm = countingCache(folder.dir);
    expect((await generate({ ...options, cache: warm })).files).toEqual(uncached.files);
    expect(warm.misses).toEqual([]);
    expect(warm.hits.length).toBe(cold.misses.length);
  });

  it("after a one-field change, formats only the files whose emitted text changed", async () => {
    const options = { specPath: spec.entry, experimental: false };
    const before = await generate(options);
    spec.edit("openapi.yaml", "description: ok", "description: ok, and changed");
    const uncached = await generate(options);
    const cache = countingCache(folder.dir);
    expect((await generate({ ...options, cache })).files).toEqual(uncached.files);
    const changed = [...uncached.files].filter(([rel, text]) => before.files.get(rel) !== text);
    expect(changed.length).toBeGreaterThan(0);
    // The type layer and each changed formatted file miss (manifest.json is not cached).
    expect(cache.misses.length).toBeGreaterThan(0);
    expect(cache.misses.length).toBeLessThanOrEqual(changed.length);
    expect(cache.hits.length).toBeGreaterThan(0);
  });
});

describe("fileCache", () => {
  it("keeps text per kind and key, and tells keys apart by their parts", () => {
    const folder = tempDir("favor-cache-");
    try {
      const cache = fileCache(folder.dir);
      expect(cache.get("format", ["a", "b"])).toBeUndefined();
      cache.set("format", ["a", "b"], "text");
      expect(cache.get("format", ["a", "b"])).toBe("text");
      expect(cache.get("format", ["ab"])).toBeUndefined();
      expect(cache.get("format", ["a", "b", ""])).toBeUndefined();
      expect(cache.get("other", ["a", "b"])).toBeUndefined();
    } finally {
      folder.dispose();
    }
  });

  it("a folder it cannot write is a miss, never an error", () => {
    const folder = tempDir("favor-cache-");
    try {
      const blocked = path.join(folder.dir, "blocked");
      writeFileSync(blocked, "a file where the folder should be");
      const cache = fileCache(blocked);
      expect(() => cache.set("format", ["k"], "text")).not.toThrow();
      expect(cache.get("format", ["k"])).toBeUndefined();
      const readOnly = path.join(folder.dir, "read-only");
      mkdirSync(readOnly);
      chmodSync(readOnly, 0o500);
      expect(() => fileCache(readOnly).set("format", ["k"], "text")).not.toThrow();
    } finally {
      folder.dispose();
    }
  });

  it("keeps at most MAX_ENTRIES_PER_KIND entries of one kind", () => {
    const folder = tempDir("favor-cache-");
    try {
      const cache = fileCache(folder.dir);
      for (let i = 0; i <= MAX_ENTRIES_PER_KIND; i++) cache.set("format", [String(i)], "x");
      const kept = readdirSync(path.join(folder.dir, "format"));
      expect(kept.length).toBeLessThanOrEqual(MAX_ENTRIES_PER_KIND);
      expect(kept.length).toBeGreaterThan(0);
      expect(cache.get("format", [String(MAX_ENTRIES_PER_KIND)])).toBe("x");
    } finally {
      folder.dispose();
    }
  });
});
