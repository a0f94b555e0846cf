import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generate } from "../../generator/generate.js";
import { copySpec, MINI_FIXTURE, REAL_SPEC, ROOT } from "./helpers.js";

/** Every map's keys in reverse order (arrays keep their order: it is meaningful there). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

function yamlFiles(dir: string, sub = ""): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) return yamlFiles(dir, rel);
    return /\.ya?ml$/.test(e.name) ? [rel] : [];
  });
}

describe("whole-spec output", () => {
  // That the favor spec regenerates to exactly the committed generated/ is the
  // `npm run generate:check` step of `npm test`; a test here only repeated it.
  it("the mini fixture's output matches its file snapshots", async () => {
    const { files } = await generate({
      specPath: path.join(MINI_FIXTURE, "openapi.yaml"),
      experimental: false,
    });
    for (const [rel, content] of files) {
      await expect(content).toMatchFileSnapshot(
        path.join(ROOT, "test/generator/__snapshots__/mini", `${rel}.snap`),
      );
    }
  });
});

describe("determinism", () => {
  const shuffled = copySpec(path.dirname(REAL_SPEC));
  afterAll(() => shuffled.dispose());

  it("regenerating twice gives identical bytes", async () => {
    const first = await generate({ specPath: REAL_SPEC, experimental: true });
    const second = await generate({ specPath: REAL_SPEC, experimental: true });
    expect(second.files).toEqual(first.files);
  });

  it("reversing the key order of every YAML map does not change the output, not even the spec hash", async () => {
    for (const rel of yamlFiles(shuffled.dir)) {
      const file = path.join(shuffled.dir, rel);
      writeFileSync(
        file,
        stringify(reverseKeys(parse(readFileSync(file, "utf8"))), { lineWidth: 0 }),
      );
    }
    const original = await generate({ specPath: REAL_SPEC, experimental: true });
    const reordered = await generate({ specPath: shuffled.entry, experimental: true });
    // The files really changed…
    expect(reordered.spec.files.map((f) => f.text)).not.toEqual(
      original.spec.files.map((f) => f.text),
    );
    // …but the spec says the same thing, so the output (headers included) is byte-identical.
    expect(reordered.spec.sha256).toBe(original.spec.sha256);
    expect([...reordered.files.keys()]).toEqual([...original.files.keys()]);
    for (const [rel, content] of original.files)
      expect(reordered.files.get(rel), rel).toBe(content);
  });

  it("a comment-only edit keeps the hash; a content edit changes it", async () => {
    const entry = path.join(shuffled.dir, "components/schemas/Stock.yaml");
    const before = (await generate({ specPath: shuffled.entry, experimental: false })).spec.sha256;
    const text = readFileSync(entry, "utf8");
    writeFileSync(entry, `# reviewer note\n${text}`);
    expect((await generate({ specPath: shuffled.entry, experimental: false })).spec.sha256).toBe(
      before,
    );
    writeFileSync(entry, text.replace("description:", "description: x"));
    expect(
      (await generate({ specPath: shuffled.entry, experimental: false })).spec.sha256,
    ).not.toBe(before);
    writeFileSync(entry, text);
  });
});
