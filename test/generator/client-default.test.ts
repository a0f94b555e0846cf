/**
 * `x-wechatpay-client-default`: checked by the generator (string fields only, known `from` only,
 * a reason, on a top-level request field) with errors at the spec's file:line, and emitted as an
 * optional param the metadata marks for the runtime to fill.
 */
import { afterEach, describe, expect, it } from "vitest";
import { checkSpec } from "../../generator/check/index.js";
import { generate } from "../../generator/generate.js";
import { loadSpec } from "../../generator/load/index.js";
import { copySpec, type TempSpec } from "./helpers.js";

const FILE = "schemas/StartStockBody.yaml";
const ext = (
  from: string,
  reason = "docs: must be the calling merchant (https://pay.weixin.qq.com/)",
) => `    x-wechatpay-client-default:\n      from: ${from}\n      reason: "${reason}"\n`;

let spec: TempSpec | undefined;
afterEach(() => {
  spec?.dispose();
  spec = undefined;
});

/** Adds the extension after `anchor` (a line of StartStockBody.yaml); returns the extension's line. */
function annotate(anchor: string, text: string): number {
  spec = copySpec();
  return spec.edit(FILE, anchor, `${anchor}${text}`) + anchor.split("\n").length - 1;
}

function errorsOf(): { line: number; file: string; text: string }[] {
  return checkSpec(loadSpec(spec?.entry ?? "")).map((e) => ({
    file: e.location?.file ?? "",
    line: e.location?.line ?? 0,
    text: e.format("/"),
  }));
}

describe("x-wechatpay-client-default", () => {
  it("on a string request-body field: optional param, documented, recorded in metadata", async () => {
    annotate('    pattern: "^[0-9]+$"\n', ext("mchid"));
    expect(errorsOf()).toEqual([]);
    const result = await generate({ specPath: spec?.entry ?? "", experimental: false });
    const op = result.files.get("operations/startStock.ts") ?? "";
    expect(op).toContain("stock_creator_mchid?: string;");
    expect(op).toContain("defaults to the client's mchid");
    expect(result.files.get("metadata.ts")).toContain(
      '{ name: "stock_creator_mchid", in: "body", clientDefault: "mchid" }',
    );
  });

  it("on a non-string field: a spec error at the extension's line", () => {
    const line = annotate("    uniqueItems: true\n", ext("mchid"));
    const errors = errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.file.endsWith(FILE)).toBe(true);
    expect(errors[0]?.line).toBe(line);
    expect(errors[0]?.text).toMatch(/needs a string field .*type is "array"/);
  });

  it("with an unknown `from`: a spec error naming the known ones", () => {
    const line = annotate('    pattern: "^[0-9]+$"\n', ext("appid"));
    const errors = errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(line);
    expect(errors[0]?.text).toMatch(/from: mchid.*unknown from "appid"/);
  });

  it("without a reason: a spec error", () => {
    annotate('    pattern: "^[0-9]+$"\n', "    x-wechatpay-client-default:\n      from: mchid\n");
    expect(errorsOf().map((e) => e.text)).toEqual([
      expect.stringMatching(/x-wechatpay-client-default must be \{ from: mchid, reason:/),
    ]);
  });

  it("with a reason that cites no docs page: a spec error", () => {
    annotate('    pattern: "^[0-9]+$"\n', ext("mchid", "must be the caller"));
    expect(errorsOf().map((e) => e.text)).toEqual([
      expect.stringMatching(/reason: <the docs' statement and its page address \(https:/),
    ]);
  });

  it("on a nested or response-side field: a spec error (the client could not fill it)", () => {
    spec = copySpec();
    const line = spec.edit(
      "schemas/StartStockResponse.yaml",
      "properties:\n",
      `properties:\n  extra:\n    type: string\n${ext("mchid")}`,
    );
    const errors = errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(line + 3);
    expect(errors[0]?.text).toMatch(/read only on a top-level request field/);
  });
});
