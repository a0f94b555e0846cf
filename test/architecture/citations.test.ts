/**
 * No comment, JSDoc, spec description or README cites a document a reader cannot open. Scans the
 * hand-written code, the spec, the Markdown and generated/ (whose JSDoc users see in their editor).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unfollowableCitations } from "./citations.js";
import { repoRoot as root, sourceFilesBelow } from "./source-files.js";

/** This suite's own files spell the forbidden phrases out. */
const SELF = new Set(["test/architecture/citations.ts", "test/architecture/citations.test.ts"]);

function textFiles(): string[] {
  return sourceFilesBelow("", { pattern: /\.(?:m|c)?[jt]s$|\.md$|\.ya?ml$/ }).filter(
    (file) => !SELF.has(file),
  );
}

describe("citations", () => {
  it("no file cites a document that is not in the repository", () => {
    const files = textFiles();
    expect(files).toContain("generated/schema.ts");
    expect(files).toContain("spec/openapi.yaml");
    const found = files.flatMap((file) =>
      unfollowableCitations(readFileSync(path.join(root, file), "utf8"), file.endsWith(".md")).map(
        (citation) => `${file}:${citation.line}: ${citation.why}: ${citation.text.slice(0, 120)}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ["* COUPON.USE notifications (reference §2.19, §6.7): verify"],
    ["# IDs are digit strings (reference conventions)"],
    ["break the signature, see toolchain-notes)"],
    ["/** agree on (team brief). */"],
    ["`x-wechatpay-error-codes` (team contract)"],
    ["Facts come from `shared/reference/favor-api.md`"],
    ["The seed doc says > 1 yuan"],
    ["种子文档：必须大于 1 元"],
    ['describe("§7 V4 with an injected clock"'],
    ["Response fields the reference marks optional"],
  ])("flags %s", (line) => {
    expect(unfollowableCitations(`ok line\n${line}\n`)).toMatchObject([{ line: 2 }]);
  });

  it.each([
    ["(bench/RESULTS.md §1)"],
    ["// reserved words (ECMA-262 §12.7.2)"],
    ["(https://pay.weixin.qq.com/doc/v3/merchant/4012534633)"],
    ["const seed = 1; // seeded PRNG"],
    ["a referenced schema, the reference implementation"],
    ["// the tests read the seed pages from ../shared/seeds when they exist"],
  ])("allows %s", (line) => {
    expect(unfollowableCitations(line)).toEqual([]);
  });

  it("lets a Markdown file name its own sections, but not in code", () => {
    expect(unfollowableCitations("install size (§4)", true)).toEqual([]);
    expect(unfollowableCitations("install size (§4)", false)).toHaveLength(1);
    expect(unfollowableCitations("(reference §3 #6)", true)).toHaveLength(1);
  });
});
