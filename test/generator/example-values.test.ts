import { afterEach, describe, expect, it } from "vitest";
import { checkSpec } from "../../generator/check/index.js";
import { loadSpec } from "../../generator/load/index.js";
import { copySpec, type TempSpec } from "./helpers.js";

/**
 * Examples and defaults are validated against their schema with validators compiled once per
 * distinct schema and kept for the next check of the same document in this process. These cases
 * pin what that sharing must not change: an example reached through `$ref`s is still checked at
 * the offending value, and a cached validator never answers for a spec that changed since.
 */
const copies: TempSpec[] = [];
afterEach(() => copies.splice(0).forEach((c) => c.dispose()));

function spec(): TempSpec {
  const copy = copySpec();
  copies.push(copy);
  return copy;
}

function check(copy: TempSpec): string[] {
  return checkSpec(loadSpec(copy.entry)).map((e) => e.format(copy.dir).split("\n")[0] ?? "");
}

const LIST_200 = `      content:
        application/json:
          schema:
            $ref: ../schemas/StockCollection.yaml
`;

/** A 200 example for listStocks whose first stock has the given status. */
function listExample(status: string): string {
  return `${LIST_200}          example:
            total_count: 1
            offset: 0
            limit: 10
            data:
              - { stock_id: "1", status: ${status}, create_time: "2024-01-01T00:00:00+08:00" }
`;
}

describe("examples checked through shared schemas", () => {
  it("a response example is checked through its $ref'd schema and a nested $ref, at the bad value", () => {
    const s = spec();
    s.edit("paths/stocks.yaml", LIST_200, listExample("paused"));
    const at = s.at("paths/stocks.yaml", "paused");
    expect(check(s)).toContain(
      `paths/stocks.yaml:${at.line}:${at.col}: example at data.0.status does not match its schema: must be equal to one of the allowed values`,
    );
  });

  it("one schema used by a parameter and a property: each example is checked against it", () => {
    const s = spec();
    s.edit(
      "paths/stocks.yaml",
      "        $ref: ../schemas/StockStatus.yaml\n",
      "        $ref: ../schemas/StockStatus.yaml\n      example: halted\n",
    );
    s.edit("paths/stocks.yaml", LIST_200, listExample("paused"));
    const param = s.at("paths/stocks.yaml", "halted");
    const property = s.at("paths/stocks.yaml", "paused");
    const errors = check(s);
    expect(errors).toContain(
      `paths/stocks.yaml:${param.line}:${param.col}: example does not match its schema: must be equal to one of the allowed values`,
    );
    expect(errors).toContain(
      `paths/stocks.yaml:${property.line}:${property.col}: example at data.0.status does not match its schema: must be equal to one of the allowed values`,
    );
  });

  it("checking a fixed spec after a broken one (and back) in one process gives each its own answer", () => {
    const broken = spec();
    broken.edit("paths/stocks.yaml", LIST_200, listExample("paused"));
    const fixed = spec();
    fixed.edit("paths/stocks.yaml", LIST_200, listExample("running"));
    const brokenErrors = check(broken);
    expect(brokenErrors.some((e) => e.includes("example at data.0.status"))).toBe(true);
    expect(check(fixed)).toEqual([]);
    expect(check(broken)).toEqual(brokenErrors);
    // The schema changes, the example does not: the example is now the wrong one.
    fixed.edit(
      "schemas/StockStatus.yaml",
      "enum: [unactivated, running, stoped]",
      "enum: [paused]",
    );
    expect(check(fixed).some((e) => e.includes("example at data.0.status"))).toBe(true);
  });
});
