/**
 * docs:apply with pages in the new forms, on a copy of the test spec: a notification page writes
 * into the webhook's decrypted resource; a limit the spec pins on purpose (a pattern) is never
 * loosened; a partner page's own field is never written into the merchant spec.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runDocsApply } from "../../tools/docs/run.js";
import { capture, FORMS, readTree, ROOT, tempSpecCopy } from "./helpers.js";

let copy: { dir: string; entry: string };
let before = new Map<string, string>();
let after = new Map<string, string>();
let out = "";
let code = -1;

beforeAll(async () => {
  copy = tempSpecCopy();
  before = readTree(path.dirname(copy.entry));
  const c = capture();
  code = await runDocsApply(
    [
      "--spec",
      copy.entry,
      ...[
        "current-coupon-use-notification.txt",
        "markdown-upload-image.txt",
        "current-partner-pause-stock.txt",
      ].map((f) => path.join(FORMS, f)),
    ],
    c.io,
    ROOT,
  );
  out = c.out();
  after = readTree(path.dirname(copy.entry));
}, 60_000);

afterAll(() => {
  if (copy) fs.rmSync(copy.dir, { recursive: true, force: true });
});

describe("docs:apply on pages in the new forms", () => {
  it("a notification page's new resource field lands in the webhook's decrypted resource schema", () => {
    const schema = parse(after.get("components/schemas/ConsumeInformation.yaml")!) as {
      properties: Record<string, unknown>;
      required?: string[];
    };
    expect(schema.properties["store_id"]).toMatchObject({ type: "string" });
    expect(schema.required ?? []).not.toContain("store_id");
  });

  it("never loosens meta.sha256 against the spec's pattern: left for a person, saying why", () => {
    expect(code).toBe(1);
    expect(out).toMatch(
      /left for a person: max-length meta\.sha256 \(line \d+\): the page's 256 contradicts the spec's pattern/,
    );
    expect(after.get("components/schemas/ImageMeta.yaml")).toBe(
      before.get("components/schemas/ImageMeta.yaml"),
    );
  });

  it("a partner page's own field is left for a person, the merchant spec unchanged there", () => {
    expect(out).toMatch(/left for a person: partner-field sub_mchid/);
    expect(after.get("paths/pauseStock.yaml")).not.toContain("sub_mchid");
    expect(after.get("components/schemas/PauseStockBody.yaml") ?? "").not.toContain("sub_mchid");
  });
});
