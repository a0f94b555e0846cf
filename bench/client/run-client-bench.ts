import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { firstMessage, forkTs, waitExit } from "../lib/child.js";
import { fmt, fmtRatio, markdownTable } from "../lib/markdown.js";
import { median, percentile } from "../lib/stats.js";
import { createFixtures } from "./fixtures.js";
import type { WorkerReport } from "./worker.js";

const here = fileURLToPath(new URL(".", import.meta.url));
export const CLIENT_ORDER = ["floor", "ours", "wechatpay-node-v3", "wechatpay-axios-plugin"] as const;
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
}

export interface ClientBenchResult {
  readonly rows: ClientRow[];
  readonly failures: { readonly client: string; readonly message: string }[];
  readonly verificationNotes: { readonly client: string; readonly note: string }[];
  readonly bareSignMicros: number;
  readonly bareVerifyMicros: number;
  readonly markdown: string;
}

export async function runClientBench(options: { requests: number; outDir: string }): Promise<ClientBenchResult> {
  const fixturesDir = join(options.outDir, `client-${process.pid}`);
  const fixtures = createFixtures(fixturesDir);
  void fixtures;
  const server = forkTs(join(here, "server.ts"), [fixturesDir]);
  try {
    const { port } = await firstMessage<{ port: number }>(server, 30_000, "bench server");
    const baseUrl = `http://127.0.0.1:${port}`;
    const timeoutMs = 60_000 + options.requests * CONCURRENCIES.length * 30;
    const worker = async (name: string): Promise<WorkerReport> => {
      const child = forkTs(join(here, "worker.ts"), [name, baseUrl, fixturesDir, String(options.requests), CONCURRENCIES.join(",")]);
      try {
        return await firstMessage<WorkerReport>(child, timeoutMs, name);
      } catch (error) {
        return { kind: "error", message: error instanceof Error ? error.message : String(error) };
      } finally {
        await waitExit(child);
      }
    };

    const rows: ClientRow[] = [];
    const failures: ClientBenchResult["failures"] = [];
    const verificationNotes: ClientBenchResult["verificationNotes"] = [];
    const floorCpu = new Map<number, number>();
    // Sequential on purpose: two clients measured at once would share the 2 cores.
    for (const name of CLIENT_ORDER) {
      const report = await worker(name);
      if (report.kind !== "client") {
        failures.push({ client: name, message: report.kind === "error" ? report.message : "unexpected report" });
        continue;
      }
      verificationNotes.push({ client: report.name, note: report.verification });
      for (const run of report.runs) {
        const cpuMicrosPerRequest = run.cpuMicros / run.requests;
        if (name === "floor") floorCpu.set(run.concurrency, cpuMicrosPerRequest);
        rows.push({
          client: report.name,
          concurrency: run.concurrency,
          requestsPerSecond: (run.requests / run.wallMs) * 1000,
          medianMs: median(run.latenciesMs),
          p99Ms: percentile(run.latenciesMs, 99),
          cpuMicrosPerRequest,
          cpuRatioToFloor: cpuMicrosPerRequest / (floorCpu.get(run.concurrency) ?? Number.NaN),
        });
      }
    }
    const bare = await worker("bare-crypto");
    const bareSignMicros = bare.kind === "bare-crypto" ? bare.result.signMicros : Number.NaN;
    const bareVerifyMicros = bare.kind === "bare-crypto" ? bare.result.verifyMicros : Number.NaN;
    if (bare.kind === "error") failures.push({ client: "bare-crypto", message: bare.message });

    const markdown = renderClientMarkdown(options.requests, rows, failures, verificationNotes, bareSignMicros, bareVerifyMicros);
    return { rows, failures, verificationNotes, bareSignMicros, bareVerifyMicros, markdown };
  } finally {
    server.disconnect();
    await waitExit(server);
    // The fixtures hold throwaway private keys; don't leave them lying around.
    rmSync(fixturesDir, { recursive: true, force: true });
  }
}

function renderClientMarkdown(
  requests: number,
  rows: readonly ClientRow[],
  failures: ClientBenchResult["failures"],
  notes: ClientBenchResult["verificationNotes"],
  signMicros: number,
  verifyMicros: number,
): string {
  const table = markdownTable(
    ["client", "conc.", "req/s", "median ms", "p99 ms", "CPU µs/req", "CPU × floor"],
    rows.map((r) => [
      r.client,
      String(r.concurrency),
      fmt(r.requestsPerSecond, 0),
      fmt(r.medianMs, 2),
      fmt(r.p99Ms, 2),
      fmt(r.cpuMicrosPerRequest, 0),
      fmtRatio(r.cpuRatioToFloor),
    ]),
  );
  const lines = [
    `### 1. Client cost per request (${requests} listStocks GETs per client and concurrency, after warm-up)`,
    "",
    table,
    "",
    `Bare RSA-2048 with a pre-parsed key: sign ${fmt(signMicros, 0)} µs, verify ${fmt(verifyMicros, 0)} µs (CPU per operation).`,
    "",
    "Response verification:",
    ...notes.map((n) => `- ${n.client}: ${n.note}`),
  ];
  if (failures.length > 0) lines.push("", "Not measured:", ...failures.map((f) => `- ${f.client}: ${f.message}`));
  return lines.join("\n");
}
