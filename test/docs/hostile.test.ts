/**
 * Hostile page text stays harmless: control and ANSI escape characters are never printed raw,
 * a path from a page must be a clean `/v3/…` path, a page over the size limit is refused, and a
 * line of any length is read (its time is measured by bench/docs-bench.ts, not asserted here).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PAGE_BYTES } from "../../tools/docs/page-lines.js";
import { runDocsApply, runDocsDiff } from "../../tools/docs/run.js";
import { capture, compareText, FORMS, readTree, ROOT, SPEC, tempSpecCopy } from "./helpers.js";

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;
let dir = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-hostile-"));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function page(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const base = fs.readFileSync(path.join(FORMS, "current-merchant-pause-stock.txt"), "utf8");

describe("hostile page text", () => {
  it("ANSI escapes and control characters in a page are escaped in Markdown and JSON output", async () => {
    const text = base.replace(
      "【批次号】 要暂停的批次",
      "【批次号】 要暂停的批次\n\u001b[2J\u001b]0;owned\u0007\u009b31m weird_row strnig[1,8] \u202e",
    );
    const file = page("ansi.txt", text);
    for (const format of ["markdown", "json"]) {
      const c = capture();
      await runDocsDiff(["--format", format, "--spec", SPEC, file], c.io, ROOT);
      expect(c.out()).toContain("weird_row");
      expect(RAW_CONTROL.test(c.out()), c.out()).toBe(false);
      expect(RAW_CONTROL.test(c.err())).toBe(false);
    }
  });

  it("a path with `..` or a control byte is refused before anything is written", async () => {
    const copy = tempSpecCopy();
    try {
      const before = readTree(path.dirname(copy.entry));
      for (const bad of ["/v3/marketing/../../../etc/passwd", "/v3/marketing/favor/x\u0007y"]) {
        const file = page(
          "bad-path.txt",
          base.replace("/v3/marketing/favor/stocks/{stock_id}/pause", bad),
        );
        const c = capture();
        expect(await runDocsApply(["--spec", copy.entry, file], c.io, ROOT)).toBe(2);
        expect(c.err()).toMatch(/bad-path\.txt:5: the path .* is not a clean \/v3\/… path/);
        expect(RAW_CONTROL.test(c.err())).toBe(false);
      }
      expect(readTree(path.dirname(copy.entry))).toEqual(before);
    } finally {
      fs.rmSync(copy.dir, { recursive: true, force: true });
    }
  });

  it("a page over the size limit is refused with its size", async () => {
    const file = page("huge.txt", base + "x".repeat(MAX_PAGE_BYTES));
    const c = capture();
    expect(await runDocsDiff(["--spec", SPEC, file], c.io, ROOT)).toBe(2);
    expect(c.err()).toMatch(/huge\.txt: the page is \d+ bytes; docs pages are read up to/);
  });

  it("a 100 KB line inside a section is read as one line not understood, quoted shortened", () => {
    const long = `stock_id ${"a_b ".repeat(25_000)}`;
    const text = base.replace("【批次号】 要暂停的批次", `【批次号】 要暂停的批次\n${long}`);
    const r = compareText(text, "long.txt");
    expect(r.operation).toBe("pauseStock");
    expect(r.fieldsCompared).toBe(4);
    expect(r.notUnderstood).toHaveLength(1);
  });
});
