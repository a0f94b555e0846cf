/**
 * Files listed as PRETTIER_STABLE skip prettier at generation time (it costs ~0.2 s to load the
 * markdown parser for API.md alone). That is only allowed while the emitter prints them exactly
 * as prettier would: this test runs prettier on them and requires no change.
 */
import { describe, expect, it } from "vitest";
import { PRETTIER_STABLE, PRINTED_BY_EMITTER, prettierFormat } from "../../generator/format.js";
import { generate } from "../../generator/generate.js";
import { MINI_FIXTURE, REAL_SPEC } from "./helpers.js";
import path from "node:path";

describe("files that skip prettier", () => {
  it("every prettier-stable file is also skipped, and only those plus the two large printed files", () => {
    for (const rel of PRETTIER_STABLE) expect(PRINTED_BY_EMITTER.has(rel)).toBe(true);
    expect([...PRINTED_BY_EMITTER].filter((rel) => !PRETTIER_STABLE.has(rel)).sort()).toEqual([
      "schema.ts",
      "spec-document.ts",
    ]);
  });

  it.each([
    ["real spec", REAL_SPEC],
    ["mini fixture", path.join(MINI_FIXTURE, "openapi.yaml")],
  ])(
    "are already in prettier's shape (%s)",
    async (_name, specPath) => {
      const { files } = await generate({ specPath, experimental: true });
      for (const rel of PRETTIER_STABLE) {
        const emitted = files.get(rel);
        expect(emitted, rel).toBeDefined();
        expect(await prettierFormat(rel, emitted ?? ""), rel).toBe(emitted);
      }
    },
    60_000,
  );
});

describe("the babel-ts parser used for speed", () => {
  it("prints every generated TypeScript file exactly as the typescript parser does", async () => {
    const { files } = await generate({ specPath: REAL_SPEC, experimental: true });
    const formatted = [...files].filter(
      ([rel]) => rel.endsWith(".ts") && !PRINTED_BY_EMITTER.has(rel),
    );
    expect(formatted.length).toBeGreaterThan(10);
    for (const [rel, text] of formatted)
      expect(await prettierFormat(rel, text, "typescript"), rel).toBe(text);
  }, 60_000);
});
