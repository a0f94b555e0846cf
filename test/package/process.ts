/** Child-process helper for the package tests: bounded in time, and a failure shows its output. */
import { spawn, spawnSync } from "node:child_process";

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the child after this many ms (default 60 s), so a hang fails instead of blocking CI. */
  readonly timeoutMs?: number;
}

/** Runs a command to completion and returns its stdout; throws with stdout+stderr when it fails. */
export function run(command: string, args: readonly string[], options: RunOptions): string {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined || result.status !== 0) {
    const why =
      result.error?.message ??
      (result.signal === null ? `exit code ${result.status}` : `signal ${result.signal}`);
    throw new Error(
      `\`${command} ${args.join(" ")}\` failed in ${options.cwd} (${why})\n--- stdout\n${result.stdout ?? ""}\n--- stderr\n${result.stderr ?? ""}`,
    );
  }
  return result.stdout;
}

/** Like {@link run} but without blocking, so independent steps (the two compilations) overlap. */
export function runAsync(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `\`${command} ${args.join(" ")}\` failed in ${options.cwd} (${signal === null ? `exit code ${code}` : `signal ${signal}`})\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
          ),
        );
    });
  });
}
