/**
 * The CI workflow (.github/workflows/ci.yml) runs `.ci/run` on every push and pull request over
 * the Node.js lines the project supports (scripts/node-lines.ts), and `.ci/run` runs `npm test`
 * then `npm run test:node`. Parsed, not grepped: a matrix or trigger that moved still counts.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chooseLines, NODE_LINES } from "../../scripts/node-lines.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly "runs-on"?: string;
  readonly strategy?: { readonly matrix?: Record<string, unknown> };
  readonly env?: Record<string, unknown>;
  readonly steps?: readonly Step[];
}
interface Workflow {
  readonly on?: Record<string, unknown> | string | readonly string[];
  readonly jobs?: Record<string, Job>;
}

const workflow = parse(read(".github/workflows/ci.yml")) as Workflow;
const lines = NODE_LINES.map(({ line }) => line);

/** The one job that runs `.ci/run` (the workflow may grow others). */
function ciJob(): Job {
  const jobs = Object.values(workflow.jobs ?? {});
  const running = jobs.filter((job) => (job.steps ?? []).some((s) => s.run?.trim() === ".ci/run"));
  expect(running, "exactly one job runs .ci/run").toHaveLength(1);
  return running[0] ?? {};
}

describe(".github/workflows/ci.yml", () => {
  it("triggers on every push and every pull request (no branch or path filter)", () => {
    const on = workflow.on;
    expect(typeof on === "object" && on !== null && !Array.isArray(on)).toBe(true);
    const triggers = on as Record<string, unknown>;
    expect(Object.keys(triggers).sort()).toEqual(["pull_request", "push"]);
    expect(triggers["push"] ?? null).toBeNull();
    expect(triggers["pull_request"] ?? null).toBeNull();
  });

  it("runs over a matrix of exactly the supported Node.js lines", () => {
    const job = ciJob();
    expect(job.strategy?.matrix?.["node"]).toEqual(lines);
    const setup = (job.steps ?? []).find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(setup?.with?.["node-version"]).toBe("${{ matrix.node }}");
    expect(job.env?.["NODE_LINES"], "test:node runs only the job's own line").toBe(
      "${{ matrix.node }}",
    );
  });

  it("checks out, sets up Node and then runs .ci/run as its last step", () => {
    const steps = ciJob().steps ?? [];
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    expect(steps.at(-1)?.run?.trim()).toBe(".ci/run");
  });
});

describe(".ci/run and package.json", () => {
  it(".ci/run installs, runs npm test, then test:node on the other lines", () => {
    const text = read(".ci/run");
    // The Redis suites' server, installed only when missing (an `if … fi` block before npm ci).
    const redisInstall = /^if ! command -v redis-server[^\n]*\n(?:[^\n]*\n)*?fi\n/m;
    expect(text).toMatch(redisInstall);
    const commands = text
      .replace(redisInstall, "")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#") && !line.startsWith("set "))
      .filter((line) => !line.startsWith("cd "));
    expect(commands).toEqual(["npm ci", "npm test", "npm run test:node -- --except-current"]);
    expect(fs.statSync(path.join(ROOT, ".ci/run")).mode & 0o111).not.toBe(0);
  });

  it("package.json has test:node, and engines starts at the oldest tested line", () => {
    const manifest = JSON.parse(read("package.json")) as {
      scripts: Record<string, string>;
      engines: { node: string };
    };
    expect(manifest.scripts["test:node"]).toBe("tsx scripts/test-node.ts");
    expect(manifest.engines.node).toMatch(new RegExp(`^>=${Math.min(...lines)}\\.`));
  });
});

describe("chooseLines (test:node's selection)", () => {
  const linesOf = (argv: readonly string[], env: NodeJS.ProcessEnv = {}, current = 20) => {
    const chosen = chooseLines(argv, env, current);
    return typeof chosen === "string" ? chosen : chosen.map(({ line }) => line);
  };

  it("runs every supported line by default, and each pinned version is on its line", () => {
    expect(linesOf([])).toEqual(lines);
    for (const { line, version } of NODE_LINES) expect(version.split(".")[0]).toBe(String(line));
  });

  it("takes lines from arguments first, then NODE_LINES", () => {
    expect(linesOf(["24", "22"], { NODE_LINES: "26" })).toEqual([22, 24]);
    expect(linesOf([], { NODE_LINES: "26, 22" })).toEqual([22, 26]);
  });

  it("--except-current leaves out this process's line (npm test covered it)", () => {
    expect(linesOf(["--except-current"], {}, 20)).toEqual([22, 24, 26]);
    expect(linesOf(["--except-current"], { NODE_LINES: "22" }, 22)).toEqual([]);
  });

  it("refuses a line it does not support, naming the supported ones", () => {
    expect(linesOf(["18"])).toMatch(/unknown Node\.js line\(s\) 18; supported: 20, 22, 24, 26/);
  });
});
