/**
 * The step list of `npm test` and the vitest projects it runs: every test file belongs to exactly
 * one project, every suite path names a test file (a mistyped path would drop a suite from both
 * `npm test` and `npm run test:fast`), and neighbouring steps with one label run together.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Step, STEPS, stepGroups } from "../../scripts/test-steps.js";
import { PROCESS_SUITES, SEED_SUITE, UNIT_PROJECT } from "../../scripts/test-suites.js";
import { repoRoot, sourceFilesBelow } from "../architecture/source-files.js";

const testFiles = sourceFilesBelow("test", { pattern: /\.test\.ts$/ });

/** The suite paths that select a test file (folders select everything below them). */
function suitesOf(file: string): string[] {
  return [...PROCESS_SUITES, SEED_SUITE]
    .filter((suite) => suite.paths.some((p) => (p.endsWith("/") ? file.startsWith(p) : file === p)))
    .map((suite) => suite.project);
}

describe("vitest projects of npm test", () => {
  it("every suite path exists and selects at least one test file", () => {
    for (const suite of [...PROCESS_SUITES, SEED_SUITE])
      for (const p of suite.paths) {
        expect(existsSync(path.join(repoRoot, p)), `${suite.project}: ${p}`).toBe(true);
        const selected = testFiles.filter((f) => (p.endsWith("/") ? f.startsWith(p) : f === p));
        expect(selected.length, `${suite.project}: ${p}`).toBeGreaterThan(0);
      }
  });

  it("no test file is in two process suites (the rest are the unit project)", () => {
    expect(testFiles.length).toBeGreaterThan(50);
    for (const file of testFiles) expect(suitesOf(file).length, file).toBeLessThan(2);
  });

  it("npm test runs the unit project and every process suite, never with --passWithNoTests", () => {
    const commands = STEPS.map((step) => step.command);
    const projects = [UNIT_PROJECT, SEED_SUITE.project, ...PROCESS_SUITES.map((s) => s.project)];
    for (const project of projects)
      expect(commands).toContain(`npx vitest run --project ${project}`);
    const manifest = readFileSync(path.join(repoRoot, "package.json"), "utf8");
    for (const text of [...commands, manifest]) expect(text).not.toContain("passWithNoTests");
    expect(manifest).toContain(`"test:fast": "vitest run --project ${UNIT_PROJECT}"`);
  });
});

describe("step groups", () => {
  const step = (name: string, parallel?: string): Step => ({ name, command: name, parallel });
  const names = (groups: Step[][]): string[][] => groups.map((g) => g.map((s) => s.name));

  it("runs consecutive steps with the same label together, every other step alone", () => {
    const steps = [step("a"), step("b", "x"), step("c", "x"), step("d"), step("e", "x")];
    expect(names(stepGroups(steps))).toEqual([["a"], ["b", "c"], ["d"], ["e"]]);
    expect(names(stepGroups([step("a"), step("b")]))).toEqual([["a"], ["b"]]);
  });

  it("the process suites of npm test form one concurrent group after the unit suites", () => {
    const groups = names(stepGroups(STEPS));
    const unit = groups.findIndex((g) => g.includes("unit suites"));
    expect(groups[unit]).toEqual(["unit suites"]);
    const concurrent = groups.findIndex((g) => g.length > 1);
    expect(concurrent).toBeGreaterThan(unit);
    expect(groups[concurrent]).toEqual([
      ...PROCESS_SUITES.map((s) => s.step),
      "build + package consumer test",
    ]);
    expect(groups.filter((g) => g.length > 1)).toHaveLength(1);
  });
});
