/**
 * Instances of a service for the multi-process suites: each child is a tsx process configured by
 * one JSON env var (FLEET_CHILD), writing one JSON object per stdout line. Output is piped and
 * kept for assertions; every wait is bounded.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export type Line = Readonly<Record<string, unknown>>;

export interface Instance {
  readonly lines: readonly Line[];
  /** Resolves with the first line matching `test` (already printed or not); rejects after `ms`. */
  waitFor(test: (line: Line) => boolean, ms?: number): Promise<Line>;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): void;
  readonly stderr: () => string;
}

export function startInstance(script: string, config: object): Instance {
  // node with tsx's loader, not the tsx binary: tsx runs the script in a grandchild, which a
  // SIGKILL of tsx (a simulated crash) would leave running.
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join("test", "redis", script)],
    {
      env: { ...process.env, FLEET_CHILD: JSON.stringify(config) },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    },
  );
  const lines: Line[] = [];
  const listeners = new Set<() => void>();
  let partial = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    partial += chunk.toString();
    const complete = partial.split("\n");
    partial = complete.pop() ?? "";
    for (const text of complete) if (text.trim() !== "") lines.push(JSON.parse(text) as Line);
    for (const listener of listeners) listener();
  });
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  void exited.then(() => {
    for (const listener of listeners) listener();
  });
  return {
    lines,
    exited,
    stderr: () => stderr,
    kill: (signal = "SIGTERM") => child.kill(signal),
    waitFor(test, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find(test);
          if (found !== undefined) done(() => resolve(found));
          else if (child.exitCode !== null || child.signalCode !== null)
            done(() => reject(new Error(`${script} ended without the line: ${stderr}`)));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`${script}: no such line within ${ms} ms: ${stderr}`))),
          ms,
        );
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Config of one child, read from FLEET_CHILD (for the child scripts). */
export function childConfig<T>(): T {
  return JSON.parse(process.env["FLEET_CHILD"] ?? "{}") as T;
}

/** One stdout line (for the child scripts). */
export function say(line: Line): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
