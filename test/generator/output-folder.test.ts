import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readTree } from "../../generator/write.js";
import { MINI_FIXTURE, copySpec, run, tempDir } from "./helpers.js";

/**
 * The output folder is the user's disk: the generator writes a manifest.json into the folder it
 * owns, removes only files listed there, never touches other files, and refuses a non-empty folder
 * that has no manifest unless told `--force`.
 */
const miniSpec = path.join(MINI_FIXTURE, "openapi.yaml");

describe("output folder safety (manifest.json)", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length > 0) cleanups.pop()?.();
  });
  const scratch = (): string => {
    const t = tempDir();
    cleanups.push(t.dispose);
    return t.dir;
  };

  it("writes a manifest with the spec hash and every file it wrote", async () => {
    const out = path.join(scratch(), "generated");
    expect((await run(["--spec", miniSpec, "--out", out])).code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8")) as {
      specSha256: string;
      files: string[];
    };
    expect(manifest.specSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.files).toEqual(
      [...readTree(out).keys()].filter((f) => f !== "manifest.json").sort(),
    );
    // The hash lives only there: no generated file carries it.
    for (const [rel, content] of readTree(out))
      if (rel !== "manifest.json") expect(content).not.toContain(manifest.specSha256);
  });

  it("refuses a non-empty folder without a manifest (exit 2), leaving it byte for byte", async () => {
    const src = path.join(scratch(), "src");
    mkdirSync(path.join(src, "lib"), { recursive: true });
    writeFileSync(path.join(src, "app.ts"), "export const mine = 1;\n");
    writeFileSync(path.join(src, "lib/util.ts"), "export {};\n");
    const before = readTree(src);
    const result = await run(["--spec", miniSpec, "--out", src]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /refusing to write into .*src\/: the folder is not empty and has no manifest\.json/,
    );
    expect(result.stderr).toMatch(/\n {4}fix: .*--force/);
    expect(readTree(src)).toEqual(before);
  });

  it("--force writes into such a folder, overwrites nothing it does not produce and removes nothing", async () => {
    const src = path.join(scratch(), "src");
    mkdirSync(src, { recursive: true });
    writeFileSync(path.join(src, "app.ts"), "export const mine = 1;\n");
    const result = await run(["--force", "--spec", miniSpec, "--out", src]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(src, "app.ts"), "utf8")).toBe("export const mine = 1;\n");
    expect(existsSync(path.join(src, "operations/listStocks.ts"))).toBe(true);
    expect(result.stdout).toMatch(/left alone \(not generated\): app\.ts/);
    // From now on the folder has a manifest: later runs need no --force and still keep app.ts.
    const again = await run(["--spec", miniSpec, "--out", src]);
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(src, "app.ts"), "utf8")).toBe("export const mine = 1;\n");
  });

  it("removes only files its manifest lists when the spec drops an operation", async () => {
    const spec = copySpec();
    cleanups.push(spec.dispose);
    const out = path.join(scratch(), "generated");
    expect((await run(["--spec", spec.entry, "--out", out])).code).toBe(0);
    writeFileSync(path.join(out, "operations/custom.ts"), "export const custom = 1;\n");
    spec.edit(
      "openapi.yaml",
      "  /v3/marketing/favor/stocks/{stock_id}/start:\n    $ref: ./paths/startStock.yaml\n",
      "",
    );
    spec.edit(
      "openapi.yaml",
      "    StartStockBody:\n      $ref: ./schemas/StartStockBody.yaml\n    StartStockResponse:\n      $ref: ./schemas/StartStockResponse.yaml\n",
      "",
    );
    const result = await run(["--spec", spec.entry, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/removed: operations\/startStock\.ts/);
    expect(existsSync(path.join(out, "operations/startStock.ts"))).toBe(false);
    expect(readFileSync(path.join(out, "operations/custom.ts"), "utf8")).toBe(
      "export const custom = 1;\n",
    );
  });

  it("refuses to overwrite a same-named file it does not own", async () => {
    const out = path.join(scratch(), "generated");
    expect((await run(["--spec", miniSpec, "--out", out])).code).toBe(0);
    const manifestPath = path.join(out, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { files: string[] };
    manifest.files = manifest.files.filter((f) => f !== "webhooks.ts");
    writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
    writeFileSync(path.join(out, "webhooks.ts"), "// the user's own file\n");
    const before = readTree(out);
    const result = await run(["--spec", miniSpec, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /would overwrite 1 file\(s\) the generator did not write .*: webhooks\.ts/,
    );
    expect(readTree(out)).toEqual(before);
  });

  it("never removes a path outside the folder, even if a manifest lists one", async () => {
    const root = scratch();
    const out = path.join(root, "generated");
    expect((await run(["--spec", miniSpec, "--out", out])).code).toBe(0);
    writeFileSync(path.join(root, "precious.txt"), "keep\n");
    const manifestPath = path.join(out, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { files: string[] };
    manifest.files.push("../precious.txt");
    writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
    const result = await run(["--spec", miniSpec, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/manifest\.json does not list \{ specSha256, files/);
    expect(readFileSync(path.join(root, "precious.txt"), "utf8")).toBe("keep\n");
  });

  it("a one-field change to one model touches only the files whose code changes", async () => {
    const spec = copySpec();
    cleanups.push(spec.dispose);
    const out = path.join(scratch(), "generated");
    expect((await run(["--spec", spec.entry, "--out", out])).code).toBe(0);
    const before = readTree(out);
    spec.edit(
      "schemas/Stock.yaml",
      "  stock_id: { type: string }",
      "  stock_id: { type: string }\n  comment: { type: string, description: 备注 (remark) }",
    );
    const result = await run(["--spec", spec.entry, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const after = readTree(out);
    const changed = [...after.keys()].filter((rel) => before.get(rel) !== after.get(rel)).sort();
    // The model's interface, the OpenAPI types of the same schema, the bundled document the
    // sandbox validates with, and the manifest (the spec hash); no operation, enum or index file.
    expect(changed).toEqual(["manifest.json", "models.ts", "schema.ts", "spec-document.ts"]);
    expect(result.stdout).toMatch(/^files\s+4 changed, 0 added, 0 removed, 8 unchanged/m);
    expect(result.stdout).toMatch(
      /changed: manifest\.json, models\.ts, schema\.ts, spec-document\.ts/,
    );
  });
});
