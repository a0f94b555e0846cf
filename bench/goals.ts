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
  const verdicts: Verdict[] = [];
  const { client, generator, imports } = parts;
  if (client) {
    const ours = client.rows.filter((r) => r.client.startsWith("ours"));
    const worst = ours.length > 0 ? Math.max(...ours.map((r) => r.cpuRatioToFloor)) : Number.NaN;
    verdicts.push([
      `ours CPU/request ≤ ${GOALS.clientCpuRatioToFloor}× floor (both concurrencies)`,
      ours.map((r) => `c${r.concurrency}: ${fmtRatio(r.cpuRatioToFloor)}`).join(", ") || "n/a",
      status(ours.length > 0 ? worst <= GOALS.clientCpuRatioToFloor : undefined),
    ]);
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
    verdicts.push([
      "ours ahead of both peers (less CPU/request and more req/s)",
      ahead === undefined ? "n/a" : ahead ? "yes" : "no",
      status(ahead),
    ]);
  }
  if (generator) {
    const real = generator.rows.find((r) => r.spec.startsWith("real"));
    const realOk = real?.generate?.ok
      ? real.generate.wallMs / 1000 < GOALS.realSpecColdSeconds
      : undefined;
    verdicts.push([
      `real spec cold generate < ${GOALS.realSpecColdSeconds} s`,
      real?.generate?.ok ? `${fmt(real.generate.wallMs / 1000, 2)} s` : "n/a",
      status(realOk),
    ]);
    const thousand = generator.rows.find((r) => r.spec === "synthetic 1000");
    const kOk = thousand?.generate?.ok
      ? thousand.generate.wallMs / 1000 < GOALS.thousandOpsSeconds
      : undefined;
    verdicts.push([
      `1,000 operations < ${GOALS.thousandOpsSeconds} s`,
      thousand?.generate?.ok ? `${fmt(thousand.generate.wallMs / 1000, 2)} s` : "n/a",
      status(kOk),
    ]);
    const exps = generator.scaling.map((s) => s.generateExponent).filter(Number.isFinite);
    verdicts.push([
      `scaling exponent ≤ ${GOALS.scalingExponent}`,
      generator.scaling.map((s) => `${s.from}→${s.to}: ${fmt(s.generateExponent, 2)}`).join(", ") ||
        "n/a",
      status(exps.length > 0 ? Math.max(...exps) <= GOALS.scalingExponent : undefined),
    ]);
  }
  if (imports) {
    verdicts.push([
      "one-operation bundle free of generator/, prettier, ts-morph, yaml, sandbox/",
      imports.forbiddenInputs.length === 0 ? "clean" : imports.forbiddenInputs.join(", "),
      status(imports.forbiddenInputs.length === 0),
    ]);
  }
  return ["### Goals", "", markdownTable(["goal", "this run", "status"], verdicts)].join("\n");
}
