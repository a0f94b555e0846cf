/**
 * `npm test`: runs every check in order and prints one line per step, then a summary that says
 * what ran and whether it passed. A step's own output (tool banners, the expected errors passing
 * tests provoke, progress lines) goes to .tmp/test-output.log; it is printed only when the step
 * fails, so a green run reads as green. Stops at the first failing step, like the `&&` chain it
 * replaces. Colour codes are turned off unless stdout is a terminal.
 *
 * Exit code: 0 when every step passed, 1 when one failed, 2 when a step could not be started.
 */
import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Step {
  readonly name: string;
  readonly command: string;
  /** Lines of the step's output worth repeating on success (e.g. vitest's totals). */
  readonly keep?: RegExp;
}

const STEPS: readonly Step[] = [
  { name: "format", command: "npm run --silent format:check" },
  { name: "spec lint", command: "npm run --silent lint:spec" },
  { name: "generated/ up to date", command: "npm run --silent generate:check" },
  { name: "typecheck", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
  {
    name: "vitest",
    command: "npx vitest run --passWithNoTests",
    keep: /^\s*(Test Files|Tests|Duration)\s/,
  },
  { name: "build", command: "npm run --silent build" },
  { name: "consumer test", command: "npm run --silent test:consumer" },
];

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const logDir = fileURLToPath(new URL("../.tmp", import.meta.url));
const logFile = `${logDir}/test-output.log`;
const colour = process.stdout.isTTY === true;

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (!colour) {
    delete env["FORCE_COLOR"];
    env["NO_COLOR"] = "1";
  }
  return env;
}

/** Runs one step with its output captured; resolves to its exit code and output. */
function run(step: Step): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(step.command, {
      cwd: repoRoot,
      env: childEnv(),
      shell: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") }),
    );
  });
}

function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

async function main(): Promise<number> {
  mkdirSync(logDir, { recursive: true });
  writeFileSync(logFile, "");
  const started = Date.now();
  const passed: string[] = [];
  for (const step of STEPS) {
    const stepStarted = Date.now();
    let result: { code: number; output: string };
    try {
      result = await run(step);
    } catch (error) {
      process.stderr.write(
        `✗ ${step.name}: could not start \`${step.command}\`: ${String(error)}\n`,
      );
      return 2;
    }
    const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
    appendFileSync(
      logFile,
      `\n===== ${step.name}: ${step.command} (exit ${result.code})\n${result.output}`,
    );
    if (result.code !== 0) {
      process.stdout.write(result.output.endsWith("\n") ? result.output : `${result.output}\n`);
      process.stdout.write(
        `✗ ${step.name} failed (exit ${result.code}, ${seconds} s): \`${step.command}\`\n`,
      );
      process.stdout.write(
        `npm test: FAILED at "${step.name}" after ${passed.length} passing step(s); full output in .tmp/test-output.log\n`,
      );
      return 1;
    }
    const kept = step.keep
      ? stripAnsi(result.output)
          .split("\n")
          .filter((line) => step.keep?.test(line))
          .map((line) => `    ${line.trim()}`)
      : [];
    process.stdout.write(`✓ ${step.name} (${seconds} s)\n${kept.map((l) => `${l}\n`).join("")}`);
    passed.push(step.name);
  }
  const total = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `npm test: PASSED, all ${passed.length} steps (${passed.join(", ")}) in ${total} s; their output is in .tmp/test-output.log\n`,
  );
  return 0;
}

process.exitCode = await main();
