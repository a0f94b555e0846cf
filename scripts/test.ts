/**
 * `npm test`: runs every check of scripts/test-steps.ts in order and prints one line per step,
 * then a summary that says what ran and whether it passed. A step's own output (tool banners,
 * progress lines) goes to .tmp/test-output.log; it is printed only when the step fails, so a green
 * run reads as green. Steps that share a `parallel` label run at the same time, each with its own
 * output, logged and reported in list order. Stops after the first group with a failing step,
 * like the `&&` chain it replaces: the steps after it are named as not run. Colour codes are
 * turned off unless stdout is a terminal.
 *
 * Exit code: 0 when every step passed, 1 when one failed, 2 when a step could not be started.
 */
import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Step, STEPS, stepGroups } from "./test-steps.js";

interface Outcome {
  readonly step: Step;
  readonly code: number;
  readonly output: string;
  readonly ms: number;
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const logDir = fileURLToPath(new URL("../.tmp", import.meta.url));
const logFile = `${logDir}/test-output.log`;
const colour = process.stdout.isTTY === true;

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
function run(step: Step): Promise<Outcome> {
  const started = Date.now();
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
      resolve({
        step,
        code: code ?? 1,
        output: Buffer.concat(chunks).toString("utf8"),
        ms: Date.now() - started,
      }),
    );
  });
}

function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function log(outcome: Outcome): void {
  const { step, code, output, ms } = outcome;
  appendFileSync(
    logFile,
    `\n===== ${step.name}: ${step.command} (exit ${code}, ${seconds(ms)})\n${step.note ? `(note: ${step.note})\n` : ""}${output}`,
  );
}

/** The step's line; a failing step's output comes first, so the line stays next to the summary. */
function report(outcome: Outcome): string | undefined {
  const { step, code, output, ms } = outcome;
  if (code !== 0) {
    process.stdout.write(
      `----- output of "${step.name}" (\`${step.command}\`)\n${output.endsWith("\n") ? output : `${output}\n`}-----\n`,
    );
    process.stdout.write(
      `✗ ${step.name} failed (exit ${code}, ${seconds(ms)}): \`${step.command}\`\n`,
    );
    return undefined;
  }
  const summary = step.summarize?.(stripAnsi(output));
  process.stdout.write(`✓ ${step.name} (${seconds(ms)})${summary ? `: ${summary}` : ""}\n`);
  // A step that could not run its checks says so on a line of its own; it is repeated here.
  for (const line of stripAnsi(output).split("\n"))
    if (line.startsWith("not run: ")) process.stdout.write(`${line}\n`);
  return summary ? `${step.name} (${summary})` : step.name;
}

function failed(failures: readonly string[], passed: readonly string[], notRun: readonly string[]) {
  process.stdout.write(
    `npm test: FAILED at ${failures.map((name) => `"${name}"`).join(", ")} after ${passed.length} passing step(s)` +
      `${passed.length > 0 ? ` (${passed.join(", ")})` : ""}` +
      `${notRun.length > 0 ? `; not run: ${notRun.join(", ")}` : ""}. Full output in .tmp/test-output.log\n`,
  );
}

/** A step that cannot run here says why on its own line; returns the summary entry, if so. */
function reportNotRun(step: Step): string | undefined {
  const notRun = step.notRunBecause?.();
  if (notRun === undefined) return undefined;
  process.stdout.write(`- ${step.name}: not run: ${notRun}\n`);
  appendFileSync(logFile, `\n===== ${step.name}: not run: ${notRun}\n`);
  return `${step.name} (${notRun})`;
}

/** Runs one group's steps at once (those that can run here); undefined when one cannot start. */
async function runGroup(group: readonly Step[], skipped: string[]): Promise<Outcome[] | undefined> {
  const runnable: Step[] = [];
  for (const step of group) {
    const notRun = reportNotRun(step);
    if (notRun === undefined) runnable.push(step);
    else skipped.push(notRun);
  }
  try {
    return await Promise.all(runnable.map(run));
  } catch (error) {
    const names = runnable.map((step) => `\`${step.command}\``).join(", ");
    process.stderr.write(`✗ could not start ${names}: ${String(error)}\n`);
    return undefined;
  }
}

async function main(): Promise<number> {
  mkdirSync(logDir, { recursive: true });
  writeFileSync(
    logFile,
    "Output of every `npm test` step, in list order (the terminal shows it only for a failing step).\n",
  );
  const started = Date.now();
  const passed: string[] = [];
  const skipped: string[] = [];
  const groups = stepGroups(STEPS);
  for (const [index, group] of groups.entries()) {
    const outcomes = await runGroup(group, skipped);
    if (outcomes === undefined) return 2;
    for (const outcome of outcomes) log(outcome);
    // Passing lines first, then each failure's output and line, next to the summary.
    const ordered = [
      ...outcomes.filter((o) => o.code === 0),
      ...outcomes.filter((o) => o.code !== 0),
    ];
    const failures: string[] = [];
    for (const outcome of ordered) {
      const line = report(outcome);
      if (line === undefined) failures.push(outcome.step.name);
      else passed.push(line);
    }
    if (failures.length > 0) {
      const notRun = groups.slice(index + 1).flatMap((g) => g.map((step) => step.name));
      failed(failures, passed, notRun);
      return 1;
    }
  }
  process.stdout.write(
    `npm test: PASSED, ${skipped.length > 0 ? "" : "all "}${passed.length} steps in ${seconds(Date.now() - started)}: ${passed.join(", ")}.\n` +
      (skipped.length > 0 ? `Not run: ${skipped.join(", ")}.\n` : "") +
      "Their output (tool notices, progress) is in .tmp/test-output.log.\n",
  );
  return 0;
}

process.exitCode = await main();
