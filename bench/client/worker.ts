/**
 * Child-process entry: measures ONE client (or the bare crypto) so `process.cpuUsage()` is that
 * client's alone. argv: <client name | "bare-crypto"> <baseUrl> <fixtures dir> <requests> <concurrency,...>
 * Reports a WorkerReport over IPC, then exits.
 */
import { adapterLoaders } from "./adapters/index.js";
import { measureBareCrypto, type BareCryptoResult } from "./bare-crypto.js";
import { loadFixtures } from "./fixtures.js";
import { runLoad, type LoadResult } from "./load.js";

export type WorkerReport =
  | { readonly kind: "client"; readonly name: string; readonly verification: string; readonly runs: LoadResult[] }
  | { readonly kind: "bare-crypto"; readonly result: BareCryptoResult }
  | { readonly kind: "error"; readonly message: string };

async function main(): Promise<WorkerReport> {
  const [clientName = "", baseUrl = "", fixturesDir = "", requestsArg = "", concurrencyArg = ""] = process.argv.slice(2);
  const fixtures = loadFixtures(fixturesDir);
  const requests = Number(requestsArg);
  if (clientName === "bare-crypto") return { kind: "bare-crypto", result: measureBareCrypto(fixtures, Math.max(20, Math.ceil(requests / 4))) };

  const load = adapterLoaders[clientName];
  if (!load) throw new Error(`unknown client ${clientName}`);
  const adapter = await load();
  const call = await adapter.create({ baseUrl, fixtures });
  const runs: LoadResult[] = [];
  for (const concurrency of concurrencyArg.split(",").map(Number)) {
    runs.push(await runLoad(call, requests, concurrency));
  }
  return { kind: "client", name: adapter.name, verification: adapter.verification, runs };
}

main().then(
  (report) => process.send?.(report, () => process.exit(0)),
  (error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.send?.({ kind: "error", message } satisfies WorkerReport, () => process.exit(1));
  },
);
