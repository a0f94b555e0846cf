/**
 * A failure of the generator itself (not of the spec) is one line naming the stage, exit 1, no
 * stack trace unless --debug, and the previous output untouched. The emitter is replaced here so
 * the failure can be provoked on purpose: invalid code reaching prettier, and a plain exception.
 */
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InternalError } from "../../generator/errors.js";
import { formatFile } from "../../generator/format.js";
import { readTree } from "../../generator/write.js";
import { MINI_FIXTURE, run, tempDir } from "./helpers.js";

type Sabotage = "none" | "invalid-typescript" | "throws";
const sabotage = vi.hoisted(() => ({ mode: "none" as Sabotage }));

vi.mock("../../generator/emit/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../generator/emit/index.js")>();
  return {
    ...real,
    emitAll: async (...args: Parameters<typeof real.emitAll>) => {
      const files = await real.emitAll(...args);
      if (sabotage.mode === "invalid-typescript")
        files.set("operations/broken.ts", "export function delete(client) {\n  return 1;\n}\n");
      if (sabotage.mode === "throws")
        throw new TypeError("Cannot read properties of undefined (reading 'name')");
      return files;
    },
  };
});

const STACK = /\n\s+at .+:\d+:\d+\)?(\n|$)/;
const cleanups: (() => void)[] = [];
afterEach(() => {
  sabotage.mode = "none";
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** An out dir holding a previous build that a failed run must leave byte for byte. */
async function previousBuild(): Promise<{ outDir: string; parent: string }> {
  const out = tempDir();
  cleanups.push(out.dispose);
  const outDir = path.join(out.dir, "generated");
  expect(
    (await run(["--spec", path.join(MINI_FIXTURE, "openapi.yaml"), "--out", outDir])).code,
  ).toBe(0);
  writeFileSync(path.join(outDir, "index.ts"), "// a previous build, must survive\n");
  return { outDir, parent: out.dir };
}

describe("internal generator errors", () => {
  it("invalid emitted TypeScript is reported as an internal error in format, naming the file and line", async () => {
    const { outDir, parent } = await previousBuild();
    const before = readTree(outDir);
    sabotage.mode = "invalid-typescript";
    const result = await run(["--spec", path.join(MINI_FIXTURE, "openapi.yaml"), "--out", outDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^generate: internal error in format: the generator emitted invalid TypeScript in operations\/broken\.ts:1:\d+: .+ — please report \(rerun with --debug for the stack trace\); .+ left untouched\.\n$/,
    );
    expect(result.stderr).not.toMatch(STACK);
    expect(readTree(outDir)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["generated"]);
  });

  it("an exception inside a stage is one line naming the stage; --debug adds the stack", async () => {
    const { outDir } = await previousBuild();
    const before = readTree(outDir);
    sabotage.mode = "throws";
    const plain = await run(["--spec", path.join(MINI_FIXTURE, "openapi.yaml"), "--out", outDir]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(
      /^generate: internal error in emit: Cannot read properties of undefined \(reading 'name'\) — please report/,
    );
    expect(plain.stderr.trim().split("\n")).toHaveLength(1);
    const debug = await run([
      "--debug",
      "--spec",
      path.join(MINI_FIXTURE, "openapi.yaml"),
      "--out",
      outDir,
    ]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^generate: internal error in emit: .+ — please report; /);
    expect(debug.stderr).toMatch(STACK);
    expect(readTree(outDir)).toEqual(before);
  });

  it("--check reports the same way and checks nothing", async () => {
    const { outDir } = await previousBuild();
    sabotage.mode = "throws";
    const result = await run([
      "--check",
      "--spec",
      path.join(MINI_FIXTURE, "openapi.yaml"),
      "--out",
      outDir,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/internal error in emit: .+; nothing checked\.\n$/);
  });

  it("formatFile turns a prettier syntax error into an InternalError with file:line:col", async () => {
    const error = await formatFile("models.ts", "export const = 1;\n").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InternalError);
    expect((error as InternalError).stage).toBe("format");
    expect((error as InternalError).message).toMatch(
      /^the generator emitted invalid TypeScript in models\.ts:1:\d+: \S/,
    );
    expect((error as InternalError).message).not.toContain("\n");
  });
});
