/**
 * The response models as an editor shows them, measured with the TypeScript language service on
 * the root entry (what `import … from "wechatpay-favor"` resolves to): hovering a field shows its
 * description and named types, never a `components[...]` chain; the same holds for every field
 * of every model. And the named models of
 * models.ts describe exactly the values openapi-typescript's `components` do (the
 * `wechatpay-favor/openapi` subpath), checked as mutual assignability for every model.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ts from "typescript";
import { moduleExports } from "../../scripts/export-report.js";
import { probeDiagnostics, probeService, type ProbeService } from "../helpers/language-service.js";

/** The fields users touch every day, with the named type their hover must show. */
const HOVERED: readonly (readonly [model: string, field: string, shows: string])[] = [
  ["Stock", "status", "StockStatus"],
  ["Stock", "stock_use_rule", "StockUseRule"],
  ["Stock", "stock_id", "string"],
  ["Stock", "create_time", "string"],
  ["Coupon", "coupon_type", "CouponType"],
  ["Coupon", "status", "CouponStatus"],
  ["Coupon", "normal_coupon_information", "NormalCouponInformation"],
  ["Coupon", "coupon_id", "string"],
];

const HOVER_PROBE = "test/types/__hover_probe__.ts";
const hoverText = [
  'import type { Coupon, Stock } from "../../index.js";',
  "declare const stock: Stock;",
  "declare const coupon: Coupon;",
  ...HOVERED.map(([model, field]) => `void ${model.toLowerCase()}.${field};`),
].join("\n");

const AGREE_PROBE = "test/types/__agree_probe__.ts";
/** `true` only when each of A and B is assignable to the other. */
const SAME = "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;";

function agreeText(models: readonly string[]): string {
  return [
    'import type * as Models from "../../generated/models.js";',
    'import type { components } from "../../generated/schema.js";',
    SAME,
    ...models.map(
      (name) =>
        `export const agree_${name}: Same<Models.${name}, components["schemas"][${JSON.stringify(name)}]> = true;`,
    ),
    // The check itself can fail: two different models are not the same.
    "// @ts-expect-error Stock and Coupon differ",
    'export const differ: Same<Models.Stock, components["schemas"]["Coupon"]> = true;',
    "// @ts-expect-error an optional field is not a required one",
    "export const optional: Same<{ a?: string }, { a: string }> = true;",
  ].join("\n");
}

describe("response models: hover and agreement with openapi-typescript", () => {
  let probe: ProbeService;
  let models: string[];

  beforeAll(() => {
    const listing = probeService({
      "test/types/__models__.ts": 'export * from "../../generated/models.js";',
    });
    const program = listing.service.getProgram();
    if (program === undefined) throw new Error("no program");
    models = moduleExports(program, listing.probePath("generated/models.ts")).map((e) => e.name);
    probe = probeService({ [HOVER_PROBE]: hoverText, [AGREE_PROBE]: agreeText(models) });
  }, 60_000);

  it.each(HOVERED)("%s.%s shows its documentation and the named type %s", (model, field, shows) => {
    const variable = model.toLowerCase();
    const at = hoverText.indexOf(`${variable}.${field};`) + variable.length + 1;
    const info = probe.service.getQuickInfoAtPosition(probe.probePath(HOVER_PROBE), at);
    const display = ts.displayPartsToString(info?.displayParts);
    const documentation = ts.displayPartsToString(info?.documentation).trim();
    expect(display).toMatch(
      new RegExp(`^\\(property\\) ${model}\\.${field}\\??: ${shows}( \\| undefined)?$`),
    );
    expect(display).not.toContain("components[");
    // Plain JSDoc text, not only a `@description` tag (which hovers show apart, if at all).
    expect(documentation.length).toBeGreaterThan(10);
  });

  it("every field of every model (nested inline ones included) shows documentation on hover", () => {
    const file = probe.probePath("generated/models.ts");
    const source = probe.service.getProgram()?.getSourceFile(file);
    if (source === undefined) throw new Error("generated/models.ts is not in the program");
    const fields: string[] = [];
    const undocumented: string[] = [];
    const visit = (node: ts.Node, owner: string): void => {
      const name = ts.isInterfaceDeclaration(node) ? node.name.text : owner;
      if (ts.isPropertySignature(node)) {
        const field = `${name}.${node.name.getText(source)}`;
        fields.push(field);
        const info = probe.service.getQuickInfoAtPosition(file, node.name.getStart(source));
        const display = ts.displayPartsToString(info?.displayParts);
        if (
          ts.displayPartsToString(info?.documentation).trim() === "" ||
          display.includes("components[")
        )
          undocumented.push(field);
      }
      ts.forEachChild(node, (child) => visit(child, name));
    };
    visit(source, "");
    expect(fields.length).toBeGreaterThan(100);
    expect(undocumented).toEqual([]);
  });

  it("every named model and its openapi-typescript type accept each other's values", () => {
    expect(models.length).toBeGreaterThan(30);
    expect(models).toContain("Stock");
    expect(probeDiagnostics(probe, AGREE_PROBE)).toEqual([]);
  });

  it("the hover probe itself compiles (the fields exist on the root entry's models)", () => {
    expect(probeDiagnostics(probe, HOVER_PROBE)).toEqual([]);
  });
});
