/**
 * Deliberate deviations from the pages are declared (`x-wechatpay-doc-deviation`), with kinds the
 * docs tool can acknowledge: the generator's list of kinds follows compare.ts.
 */
import { describe, expect, it } from "vitest";
import { DOC_DEVIATION_KINDS, EXTENSIONS } from "../../generator/check/extensions.js";
import { KINDS } from "../../tools/docs/compare.js";
import { listOperations, SpecFiles } from "../../tools/docs/spec-index.js";
import { LIVE_SPEC } from "./helpers.js";

describe("x-wechatpay-doc-deviation", () => {
  it("the generator accepts exactly the kinds docs:diff can acknowledge", () => {
    // Additions are never acknowledged: an operation or field the spec lacks is always reported.
    const never = new Set(["operation-added", "field-added", "partner-field"]);
    expect([...DOC_DEVIATION_KINDS].sort()).toEqual(KINDS.filter((k) => !never.has(k)).sort());
  });

  it("a misspelled kind is a spec error, not a deviation that acknowledges nothing", () => {
    const check = EXTENSIONS.get("x-wechatpay-doc-deviation")!;
    expect(
      check.problem({ "max-length": { doc: 256, reason: "pinned on purpose" } }),
    ).toBeUndefined();
    expect(check.problem({ "max-lenght": { doc: 256, reason: "pinned on purpose" } })).toMatch(
      /difference kind/,
    );
  });

  it("the live spec declares meta.sha256's pinned length as a deviation from string[1,256]", () => {
    const upload = listOperations(new SpecFiles(LIVE_SPEC)).find(
      (o) => o.operationId === "uploadImage",
    );
    const sha = upload?.fields.find((f) => f.path === "meta.sha256");
    expect(sha?.deviations).toMatchObject({
      "max-length": { doc: 256, reason: expect.stringMatching(/64/) },
      "min-length": { doc: 1 },
    });
  });
});
