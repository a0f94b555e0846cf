import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runtimeSpecifier, runtimeSpecifierProblem } from "../../generator/emit/runtime-import.js";
import { readTree } from "../../generator/write.js";
import { serializeJsonBody } from "../../runtime/body.js";
import type { ValidationSchema } from "../../runtime/index.js";
import { validate } from "../../runtime/validate.js";
import { REAL_SPEC, ROOT, copySpec, run, tempDir, type TempSpec } from "./helpers.js";

/**
 * `generate --runtime <module>` and nested `Date` fields. A client
 * generated into a service's own folder must compile there, strictly, importing the runtime from
 * the given module: here a CommonJS service generating favor's spec (operations, iterators,
 * uploads, the typed webhook) and importing the package by name (`wechatpay-favor`, mapped to
 * this repository's package entry, the source of the published package), and an ES module
 * service importing the runtime by a relative path. The second spec is the mini fixture plus a
 * nested validity window (`coupon_use_rule.coupon_available_time.available_begin_time`), the
 * shape a 商家券 spec has and favor's does not.
 */

describe("runtime specifiers", () => {
  it("a package name is the same in every file; a relative path is relative to --out", () => {
    expect(runtimeSpecifier("wechatpay-favor", "operations")).toBe("wechatpay-favor");
    expect(runtimeSpecifier("../runtime/index.js", "")).toBe("../runtime/index.js");
    expect(runtimeSpecifier("../runtime/index.js", "operations")).toBe("../../runtime/index.js");
    expect(runtimeSpecifier("./lib/runtime.js", "")).toBe("./lib/runtime.js");
    expect(runtimeSpecifier("./lib/runtime.js", "operations")).toBe("../lib/runtime.js");
  });

  it("refuses what is not a package name or a relative .js path", async () => {
    for (const ok of ["wechatpay-favor", "@acme/pay", "@acme/pay/runtime", "../x/index.js"])
      expect(runtimeSpecifierProblem(ok)).toBeUndefined();
    for (const bad of ["", "/abs/index.js", "../x/index", 'a"b', "a b", "https://x/y.js", "x\ny"])
      expect(runtimeSpecifierProblem(bad)).toBeDefined();
    const result = await run(["--runtime", "/abs/index.js", "--check"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^generate: --runtime must be a package name/);
  });

  it("is documented in --help", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--runtime <module> {2}import the runtime from this module/);
  });
});

/** The mini fixture with a request body field whose named type nests a date-time. */
function specWithNestedDate(): TempSpec {
  const spec = copySpec();
  spec.write(
    "schemas/AvailableTime.yaml",
    [
      "type: object",
      "additionalProperties: false",
      "properties:",
      "  available_begin_time: { type: string, format: date-time }",
      "  note: { type: string, maxLength: 20 }",
    ].join("\n"),
  );
  spec.write(
    "schemas/CouponRule.yaml",
    [
      "type: object",
      "additionalProperties: false",
      "properties:",
      "  coupon_available_time: { $ref: ./AvailableTime.yaml }",
      "  windows: { type: array, items: { $ref: ./AvailableTime.yaml } }",
    ].join("\n"),
  );
  spec.edit(
    "schemas/StartStockBody.yaml",
    "  tags:\n",
    "  coupon_use_rule:\n    $ref: ./CouponRule.yaml\n  tags:\n",
  );
  spec.edit(
    "openapi.yaml",
    "    StartStockBody:\n",
    "    AvailableTime:\n      $ref: ./schemas/AvailableTime.yaml\n    CouponRule:\n      $ref: ./schemas/CouponRule.yaml\n    StartStockBody:\n",
  );
  return spec;
}

/** A CommonJS service's ES module file using favor's client, iterator and notification parser. */
const FAVOR_USAGE = `import { WechatPayClient, type NotificationInput } from "wechatpay-favor";
import { createCouponStock, iterateListStocks, parseCouponUseNotification } from "./wechatpay/index.js";

export async function call(client: WechatPayClient, input: NotificationInput): Promise<string[]> {
  await createCouponStock(client, {
    stock_name: "weekend",
    available_begin_time: new Date(),
    available_end_time: "2026-12-31T23:59:59+08:00",
    stock_use_rule: { max_coupons: 100, max_amount: 50_000, max_coupons_per_user: 1, natural_person_limit: false, prevent_api_abuse: false },
    coupon_use_rule: { fixed_normal_coupon: { coupon_amount: 500, transaction_minimum: 2000 }, available_merchants: [client.mchid] },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: "20261127-weekend-5off",
  });
  const ids: string[] = [parseCouponUseNotification(client, input).resource.coupon_id];
  for await (const stock of iterateListStocks(client, { limit: 10, stock_creator_mchid: client.mchid })) ids.push(stock.stock_id);
  return ids;
}
`;

/** A service that calls the generated startStock with nested Dates; the ts-expect-error must hold. */
function usage(clientImport: string, operationsImport: string): string {
  return `import { WechatPayClient } from ${JSON.stringify(clientImport)};
import { startStock } from ${JSON.stringify(operationsImport)};

export async function call(client: WechatPayClient): Promise<void> {
  await startStock(client, {
    stock_id: "9856000",
    stock_creator_mchid: "9856888",
    coupon_use_rule: {
      coupon_available_time: { available_begin_time: new Date(), note: "weekend" },
      windows: [{ available_begin_time: "2026-12-01T00:00:00+08:00" }, { available_begin_time: new Date() }],
    },
  });
  await startStock(client, {
    stock_id: "9856000",
    stock_creator_mchid: "9856888",
    // @ts-expect-error only date-time fields take a Date
    coupon_use_rule: { coupon_available_time: { note: new Date() } },
  });
}
`;
}

describe("generate --runtime: a client that compiles where it lands", () => {
  let spec: TempSpec;
  let scratch: { dir: string; dispose(): void };
  let cjsOut: string;
  let esmOut: string;
  const results: { code: number; stdout: string; stderr: string }[] = [];

  beforeAll(async () => {
    spec = specWithNestedDate();
    scratch = tempDir("favor-service-");
    // A CommonJS service (no "type"), importing the installed package by name.
    const cjs = path.join(scratch.dir, "cjs-service");
    mkdirSync(path.join(cjs, "src"), { recursive: true });
    writeFileSync(path.join(cjs, "package.json"), '{ "name": "cjs-service" }\n');
    cjsOut = path.join(cjs, "src", "wechatpay");
    writeFileSync(path.join(cjs, "src", "use.mts"), FAVOR_USAGE);
    // An ES module service, importing this repository's runtime by a relative path.
    const esm = path.join(scratch.dir, "esm-service");
    mkdirSync(esm, { recursive: true });
    writeFileSync(path.join(esm, "package.json"), '{ "name": "esm-service", "type": "module" }\n');
    esmOut = path.join(esm, "client");
    const runtimeFromOut = path
      .relative(esmOut, path.join(ROOT, "runtime/index.js"))
      .split(path.sep)
      .join("/");
    writeFileSync(
      path.join(esm, "use.ts"),
      usage(`./${path.posix.join("client", runtimeFromOut)}`, "./client/index.js"),
    );
    results.push(await run(["--spec", REAL_SPEC, "--out", cjsOut, "--runtime", "wechatpay-favor"]));
    results.push(await run(["--spec", spec.entry, "--out", esmOut, "--runtime", runtimeFromOut]));
  }, 120_000);
  afterAll(() => {
    spec.dispose();
    scratch.dispose();
  });

  it("generates both, importing the runtime only from the given module", () => {
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ""],
      [0, ""],
    ]);
    for (const [rel, content] of readTree(cjsOut)) {
      expect(content, rel).not.toContain("runtime/index.js");
      if (/^(metadata|webhooks)\.ts$|^operations\//.test(rel))
        expect(content, rel).toMatch(/ from "wechatpay-favor";/);
    }
    const start = readFileSync(path.join(esmOut, "operations/startStock.ts"), "utf8");
    expect(start).toMatch(/ from "\.\.\/\.\.\/.*runtime\/index\.js";/);
  });

  it("writes package.json {type: module} only where no ES-module package.json governs --out", () => {
    expect(JSON.parse(readFileSync(path.join(cjsOut, "package.json"), "utf8"))).toEqual({
      type: "module",
    });
    const manifest = JSON.parse(readFileSync(path.join(cjsOut, "manifest.json"), "utf8")) as {
      files: string[];
    };
    expect(manifest.files).toContain("package.json");
    expect(existsSync(path.join(esmOut, "package.json"))).toBe(false);
  });

  it("type-checks strictly in both services, nested Dates included", { timeout: 120_000 }, () => {
    const rootNames = [
      path.join(cjsOut, "..", "use.mts"),
      path.join(esmOut, "..", "use.ts"),
      ...[...readTree(cjsOut).keys()]
        .filter((f) => f.endsWith(".ts"))
        .map((f) => path.join(cjsOut, f)),
      ...[...readTree(esmOut).keys()]
        .filter((f) => f.endsWith(".ts"))
        .map((f) => path.join(esmOut, f)),
    ];
    const program = ts.createProgram({
      rootNames,
      options: {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: false,
        verbatimModuleSyntax: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [path.join(ROOT, "node_modules/@types")],
        // What `npm install wechatpay-favor` provides: the package's root entry.
        paths: { "wechatpay-favor": [path.join(ROOT, "index.ts")] },
      },
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file ? path.relative(scratch.dir, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
      );
    expect(diagnostics).toEqual([]);
  });

  it("the runtime validates and sends nested Dates (what the widened type promises)", () => {
    const meta = readFileSync(path.join(esmOut, "metadata.ts"), "utf8");
    expect(meta).toContain('format: "date-time"');
    const schema: ValidationSchema = {
      type: "object",
      additionalProperties: false,
      properties: {
        coupon_available_time: {
          type: "object",
          additionalProperties: false,
          properties: { available_begin_time: { type: "string", format: "date-time" } },
        },
      },
    };
    const body = {
      coupon_available_time: { available_begin_time: new Date("2026-12-01T00:00:00Z") },
    };
    expect(validate(schema, body)).toEqual([]);
    expect(serializeJsonBody(body)).toBe(
      '{"coupon_available_time":{"available_begin_time":"2026-12-01T08:00:00+08:00"}}',
    );
  });
});
