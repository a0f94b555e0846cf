/**
 * A scratch copy of this repository for tests that run the project's own commands on it: every
 * file except build output and dependencies, `node_modules` as a symlink to ours (not copied:
 * hundreds of MB), and a fresh git repository with one commit so `spec:diff` has a base.
 * Commits use a fixed identity via env so the machine's git config is never read or changed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SKIPPED = new Set(["node_modules", ".git", "dist", ".tmp", ".sandbox", "coverage"]);

/** Our environment minus the variables vitest sets for its workers (a nested vitest must not see them). */
const BASE_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "TEST"),
);

const GIT_ENV = {
  ...BASE_ENV,
  GIT_AUTHOR_NAME: "workflow test",
  GIT_AUTHOR_EMAIL: "workflow@example.invalid",
  GIT_COMMITTER_NAME: "workflow test",
  GIT_COMMITTER_EMAIL: "workflow@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: os.devNull,
};

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface ScratchRepo {
  readonly dir: string;
  /** Runs `npm run <script> [-- args]` in the copy; never throws on a non-zero exit. */
  npm(script: string, args?: readonly string[], timeoutMs?: number): CommandResult;
  /** Runs a command in the copy; never throws on a non-zero exit. */
  run(command: string, args: readonly string[], timeoutMs?: number): CommandResult;
  git(...args: string[]): string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces exactly one occurrence of `before` in `file` (fails loudly when the text moved). */
  edit(file: string, before: string | RegExp, after: string): void;
  dispose(): void;
}

export function createScratchRepo(repoRoot: string): ScratchRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wechatpay-favor-scratch-"));
  fs.cpSync(repoRoot, dir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(repoRoot, source);
      const top = relative.split(path.sep)[0] ?? "";
      return relative === "" || !(SKIPPED.has(top) || relative.endsWith(`${path.sep}.tmp`));
    },
  });
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  const run = (command: string, args: readonly string[], timeoutMs = 300_000): CommandResult => {
    const result = spawnSync(command, args, {
      cwd: dir,
      encoding: "utf8",
      timeout: timeoutMs,
      env: { ...GIT_ENV, FORCE_COLOR: "0", NO_COLOR: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return {
      status: result.status ?? -1,
      stdout: result.stdout ?? "",
      stderr: `${result.stderr ?? ""}${result.error ? `\n${result.error.message}` : ""}`,
    };
  };
  const git = (...args: string[]): string =>
    // Piped: git's hints and progress on stderr are not the test run's output (a failure still
    // throws with them in the error).
    execFileSync("git", args, {
      cwd: dir,
      env: GIT_ENV,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  git("init", "-q", "-b", "main");
  // The symlink is not a directory to git, so the copied `node_modules/` ignore rule misses it.
  fs.appendFileSync(path.join(dir, ".git", "info", "exclude"), "/node_modules\n");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  const file = (name: string): string => path.join(dir, name);
  return {
    dir,
    run,
    npm: (script, args = [], timeoutMs) =>
      run(
        "npm",
        ["run", "--silent", script, ...(args.length > 0 ? ["--", ...args] : [])],
        timeoutMs,
      ),
    git,
    read: (name) => fs.readFileSync(file(name), "utf8"),
    write: (name, text) => {
      fs.mkdirSync(path.dirname(file(name)), { recursive: true });
      fs.writeFileSync(file(name), text);
    },
    edit(name, before, after) {
      const text = fs.readFileSync(file(name), "utf8");
      const count =
        typeof before === "string"
          ? text.split(before).length - 1
          : [...text.matchAll(new RegExp(before.source, `${before.flags.replace("g", "")}g`))]
              .length;
      if (count !== 1)
        throw new Error(`${name}: expected exactly one match of ${String(before)}, found ${count}`);
      fs.writeFileSync(file(name), text.replace(before, after));
    },
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
