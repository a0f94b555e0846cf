import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OutputEscape, assertWriteStaysInside } from "../../generator/output-guard.js";
import { readTree, writeInPlace } from "../../generator/write.js";
import { MINI_FIXTURE, run, tempDir } from "./helpers.js";

/**
 * Writes never leave `--out`: a symbolic link inside the output folder, to a
 * folder or a file elsewhere, is refused before anything is written, and the folder elsewhere
 * stays as it was. On 42a183c a linked `operations` folder received 17 files.
 */
const miniSpec = path.join(MINI_FIXTURE, "openapi.yaml");

describe("writes never leave --out", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length > 0) cleanups.pop()?.();
  });
  const scratch = (): string => {
    const t = tempDir();
    cleanups.push(t.dispose);
    return t.dir;
  };

  /** A generated output folder, and a folder elsewhere that must stay empty. */
  async function generatedAndElsewhere(): Promise<{ out: string; elsewhere: string }> {
    const root = scratch();
    const out = path.join(root, "generated");
    const elsewhere = path.join(root, "elsewhere");
    mkdirSync(elsewhere);
    expect((await run(["--spec", miniSpec, "--out", out])).code).toBe(0);
    return { out, elsewhere };
  }

  it("refuses a symlinked sub-folder (exit 2), writing nothing anywhere", async () => {
    const { out, elsewhere } = await generatedAndElsewhere();
    const sub = readdirSync(out, { withFileTypes: true }).find((e) => e.isDirectory())?.name;
    expect(sub).toBeDefined();
    rmSync(path.join(out, sub ?? ""), { recursive: true });
    symlinkSync(elsewhere, path.join(out, sub ?? ""));
    // A foreign file makes the generator write in place (the path that followed the link).
    writeFileSync(path.join(out, "mine.ts"), "export {};\n");
    const before = readTree(out);
    const result = await run(["--spec", miniSpec, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`it holds symbolic links (${sub})`);
    expect(result.stderr).toMatch(/nothing was written\.\n {4}fix: /);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readTree(out)).toEqual(before);
  });

  it("refuses a symlinked file, and --check refuses too", async () => {
    const { out, elsewhere } = await generatedAndElsewhere();
    const victim = path.join(elsewhere, "victim.ts");
    writeFileSync(victim, "// not the generator's\n");
    rmSync(path.join(out, "index.ts"));
    symlinkSync(victim, path.join(out, "index.ts"));
    for (const argv of [[], ["--force"], ["--check"]]) {
      const result = await run([...argv, "--spec", miniSpec, "--out", out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("symbolic links (index.ts)");
    }
    expect(readTree(elsewhere)).toEqual(new Map([["victim.ts", "// not the generator's\n"]]));
  });

  it("the writer itself re-checks each path (a link made after the check), before writing any", () => {
    const root = scratch();
    const out = path.join(root, "out");
    const elsewhere = path.join(root, "elsewhere");
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(out, "operations"));
    const files = new Map([
      ["a.ts", "a\n"],
      ["operations/b.ts", "b\n"],
    ]);
    expect(() =>
      writeInPlace(out, files, ["a.ts", "operations/b.ts"], [], "manifest.json"),
    ).toThrow(OutputEscape);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(out)).toEqual(["operations"]);
    for (const rel of ["../x.ts", "/etc/x.ts", "a/../../x.ts", ""])
      expect(() => assertWriteStaysInside(out, rel)).toThrow(OutputEscape);
  });
});
