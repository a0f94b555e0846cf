/**
 * Prints where a V8 .cpuprofile spent its time: top functions by self time and totals per file.
 * Usage: tsx bench/lib/summarize-profile.ts <file.cpuprofile> [top N]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarizeProfile(profile: Profile, top = 25): string {
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = selfMicros.get(node.id) ?? 0;
    total += t;
    const url = node.callFrame.url
      .replace(/^file:\/\//, "")
      .replace(/.*\/(node_modules\/)/, "$1")
      .replace(/.*\/work\/main\//, "");
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${url}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    const file = url || node.callFrame.functionName;
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const fmt = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([k, v]) =>
          `${((100 * v) / total).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`,
      )
      .join("\n");
  return `total ${(total / 1000).toFixed(0)} ms\n-- self time by function --\n${fmt(byFunction)}\n-- self time by file --\n${fmt(byFile)}`;
}

if (process.argv[2]) {
  console.log(
    summarizeProfile(
      JSON.parse(readFileSync(process.argv[2], "utf8")) as Profile,
      Number(process.argv[3] ?? 25),
    ),
  );
}
