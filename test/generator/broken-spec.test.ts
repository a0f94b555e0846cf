import { readdirSync, readFileSync, writeFileSync } from "node:fs";
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
  /** Applies the breakage; returns the file, line and (when given) column the error must point at. */
  readonly breakSpec: (spec: TempSpec) => { file: string; line: number; col?: number };
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
      message: /nothing at "#\/StockIdPat/,
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
      message: /"required" must be true, not boolean false/,
    },
  ],
  [
    "negative minLength",
    {
      breakSpec: (s) => ({
        file: "paths/params.yaml",
        line: s.edit("paths/params.yaml", "    minLength: 1", "    minLength: -1"),
      }),
      message: /"minLength" \(number -1\) must be >= 0/,
    },
  ],
  [
    "non-integer maxItems",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit("schemas/StartStockBody.yaml", "    maxItems: 3", "    maxItems: 2.5"),
      }),
      message: /"maxItems" must be an integer, not number 2\.5/,
    },
  ],
  [
    "minLength above maxLength",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/StartStockBody.yaml",
          "    minLength: 1\n    maxLength: 20",
          "    minLength: 30\n    maxLength: 20",
        );
        // At the maximum's value: the bound that is out of place.
        return s.at("schemas/StartStockBody.yaml", "20\n");
      },
      message: /maxLength 20 is below minLength 30: no value can satisfy both/,
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
      message: /"paths" must be a mapping, not a list/,
    },
  ],
  [
    "webhooks is a string",
    {
      breakSpec: (s) => ({
        file: "openapi.yaml",
        line: s.edit("openapi.yaml", "webhooks:\n", "webhooks: couponUse\nx-old-webhooks:\n"),
      }),
      message: /"webhooks" must be a mapping, not string "couponUse"/,
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
      message: /"parameters" must be a mapping, not a list/,
    },
  ],
  [
    "schema title is a list",
    {
      breakSpec: (s) => ({
        file: "schemas/StartStockBody.yaml",
        line: s.edit("schemas/StartStockBody.yaml", "type: object\n", "title: []\ntype: object\n"),
      }),
      message: /"title" must be a string, not a list/,
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
      message: /"tags" must be a mapping or true or false, not empty \(null\)/,
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
  // ---- the OpenAPI 3.1 schema and its JSON Schema dialect ----
  [
    "schema type that is not a JSON Schema type (typo)",
    {
      breakSpec: (s) => {
        s.edit("schemas/Stock.yaml", "stock_id: { type: string }", "stock_id: { type: strin }");
        return s.at("schemas/Stock.yaml", "strin }");
      },
      message: /"type" is string "strin", which is not one of: "array", "boolean", "integer"/,
    },
  ],
  [
    "property mis-indented to the schema's top level",
    {
      breakSpec: (s) => {
        s.edit("schemas/Stock.yaml", "  goods_tag:\n", "goods_tag:\n");
        return s.at("schemas/Stock.yaml", "goods_tag:");
      },
      message: /unknown keyword "goods_tag" in a schema/,
    },
  ],
  [
    "misspelled schema keyword",
    {
      breakSpec: (s) => {
        s.edit("schemas/StartStockBody.yaml", "    maxLength: 20", "    maxLenght: 20");
        return s.at("schemas/StartStockBody.yaml", "maxLenght");
      },
      message: /unknown keyword "maxLenght" in a schema/,
    },
  ],
  [
    "unknown key in an operation",
    {
      breakSpec: (s) => {
        s.edit("paths/stocks.yaml", "  tags: [stocks]", "  tag: [stocks]");
        return s.at("paths/stocks.yaml", "tag:");
      },
      message: /unknown key "tag" in an operation/,
    },
  ],
  [
    "value of the wrong type (maximum is text)",
    {
      breakSpec: (s) => {
        s.edit("paths/stocks.yaml", "minimum: 1, maximum: 10", "minimum: 1, maximum: ten");
        return s.at("paths/stocks.yaml", "ten }");
      },
      message: /"maximum" must be a number, not string "ten"/,
    },
  ],
  [
    "parameter location outside the vocabulary",
    {
      breakSpec: (s) => {
        s.edit("paths/params.yaml", "  in: path", "  in: pathh");
        return s.at("paths/params.yaml", "pathh");
      },
      message: /"in" is string "pathh", which is not one of: "query", "header", "path", "cookie"/,
    },
  ],
  [
    "response without a description",
    {
      breakSpec: (s) => {
        s.edit("paths/startStock.yaml", '    "200":\n      description: ok\n', '    "200":\n');
        return s.at("paths/startStock.yaml", '"200":');
      },
      message: /a response \("200"\) has no "description"/,
    },
  ],
  // ---- strict decoding ----
  [
    "invalid UTF-8 byte in a spec file",
    {
      breakSpec: (s) => {
        s.edit("schemas/Stock.yaml", "批次 (a coupon stock)", "批次 (a coupon stXck)");
        const where = s.at("schemas/Stock.yaml", "Xck");
        // 0xE9 followed by "c" is not valid UTF-8 (Latin-1 "é" saved into a UTF-8 file).
        const file = path.join(s.dir, "schemas/Stock.yaml");
        const bytes = readFileSync(file);
        bytes[bytes.indexOf(Buffer.from("Xck"))] = 0xe9;
        writeFileSync(file, bytes);
        return where;
      },
      message: /invalid UTF-8: byte 0xe9 at offset \d+/,
    },
  ],
  // ---- semantic checks on schemas and parameters ----
  [
    "maximum below its minimum (at the maximum's value)",
    {
      breakSpec: (s) => {
        s.edit("paths/stocks.yaml", "minimum: 1, maximum: 10", "minimum: 5, maximum: 4");
        const at = s.at("paths/stocks.yaml", "maximum: 4 }");
        return { ...at, col: at.col + "maximum: ".length };
      },
      message: /maximum 4 is below minimum 5: no value can satisfy both/,
    },
  ],
  [
    "exclusiveMinimum not below exclusiveMaximum",
    {
      breakSpec: (s) => {
        s.edit(
          "paths/stocks.yaml",
          "minimum: 1, maximum: 10",
          "exclusiveMinimum: 3, exclusiveMaximum: 3",
        );
        return s.at("paths/stocks.yaml", "3 }");
      },
      message: /exclusiveMaximum 3 is equal to exclusiveMinimum 3/,
    },
  ],
  [
    "minItems above maxItems",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/StartStockBody.yaml",
          "    maxItems: 3",
          "    minItems: 4\n    maxItems: 3",
        );
        return s.at("schemas/StartStockBody.yaml", "3\n    uniqueItems");
      },
      message: /maxItems 3 is below minItems 4/,
    },
  ],
  [
    "duplicate enum entry (at the duplicate)",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/StockStatus.yaml",
          "enum: [unactivated, running, stoped]",
          "enum: [unactivated, running, stoped, running]",
        );
        return s.at("schemas/StockStatus.yaml", "running]");
      },
      message: /duplicate enum value "running" \(already entry 2\)/,
    },
  ],
  [
    "enum value of another type than the schema's",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/StockStatus.yaml",
          "enum: [unactivated, running, stoped]",
          "enum: [unactivated, running, stoped, 1]",
        );
        return s.at("schemas/StockStatus.yaml", "1]");
      },
      message: /enum value 1 is not of the schema's type string/,
    },
  ],
  [
    "unknown name inside required (at the name)",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/Stock.yaml",
          "required: [stock_id, status, create_time]",
          "required: [stock_id, statsu, create_time]",
        );
        return s.at("schemas/Stock.yaml", "statsu");
      },
      message: /required field "statsu" is not in properties/,
    },
  ],
  [
    "pattern that does not compile with the u flag",
    {
      breakSpec: (s) => {
        s.edit("schemas/StartStockBody.yaml", 'pattern: "^[0-9]+$"', 'pattern: "^\\\\-[0-9]+$"');
        return s.at("schemas/StartStockBody.yaml", '"^\\\\-');
      },
      message:
        /pattern "\^\\\\-\[0-9\]\+\$" is not a valid ECMAScript regular expression with the u flag/,
    },
  ],
  [
    "default that its own schema rejects",
    {
      breakSpec: (s) => {
        s.edit(
          "paths/stocks.yaml",
          "minimum: 1, maximum: 10 }",
          "minimum: 1, maximum: 10, default: 20 }",
        );
        const at = s.at("paths/stocks.yaml", "default: 20");
        return { ...at, col: at.col + "default: ".length };
      },
      message: /default does not match its schema: must be <= 10/,
    },
  ],
  [
    "schema example that its own schema rejects",
    {
      breakSpec: (s) => {
        s.edit("schemas/StartStockBody.yaml", '    example: "8956000"', '    example: "89560x0"');
        return s.at("schemas/StartStockBody.yaml", '"89560x0"');
      },
      message: /example does not match its schema: must match pattern/,
    },
  ],
  [
    "parameter example that its schema rejects",
    {
      breakSpec: (s) => {
        s.edit("paths/stocks.yaml", "      example: 10", "      example: 11");
        return s.at("paths/stocks.yaml", "11");
      },
      message: /example does not match its schema: must be <= 10/,
    },
  ],
  [
    "GET whose 200 response has no content",
    {
      breakSpec: (s) => {
        s.edit(
          "paths/stocks.yaml",
          "      content:\n        application/json:\n          schema:\n            $ref: ../schemas/StockCollection.yaml\n",
          "",
        );
        return s.at("paths/stocks.yaml", '"200":');
      },
      message: /GET \/v3\/marketing\/favor\/stocks: success response 200 has no content/,
    },
  ],
  [
    "required-only $ref cycle",
    {
      breakSpec: (s) => {
        s.write(
          "schemas/LoopA.yaml",
          "type: object\nrequired: [b]\nproperties:\n  b: { $ref: ./LoopB.yaml }\n",
        );
        s.write(
          "schemas/LoopB.yaml",
          "type: object\nrequired: [a]\nproperties:\n  a: { $ref: ./LoopA.yaml }\n",
        );
        s.edit(
          "openapi.yaml",
          "    EventType:\n      $ref: ./schemas/EventType.yaml",
          "    EventType:\n      $ref: ./schemas/EventType.yaml\n    LoopA:\n      $ref: ./schemas/LoopA.yaml\n    LoopB:\n      $ref: ./schemas/LoopB.yaml",
        );
        s.edit(
          "schemas/Stock.yaml",
          "  stock_id: { type: string }",
          "  stock_id: { type: string }\n  loop: { $ref: ./LoopA.yaml }",
        );
        return s.at("schemas/LoopB.yaml", "$ref");
      },
      message: /required \$ref cycle LoopA → LoopB → LoopA: no finite value satisfies it/,
    },
  ],
  [
    "schema file referenced by path but not registered under components.schemas",
    {
      breakSpec: (s) => {
        s.write("schemas/Extra.yaml", "type: object\nproperties:\n  a: { type: string }\n");
        s.edit(
          "schemas/Stock.yaml",
          "  stock_id: { type: string }",
          "  stock_id: { type: string }\n  extra: { $ref: ./Extra.yaml }",
        );
        return s.at("schemas/Stock.yaml", "$ref: ./Extra.yaml");
      },
      message: /schema \$ref "\.\/Extra\.yaml" is not registered under components\.schemas/,
    },
  ],
  // ---- the spec's own conventions ----
  [
    "response schema closed with additionalProperties: false",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/Stock.yaml",
          "type: object\n",
          "type: object\nadditionalProperties: false\n",
        );
        const at = s.at("schemas/Stock.yaml", "additionalProperties");
        return { ...at, col: at.col + "additionalProperties: ".length };
      },
      message: /response schema is closed \(additionalProperties: false\)/,
    },
  ],
  [
    "response schema with a pattern",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/Stock.yaml",
          "stock_id: { type: string }",
          'stock_id: { type: string, pattern: "^[0-9]+$" }',
        );
        return s.at("schemas/Stock.yaml", '"^[0-9]+$"');
      },
      message: /response schema carries the constraint pattern/,
    },
  ],
  [
    "request body object left open",
    {
      breakSpec: (s) => {
        s.edit("schemas/StartStockBody.yaml", "additionalProperties: false\n", "");
        return s.at("openapi.yaml", "StartStockBody:");
      },
      message: /request body object is open/,
    },
  ],
  // ---- vendor extensions ----
  [
    "unknown vendor extension (misspelled)",
    {
      breakSpec: (s) => {
        s.edit(
          "paths/startStock.yaml",
          "x-wechatpay-idempotent: true",
          "x-wechatpay-idempotnet: true",
        );
        return s.at("paths/startStock.yaml", "x-wechatpay-idempotnet");
      },
      message: /unknown vendor extension "x-wechatpay-idempotnet"/,
    },
  ],
  [
    "known vendor extension in the wrong place",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/Stock.yaml",
          "type: object\n",
          "type: object\nx-wechatpay-idempotent: true\n",
        );
        return s.at("schemas/Stock.yaml", "x-wechatpay-idempotent");
      },
      message: /x-wechatpay-idempotent is not read on a schema/,
    },
  ],
  [
    "vendor extension value of the wrong shape",
    {
      breakSpec: (s) => {
        s.edit(
          "paths/startStock.yaml",
          "x-wechatpay-idempotent: true",
          'x-wechatpay-idempotent: "yes"',
        );
        return s.at("paths/startStock.yaml", '"yes"');
      },
      message: /x-wechatpay-idempotent must be true or false/,
    },
  ],
  [
    "x-wechatpay-doc-deviation without a reason",
    {
      breakSpec: (s) => {
        s.edit(
          "schemas/StartStockBody.yaml",
          "    pattern:",
          "    x-wechatpay-doc-deviation: { max-length: { doc: 32 } }\n    pattern:",
        );
        return s.at("schemas/StartStockBody.yaml", "x-wechatpay-doc-deviation");
      },
      message:
        /x-wechatpay-doc-deviation must be a mapping of each difference kind to \{ doc: <the page's value>, reason: <why> \}/,
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

    const { file, line, col } = breakSpec(spec);
    const result = await run(["--spec", spec.entry, "--out", outDir]);

    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(message);
    const location = new RegExp(
      `${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:${line}:${col ?? "\\d+"}: `,
    );
    expect(result.stderr).toMatch(location);
    // The line naming the defect is followed by its fix.
    const lines = result.stderr.split("\n");
    const withFix = lines.filter(
      (l, i) => location.test(l) && /^ {4}fix: \S/.test(lines[i + 1] ?? ""),
    );
    expect(withFix.length, result.stderr).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/\n {4}fix: /);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(readTree(outDir)).toEqual(before);
    // No temp folder left next to the output.
    expect(readdirSync(out.dir)).toEqual(["generated"]);
  });
});
