/**
 * A green `vitest run` prints nothing alarming: console.* of passing tests is held back by the
 * config, but a child process that inherits the test process's streams writes past vitest. Every
 * file under test/ is checked for such calls (see child-output.ts), with `file:line` and the fix.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { childOutputLeaks } from "./child-output.js";

const testRoot = fileURLToPath(new URL("..", import.meta.url));

function testSources(directory = testRoot): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!["node_modules", ".tmp", "fixtures"].includes(entry.name))
        files.push(...testSources(full));
    } else if (/\.[cm]?ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(full);
  }
  return files;
}

describe("child processes started by tests keep their output to the test", () => {
  it("no file under test/ lets a child write to the run's output", () => {
    const files = testSources();
    expect(files.length).toBeGreaterThan(50);
    const leaks = files.flatMap((file) =>
      childOutputLeaks(file, readFileSync(file, "utf8")).map(
        (leak) => `test/${path.relative(testRoot, file)}:${leak.line}: ${leak.call}: ${leak.why}`,
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
