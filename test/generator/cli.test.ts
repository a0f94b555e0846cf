import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTree } from "../../generator/write.js";
import { MINI_FIXTURE, copySpec, run, tempDir } from "./helpers.js";

const miniSpec = path.join(MINI_FIXTURE, "openapi.yaml");

describe("generate command", () => {
  const out = tempDir();
  const outDir = path.join(out.dir, "generated");
  afterAll(() => out.dispose());

  beforeAll(async () => {
    const first = await run(["--spec", miniSpec, "--out", outDir]);
    expect(first.code).toBe(0);
  });

  it("creates the out dir and prints a one-screen summary", async () => {
    const other = path.join(out.dir, "fresh");
    const result = await run(["--spec", miniSpec, "--out", other]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^operations\s+3 \(\+1 experimental skipped: useFlow; use --experimental\)$/m,
    );
    expect(result.stdout).toMatch(/^models\s+8 models, 2 enums, 1 webhook\(s\)$/m);
    expect(result.stdout).toMatch(/^files\s+0 changed, 12 added, 0 removed, 0 unchanged/m);
    // Every file is listed, nothing cut off.
    for (const rel of readTree(other).keys()) expect(result.stdout).toContain(rel);
    expect(result.stdout).toMatch(
      /^time\s+\d+ ms total \(load \d+ ms, check \d+ ms, model \d+ ms, emit \d+ ms, format \d+ ms\)$/m,
    );
    expect(result.stdout.split("\n").length).toBeLessThan(30);
    expect(existsSync(path.join(other, "operations/listStocks.ts"))).toBe(true);
  });

  it("a second run changes nothing", async () => {
    const before = readTree(outDir);
    const result = await run(["--spec", miniSpec, "--out", outDir]);
    expect(result.stdout).toMatch(/0 changed, 0 added, 0 removed, 12 unchanged/);
    expect(readTree(outDir)).toEqual(before);
  });

  it("--check passes on a fresh output and writes nothing", async () => {
    const result = await run(["--check", "--spec", miniSpec, "--out", outDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/is up to date/);
  });

  it("--check fails on stale output with a diff, and leaves it as it was", async () => {
    const file = path.join(outDir, "operations/listStocks.ts");
    const original = readFileSync(file, "utf8");
    writeFileSync(
      file,
      original.replace("export function listStocks(", "export function listStocksRenamed("),
    );
    writeFileSync(path.join(outDir, "stray.ts"), "export {};\n");
    const before = readTree(outDir);
    try {
      const result = await run(["--check", "--spec", miniSpec, "--out", outDir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("--- committed/operations/listStocks.ts");
      expect(result.stderr).toContain("- export function listStocksRenamed(");
      expect(result.stderr).toContain("+ export function listStocks(");
      expect(result.stderr).toMatch(
        /stale \(1 file\(s\)\):\n.*\n +changed: operations\/listStocks\.ts\n/,
      );
      // A file the generator did not write is not stale output: it is named, and left alone.
      expect(result.stderr).toMatch(/left alone \(not generated\): stray\.ts/);
      expect(readTree(outDir)).toEqual(before);
    } finally {
      await run(["--spec", miniSpec, "--out", outDir]);
    }
    // A normal run repairs the generated file and keeps the file it does not own.
    expect(existsSync(path.join(outDir, "stray.ts"))).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(original);
    rmSync(path.join(outDir, "stray.ts"));
  });

  it("--experimental includes operations marked x-wechatpay-experimental", async () => {
    const other = path.join(out.dir, "experimental");
    const result = await run(["--experimental", "--spec", miniSpec, "--out", other]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^operations\s+4$/m);
    expect(readdirSync(path.join(other, "operations")).sort()).toEqual([
      "listStocks.ts",
      "startStock.ts",
      "uploadImage.ts",
      "useFlow.ts",
    ]);
    expect(readFileSync(path.join(other, "API.md"), "utf8")).toContain(
      "[`useFlow`](operations/useFlow.ts): `GET /v3/marketing/favor/stocks/{stock_id}/use-flow` → [`UseFlowResponse`](models.ts) (**experimental**, unsigned response)",
    );
  });

  it("rejects unknown flags with usage, exit 2", async () => {
    const result = await run(["--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--bogus'\nusage: generate/);
  });

  it("reports a missing entry file without a stack trace, exit 2 (an input that cannot be read)", async () => {
    const spec = copySpec();
    try {
      const result = await run(["--spec", path.join(spec.dir, "nope.yaml"), "--out", outDir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/cannot read spec file .*nope\.yaml \(ENOENT\)/);
    } finally {
      spec.dispose();
    }
  });
});
