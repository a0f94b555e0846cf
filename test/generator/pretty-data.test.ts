/**
 * emit/pretty-data.ts claims to print data literals byte for byte as prettier does (metadata.ts
 * relies on it to skip prettier). Checked against prettier itself on random data shaped like
 * operation metadata: nested objects and arrays, long and short strings with quotes, backslashes,
 * control and wide (CJK) characters, number arrays, keys that need quotes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printMember, quote, RawCode, type PrettyData } from "../../generator/emit/pretty-data.js";
import { prettierFormat } from "../../generator/format.js";

const keyArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "type",
      "minLength",
      "pattern",
      "properties",
      "items",
      "enum",
      "stock_creator_mchid",
      "additionalProperties",
      "x",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("200", "content-type", "a b", "$ok", "_x1") },
);
const stringArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom("a", "b", '"', "'", "\\", "/", "\n", "\u0001", "券", "商", " ", "."),
    maxLength: 40,
  }),
  fc.string({
    unit: fc.constantFrom("^", "[", "0", "-", "9", "]", "+", "$", "\\", '"'),
    minLength: 60,
    maxLength: 140,
  }),
);
const leafArb: fc.Arbitrary<PrettyData> = fc.oneof(
  stringArb,
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.boolean(),
);
const dataArb: fc.Arbitrary<PrettyData> = fc.letrec<{ node: PrettyData }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: leafArb },
    {
      weight: 1,
      arbitrary: fc.array(fc.integer({ min: 0, max: 2_000_000_000 }), { maxLength: 40 }),
    },
    { weight: 2, arbitrary: fc.array(tie("node"), { maxLength: 5 }) },
    { weight: 3, arbitrary: fc.dictionary(keyArb, tie("node"), { maxKeys: 6 }) },
  ),
})).node;

async function samePrettier(value: PrettyData): Promise<void> {
  const text = `${printMember(value, "", "export const data = ", " as const;", false).join("\n")}\n`;
  expect(await prettierFormat("data.ts", text)).toBe(text);
}

describe("pretty-data prints data literals as prettier does", () => {
  it("on random nested data", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keyArb, dataArb, { minKeys: 1, maxKeys: 8 }), samePrettier),
      { numRuns: 150, seed: 20261127 },
    );
  }, 120_000);

  it("on arrays of objects (forced one per line) and of identifiers", async () => {
    await samePrettier({
      params: [
        { name: "a", in: "path" },
        { name: "b", in: "query" },
      ],
      one: [{ name: "a", in: "path" }],
    });
    const text = `${printMember([new RawCode("aOperation"), new RawCode("bOperation")], "", "export const all = ", " as const;", false).join("\n")}\n`;
    expect(await prettierFormat("all.ts", text)).toBe(text);
  });

  it("quotes like prettier: double unless more double than single quotes inside", () => {
    expect(quote('say "hi"')).toBe(`'say "hi"'`);
    expect(quote(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(quote(`it's`)).toBe(`"it's"`);
    expect(quote('a\\"b"')).toBe(`'a\\\\"b"'`);
  });
});
