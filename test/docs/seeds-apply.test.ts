/** docs:apply of changed copies of the real docs pages (../shared/seeds) on a copy of the test spec. */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runDocsApply } from "../../tools/docs/run.js";
import { capture, mutate, readTree, ROOT, seed, seedsAvailable, tempSpecCopy } from "./helpers.js";

const withSeeds = seedsAvailable();
let dir = "";
let after = new Map<string, string>();

function yamlAt(rel: string): Record<string, any> {
  return parse(after.get(rel)!) as Record<string, any>;
}

beforeAll(async () => {
  if (!withSeeds) return;
  const copy = tempSpecCopy();
  dir = copy.dir;
  const seeds = path.join(dir, "seeds");
  fs.mkdirSync(seeds);
  let list = mutate(
    seed("list-stocks.txt"),
    "create_start_time 选填 string(64)",
    "create_start_time 选填 string(80)",
  );
  list = mutate(list, "paused:暂停发放\n", "paused:暂停发放\nfrozen:已冻结\n");
  list = mutate(list, "单ip 500/s", "单ip 300/s");
  fs.writeFileSync(path.join(seeds, "list-stocks.txt"), list);
  const create = mutate(
    seed("create-coupon-stock.txt"),
    "示例值:100\n門檻 transaction_minimum",
    "示例值:100\n封頂金額 max_discount uint64 單筆最多優惠,單位:分。\n門檻 transaction_minimum",
  );
  fs.writeFileSync(path.join(seeds, "create-coupon-stock.txt"), create);
  const c = capture();
  await runDocsApply(["--spec", copy.entry, seeds], c.io, ROOT);
  after = readTree(path.join(dir, "spec"));
}, 60_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!withSeeds)("docs:apply on changed copies of the real docs pages", () => {
  it("applies the changed seed copies (length, enum value, rate limit, nested field)", () => {
    const list = yamlAt("paths/listStocks.yaml").get;
    expect(list["x-wechatpay-rate-limits"]).toEqual([
      { limit: 1000, per: "second", scope: "all" },
      { limit: 300, per: "second", scope: "ip" },
    ]);
    expect(list.parameters.find((p: any) => p.name === "create_start_time").schema.maxLength).toBe(
      80,
    );
    expect(yamlAt("components/schemas/StockStatus.yaml")["x-enum-descriptions"].frozen).toBe(
      "已冻结",
    );
    expect(yamlAt("components/schemas/FixedNormalCoupon.yaml").properties.max_discount).toEqual({
      type: "integer",
      description: "封頂金額：單筆最多優惠,單位:分。",
    });
  });
});
