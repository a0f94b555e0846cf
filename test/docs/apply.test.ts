/**
 * docs:apply on a temporary copy of spec/: every kind it writes lands where the spec keeps it,
 * lint / generate / spec:diff pass and classify the change, a second run changes nothing, and
 * untouched files (and the untouched parts of edited files) stay byte for byte.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runGenerate } from "../../generator/run.js";
import { runDocsApply } from "../../tools/docs/run.js";
import { compareSurfaces } from "../../tools/spec-review/compare.js";
import { loadSurface } from "../../tools/spec-review/surface.js";
import { capture, PAGES, readTree, ROOT, SPEC, tempSpecCopy } from "./helpers.js";

// The pages with changes to apply; the merchants page comes last because it changes the shared
// stock_creator_mchid parameter, which the other pages state as string(20) (the last page wins).
const TEAM_PAGES = [
  "legacy-pause-stock.txt",
  "legacy-list-items.txt",
  "current-list-coupons.txt",
  "current-new-operation.txt",
  "current-list-merchants.txt",
].map((f) => path.join(PAGES, f));
let dir = "";
let entry = "";
let before = new Map<string, string>();
let after = new Map<string, string>();
let firstOut = "";
let firstCode = -1;

function yamlAt(rel: string): Record<string, any> {
  return parse(after.get(rel)!) as Record<string, any>;
}

/** Every original line is still there, in order (longest common subsequence), except at most `changed`. */
function keptInOrder(original: string, updated: string, changed: number): boolean {
  const a = original.split("\n");
  const b = updated.split("\n");
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const line of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let k = 0; k < b.length; k++)
      row[k + 1] = line === b[k] ? prev[k]! + 1 : Math.max(prev[k + 1]!, row[k]!);
    prev = row;
  }
  return a.length - prev[b.length]! <= changed;
}

beforeAll(async () => {
  const copy = tempSpecCopy();
  dir = copy.dir;
  entry = copy.entry;
  before = readTree(path.join(dir, "spec"));
  const pages: string[] = [];
  pages.push(...TEAM_PAGES);
  const c = capture();
  firstCode = await runDocsApply(["--spec", entry, ...pages], c.io, ROOT);
  firstOut = c.out();
  after = readTree(path.join(dir, "spec"));
}, 60_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("docs:apply on a copy of spec/", () => {
  it("exits 1 and lists what it leaves for a person (removals, type changes)", () => {
    expect(firstCode).toBe(1);
    expect(firstOut).toMatch(/left for a person: field-removed stock_id .*never deletes/);
    expect(firstOut).toMatch(/left for a person: enum-removed status\[?\]? .*never deletes/);
    expect(firstOut).toMatch(/left for a person: error-code-removed .*never deletes/);
    expect(firstOut).toMatch(/left for a person: type stock_id .*by hand/);
  });

  it("writes limits, parameters, fields, rate limits, enum values and error codes where the spec keeps them", () => {
    const merchants = yamlAt("paths/listAvailableMerchants.yaml").get;
    const offset = merchants.parameters.find((p: any) => p.name === "offset");
    expect(offset.schema.maximum).toBe(2000);
    expect(merchants.parameters.find((p: any) => p.name === "limit").schema.minimum).toBe(5);
    expect(merchants.parameters.find((p: any) => p.name === "merchant_type")).toEqual({
      name: "merchant_type",
      in: "query",
      required: false,
      description: "商户类型：按商户类型筛选,枚举值:",
      schema: {
        type: "string",
        maxLength: 16,
        enum: ["DIRECT", "SUB"],
        "x-enum-descriptions": { DIRECT: "直连商户", SUB: "子商户" },
      },
    });
    // stock_creator_mchid is the shared parameter file: the limit goes there, its comment stays.
    expect(after.get("components/parameters/StockCreatorMchidQuery.yaml")).toMatch(
      /maxLength: 32\n  # IDs and mchids/,
    );

    const pause = yamlAt("paths/pauseStock.yaml").post;
    expect(pause["x-wechatpay-rate-limits"]).toEqual([
      { limit: 1000, per: "minute", scope: "all" },
      { limit: 30, per: "minute", scope: "ip" },
    ]);
    expect(pause.responses["403"]["x-wechatpay-error-codes"].at(-1)).toEqual({
      code: "STOCK_FROZEN",
      description: "批次已凍結 請聯系客服",
    });
    const body = yamlAt("components/schemas/PauseStockBody.yaml");
    expect(body.properties.stock_creator_mchid.minLength).toBe(2);
    expect(body.properties.refund_option).toMatchObject({
      type: "object",
      additionalProperties: false,
      properties: {
        ratio: { type: "integer", maximum: 100 },
        mode: {
          type: "string",
          minLength: 1,
          maxLength: 8,
          enum: ["KEEP", "DROP"],
          "x-enum-descriptions": { KEEP: "保留", DROP: "作廢" },
        },
      },
    });
    expect(yamlAt("components/schemas/PauseStockResponse.yaml").required).toEqual(["stock_id"]);

    const coupons = yamlAt("components/schemas/CouponStatusFilter.yaml");
    expect(coupons.enum).toEqual(["SENDED", "USED", "EXPIRED"]);
    expect(coupons["x-enum-descriptions"].EXPIRED).toBe("已过期");
    expect(
      yamlAt("components/schemas/AvailableSingleitemCollection.yaml").properties.data.maxItems,
    ).toBe(200);
  });

  it("creates a new operation with its schemas, registered in openapi.yaml", () => {
    const op = yamlAt("paths/postStocksModifyMerchants.yaml").post;
    expect(op.operationId).toBe("postStocksModifyMerchants");
    expect(op["x-wechatpay-rate-limits"]).toEqual([
      { limit: 30, per: "minute", scope: "mchid" },
      { limit: 600, per: "minute", scope: "all" },
    ]);
    expect(Object.keys(op.responses)).toEqual(["200", "400", "401", "403", "429", "500"]);
    const entryDoc = yamlAt("openapi.yaml");
    expect(entryDoc.paths["/v3/marketing/favor/stocks/{stock_id}/modify-merchants"]).toEqual({
      $ref: "./paths/postStocksModifyMerchants.yaml",
    });
    expect(entryDoc.components.schemas.PostStocksModifyMerchantsBody).toBeDefined();
    expect(yamlAt("components/schemas/PostStocksModifyMerchantsBody.yaml").required).toEqual([
      "stock_creator_mchid",
    ]);
  });

  it("leaves untouched files byte-identical and keeps the rest of edited files line for line", () => {
    let untouched = 0;
    for (const [rel, text] of before) {
      const now = after.get(rel);
      expect(now, rel).toBeDefined();
      if (now === text) untouched++;
      else
        expect(
          keptInOrder(text, now!, 3),
          `${rel} lost lines it did not need to change:\n${now}`,
        ).toBe(true);
    }
    expect(untouched).toBeGreaterThan(60);
    // Comments survive in edited files.
    expect(after.get("openapi.yaml")).toContain("# --- notifications (webhook couponUse) ---");
  });

  it("a second run changes nothing", async () => {
    const c = capture();
    await runDocsApply(["--spec", entry, ...TEAM_PAGES], c.io, ROOT);
    expect(c.out()).toContain("No file changed.");
    expect(readTree(path.join(dir, "spec"))).toEqual(after);
  });

  it("two pages of one run disagreeing about a shared node: the first stays, the second is left", async () => {
    const copy = tempSpecCopy();
    try {
      const c = capture();
      const code = await runDocsApply(
        [
          "--spec",
          copy.entry,
          ...["current-list-merchants.txt", "current-query-stock.txt"].map((f) =>
            path.join(PAGES, f),
          ),
        ],
        c.io,
        ROOT,
      );
      expect(code).toBe(1);
      expect(c.out()).toMatch(
        /left for a person: max-length stock_creator_mchid .*current-list-merchants\.txt set the same \(shared\) maxLength to 32/,
      );
      expect(
        fs.readFileSync(
          path.join(copy.dir, "spec/components/parameters/StockCreatorMchidQuery.yaml"),
          "utf8",
        ),
      ).toContain("maxLength: 32");
    } finally {
      fs.rmSync(copy.dir, { recursive: true, force: true });
    }
  });

  it("the result lints, generates and spec:diff classifies the change", async () => {
    execFileSync(
      path.join(ROOT, "node_modules", ".bin", "redocly"),
      ["lint", entry, "--config", path.join(ROOT, "redocly.yaml")],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        stdio: "pipe",
      },
    );
    const g = capture();
    const code = await runGenerate(["--spec", entry, "--out", path.join(dir, "generated")], g.io);
    expect(code, g.err()).toBe(0);
    expect(
      fs.existsSync(path.join(dir, "generated", "operations", "postStocksModifyMerchants.ts")),
    ).toBe(true);

    const changes = compareSurfaces(loadSurface(SPEC), loadSurface(entry));
    const find = (kind: string, where: string) =>
      changes.find(
        (ch) => ch.kind === kind && `${ch.operation} ${ch.subject} ${ch.path}`.includes(where),
      );
    expect(find("operation-added", "postStocksModifyMerchants")?.classification).toBe("safe");
    expect(find("field-added-optional", "merchant_type")?.classification).toBe("safe");
    expect(find("enum-value-added", "CouponStatusFilter")?.classification).toBeDefined();
    expect(find("extension-changed", "pauseStock")?.classification).toBe("attention");
    expect(find("constraint-narrowed", "stock_creator_mchid")?.classification).toBe("breaking");
    expect(find("error-code-added", "pauseStock")?.classification).toBe("attention");
  }, 120_000);
});
