import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SpecErrors } from "../../generator/errors.js";
import { MAX_BUNDLE_NODES } from "../../generator/load/bundle.js";
import { loadSpec } from "../../generator/load/index.js";
import { MAX_ALIAS_NODES } from "../../generator/load/yaml-file.js";
import { quote, unquoted } from "../../generator/quote.js";
import { loadSurface } from "../../tools/spec-review/surface.js";
import { copySpec, run, tempDir, type TempSpec } from "./helpers.js";

/**
 * The spec is untrusted input: a pull request, a docs page pasted by
 * docs:apply or another team's family spec can be hostile. YAML aliases must not expand without
 * limit, and a `$ref` must not read anything outside the folder of the entry file, nor quote it.
 * The bombs below would take minutes and gigabytes if expanded; each test is bounded by its own
 * timeout (a hang or a crash fails it), never by a timing assertion.
 */

/** Nine levels of nine aliases each: 9^9 ≈ 387 million scalars from about 1.5 KB of YAML. */
function billionLaughs(): string {
  const lines = [
    `  a: &a ["${"lol".repeat(300)}", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`,
  ];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  return lines.join("\n");
}

/** Two aliases per level, thirty levels: 2^31 nodes from under 1 KB. */
function doublingAliases(): string {
  const lines = ["  l0: &l0 [x, x]"];
  for (let level = 1; level <= 30; level++)
    lines.push(`  l${level}: &l${level} [*l${level - 1}, *l${level - 1}]`);
  return lines.join("\n");
}

function errorsOf(entry: string): string[] {
  try {
    loadSpec(entry);
  } catch (e) {
    if (e instanceof SpecErrors) return e.errors.map((err) => err.format(path.dirname(entry)));
    throw e;
  }
  throw new Error("expected the spec to be refused");
}

describe("YAML aliases in a spec file are bounded", () => {
  let spec: TempSpec;
  afterEach(() => spec.dispose());

  it("refuses a ~1.5 KB billion-laughs spec at the alias's file:line", { timeout: 20_000 }, () => {
    spec = copySpec();
    const bomb = billionLaughs();
    expect(bomb.length).toBeGreaterThan(1000);
    expect(bomb.length).toBeLessThan(1600);
    spec.edit("openapi.yaml", "info:\n", `x-bomb:\n${bomb}\ninfo:\n`);
    const errors = errorsOf(spec.entry);
    const line = spec.at("openapi.yaml", "  e: &e").line;
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `openapi\\.yaml:${line}:\\d+: YAML aliases in this file expand to more than ${MAX_ALIAS_NODES} nodes`,
        ),
      ),
    ]);
  });

  it(
    "refuses the doubling form through the generate command, exit 1, output untouched",
    { timeout: 20_000 },
    async () => {
      spec = copySpec();
      spec.edit(
        "schemas/Stock.yaml",
        "type: object\n",
        `type: object\nx-bomb:\n${doublingAliases()}\n`,
      );
      const out = tempDir();
      try {
        const result = await run(["--spec", spec.entry, "--out", path.join(out.dir, "generated")]);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          /schemas\/Stock\.yaml:\d+:\d+: YAML aliases in this file expand to more than/,
        );
        expect(result.stderr).toContain("left untouched");
      } finally {
        out.dispose();
      }
    },
  );

  it(
    "refuses an alias to the collection it sits in (yaml accepts it; it has no end)",
    { timeout: 20_000 },
    () => {
      spec = copySpec();
      spec.edit("openapi.yaml", "info:\n", "x-loop: &loop\n  again: [*loop]\ninfo:\n");
      const line = spec.at("openapi.yaml", "again:").line;
      expect(errorsOf(spec.entry)).toEqual([
        expect.stringMatching(
          new RegExp(
            `openapi\\.yaml:${line}:\\d+: alias "\\*loop" refers to a collection that contains it`,
          ),
        ),
      ]);
    },
  );

  it("still expands a few small aliases", () => {
    spec = copySpec();
    spec.edit(
      "openapi.yaml",
      "info:\n",
      "x-shared: &shared { a: 1, b: [1, 2] }\nx-again: *shared\ninfo:\n",
    );
    const loaded = loadSpec(spec.entry);
    expect(loaded.document["x-again"]).toEqual({ a: 1, b: [1, 2] });
  });
});

describe("$ref inlining is bounded", () => {
  let spec: TempSpec;
  afterEach(() => spec.dispose());

  it(
    "refuses files that $ref the next file ten times, eight deep (10^8 copies)",
    { timeout: 20_000 },
    () => {
      spec = copySpec();
      for (let level = 0; level < 8; level++) {
        const refs = Array.from(
          { length: 10 },
          (_, i) => `  x${i}: { $ref: ./Fan${level + 1}.yaml }`,
        );
        spec.write(`schemas/Fan${level}.yaml`, `type: object\nproperties:\n${refs.join("\n")}\n`);
      }
      spec.write("schemas/Fan8.yaml", "type: string\n");
      spec.edit(
        "schemas/Stock.yaml",
        "type: object\n",
        "type: object\nx-fan: { $ref: ./Fan0.yaml }\n",
      );
      const errors = errorsOf(spec.entry);
      expect(errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^schemas/Fan\\d\\.yaml:\\d+:\\d+: the bundled spec would pass ${MAX_BUNDLE_NODES} nodes`,
          ),
        ),
      ]);
    },
  );
});

describe("$ref is confined to the folder of the entry file", () => {
  let spec: TempSpec;
  let outside: { dir: string; dispose(): void };
  const SECRET = "TOKEN=sk_live_0123456789abcdef";
  afterEach(() => {
    spec.dispose();
    outside.dispose();
  });

  /** A secret-looking file and a valid-looking schema, both outside the spec folder. */
  function setUp(): void {
    spec = copySpec();
    outside = tempDir("favor-outside-");
    writeFileSync(path.join(outside.dir, ".env"), `${SECRET}\n`);
    writeFileSync(path.join(outside.dir, "Evil.yaml"), `type: object\ndescription: ${SECRET}\n`);
  }

  /** Points the `Stock` component's $ref at `ref`; returns the line of that $ref. */
  function refStockAt(ref: string): number {
    return spec.edit(
      "openapi.yaml",
      "$ref: ./schemas/Stock.yaml\n",
      `$ref: ${JSON.stringify(ref)}\n`,
    );
  }

  const cases: [string, () => string, RegExp][] = [
    [
      "../ out of the folder",
      () => path.relative(spec.dir, path.join(outside.dir, ".env")),
      /leaves the spec folder/,
    ],
    ["an absolute path", () => path.join(outside.dir, "Evil.yaml"), /is an absolute path/],
    ["a file: URL", () => `file://${path.join(outside.dir, "Evil.yaml")}`, /is a URL/],
    ["an https URL", () => "https://example.com/Evil.yaml", /is a URL/],
  ];
  for (const [name, ref, why] of cases) {
    it(`refuses ${name} at the $ref's file:line, quoting nothing of the target`, async () => {
      setUp();
      const line = refStockAt(ref());
      const errors = errorsOf(spec.entry);
      expect(errors).toEqual([
        expect.stringMatching(new RegExp(`^openapi\\.yaml:${line}:\\d+: \\$ref .* ${why.source}`)),
      ]);
      const result = await run([
        "--check",
        "--spec",
        spec.entry,
        "--out",
        path.join(spec.dir, "none"),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).not.toContain("sk_live");
      expect(errors.join("\n")).not.toContain("sk_live");
    });
  }

  it("refuses a symlink inside the folder whose real path leaves it (file and folder)", () => {
    setUp();
    symlinkSync(path.join(outside.dir, "Evil.yaml"), path.join(spec.dir, "schemas/Linked.yaml"));
    mkdirSync(path.join(spec.dir, "more"));
    symlinkSync(outside.dir, path.join(spec.dir, "more/elsewhere"));
    const fileLine = refStockAt("./schemas/Linked.yaml");
    const folderLine = spec.edit(
      "openapi.yaml",
      "$ref: ./schemas/EventType.yaml\n",
      "$ref: ./more/elsewhere/Evil.yaml\n",
    );
    const errors = errorsOf(spec.entry);
    // Errors come sorted by line: the EventType component is written above Stock.
    expect(folderLine).toBeLessThan(fileLine);
    expect(errors).toEqual(
      [folderLine, fileLine].map((line) =>
        expect.stringMatching(
          new RegExp(
            `^openapi\\.yaml:${line}:\\d+: .*symbolic link that leads out of the spec folder`,
          ),
        ),
      ),
    );
    expect(errors.join("\n")).not.toContain("sk_live");
  });

  it("holds for spec-review, which reads specs through the same loader", () => {
    setUp();
    const line = refStockAt(path.join("..", path.basename(outside.dir), "Evil.yaml"));
    for (const checks of [true, false]) {
      let thrown: unknown;
      try {
        loadSurface(spec.entry, { checks });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(SpecErrors);
      const text = (thrown as SpecErrors).format(spec.dir);
      expect(text).toMatch(
        new RegExp(`^openapi\\.yaml:${line}:\\d+: \\$ref .* leaves the spec folder`),
      );
      expect(text).not.toContain("sk_live");
    }
  });

  it("still follows a symlink that stays inside the folder", () => {
    setUp();
    symlinkSync(
      path.join(spec.dir, "schemas/Stock.yaml"),
      path.join(spec.dir, "schemas/Alias.yaml"),
    );
    refStockAt("./schemas/Alias.yaml");
    expect(loadSpec(spec.entry).document["components"]).toBeDefined();
  });
});

describe("spec values quoted in errors are short and escaped", () => {
  let spec: TempSpec;
  afterEach(() => spec?.dispose());

  it("quote/unquoted: JSON escapes plus bidi and invisible characters, cut with the full length", () => {
    expect(quote("listStocks")).toBe('"listStocks"');
    expect(quote("a\u202eb\u200bc\u001b[0m")).toBe('"a\\u202eb\\u200bc\\u001b[0m"');
    expect(quote("x".repeat(61))).toBe(`"${"x".repeat(60)}…" (61 chars)`);
    expect(quote(["string", "null"])).toBe('["string","null"]');
    expect(unquoted("line\nbreak")).toBe("line\\nbreak");
    expect(unquoted(`${"y".repeat(70)}\u2028`)).toBe(`${"y".repeat(60)}… (71 chars)`);
  });

  it("a 5 000-character operationId with a terminal escape is cut and escaped", async () => {
    spec = copySpec();
    const hostile = `\u001b[2J${"x".repeat(5000)}`;
    spec.edit(
      "paths/stocks.yaml",
      "operationId: listStocks",
      `operationId: ${JSON.stringify(hostile)}`,
    );
    const result = await run([
      "--check",
      "--spec",
      spec.entry,
      "--out",
      path.join(spec.dir, "none"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toContain("x".repeat(100));
    expect(result.stderr).toMatch(/"\\u001b\[2Jx+…" \(5004 chars\)/);
  });

  it("a non-mapping $ref target is described by a short excerpt", () => {
    spec = copySpec();
    spec.write("schemas/Long.yaml", JSON.stringify(`line one\nline two ${"y".repeat(3000)}`));
    spec.edit("openapi.yaml", "$ref: ./schemas/Stock.yaml\n", "$ref: ./schemas/Long.yaml\n");
    const [error = ""] = errorsOf(spec.entry);
    expect(error).toContain('"line one\\nline two yyy');
    expect(error).toContain("(3018 chars)");
    expect(error).not.toContain("y".repeat(100));
  });
});
