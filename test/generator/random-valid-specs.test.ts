/**
 * Property: the generator's checks reject broken specs, never valid ones. Random but valid
 * variations of the mini fixture (bounds in order, distinct enum values, arbitrary descriptions
 * drawn from the wire-text arbitraries) must all generate with exit 0.
 */
import fc from "fast-check";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { enumKey } from "../../generator/naming.js";
import { wireText } from "../reliability/helpers/arbitraries.js";
import { copySpec, run, tempDir } from "./helpers.js";

/** A YAML double-quoted scalar: every character outside YAML's printable set is escaped. */
function yamlString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const printable =
      c === 0x09 ||
      (c >= 0x20 && c <= 0x7e) ||
      (c >= 0xa0 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (printable) out += ch;
    else out += `\\u${c.toString(16).padStart(4, "0")}`;
  }
  return `${out}"`;
}

const enumValues = fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Z0-9_.]{0,10}$/), {
  minLength: 1,
  maxLength: 6,
  selector: enumKey,
});

const variation = fc.record({
  minLength: fc.integer({ min: 1, max: 30 }),
  extraLength: fc.integer({ min: 0, max: 40 }),
  description: wireText(0, 60),
  limitMin: fc.integer({ min: 0, max: 5 }),
  limitSpan: fc.integer({ min: 0, max: 100 }),
  statuses: enumValues,
  statusDescriptions: fc.array(wireText(1, 20), { minLength: 6, maxLength: 6 }),
});

describe("random valid specs still generate", () => {
  const out = tempDir();
  afterAll(() => out.dispose());

  it("every valid variation of the mini spec generates (exit 0)", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(variation, async (v) => {
        const spec = copySpec();
        try {
          const maxLength = v.minLength + v.extraLength;
          spec.edit(
            "schemas/StartStockBody.yaml",
            '    description: 创建批次的商户号 (creator mchid)\n    minLength: 1\n    maxLength: 20\n    pattern: "^[0-9]+$"\n    example: "8956000"',
            `    description: ${yamlString(v.description)}\n    minLength: ${v.minLength}\n    maxLength: ${maxLength}\n    pattern: "^[0-9]+$"\n    example: "${"8".repeat(v.minLength)}"`,
          );
          spec.edit(
            "paths/stocks.yaml",
            "schema: { type: integer, minimum: 1, maximum: 10 }\n      example: 10",
            `schema: { type: integer, minimum: ${v.limitMin}, maximum: ${v.limitMin + v.limitSpan} }\n      example: ${v.limitMin}`,
          );
          spec.write(
            "schemas/StockStatus.yaml",
            [
              "type: string",
              `description: ${yamlString(v.description)}`,
              `enum: [${v.statuses.map(yamlString).join(", ")}]`,
              "x-enum-descriptions:",
              ...v.statuses.map(
                (s, i) => `  ${yamlString(s)}: ${yamlString(v.statusDescriptions[i] ?? "x")}`,
              ),
              "",
            ].join("\n"),
          );
          const target = path.join(out.dir, `run-${runs++}`);
          const result = await run(["--spec", spec.entry, "--out", target]);
          expect(result.stderr).toBe("");
          expect(result.code).toBe(0);
        } finally {
          spec.dispose();
        }
      }),
      { numRuns: 6, seed: 20261202 },
    );
  }, 300_000);
});
