/**
 * `npm run review -- [--base <git-ref>] [--allow-breaking] [--summary <file>]`
 *
 * Everything a pull request that touches spec/ needs, in one command, for a PR job:
 *   1. lint:spec          — Redocly lint of the spec
 *   2. generate --check   — generated/ is what the spec produces (no drift)
 *   3. spec:diff          — what changed for callers, classified (fails on breaking changes)
 *   4. usage check        — the base ref's test/usage/ still compiles against the new client
 * Every step runs even when an earlier one fails, so one run shows every problem. The Markdown
 * report goes to stdout and is appended to `--summary <file>` or `$GITHUB_STEP_SUMMARY` when set.
 * Exit 0 only when every step passed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runGenerate } from "../../generator/index.js";
import { runSpecDiff, type Io } from "./run-diff.js";
import { runUsageCheck } from "./usage-check.js";

interface StepResult {
  readonly name: string;
  readonly code: number;
  /** Markdown shown in the report body (the diff and usage reports). */
  readonly report: string;
  /** Raw output, shown folded when the step failed. */
  readonly log: string;
}

function capture(): { io: Io; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t) },
    out: () => out,
    err: () => err,
  };
}

function lintSpec(cwd: string): StepResult {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "-s", "lint:spec"], {
    cwd,
    encoding: "utf8",
    timeout: 300_000,
  });
  const log = `${run.stdout ?? ""}${run.stderr ?? ""}${run.error ? String(run.error) : ""}`;
  return { name: "lint:spec", code: run.status ?? 1, report: "", log };
}

async function generateCheck(cwd: string): Promise<StepResult> {
  const c = capture();
  let code: number;
  try {
    code = await runGenerate(
      [
        "--check",
        "--spec",
        path.join(cwd, "spec/openapi.yaml"),
        "--out",
        path.join(cwd, "generated"),
      ],
      c.io,
    );
  } catch (e) {
    code = 2;
    c.io.stderr(`generate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  return { name: "generate --check", code, report: "", log: `${c.out()}${c.err()}` };
}

async function specDiff(cwd: string, forwarded: string[]): Promise<StepResult> {
  const c = capture();
  const code = await runSpecDiff(forwarded, c.io, cwd);
  return { name: "spec:diff", code, report: c.out(), log: c.err() };
}

async function usageCheck(cwd: string, forwarded: string[]): Promise<StepResult> {
  const c = capture();
  const code = await runUsageCheck(forwarded, c.io, cwd);
  return { name: "usage check", code, report: c.out(), log: c.err() };
}

function render(steps: readonly StepResult[]): string {
  const passed = steps.every((s) => s.code === 0);
  const out = [
    `# Spec review: ${passed ? "passed" : "FAILED"}`,
    "",
    "| step | result |",
    "| --- | --- |",
  ];
  for (const s of steps)
    out.push(`| ${s.name} | ${s.code === 0 ? "✅ passed" : `❌ failed (exit ${s.code})`} |`);
  for (const s of steps) if (s.report) out.push("", s.report.trimEnd());
  for (const s of steps) {
    if (s.code !== 0 && s.log.trim())
      out.push(
        "",
        `<details><summary>${s.name} output</summary>`,
        "",
        "```text",
        s.log.trimEnd().slice(-20_000),
        "```",
        "",
        "</details>",
      );
  }
  return `${out.join("\n")}\n`;
}

export async function runReview(
  argv: readonly string[],
  io: Io,
  cwd: string = process.cwd(),
): Promise<number> {
  let values: {
    base?: string | undefined;
    "allow-breaking": boolean;
    summary?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        base: { type: "string" },
        "allow-breaking": { type: "boolean", default: false },
        summary: { type: "string" },
      },
      strict: true,
    }));
  } catch (e) {
    io.stderr(
      `review: ${(e as Error).message}\nusage: review [--base <git-ref>] [--allow-breaking] [--summary <file>]\n`,
    );
    return 2;
  }
  const forwarded = [
    ...(values.base !== undefined ? ["--base", values.base] : []),
    ...(values["allow-breaking"] ? ["--allow-breaking"] : []),
  ];
  const steps = [
    lintSpec(cwd),
    await generateCheck(cwd),
    await specDiff(cwd, forwarded),
    await usageCheck(cwd, forwarded),
  ];
  const report = render(steps);
  io.stdout(report);
  const summary = values.summary ?? process.env["GITHUB_STEP_SUMMARY"];
  if (summary) fs.appendFileSync(summary, report);
  return steps.every((s) => s.code === 0) ? 0 : 1;
}
