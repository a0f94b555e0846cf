import { describe, expect, it } from "vitest";
import { describeFileDiff } from "../../generator/diff.js";

/** A generated-looking file: hash header on line 2, then `n` distinct body lines. */
function file(hash: string, n: number, edit?: { line: number; text: string }): string {
  const lines = ["// Generated from spec — do not edit.", `// spec sha256: ${hash}`, ""];
  for (let i = 0; i < n; i++)
    lines.push(edit?.line === i ? edit.text : `  field_${i}: { type: "integer", maximum: ${i} },`);
  return lines.join("\n");
}

describe("describeFileDiff (the --check drift report)", () => {
  it("shows only the changed lines of a small file", () => {
    const out = describeFileDiff("x.ts", "a\nb\nc\nd", "a\nB\nc\nd");
    expect(out).toBe(
      [
        "--- committed/x.ts",
        "+++ regenerated/x.ts",
        "@@ -1 +1 @@",
        "  a",
        "- b",
        "+ B",
        "  c",
        "  d",
      ].join("\n"),
    );
  });

  // A large file (spec-document.ts is ~7000 lines) whose hash header changed AND one deep line
  // changed: the report must show the hash hunk and the real change, not the whole file replaced.
  it("keeps a large file's diff to the changed hunks when the header and one deep line change", () => {
    const before = file("aaaa", 6000);
    const after = file("bbbb", 6000, { line: 4000, text: "  field_4000: { changed: true }," });
    const out = describeFileDiff("spec-document.ts", before, after);
    const changed = out.split("\n").filter((l) => l.startsWith("- ") || l.startsWith("+ "));
    expect(changed).toEqual([
      "- // spec sha256: aaaa",
      "+ // spec sha256: bbbb",
      '-   field_4000: { type: "integer", maximum: 4000 },',
      "+   field_4000: { changed: true },",
    ]);
    expect(out).not.toContain("more diff lines");
    expect(out).toContain("@@ -4002 +4002 @@");
  });

  it("shows deep insertions and deletions of a large file as themselves", () => {
    const body = Array.from({ length: 6000 }, (_, i) => `line ${i}`);
    const after = [
      ...body.slice(0, 1000),
      "inserted A",
      "inserted B",
      ...body.slice(1000, 5000),
      ...body.slice(5001),
    ];
    const out = describeFileDiff(
      "big.ts",
      ["// spec sha256: aaaa", ...body].join("\n"),
      ["// spec sha256: bbbb", ...after].join("\n"),
    );
    const changed = out.split("\n").filter((l) => l.startsWith("- ") || l.startsWith("+ "));
    expect(changed).toEqual([
      "- // spec sha256: aaaa",
      "+ // spec sha256: bbbb",
      "+ inserted A",
      "+ inserted B",
      "- line 5000",
    ]);
    expect(out).toContain("@@ -5000 +5002 @@");
  });

  it("still reports a completely rewritten large file (bounded, with a count of what was left out)", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `old ${i}`).join("\n");
    const after = Array.from({ length: 3000 }, (_, i) => `new ${i}`).join("\n");
    const out = describeFileDiff("big.ts", before, after);
    expect(out.split("\n").length).toBeLessThanOrEqual(2 + 60 + 1);
    expect(out).toMatch(/… \d+ more diff lines$/);
    expect(out).toContain("- old 0");
  });
});
