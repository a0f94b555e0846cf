/**
 * `npm test`: runs every check in order and prints one line per step, then a summary that says
 * what ran and whether it passed. A step's own output (tool banners, progress lines) goes to
 * .tmp/test-output.log; it is printed only when the step fails, so a green run reads as green.
 * Stops at the first failing step, like the `&&` chain it replaces. Colour codes are turned off
 * unless stdout is a terminal.
 *
 * Exit code: 0 when every step passed, 1 when one failed, 2 when a step could not be started.
 */
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

interface Step {
  readonly name: string;
  readonly command: string;
  /** What the step's output says that is worth repeating on success (e.g. vitest's counts). */
  readonly summarize?: (output: string) => string | undefined;
  /** Why output that looks alarming in the log is expected; written once, above the step's output. */
  readonly note?: string;
  /** Why the step cannot run here (printed as "not run: …", not a failure), or undefined to run it. */
  readonly notRunBecause?: () => string | undefined;
}

/**
 * The real docs pages the seed tests read (WeChat's text, never in the repo): next to the clone,
 * or where WECHATPAY_FAVOR_SEEDS_DIR says (test/README.md).
 */
const SEED_TESTS = "test/docs/seeds";
function seedsDir(): string {
  return process.env["WECHATPAY_FAVOR_SEEDS_DIR"] ?? "../shared/seeds";
}

const STEPS: readonly Step[] = [
  { name: "format", command: "npm run --silent format:check" },
  {
    name: "spec lint",
    command: "npm run --silent lint:spec",
    note: "On Node.js 20 Redocly CLI prints a boxed end-of-life notice on every run (it cannot be turned off); it is informational: the project supports Node.js >= 20.18.1.",
  },
  { name: "generated/ up to date", command: "npm run --silent generate:check" },
  { name: "typecheck", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
  {
    name: "vitest",
    command: `npx vitest run --passWithNoTests --exclude '${SEED_TESTS}*.test.ts'`,
    summarize: vitestCounts,
  },
  {
    name: "docs seed pages",
    command: `npx vitest run ${SEED_TESTS}`,
    summarize: vitestCounts,
    notRunBecause: () =>
      existsSync(resolve(repoRoot, seedsDir())) ? undefined : `${seedsDir()} not found`,
  },
  // Needs redis-server; says "not run: redis-server not found" without it (outside CI).
  { name: "redis suites", command: "npm run --silent test:redis", summarize: vitestCounts },
  // No separate build step: the consumer test runs `npm pack` as the README says, and its prepack
  // script builds dist/ (a second build only repeated it: ~11 s here).
  { name: "build + package consumer test", command: "npm run --silent test:consumer" },
];

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const logDir = fileURLToPath(new URL("../.tmp", import.meta.url));
const logFile = `${logDir}/test-output.log`;
const colour = process.stdout.isTTY === true;

/** "86 test files passed, 1705 tests passed, 2 skipped" from vitest's closing lines. */
function vitestCounts(output: string): string | undefined {
  const line = (label: string): string | undefined =>
    new RegExp(`^\\s*${label}\\s+(.+)$`, "m").exec(output)?.[1]?.trim();
  const files = line("Test Files");
  const tests = line("Tests");
  if (files === undefined || tests === undefined) return undefined;
  // "1705 passed | 2 skipped (1707)" → "1705 tests passed, 2 skipped"
  const tidy = (text: string, noun: string): string =>
    text
      .replace(/\s*\(\d+\)$/, "")
      .replace(/ \| /g, ", ")
      .replace(/^(\d+) /, `$1 ${noun} `);
  return `${tidy(files, "test files")}, ${tidy(tests, "tests")}`;
}

function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (!colour) {
    // Vitest colours its output whatever stdout is, unless NO_COLOR is set.
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

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** A step that cannot run here says why on its own line; returns the summary entry, if so. */
function reportNotRun(step: Step): string | undefined {
  const notRun = step.notRunBecause?.();
  if (notRun === undefined) return undefined;
  process.stdout.write(`- ${step.name}: not run: ${notRun}\n`);
  appendFileSync(logFile, `\n===== ${step.name}: not run: ${notRun}\n`);
  return `${step.name} (${notRun})`;
}

async function main(): Promise<number> {
  mkdirSync(logDir, { recursive: true });
  writeFileSync(
    logFile,
    "Output of every `npm test` step, in order (the terminal shows it only for a failing step).\n",
  );
  const started = Date.now();
  const passed: string[] = [];
  const skipped: string[] = [];
  for (const [index, step] of STEPS.entries()) {
    const notRun = reportNotRun(step);
    if (notRun !== undefined) {
      skipped.push(notRun);
      continue;
    }
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
    const took = seconds(Date.now() - stepStarted);
    appendFileSync(
      logFile,
      `\n===== ${step.name}: ${step.command} (exit ${result.code}, ${took})\n${step.note ? `(note: ${step.note})\n` : ""}${result.output}`,
    );
    if (result.code !== 0) {
      process.stdout.write(
        `----- output of "${step.name}" (\`${step.command}\`)\n${result.output.endsWith("\n") ? result.output : `${result.output}\n`}-----\n`,
      );
      process.stdout.write(
        `✗ ${step.name} failed (exit ${result.code}, ${took}): \`${step.command}\`\n`,
      );
      const notRun = STEPS.slice(index + 1).map((s) => s.name);
      process.stdout.write(
        `npm test: FAILED at "${step.name}" after ${passed.length} passing step(s)` +
          `${passed.length > 0 ? ` (${passed.join(", ")})` : ""}` +
          `${notRun.length > 0 ? `; not run: ${notRun.join(", ")}` : ""}. Full output in .tmp/test-output.log\n`,
      );
      return 1;
    }
    const summary = step.summarize?.(stripAnsi(result.output));
    process.stdout.write(`✓ ${step.name} (${took})${summary ? `: ${summary}` : ""}\n`);
    // A step that could not run its checks says so on a line of its own; it is repeated here.
    for (const line of stripAnsi(result.output).split("\n"))
      if (line.startsWith("not run: ")) process.stdout.write(`${line}\n`);
    passed.push(summary ? `${step.name} (${summary})` : step.name);
  }
  process.stdout.write(
    `npm test: PASSED, ${skipped.length > 0 ? "" : "all "}${passed.length} steps in ${seconds(Date.now() - started)}: ${passed.join(", ")}.\n` +
      (skipped.length > 0 ? `Not run: ${skipped.join(", ")}.\n` : "") +
      "Their output (tool notices, progress) is in .tmp/test-output.log.\n",
  );
  return 0;
}

process.exitCode = await main();
