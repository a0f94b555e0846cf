import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const preload = fileURLToPath(new URL("./report-usage.mjs", import.meta.url));

export interface ProcessMeasurement {
  readonly ok: boolean;
  /** Wall time from spawn to exit, ms: what a user waits for (Node start-up included). */
  readonly wallMs: number;
  readonly maxRssMiB: number;
  readonly cpuMs: number;
  /** Last lines of stderr/stdout when the process failed or timed out. */
  readonly failure?: string;
  /** The end of its stdout (a generate run's summary ends with its stage times). */
  readonly stdout: string;
}

/**
 * Runs `node <nodeArgs…>` in a new process with the usage reporter preloaded, bounded by
 * `timeoutMs` (killed after that), and returns its wall time, peak RSS and CPU time.
 */
export function measureNodeProcess(
  nodeArgs: readonly string[],
  options: { cwd: string; timeoutMs: number; scratchDir: string },
): Promise<ProcessMeasurement> {
  const usageFile = join(options.scratchDir, `usage-${process.pid}-${Date.now()}.json`);
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--import", preload, ...nodeArgs], {
      cwd: options.cwd,
      env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let stdout = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      stdout = (stdout + chunk.toString()).slice(-4000);
    });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - start;
      let usage = { maxRssKiB: Number.NaN, userMicros: Number.NaN, systemMicros: Number.NaN };
      try {
        usage = JSON.parse(readFileSync(usageFile, "utf8")) as typeof usage;
      } catch {
        // No report: the process was killed or crashed before exit handlers ran.
      }
      rmSync(usageFile, { force: true });
      const ok = code === 0 && !timedOut;
      const tail = output.trim().split("\n").slice(-6).join("\n");
      resolve({
        ok,
        wallMs,
        maxRssMiB: usage.maxRssKiB / 1024,
        cpuMs: (usage.userMicros + usage.systemMicros) / 1000,
        stdout,
        ...(ok
          ? {}
          : {
              failure: timedOut
                ? `timed out after ${options.timeoutMs} ms`
                : `exit ${code}: ${tail}`,
            }),
      });
    });
  });
}
