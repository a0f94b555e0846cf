import type { ClientBenchResult } from "./client/run-client-bench.js";
import type { GeneratorBenchResult } from "./generator/run-generator-bench.js";
import type { ImportBenchResult } from "./import/run-import-bench.js";
import { fmt, fmtRatio, markdownTable } from "./lib/markdown.js";

/** The goals, judged from this run's figures. */
export const GOALS = {
  clientCpuRatioToFloor: 1.1,
  realSpecColdSeconds: 3,
  thousandOpsSeconds: 15,
  scalingExponent: 1.15,
} as const;

type Verdict = [goal: string, measured: string, status: string];

const status = (ok: boolean | undefined) =>
  ok === undefined ? "not measured" : ok ? "met" : "MISSED";

export function judgeGoals(parts: {
  client?: ClientBenchResult;
  generator?: GeneratorBenchResult;
  imports?: ImportBenchResult;
}): string {
  const { client, generator, imports } = parts;
  const verdicts: Verdict[] = [
    ...(client ? clientVerdicts(client) : []),
    ...(generator ? generatorVerdicts(generator) : []),
    ...(imports ? importVerdicts(imports) : []),
  ];
  return ["### Goals", "", markdownTable(["goal", "this run", "status"], verdicts)].join("\n");
}

function clientVerdicts(client: ClientBenchResult): Verdict[] {
  const ours = client.rows.filter((r) => r.client.startsWith("ours"));
  const worst = ours.length > 0 ? Math.max(...ours.map((r) => r.cpuRatioToFloor)) : Number.NaN;
  const peers = client.rows.filter((r) => r.client.startsWith("wechatpay-"));
  const ahead =
    ours.length > 0 && peers.length > 0
      ? ours.every((o) =>
          peers
            .filter((p) => p.concurrency === o.concurrency)
            .every(
              (p) =>
                o.cpuMicrosPerRequest < p.cpuMicrosPerRequest &&
                o.requestsPerSecond > p.requestsPerSecond,
            ),
        )
      : undefined;
  return [
    [
      `ours CPU/request ≤ ${GOALS.clientCpuRatioToFloor}× floor (both concurrencies)`,
      ours.map((r) => `c${r.concurrency}: ${fmtRatio(r.cpuRatioToFloor)}`).join(", ") || "n/a",
      status(ours.length > 0 ? worst <= GOALS.clientCpuRatioToFloor : undefined),
    ],
    [
      "ours ahead of both peers (less CPU/request and more req/s)",
      ahead === undefined ? "n/a" : ahead ? "yes" : "no",
      status(ahead),
    ],
  ];
}

function generatorVerdicts(generator: GeneratorBenchResult): Verdict[] {
  const real = generator.rows.find((r) => r.spec.startsWith("real"));
  const realOk = real?.generate?.ok
    ? real.generate.wallMs / 1000 < GOALS.realSpecColdSeconds
    : undefined;
  const thousand = generator.rows.find((r) => r.spec === "synthetic 1000");
  const kOk = thousand?.generate?.ok
    ? thousand.generate.wallMs / 1000 < GOALS.thousandOpsSeconds
    : undefined;
  const exps = generator.scaling.map((s) => s.generateExponent).filter(Number.isFinite);
  return [
    [
      `real spec cold generate < ${GOALS.realSpecColdSeconds} s`,
      real?.generate?.ok ? `${fmt(real.generate.wallMs / 1000, 2)} s` : "n/a",
      status(realOk),
    ],
    [
      `1,000 operations < ${GOALS.thousandOpsSeconds} s`,
      thousand?.generate?.ok ? `${fmt(thousand.generate.wallMs / 1000, 2)} s` : "n/a",
      status(kOk),
    ],
    [
      `scaling exponent ≤ ${GOALS.scalingExponent}`,
      generator.scaling.map((s) => `${s.from}→${s.to}: ${fmt(s.generateExponent, 2)}`).join(", ") ||
        "n/a",
      status(exps.length > 0 ? Math.max(...exps) <= GOALS.scalingExponent : undefined),
    ],
  ];
}

function importVerdicts(imports: ImportBenchResult): Verdict[] {
  return [
    [
      "one-operation bundle free of generator/, prettier, ts-morph, yaml, sandbox/",
      imports.forbiddenInputs.length === 0 ? "clean" : imports.forbiddenInputs.join(", "),
      status(imports.forbiddenInputs.length === 0),
    ],
  ];
}
