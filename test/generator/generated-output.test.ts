/**
 * What users read in the generated output: API.md summaries and links, and a type layer that
 * holds only the operations this output generated (experimental ones only with --experimental).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summaryText } from "../../generator/emit/api-md.js";
import { publicModels } from "../../generator/emit/models.js";
import { generate } from "../../generator/generate.js";
import { clientDocument } from "../../generator/model/client-document.js";
import { REAL_SPEC } from "./helpers.js";

const GENERATED = path.resolve(path.dirname(REAL_SPEC), "../generated");

describe("API.md summaries", () => {
  it("take the whole first paragraph, joined on one line (never cut at a line break)", () => {
    expect(
      summaryText(
        "核销信息，券被核销后才有。Redemption details, present once the\ncoupon is redeemed.\n\nSecond paragraph.",
      ),
    ).toBe("核销信息，券被核销后才有。Redemption details, present once the coupon is redeemed.");
    // Chinese wrapped mid-sentence joins without a space.
    expect(summaryText("第一行中文\n第二行中文")).toBe("第一行中文第二行中文");
    expect(summaryText(undefined)).toBe("");
  });
});

describe("generated output of the real spec", async () => {
  const plain = await generate({ specPath: REAL_SPEC, experimental: false });
  const experimental = await generate({ specPath: REAL_SPEC, experimental: true });
  const apiMd = plain.files.get("API.md") ?? "";

  it("API.md: every model summary is the whole first paragraph of its description", () => {
    // The models models.ts declares (request bodies no operation takes by name are left out).
    for (const s of publicModels(plain.model)) {
      if (s.description === undefined) continue;
      const line = apiMd.split("\n").find((l) => l.startsWith(`- [\`${s.name}\`](models.ts)`));
      expect(line, s.name).toBeDefined();
      expect(line).toBe(`- [\`${s.name}\`](models.ts) — ${summaryText(s.description)}`);
    }
    // The description that used to be cut at its first line break ("…present once the").
    expect(apiMd).toContain("present once the coupon is redeemed");
  });

  it("API.md: every link points at a file the output contains", () => {
    const targets = [...apiMd.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? "");
    expect(targets.length).toBeGreaterThan(plain.model.operations.length);
    for (const target of new Set(targets)) {
      expect(plain.files.has(target), target).toBe(true);
      expect(existsSync(path.join(GENERATED, target)), target).toBe(true);
    }
    for (const op of plain.model.operations)
      expect(apiMd).toContain(
        `- [\`${op.id}\`](operations/${op.id}.ts): \`${op.method} ${op.path}\``,
      );
  });

  it("API.md names the experimental operations left out, and marks them when generated", () => {
    expect(plain.model.skippedExperimental.length).toBeGreaterThan(0);
    for (const id of plain.model.skippedExperimental) {
      expect(apiMd).toMatch(new RegExp(`^- \`${id}\`: \`(GET|POST) `, "m"));
      expect(apiMd).not.toContain(`](operations/${id}.ts)`);
    }
    const expMd = experimental.files.get("API.md") ?? "";
    for (const id of plain.model.skippedExperimental)
      expect(expMd).toMatch(
        new RegExp(`^- \\[\`${id}\`\\]\\(operations/${id}\\.ts\\).*\\*\\*experimental\\*\\*`, "m"),
      );
  });

  it("schema.ts holds experimental operations only with --experimental (and the types only they use)", () => {
    const schema = plain.files.get("schema.ts") ?? "";
    const schemaExp = experimental.files.get("schema.ts") ?? "";
    for (const id of plain.model.skippedExperimental) {
      expect(schema).not.toMatch(new RegExp(`^\\s+${id}: \\{`, "m"));
      expect(schemaExp).toMatch(new RegExp(`^\\s+${id}: \\{`, "m"));
    }
    expect(schema).not.toContain("/modify-goods-id");
    expect(schemaExp).toContain("/modify-goods-id");
    // Used only by the by-day flows and modifyAvailableSingleitem:
    for (const name of ["UseFlowByDayResponse", "ModifyAvailableSingleitemBody", "BillDateQuery"]) {
      expect(schema).not.toContain(name);
      expect(schemaExp).toContain(name);
    }
    expect(plain.files.get("models.ts")).not.toContain("UseFlowByDayResponse");
    // Shared types stay: ErrorResponse is used by every operation.
    expect(schema).toContain("ErrorResponse");
  });

  it("spec-document.ts stays whole either way (the sandbox serves every operation)", () => {
    expect(plain.files.get("spec-document.ts")).toBe(experimental.files.get("spec-document.ts"));
    expect(plain.files.get("spec-document.ts")).toContain("/modify-goods-id");
  });
});

describe("clientDocument", () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const doc = {
    openapi: "3.1.0",
    paths: {
      "/a": {
        get: { responses: { "200": { content: { "application/json": { schema: ref("A") } } } } },
      },
      "/b": {
        parameters: [],
        get: {
          responses: { "200": { content: { "application/json": { schema: ref("OnlyB") } } } },
        },
      },
    },
    components: {
      schemas: {
        A: { type: "object", properties: { s: ref("Shared") } },
        OnlyB: { type: "object", properties: { s: ref("Shared"), n: ref("OnlyBNested") } },
        OnlyBNested: { type: "string" },
        Shared: { type: "string" },
        Unreferenced: { type: "string" },
      },
    },
  };

  it("drops the omitted operations, their path item when empty, and what only they reached", () => {
    const out = clientDocument(doc, [{ path: "/b", method: "GET" }]);
    expect(Object.keys(out["paths"] as object)).toEqual(["/a"]);
    expect(Object.keys((out["components"] as { schemas: object }).schemas).sort()).toEqual([
      "A",
      "Shared",
      "Unreferenced",
    ]);
    // The input is not modified.
    expect(Object.keys(doc.paths)).toEqual(["/a", "/b"]);
  });

  it("returns the document itself when nothing is omitted", () => {
    expect(clientDocument(doc, [])).toBe(doc);
  });
});

describe("shared error codes", async () => {
  const result = await generate({ specPath: REAL_SPEC, experimental: false });
  const responses = (result.spec.document["components"] as { responses: Record<string, unknown> })
    .responses;
  // What the spec's shared responses document, read straight from the bundled document.
  const fromSpec = Object.values(responses).flatMap((r) =>
    (
      (r as { "x-wechatpay-error-codes"?: { code: string }[] })["x-wechatpay-error-codes"] ?? []
    ).map((c) => c.code),
  );

  it("SHARED_ERRORS lists exactly the codes of the spec's shared responses", () => {
    expect(fromSpec.sort()).toEqual(
      ["FREQUENCY_LIMITED", "FREQUENCY_LIMIT_EXCEED", "SIGN_ERROR", "SYSTEM_ERROR"].sort(),
    );
    const metadata = result.files.get("metadata.ts") ?? "";
    const block = metadata.slice(
      metadata.indexOf("export const SHARED_ERRORS"),
      metadata.indexOf("as const satisfies readonly ErrorCodeMeta[]"),
    );
    expect([...block.matchAll(/code: "([A-Z_]+)"/g)].map((m) => m[1]).sort()).toEqual(
      fromSpec.sort(),
    );
    const apiMd = result.files.get("API.md") ?? "";
    for (const code of fromSpec) expect(apiMd).toContain(`\`${code}\``);
  });

  it("each operation's JSDoc lists only its own codes and points at the shared list once", () => {
    for (const op of result.model.operations) {
      const text = result.files.get(`operations/${op.id}.ts`) ?? "";
      // A code the operation documents itself (setCallback's own 500, with its own advice) stays.
      const own = new Set(
        op.errors.filter((e) => e.shared === undefined).flatMap((e) => e.codes.map((c) => c.code)),
      );
      for (const code of fromSpec)
        if (!own.has(code)) expect(text, `${op.id} ${code}`).not.toContain(`\`${code}\``);
      expect(text.match(/\{@link SHARED_ERRORS\}/g)?.length, op.id).toBe(1);
      for (const e of op.errors.filter((x) => x.shared === undefined))
        for (const c of e.codes) expect(text, `${op.id} ${c.code}`).toContain(`\`${c.code}\``);
    }
  });
});
