import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readTree } from "../../generator/write.js";
import { copySpec, run, tempDir, type TempSpec } from "./helpers.js";

/**
 * Each case breaks a copy of the mini fixture in one way and runs the real command against an
 * out dir holding a previous build. The message must name the file and line a person has to
 * edit, no stack trace may leak, and the previous build must survive byte for byte.
 */
interface BrokenCase {
  /** Applies the breakage; returns the file and line the error must point at. */
  readonly breakSpec: (spec: TempSpec) => { file: string; line: number };
  readonly message: RegExp;
}

const cases: [string, BrokenCase][] = [
  [
    "bad YAML",
    {
      breakSpec: (s) => ({ file: "paths/stocks.yaml", line: s.edit("paths/stocks.yaml", "  summary: 条件", " summary: 条件") }),
      message: /invalid YAML/,
    },
  ],
  [
    "dangling $ref to a missing file",
    {
      breakSpec: (s) => ({ file: "paths/startStock.yaml", line: s.edit("paths/startStock.yaml", "$ref: ../schemas/StartStockResponse.yaml", "$ref: ../schemas/Nope.yaml") }),
      message: /dangling \$ref "\.\.\/schemas\/Nope\.yaml"/,
    },
  ],
  [
    "dangling $ref to a missing pointer",
    {
      breakSpec: (s) => ({ file: "paths/startStock.yaml", line: s.edit("paths/startStock.yaml", "- $ref: ./params.yaml#/StockIdPath", "- $ref: ./params.yaml#/StockIdPat") }),
      message: /nothing at #\/StockIdPat/,
    },
  ],
  [
    "cyclic $ref across files",
    {
      breakSpec: (s) => {
        s.write("schemas/LoopA.yaml", "$ref: ./LoopB.yaml\n");
        s.write("schemas/LoopB.yaml", "$ref: ./LoopA.yaml\n");
        s.edit("schemas/Stock.yaml", "  stock_id: { type: string }", "  stock_id: { type: string }\n  loop: { $ref: ./LoopA.yaml }");
        // Reported at the $ref that closes the loop: LoopB.yaml → LoopA.yaml.
        return { file: "schemas/LoopB.yaml", line: 1 };
      },
      message: /cyclic \$ref/,
    },
  ],
  [
    "cyclic $ref between components",
    {
      breakSpec: (s) => {
        s.edit("openapi.yaml", "    EventType:\n      $ref: ./schemas/EventType.yaml", "    EventType:\n      $ref: ./schemas/EventType.yaml\n    Ping:\n      $ref: '#/components/schemas/Pong'\n    Pong:\n      $ref: '#/components/schemas/Ping'");
        return { file: "openapi.yaml", line: s.edit("openapi.yaml", "    Pong:\n", "    Pong:\n") };
      },
      message: /cyclic \$ref/,
    },
  ],
  [
    "missing operationId",
    {
      breakSpec: (s) => {
        s.edit("paths/startStock.yaml", "  operationId: startStock\n", "");
        return { file: "paths/startStock.yaml", line: 1 };
      },
      message: /POST \/v3\/marketing\/favor\/stocks\/\{stock_id\}\/start has no operationId/,
    },
  ],
  [
    "duplicate operationId",
    {
      breakSpec: (s) => ({ file: "paths/useFlow.yaml", line: s.edit("paths/useFlow.yaml", "operationId: useFlow", "operationId: listStocks") }),
      message: /duplicate operationId "listStocks"/,
    },
  ],
  [
    "param name collision between path and body",
    {
      breakSpec: (s) => ({ file: "schemas/StartStockBody.yaml", line: s.edit("schemas/StartStockBody.yaml", "  tags:\n", "  stock_id: { type: string }\n  tags:\n") }),
      message: /field "stock_id" appears in both path and body/,
    },
  ],
  [
    "unsupported construct: null type",
    {
      breakSpec: (s) => ({ file: "schemas/Stock.yaml", line: s.edit("schemas/Stock.yaml", "  create_time: { type: string, format: date-time }", "  create_time: { type: [string, \"null\"], format: date-time }") }),
      message: /null types are not supported/,
    },
  ],
  [
    "unsupported construct: oneOf",
    {
      breakSpec: (s) => ({ file: "schemas/Stock.yaml", line: s.edit("schemas/Stock.yaml", "  stock_id: { type: string }", "  stock_id: { oneOf: [{ type: string }, { type: integer }] }") }),
      message: /"oneOf" is not supported/,
    },
  ],
  [
    "constraint the validation cannot express",
    {
      breakSpec: (s) => ({ file: "paths/stocks.yaml", line: s.edit("paths/stocks.yaml", "schema: { type: integer, minimum: 1, maximum: 10 }", "schema: { type: integer, minimum: 1, maximum: 10, multipleOf: 2 }") }),
      message: /keyword "multipleOf" is not supported on a integer request field/,
    },
  ],
];

describe("broken specs stop with file:line:col and leave the output untouched", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length > 0) cleanups.pop()?.();
  });

  it.each(cases)("%s", async (_name, { breakSpec, message }) => {
    const spec = copySpec();
    const out = tempDir();
    cleanups.push(spec.dispose, out.dispose);
    const outDir = path.join(out.dir, "generated");
    expect((await run(["--spec", spec.entry, "--out", outDir])).code).toBe(0);
    writeFileSync(path.join(outDir, "index.ts"), "// a previous build, must survive\n");
    const before = readTree(outDir);

    const { file, line } = breakSpec(spec);
    const result = await run(["--spec", spec.entry, "--out", outDir]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    const location = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:${line}:\\d+: `);
    expect(result.stderr).toMatch(location);
    expect(result.stderr).toMatch(/\n {4}fix: /);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(readTree(outDir)).toEqual(before);
    // No temp folder left next to the output.
    expect(readdirSync(out.dir)).toEqual(["generated"]);
  });
});
