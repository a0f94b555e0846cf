/**
 * A green `vitest run` prints nothing alarming: console.* of passing tests is held back by the
 * config, but a child process that inherits the test process's streams writes past vitest. Every
 * file under test/ is checked for such calls (see child-output.ts), with `file:line` and the fix.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { childOutputLeaks } from "./child-output.js";
import { repoRoot, sourceFilesBelow } from "./source-files.js";

describe("child processes started by tests keep their output to the test", () => {
  it("no file under test/ lets a child write to the run's output", () => {
    const files = sourceFilesBelow("test", { pattern: /\.[cm]?ts$/, skip: ["fixtures"] });
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.flatMap((file) =>
      childOutputLeaks(file, readFileSync(path.join(repoRoot, file), "utf8")).map(
        (leak) => `${file}:${leak.line}: ${leak.call}: ${leak.why}`,
      ),
    );
    expect(leaks).toEqual([]);
  });

  it.each([
    ['spawn("tsx", ["x.ts"], { stdio: "inherit" })', "spawn"],
    ['spawnSync("npm", ["test"], { cwd, stdio: ["ignore", "inherit", "pipe"] })', "spawnSync"],
    ['execFileSync("git", ["init"], { cwd })', "execFileSync"],
    ['execFileSync("git", ["init"])', "execFileSync"],
    ['child_process.execSync("git init")', "execSync"],
    ['fork("child.js")', "fork"],
    ['fork("child.js", [], { ...shared, stdio: "inherit" })', "fork"],
  ])("flags %s", (code, call) => {
    expect(childOutputLeaks("x.ts", code).map((leak) => leak.call)).toEqual([call]);
  });

  it.each([
    'spawn("tsx", ["x.ts"])',
    'spawnSync("npm", ["test"], { encoding: "utf8" })',
    'execFileSync("git", ["init"], { cwd, stdio: ["ignore", "pipe", "pipe"] })',
    'execFileSync("git", args, options)',
    'execSync("git init", { stdio: "pipe" })',
    'fork("child.js", [], { silent: true })',
    "/x/.exec(text)",
  ])("accepts %s", (code) => {
    expect(childOutputLeaks("x.ts", code)).toEqual([]);
  });
});
