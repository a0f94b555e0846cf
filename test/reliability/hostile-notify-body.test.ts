/**
 * A hostile body sent to the public notify URL. Each adapter runs on a real
 * server in a child process (its RSS is what the attack costs); the sender is a raw socket on
 * 127.0.0.1 offering 300 MB as fast as the server takes it. Before the fix the fetch adapter
 * buffered all of it (115 → 1,036 MB RSS) and node:http/Express drained it to the end; now every
 * adapter answers 413 (408 for a slow body) with `Connection: close` and stops reading.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostilePost } from "./helpers/hostile-post.js";
import { recordFigures } from "./helpers/figures.js";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const MB = 1024 * 1024;
const ADAPTERS = ["node", "express", "fastify", "fetch"] as const;
const figures: Record<string, number | string> = {};

interface ChildServer {
  port: number;
  rss(): Promise<number>;
  /** Outcomes the adapter reported through `onOutcome`, as `kind:status`. */
  outcomes: string[];
  /** The latest reported outcome once more than `seen` were reported (waits up to 5 s). */
  outcomeAfter(seen: number): Promise<string | undefined>;
  stop(): void;
}

async function startChild(adapter: string, bodyTimeoutMs: number): Promise<ChildServer> {
  const proc: ChildProcessWithoutNullStreams = spawn(
    TSX,
    ["test/reliability/helpers/notify-server-child.ts", adapter],
    {
      env: { ...process.env, BODY_TIMEOUT_MS: String(bodyTimeoutMs) },
      stdio: ["pipe", "pipe", "pipe"],
      timeout: 120_000,
    },
  );
  const outcomes: string[] = [];
  const waiting: ((rss: number) => void)[] = [];
  let port: ((port: number) => void) | undefined;
  let buffered = "";
  let stderr = "";
  proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  proc.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
      const line = JSON.parse(buffered.slice(0, end)) as Record<string, number | string>;
      buffered = buffered.slice(end + 1);
      if (typeof line["port"] === "number") port?.(line["port"]);
      else if (typeof line["rss"] === "number") waiting.shift()?.(line["rss"]);
      if (line["outcome"] !== undefined) outcomes.push(`${line["outcome"]}:${line["status"]}`);
    }
  });
  const listening = await new Promise<number>((resolve, reject) => {
    port = resolve;
    proc.once("exit", (code) => reject(new Error(`${adapter} server exited ${code}: ${stderr}`)));
  });
  return {
    port: listening,
    outcomes,
    async outcomeAfter(seen) {
      // The child reports on its stdout after answering, so the line can trail the answer.
      for (let waited = 0; outcomes.length <= seen && waited < 5_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return outcomes.at(-1);
    },
    rss: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        proc.stdin.write("rss\n");
      }),
    stop: () => proc.kill(),
  };
}

describe.each(ADAPTERS)("%s adapter under a hostile body", (adapter) => {
  let server: ChildServer;
  beforeAll(async () => {
    server = await startChild(adapter, 600);
  }, 60_000);
  afterAll(() => server?.stop());

  it("a 300 MB chunked POST is answered 413 and read no further: under +50 MB RSS", async () => {
    const seen = server.outcomes.length;
    const before = await server.rss();
    const result = await hostilePost({
      port: server.port,
      totalBytes: 300 * MB,
      framing: "chunked",
    });
    const after = await server.rss();
    figures[`${adapter}ChunkedRssDeltaMB`] = Math.round((after - before) / MB);
    figures[`${adapter}ChunkedBytesAcceptedMB`] = Math.round(result.bytesSent / MB);
    expect(result.closedByServer).toBe(true);
    // The sender could push only what fits in socket buffers before the server closed: far from
    // the 300 MB a draining server takes.
    expect(result.bytesSent).toBeLessThan(64 * MB);
    expect(after - before).toBeLessThan(50 * MB);
    expect(await server.outcomeAfter(seen)).toBe("rejected:413");
    // The answer is on the wire unless the server's close reached the sender first (a reset).
    expect([413, undefined]).toContain(result.status);
  }, 120_000);

  it("a declared Content-Length of 200 MB is refused before its body is read", async () => {
    const seen = server.outcomes.length;
    const result = await hostilePost({
      port: server.port,
      totalBytes: 200 * MB,
      framing: "declared",
    });
    expect(result.closedByServer).toBe(true);
    expect(result.bytesSent).toBeLessThan(64 * MB);
    expect(await server.outcomeAfter(seen)).toBe("rejected:413");
  }, 120_000);

  it("a body trickling in is cut at bodyTimeoutMs and answered 408", async () => {
    const seen = server.outcomes.length;
    // 16 bytes every 50 ms for 0.5 s, then nothing: a declared 4 KiB body that never completes.
    // (Nothing is written after the server's answer, so the sender can read it before the close.)
    const result = await hostilePost({
      port: server.port,
      totalBytes: 160,
      declaredBytes: 4096,
      chunkBytes: 16,
      chunkDelayMs: 50,
      framing: "declared",
      giveUpMs: 20_000,
    });
    figures[`${adapter}SlowBodyCutAfterMs`] = result.elapsedMs;
    expect(result.closedByServer).toBe(true);
    expect(result.elapsedMs).toBeLessThan(10_000);
    expect(result.status).toBe(408);
    expect(await server.outcomeAfter(seen)).toBe("rejected:408");
  }, 30_000);
});

afterAll(() => {
  recordFigures("8-hostile-runtime", "Hostile inputs to the runtime", {
    ...figures,
    notifyBodyCases: 12,
  });
});
