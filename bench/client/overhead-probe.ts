/**
 * `npx tsx bench/client/overhead-probe.ts [--requests 1500] [--rounds 8]`
 *
 * Our client's CPU overhead over the floor WITHOUT sockets: both on a MemoryDispatcher, in one
 * process, alternating in rounds, each figure the median round. Socket I/O is the same for both and
 * is where a busy machine adds most noise, so this resolves differences of ~10 µs/request that the
 * end-to-end table cannot. Use it to check a runtime change (run before and after).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ListStocksCall } from "./adapter.js";
import { floorAdapter } from "./adapters/floor.js";
import { oursAdapter } from "./adapters/ours.js";
import { oursValidatedAdapter } from "./adapters/ours-validated.js";
import { measureBareCrypto } from "./bare-crypto.js";
import { createFixtures, type BenchFixtures } from "./fixtures.js";
import { MemoryDispatcher } from "./memory-dispatcher.js";
import { signedResponseHeaders } from "./signed-response.js";
import { stockPageBody } from "./stock-page.js";
import { fmt, fmtRatio, markdownTable } from "../lib/markdown.js";
import { median } from "../lib/stats.js";

export interface ProbeRow {
  readonly client: string;
  readonly cpuMicrosPerRequest: number;
  readonly beyondRsaMicros: number;
  readonly ratioToFloor: number;
}

export async function runOverheadProbe(options: {
  requests: number;
  rounds: number;
  outDir: string;
}): Promise<{ rows: ProbeRow[]; markdown: string }> {
  const fixturesDir = join(options.outDir, `probe-${process.pid}`);
  const fixtures = createFixtures(fixturesDir);
  rmSync(fixturesDir, { recursive: true, force: true }); // keys are in memory now; leave no key files behind
  const body = Buffer.from(stockPageBody(fixtures.stockCreatorMchid));
  const headers = signedResponseHeaders(fixtures, body);
  const baseUrl = "http://127.0.0.1:9"; // never connected to: the dispatcher answers from memory
  const clients: [string, ListStocksCall][] = [];
  for (const adapter of [floorAdapter, oursAdapter, oursValidatedAdapter]) {
    const dispatcher = new MemoryDispatcher(headers, body);
    clients.push([adapter.name, await adapter.create({ baseUrl, fixtures, dispatcher })]);
  }
  const { cpu, rsaMicros } = await measureRounds(clients, fixtures, options);
  const floorMicros = median(cpu.get(floorAdapter.name) ?? []);
  const rows = clients.map(([name]) => {
    const micros = median(cpu.get(name) ?? []);
    return {
      client: name,
      cpuMicrosPerRequest: micros,
      beyondRsaMicros: micros - rsaMicros,
      ratioToFloor: micros / floorMicros,
    };
  });
  const markdown = [
    `In-memory overhead probe (no sockets; ${options.requests} sequential requests × ${options.rounds} alternating rounds, medians; bare sign + verify ${fmt(rsaMicros, 0)} µs)`,
    "",
    markdownTable(
      ["client", "CPU µs/req", "beyond RSA µs/req", "× floor"],
      rows.map((r) => [
        r.client,
        fmt(r.cpuMicrosPerRequest, 0),
        fmt(r.beyondRsaMicros, 0),
        fmtRatio(r.ratioToFloor),
      ]),
    ),
  ].join("\n");
  return { rows, markdown };
}

/**
 * CPU µs per request of each client in every round (clients alternating), and the median bare
 * RSA sign + verify measured between rounds. Round 0 only warms the JIT for every client.
 */
async function measureRounds(
  clients: readonly [string, ListStocksCall][],
  fixtures: BenchFixtures,
  options: { requests: number; rounds: number },
): Promise<{ cpu: Map<string, number[]>; rsaMicros: number }> {
  const cpu = new Map<string, number[]>();
  const rsa: number[] = [];
  for (let round = 0; round <= options.rounds; round++) {
    for (const [name, call] of clients) {
      for (let i = 0; i < Math.min(200, options.requests); i++) await call(); // warm-up
      const before = process.cpuUsage();
      for (let i = 0; i < options.requests; i++) await call();
      const used = process.cpuUsage(before);
      if (round > 0)
        cpu.set(name, [...(cpu.get(name) ?? []), (used.user + used.system) / options.requests]);
    }
    const bare = measureBareCrypto(fixtures, 100);
    if (round > 0) rsa.push(bare.signMicros + bare.verifyMicros);
  }
  return { cpu, rsaMicros: median(rsa) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      requests: { type: "string", default: "1500" },
      rounds: { type: "string", default: "8" },
    },
  });
  const outDir = fileURLToPath(new URL("../.out", import.meta.url));
  const { markdown } = await runOverheadProbe({
    requests: Number(values.requests),
    rounds: Number(values.rounds),
    outDir,
  });
  console.log(markdown);
}
