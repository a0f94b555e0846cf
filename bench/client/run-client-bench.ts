import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { firstMessage, forkTs, waitExit } from "../lib/child.js";
import { fmt, fmtRatio, markdownTable } from "../lib/markdown.js";
import { median, percentile } from "../lib/stats.js";
import { createFixtures } from "./fixtures.js";
import type { MeasuredRun, WorkerReport } from "./worker.js";

const here = fileURLToPath(new URL(".", import.meta.url));
export const CLIENT_ORDER = [
  "floor",
  "ours",
  "wechatpay-node-v3",
  "wechatpay-axios-plugin",
] as const;
export const CONCURRENCIES = [1, 16] as const;

export interface ClientRow {
  readonly client: string;
  readonly concurrency: number;
  readonly requestsPerSecond: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly cpuMicrosPerRequest: number;
  /** CPU per request divided by the floor's at the same concurrency. */
  readonly cpuRatioToFloor: number;
  /** CPU per request minus one bare RSA sign + verify measured in the same process. */
  readonly overheadMicrosPerRequest: number;
}

export interface ClientBenchResult {
  readonly rows: ClientRow[];
  readonly failures: { readonly client: string; readonly message: string }[];
  readonly verificationNotes: { readonly client: string; readonly note: string }[];
  readonly bareSignMicros: number;
  readonly bareVerifyMicros: number;
  readonly markdown: string;
}

export interface ClientBenchOptions {
  readonly requests: number;
  readonly outDir: string;
  /**
   * Interleaved rounds (floor, ours, peers, floor, ours, …); each figure is the median round by
   * CPU/request. Other work on a shared machine shifts single runs by ±10 %, more than the goal.
   */
  readonly rounds?: number;
}

export async function runClientBench(options: ClientBenchOptions): Promise<ClientBenchResult> {
  const fixturesDir = join(options.outDir, `client-${process.pid}`);
  createFixtures(fixturesDir);
  const server = forkTs(join(here, "server.ts"), [fixturesDir]);
  try {
    const { port } = await firstMessage<{ port: number }>(server, 30_000, "bench server");
    const baseUrl = `http://127.0.0.1:${port}`;
    const timeoutMs = 60_000 + options.requests * CONCURRENCIES.length * 30;
    const worker = async (name: string): Promise<WorkerReport> => {
      const child = forkTs(join(here, "worker.ts"), [
        name,
        baseUrl,
        fixturesDir,
        String(options.requests),
        CONCURRENCIES.join(","),
      ]);
      try {
        return await firstMessage<WorkerReport>(child, timeoutMs, name);
      } catch (error) {
        return { kind: "error", message: error instanceof Error ? error.message : String(error) };
      } finally {
        await waitExit(child);
      }
    };
    const rounds = Math.max(1, options.rounds ?? 1);
    const measured = await runRounds(worker, rounds);
    const { failures, verificationNotes } = measured;
    const rows = tableRows(measured.runsByClient, measured.displayName);
    const bare = await worker("bare-crypto");
    const bareSignMicros = bare.kind === "bare-crypto" ? bare.result.signMicros : Number.NaN;
    const bareVerifyMicros = bare.kind === "bare-crypto" ? bare.result.verifyMicros : Number.NaN;
    if (bare.kind === "error") failures.push({ client: "bare-crypto", message: bare.message });

    const markdown = renderClientMarkdown(
      options.requests,
      rounds,
      rows,
      failures,
      verificationNotes,
      bareSignMicros,
      bareVerifyMicros,
    );
    return { rows, failures, verificationNotes, bareSignMicros, bareVerifyMicros, markdown };
  } finally {
    server.disconnect();
    await waitExit(server);
    // The fixtures hold throwaway private keys; don't leave them lying around.
    rmSync(fixturesDir, { recursive: true, force: true });
  }
}

/** Every client's worker once per round, in CLIENT_ORDER; a client that fails once is dropped. */
async function runRounds(
  worker: (name: string) => Promise<WorkerReport>,
  rounds: number,
): Promise<{
  failures: { client: string; message: string }[];
  verificationNotes: { client: string; note: string }[];
  displayName: Map<string, string>;
  runsByClient: Map<string, MeasuredRun[]>;
}> {
  const failures: { client: string; message: string }[] = [];
  const verificationNotes: { client: string; note: string }[] = [];
  const displayName = new Map<string, string>();
  const runsByClient = new Map<string, MeasuredRun[]>();
  // Sequential on purpose: two clients measured at once would share the 2 cores.
  for (let round = 0; round < rounds; round++) {
    for (const name of CLIENT_ORDER) {
      if (failures.some((f) => f.client === name)) continue;
      const report = await worker(name);
      if (report.kind !== "client") {
        failures.push({
          client: name,
          message: report.kind === "error" ? report.message : "unexpected report",
        });
        continue;
      }
      if (!displayName.has(name))
        verificationNotes.push({ client: report.name, note: report.verification });
      displayName.set(name, report.name);
      runsByClient.set(name, [...(runsByClient.get(name) ?? []), ...report.runs]);
    }
  }
  return { failures, verificationNotes, displayName, runsByClient };
}

/** One row per client and concurrency, from its median round; CPU compared with the floor's. */
function tableRows(
  runsByClient: ReadonlyMap<string, readonly MeasuredRun[]>,
  displayName: ReadonlyMap<string, string>,
): ClientRow[] {
  const rows: ClientRow[] = [];
  const floorCpu = new Map<number, number>();
  for (const name of CLIENT_ORDER) {
    const runs = runsByClient.get(name) ?? [];
    for (const concurrency of CONCURRENCIES) {
      const run = medianRound(runs.filter((r) => r.concurrency === concurrency));
      if (!run) continue;
      const cpuMicrosPerRequest = run.cpuMicros / run.requests;
      if (name === "floor") floorCpu.set(concurrency, cpuMicrosPerRequest);
      rows.push({
        client: displayName.get(name) ?? name,
        concurrency,
        requestsPerSecond: (run.requests / run.wallMs) * 1000,
        medianMs: median(run.latenciesMs),
        p99Ms: percentile(run.latenciesMs, 99),
        cpuMicrosPerRequest,
        cpuRatioToFloor: cpuMicrosPerRequest / (floorCpu.get(concurrency) ?? Number.NaN),
        overheadMicrosPerRequest: cpuMicrosPerRequest - run.rsaMicrosPerRequest,
      });
    }
  }
  return rows;
}

/** The round with the median CPU per request (its latencies and throughput are reported with it). */
function medianRound(runs: readonly MeasuredRun[]): MeasuredRun | undefined {
  const sorted = [...runs].sort((a, b) => a.cpuMicros / a.requests - b.cpuMicros / b.requests);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function renderClientMarkdown(
  requests: number,
  rounds: number,
  rows: readonly ClientRow[],
  failures: ClientBenchResult["failures"],
  notes: ClientBenchResult["verificationNotes"],
  signMicros: number,
  verifyMicros: number,
): string {
  const table = markdownTable(
    [
      "client",
      "conc.",
      "req/s",
      "median ms",
      "p99 ms",
      "CPU µs/req",
      "CPU × floor",
      "beyond RSA µs/req",
    ],
    rows.map((r) => [
      r.client,
      String(r.concurrency),
      fmt(r.requestsPerSecond, 0),
      fmt(r.medianMs, 2),
      fmt(r.p99Ms, 2),
      fmt(r.cpuMicrosPerRequest, 0),
      fmtRatio(r.cpuRatioToFloor),
      fmt(r.overheadMicrosPerRequest, 0),
    ]),
  );
  const lines = [
    `### 1. Client cost per request (${requests} listStocks GETs per client and concurrency after warm-up; median of ${rounds} interleaved round(s), each client in its own process)`,
    "",
    table,
    "",
    `Bare RSA-2048 with a pre-parsed key: sign ${fmt(signMicros, 0)} µs, verify ${fmt(verifyMicros, 0)} µs (CPU per operation).`,
    '"beyond RSA" = CPU/request minus one bare sign + verify measured in the same process right after the run: the client\'s own overhead, steadier than the total when other work shares the cores.',
    "",
    "Response verification:",
    ...notes.map((n) => `- ${n.client}: ${n.note}`),
  ];
  if (failures.length > 0)
    lines.push("", "Not measured:", ...failures.map((f) => `- ${f.client}: ${f.message}`));
  return lines.join("\n");
}
