import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SpecErrors } from "../../generator/errors.js";
import { getAtPointer, loadSpec } from "../../generator/load/index.js";
import { copySpec, MINI_FIXTURE, REAL_SPEC } from "./helpers.js";

const entry = path.join(MINI_FIXTURE, "openapi.yaml");

describe("loadSpec", () => {
  const spec = loadSpec(entry);

  it("bundles every file into one document whose $refs are all internal", () => {
    const refs: string[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) if (k === "$ref") refs.push(String(v));
        Object.values(node).forEach(visit);
      }
    };
    visit(spec.document);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\//);
      expect(getAtPointer(spec.document, ref.slice(1))).toBeDefined();
    }
  });

  it("keeps registered components named and inlines path items", () => {
    const get = getAtPointer(spec.document, "/paths/~1v3~1marketing~1favor~1stocks/get") as Record<
      string,
      unknown
    >;
    expect(get["operationId"]).toBe("listStocks");
    expect(getAtPointer(get, "/responses/200/content/application~1json/schema")).toEqual({
      $ref: "#/components/schemas/StockCollection",
    });
    // A ref through a file-local `#/...` alias lands on the registered parameter.
    expect(
      getAtPointer(
        spec.document,
        "/paths/~1v3~1marketing~1favor~1stocks~1{stock_id}~1use-flow/get/parameters/0",
      ),
    ).toEqual({ $ref: "#/components/parameters/StockIdPath" });
    expect(getAtPointer(spec.document, "/components/schemas/Stock/properties/status")).toEqual({
      $ref: "#/components/schemas/StockStatus",
    });
  });

  it("locates nodes of the bundle in the file and line they were written", () => {
    expect(spec.locate("/paths/~1v3~1marketing~1favor~1stocks/get/parameters/1/schema")).toEqual({
      file: path.join(MINI_FIXTURE, "paths/stocks.yaml"),
      line: 20,
      col: 7,
    });
    expect(
      spec.locate("/components/schemas/StartStockBody/properties/stock_creator_mchid/pattern"),
    ).toEqual({ file: path.join(MINI_FIXTURE, "schemas/StartStockBody.yaml"), line: 10, col: 5 });
    // Pointers below a scalar (e.g. from an ajv error) fall back to the nearest known ancestor.
    expect(
      spec.locate("/components/schemas/StartStockBody/properties/stock_creator_mchid/pattern/x/y")
        ?.line,
    ).toBe(10);
    expect(spec.locate("#/info/title")).toEqual({ file: entry, line: 3, col: 3 });
  });

  it("lists the files sorted by path with a sha256 over them", () => {
    expect(spec.files.map((f) => f.relativePath)).toEqual(
      [...spec.files.map((f) => f.relativePath)].sort(),
    );
    expect(spec.files[0]?.relativePath).toBe("openapi.yaml");
    expect(spec.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loadSpec(entry).sha256).toBe(spec.sha256);
    const copy = copySpec();
    try {
      expect(loadSpec(copy.entry).sha256).toBe(spec.sha256); // location-independent
      const stockFile = path.join(copy.dir, "schemas/Stock.yaml");
      writeFileSync(stockFile, readFileSync(stockFile, "utf8").replace(/\n/g, "\r\n"));
      expect(loadSpec(copy.entry).sha256).toBe(spec.sha256); // CRLF checkout hashes like LF
      copy.edit("schemas/Stock.yaml", "批次", "批次 ");
      expect(loadSpec(copy.entry).sha256).not.toBe(spec.sha256);
    } finally {
      copy.dispose();
    }
  });

  it("loads the favor spec", () => {
    const favor = loadSpec(REAL_SPEC);
    expect(Object.keys(favor.document["paths"] as object).length).toBeGreaterThan(10);
    expect(favor.files.length).toBeGreaterThan(20);
  });

  it("throws SpecErrors collecting every dangling ref", () => {
    const copy = copySpec();
    try {
      copy.edit("schemas/Stock.yaml", "$ref: ./StockStatus.yaml", "$ref: ./Missing1.yaml");
      copy.edit("schemas/StockCollection.yaml", "$ref: ./Stock.yaml", "$ref: ./Stock.yaml#/nope");
      let caught: unknown;
      try {
        loadSpec(copy.entry);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(SpecErrors);
      const messages = (caught as SpecErrors).errors.map(
        (e) => `${path.basename(e.location?.file ?? "")}:${e.location?.line} ${e.message}`,
      );
      expect(messages).toEqual([
        `Stock.yaml:6 dangling $ref "./Missing1.yaml": file schemas/Missing1.yaml cannot be read`,
        `StockCollection.yaml:9 dangling $ref "./Stock.yaml#/nope": nothing at "#/nope" in schemas/Stock.yaml`,
      ]);
    } finally {
      copy.dispose();
    }
  });
});
