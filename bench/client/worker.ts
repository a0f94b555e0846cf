/**
 * Child-process entry: measures ONE client (or the bare crypto) so `process.cpuUsage()` is that
 * client's alone. argv: <client name | "bare-crypto"> <baseUrl> <fixtures dir> <requests> <concurrency,...>
 * Reports a WorkerReport over IPC, then exits.
 */
import { adapterLoaders } from "./adapters/index.js";
import { measureBareCrypto, type BareCryptoResult } from "./bare-crypto.js";
import { loadFixtures } from "./fixtures.js";
import { runLoad, type LoadResult } from "./load.js";

/**
 * A load run plus the bare RSA sign + verify cost measured right after it in the same process:
 * subtracting it leaves the client's own overhead, which drifts far less with the machine's
 * load than the RSA-dominated total does.
 */
export interface MeasuredRun extends LoadResult {
  readonly rsaMicrosPerRequest: number;
}

export type WorkerReport =
  | {
      readonly kind: "client";
      readonly name: string;
      readonly verification: string;
      readonly runs: MeasuredRun[];
    }
  | { readonly kind: "bare-crypto"; readonly result: BareCryptoResult }
  | { readonly kind: "error"; readonly message: string };

async function main(): Promise<WorkerReport> {
  const [clientName = "", baseUrl = "", fixturesDir = "", requestsArg = "", concurrencyArg = ""] =
    process.argv.slice(2);
  const fixtures = loadFixtures(fixturesDir);
  const requests = Number(requestsArg);
  if (clientName === "bare-crypto")
    return {
      kind: "bare-crypto",
      result: measureBareCrypto(fixtures, Math.max(20, Math.ceil(requests / 4))),
    };

  const load = adapterLoaders[clientName];
  if (!load) throw new Error(`unknown client ${clientName}`);
  const adapter = await load();
  const call = await adapter.create({ baseUrl, fixtures });
  const runs: MeasuredRun[] = [];
  for (const concurrency of concurrencyArg.split(",").map(Number)) {
    const run = await runLoad(call, requests, concurrency);
    const rsa = measureBareCrypto(fixtures, Math.min(200, Math.max(20, Math.ceil(requests / 10))));
    runs.push({ ...run, rsaMicrosPerRequest: rsa.signMicros + rsa.verifyMicros });
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
