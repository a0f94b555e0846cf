import { fork, type ChildProcess } from "node:child_process";

/**
 * Forks a TypeScript entry in a NEW Node process (tsx as the loader), so what it measures
 * (process.cpuUsage, maxRSS, heap) belongs to that process alone and no JIT state leaks
 * from one client or run into the next.
 */
export function forkTs(
  entry: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): ChildProcess {
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of every child (how the overheads were found).
  const profileDir = process.env.BENCH_CPU_PROF;
  return fork(entry, [...args], {
    execArgv: [
      "--import",
      "tsx",
      ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
}

/**
 * Resolves with the first IPC message the child sends; rejects if the child exits first
 * or the deadline passes (then the child is killed, so a hung client can't stall the bench).
 */
export function firstMessage<T>(child: ChildProcess, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${what}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(new Error(`${what}: exited (code ${code}, signal ${signal}) before reporting`));
    };
    child.once("exit", onExit);
    child.once("message", (message) => {
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve(message as T);
    });
  });
}

/** Waits for a child to exit (after it reported), killing it if it lingers. */
export function waitExit(child: ChildProcess, timeoutMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
