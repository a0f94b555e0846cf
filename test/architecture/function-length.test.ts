/**
 * Keeps functions reviewable: none of the hand-written code (generator, runtime, sandbox, tools,
 * shared helpers, scripts, benchmarks) has a function over the limit unless the comment above it
 * says why it is long. Tests and the generated client are not covered: tests are tables of cases,
 * and generated/ is reviewed through its generator.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { longFunctions, MAX_FUNCTION_LINES } from "./function-length.js";
import { repoRoot, sourceFilesBelow } from "./source-files.js";

const HAND_WRITTEN = ["generator", "runtime", "sandbox", "tools", "shared", "scripts", "bench"];

/** A function of `bodyLines` statements, so its total length is `bodyLines + 2`. */
function functionOf(bodyLines: number, header = "function f(): void {"): string {
  return [header, ...Array.from({ length: bodyLines }, (_, i) => `  call(${i});`), "}"].join("\n");
}

describe("function length", () => {
  it(`no hand-written function is over ${MAX_FUNCTION_LINES} lines without a reason beside it`, () => {
    const found = HAND_WRITTEN.flatMap((top) =>
      sourceFilesBelow(top, { pattern: /\.ts$/ }).flatMap((file) =>
        longFunctions(file, readFileSync(path.join(repoRoot, file), "utf8")),
      ),
    );
    const report = found.map(
      (f) =>
        `${f.path}:${f.line} ${f.name} is ${f.lines} lines: split it along its seams, or write ` +
        `why it is long in the comment above it ("long because …")`,
    );
    expect(report).toEqual([]);
  });

  it("flags a function one line over the limit and accepts one at the limit", () => {
    expect(longFunctions("a.ts", functionOf(MAX_FUNCTION_LINES - 2))).toEqual([]);
    expect(longFunctions("a.ts", functionOf(MAX_FUNCTION_LINES - 1))).toEqual([
      { path: "a.ts", line: 1, name: "f", lines: MAX_FUNCTION_LINES + 1 },
    ]);
  });

  it("accepts a long function whose comment says why, and only that one", () => {
    const reasoned = `/** One literal table: long because splitting would scatter it. */\n${functionOf(80)}`;
    expect(longFunctions("a.ts", reasoned)).toEqual([]);
    const unrelated = `/** Builds the table. */\n${functionOf(80)}`;
    expect(longFunctions("a.ts", unrelated)).toHaveLength(1);
  });

  it("finds arrows, methods and nested functions, documented on their declaration", () => {
    const arrow = functionOf(70, "export const g = (): void => {");
    expect(longFunctions("a.ts", arrow).map((f) => f.name)).toEqual(["g"]);
    expect(longFunctions("a.ts", `// Long because it reads in order.\n${arrow}`)).toEqual([]);
    const method = `class C {\n${functionOf(70, "  m(): void {")}\n}`;
    expect(longFunctions("a.ts", method).map((f) => f.name)).toEqual(["m"]);
    const nested = `// Long because the inner one is.\n${functionOf(0).replace(
      "}",
      `${functionOf(70, "  items.forEach((item) => {")});\n}`,
    )}`;
    expect(longFunctions("a.ts", nested).map((f) => f.name)).toEqual([
      "callback of items.forEach()",
    ]);
  });
});
