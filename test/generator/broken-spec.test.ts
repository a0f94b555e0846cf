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
      breakSpec: (s) => ({
        file: "paths/stocks.yaml",
        line: s.edit("paths/stocks.yaml", "  summary: 条件", " summary: 条件"),
      }),
      message: /invalid YAML/,
    },
  ],
  [
    "dangling $ref to a missing file",
    {
      breakSpec: (s) => ({
        file: "paths/startStock.yaml",
        line: s.edit(
          "paths/startStock.yaml",
          "$ref: ../schemas/StartStockResponse.yaml",
          "$ref: ../schemas/Nope.yaml",
        ),
      }),
      message: /dangling \$ref "\.\.\/schemas\/Nope\.yaml"/,
    },
  ],
  [
    "dangling $ref to a missing pointer",
    {
      breakSpec: (s) => ({
        file: "paths/startStock.yaml",
        line: s.edit(
          "paths/startStock.yaml",
          "- $ref: ./params.yaml#/StockIdPath",
          "- $ref: ./params.yaml#/StockIdPat",
        ),
      }),
      message: /nothing at #\/StockIdPat/,
    },
  ],
  [
    "cyclic $ref across files",
    {
      breakSpec: (s) => {
        s.write("schemas/LoopA.yaml", "$ref: ./LoopB.yaml\n");
        s.write("schemas/LoopB.yaml", "$ref: ./LoopA.yaml\n");
        s.edit(
          "schemas/Stock.yaml",
          "  stock_id: { type: string }",
          "  stock_id: { type: string }\n  loop: { $ref: ./LoopA.yaml }",
        );
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
        s.edit(
          "openapi.yaml",
          "    EventType:\n      $ref: ./schemas/EventType.yaml",
          "    EventType:\n      $ref: ./schemas/EventType.yaml\n    Ping:\n      $ref: '#/components/schemas/Pong'\n    Pong:\n      $ref: '#/components/schemas/Ping'",
        );
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
      breakSpec: (s) => ({
        file: "paths/useFlow.yaml",
        line: s.edit("paths/useFlow.yaml", "operationId: useFlow", "operationId: listStocks"),
      }),
      message: /duplicate operationId "listStocks"/,
    },
  ],
  [
    "param name collision between path and body",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit(
          "schemas/StartStockBody.yaml",
          "  tags:\n",
          "  stock_id: { type: string }\n  tags:\n",
        ),
      }),
      message: /field "stock_id" appears in both path and body/,
    },
  ],
  [
    "unsupported construct: null type",
    {
      breakSpec: (s) => ({
        file: "schemas/Stock.yaml",
        line: s.edit(
          "schemas/Stock.yaml",
          "  create_time: { type: string, format: date-time }",
          '  create_time: { type: [string, "null"], format: date-time }',
        ),
      }),
      message: /null types are not supported/,
    },
  ],
  [
    "unsupported construct: oneOf",
    {
      breakSpec: (s) => ({
        file: "schemas/Stock.yaml",
        line: s.edit(
          "schemas/Stock.yaml",
          "  stock_id: { type: string }",
          "  stock_id: { oneOf: [{ type: string }, { type: integer }] }",
        ),
      }),
      message: /"oneOf" is not supported/,
    },
  ],
  [
    "constraint the validation cannot express",
    {
      breakSpec: (s) => ({
        file: "paths/stocks.yaml",
        line: s.edit(
          "paths/stocks.yaml",
          "schema: { type: integer, minimum: 1, maximum: 10 }",
          "schema: { type: integer, minimum: 1, maximum: 10, multipleOf: 2 }",
        ),
      }),
      message: /keyword "multipleOf" is not supported on a integer request field/,
    },
  ],
  [
    "operationId is a reserved word",
    {
      breakSpec: (s) => ({
        file: "paths/startStock.yaml",
        line: s.edit("paths/startStock.yaml", "operationId: startStock", "operationId: delete"),
      }),
      message: /operationId "delete" is a reserved word/,
    },
  ],
  [
    "operationId collides with a name generated for another operation",
    {
      breakSpec: (s) => ({
        file: "paths/useFlow.yaml",
        line: s.edit(
          "paths/useFlow.yaml",
          "operationId: useFlow",
          "operationId: startStockOperation",
        ),
      }),
      message:
        /operationId "startStockOperation" collides with a name generated for operation "startStock"/,
    },
  ],
  [
    "operationId collides with a fixed export",
    {
      breakSpec: (s) => ({
        file: "paths/useFlow.yaml",
        line: s.edit("paths/useFlow.yaml", "operationId: useFlow", "operationId: operationMetas"),
      }),
      message:
        /operationId "operationMetas" collides with a name the generated client already exports/,
    },
  ],
  [
    "path parameter with required: false (reported where the parameter is written)",
    {
      breakSpec: (s) => ({
        file: "paths/params.yaml",
        line: s.edit("paths/params.yaml", "  required: true", "  required: false"),
      }),
      message: /path parameter "stock_id" is not required/,
    },
  ],
  [
    "negative minLength",
    {
      breakSpec: (s) => ({
        file: "paths/params.yaml",
        line: s.edit("paths/params.yaml", "    minLength: 1", "    minLength: -1"),
      }),
      message: /"minLength" must be a non-negative integer, not -1/,
    },
  ],
  [
    "non-integer maxItems",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit("schemas/StartStockBody.yaml", "    maxItems: 3", "    maxItems: 2.5"),
      }),
      message: /"maxItems" must be a non-negative integer, not 2\.5/,
    },
  ],
  [
    "minLength above maxLength",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit(
          "schemas/StartStockBody.yaml",
          "    minLength: 1\n    maxLength: 20",
          "    minLength: 30\n    maxLength: 20",
        ),
      }),
      message: /minLength 30 is larger than maxLength 20/,
    },
  ],
  [
    "x-wechatpay-error-codes is a mapping",
    {
      breakSpec: (s) => {
        const line = s.edit(
          "paths/startStock.yaml",
          '  responses:\n    "200":',
          '  responses:\n    "400":\n      description: bad\n      x-wechatpay-error-codes: { code: PARAM_ERROR }\n    "200":',
        );
        return { file: "paths/startStock.yaml", line: line + 3 };
      },
      message: /x-wechatpay-error-codes must be a list of \{ code, description \}, not a mapping/,
    },
  ],
  [
    "x-wechatpay-error-codes entry without a code",
    {
      breakSpec: (s) => {
        const line = s.edit(
          "paths/startStock.yaml",
          '  responses:\n    "200":',
          '  responses:\n    "400":\n      description: bad\n      x-wechatpay-error-codes:\n        - description: no code\n    "200":',
        );
        return { file: "paths/startStock.yaml", line: line + 4 };
      },
      message: /error code entry must be \{ code: <non-empty string>, description: <string> \}/,
    },
  ],
  [
    "paths is a list",
    {
      breakSpec: (s) => ({
        file: "openapi.yaml",
        line: s.edit(
          "openapi.yaml",
          "paths:\n",
          "paths: [/v3/marketing/favor/stocks]\nx-old-paths:\n",
        ),
      }),
      message: /paths must be a mapping, not a list/,
    },
  ],
  [
    "webhooks is a string",
    {
      breakSpec: (s) => ({
        file: "openapi.yaml",
        line: s.edit("openapi.yaml", "webhooks:\n", "webhooks: couponUse\nx-old-webhooks:\n"),
      }),
      message: /webhooks must be a mapping, not the string "couponUse"/,
    },
  ],
  [
    "components.parameters is a list",
    {
      breakSpec: (s) => {
        const line = s.edit(
          "openapi.yaml",
          "  parameters:\n    StockIdPath:",
          "  parameters: []\n  x-old-parameters:\n    StockIdPath:",
        );
        return { file: "openapi.yaml", line };
      },
      message: /components\.parameters must be a mapping, not a list/,
    },
  ],
  [
    "schema title is a list",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit("schemas/StartStockBody.yaml", "type: object\n", "title: []\ntype: object\n"),
      }),
      message: /title must be a string, not a list/,
    },
  ],
  [
    "property schema is null",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit(
          "schemas/StartStockBody.yaml",
          "  tags:\n    type: array\n    maxItems: 3\n    uniqueItems: true\n    items: { type: string, maxLength: 8 }",
          "  tags: null",
        ),
      }),
      message: /property "tags" must be a schema \(a mapping\), not empty \(null\)/,
    },
  ],
  [
    "referenced file is a YAML list (named once, at that file)",
    {
      breakSpec: (s) => {
        s.write("schemas/StartStockBody.yaml", "- stock_creator_mchid\n- tags\n");
        return { file: "schemas/StartStockBody.yaml", line: 1 };
      },
      message:
        /^[^\n]*schemas\/StartStockBody\.yaml:1:1: file schemas\/StartStockBody\.yaml is a YAML list, but a \$ref target must be a mapping[^\n]*\n {4}fix: [^\n]*\n\ngenerate: 1 spec error;/,
    },
  ],
  [
    "referenced file is a scalar",
    {
      breakSpec: (s) => {
        s.write("schemas/StartStockBody.yaml", "just some text\n");
        return { file: "schemas/StartStockBody.yaml", line: 1 };
      },
      message:
        /file schemas\/StartStockBody\.yaml is a string \("just some text"\), but a \$ref target must be a mapping/,
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
