/**
 * `npm run test:node [-- 22 24] [--except-current]`: runs the unit suites and the packed-package
 * consumer test on every supported Node.js line (scripts/node-lines.ts), one after the other.
 * Each line other than this process's own is the npm registry's `node` package at a pinned
 * version, installed once into node_modules/.cache/node-versions/ (no download from nodejs.org).
 * Lines can be chosen by arguments or by NODE_LINES=22,24; `--except-current` leaves out this
 * process's line (`.ci/run` passes it: `npm test` has just run everything on it).
 *
 * Like `npm test`: one line per step, each step's output in .tmp/test-node-output.log and printed
 * only when it fails; stops at the first failure. Exit 0 passed, 1 a step failed, 2 bad arguments
 * or a Node that could not be installed.
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chooseLines, UNIT_SUITES, type NodeLine } from "./node-lines.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const cacheDir = join(repoRoot, "node_modules", ".cache", "node-versions");
const logFile = join(repoRoot, ".tmp", "test-node-output.log");
const currentLine = Number(process.versions.node.split(".")[0]);
/** Installing one Node (~120 MB from the registry) and each step are bounded in time. */
const INSTALL_MS = 10 * 60_000;
const STEP_MS = 15 * 60_000;

/** The node binary for a line: this process's own, or the registry's `node` package (installed once). */
function nodeBinary({ line, version }: NodeLine): string {
  if (line === currentLine) return process.execPath;
  const prefix = join(cacheDir, version);
  const binary = join(prefix, "node_modules", "node", "bin", "node");
  if (!existsSync(binary)) {
    process.stdout.write(`  installing node@${version} from the npm registry…\n`);
    const install = spawnSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
      ].concat(["--loglevel=error", `node@${version}`]),
      { cwd: repoRoot, encoding: "utf8", timeout: INSTALL_MS },
    );
    if (install.status !== 0 || !existsSync(binary))
      throw new Error(`npm install node@${version} failed:\n${install.stdout}${install.stderr}`);
  }
  const reported = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  if (reported !== `v${version}`)
    throw new Error(`${binary} reports ${reported || "nothing"}, expected v${version}`);
  return binary;
}

/** Runs one command with the chosen node first on PATH (npm, npx and `#!/usr/bin/env node` use it). */
function runStep(node: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${dirname(node)}${delimiter}${process.env["PATH"] ?? ""}`,
    };
    // Vitest colours its output whatever stdout is, unless NO_COLOR is set.
    if (process.stdout.isTTY !== true) Object.assign(env, { NO_COLOR: "1" });
    delete env["FORCE_COLOR"];
    const child = spawn(node, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGTERM"), STEP_MS);
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") });
    });
  });
}

const STEPS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  {
    name: "unit suites",
    args: ["node_modules/vitest/vitest.mjs", "run", ...UNIT_SUITES],
  },
  {
    name: "build + package consumer test",
    args: ["node_modules/tsx/dist/cli.mjs", "test/package/consumer-test.ts"],
  },
];

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Runs every step on one line; false after the first failing step (its output printed). */
async function testLine(line: NodeLine, node: string): Promise<boolean> {
  for (const step of STEPS) {
    const started = Date.now();
    const { code, output } = await runStep(node, step.args);
    const took = seconds(Date.now() - started);
    appendFileSync(
      logFile,
      `\n===== Node ${line.line}: ${step.name} (exit ${code}, ${took})\n${output}`,
    );
    if (code !== 0) {
      process.stdout.write(
        `----- output of "${step.name}" on Node ${line.line}\n${output}\n-----\n`,
      );
      process.stdout.write(`✗ Node ${line.line}: ${step.name} failed (exit ${code}, ${took})\n`);
      return false;
    }
    process.stdout.write(`✓ Node ${line.line}: ${step.name} (${took})\n`);
  }
  return true;
}

async function main(argv: readonly string[]): Promise<number> {
  const lines = chooseLines(argv, process.env, currentLine);
  if (typeof lines === "string") {
    process.stderr.write(`test:node: ${lines}\n`);
    return 2;
  }
  if (lines.length === 0) {
    process.stdout.write(
      `test:node: nothing to run (Node ${currentLine} is this process's line and npm test covers it)\n`,
    );
    return 0;
  }
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, "Output of every `npm run test:node` step, in order.\n");
  const passed: string[] = [];
  for (const line of lines) {
    let node: string;
    try {
      node = nodeBinary(line);
    } catch (error) {
      process.stderr.write(
        `✗ Node ${line.line}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
    const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
    process.stdout.write(
      `Node ${line.line} (${version}${node === process.execPath ? ", this process" : ""})\n`,
    );
    if (!(await testLine(line, node))) {
      process.stdout.write(
        `test:node: FAILED on Node ${line.line}; passed: ${passed.join(", ") || "none"}. Full output in .tmp/test-node-output.log\n`,
      );
      return 1;
    }
    passed.push(`Node ${line.line}`);
  }
  process.stdout.write(
    `test:node: PASSED on ${passed.join(", ")}: ${STEPS.map((s) => s.name).join(" and ")}.\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
