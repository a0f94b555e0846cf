/** Fault injection: per request (X-Sandbox-Fault) and as a sandbox-wide mode. */
import { spawn } from "node:child_process";
import { createPublicKey } from "node:crypto";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyWechatpaySignature } from "../../runtime/verify.js";
import type { Sandbox } from "../../sandbox/index.js";
import { STOCKS, startTestSandbox, validStockBody } from "./fixtures.js";
import { jsonOf, rawRequest, responseSignatureValid, type RawResponse } from "./raw-client.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimits: false });
});
afterEach(() => sandbox.setFault(undefined));
afterAll(async () => {
  await sandbox.close();
});

const target = () =>
  `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}`;
const withFault = (fault: string, path = target()) =>
  rawRequest(sandbox, "GET", path, "", { headers: { "X-Sandbox-Fault": fault } });

function verifyFailure(response: RawResponse): string | undefined {
  try {
    verifyWechatpaySignature({
      headers: response.headers,
      body: response.text,
      keys: new Map([
        [
          sandbox.clientConfig.wechatpayPublicKeyId,
          createPublicKey(sandbox.clientConfig.wechatpayPublicKey),
        ],
      ]),
      nowMs: Date.now(),
    });
    return undefined;
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
}

describe("per-request faults (X-Sandbox-Fault)", () => {
  it("500-once fails the first attempt of a request and lets its retry through", async () => {
    const path = `${target()}&status=running`;
    const first = await withFault("500-once", path);
    expect(first.status).toBe(500);
    expect(jsonOf(first)["code"]).toBe("SYSTEM_ERROR");
    const retry = await withFault("500-once", path);
    expect(retry.status).toBe(200);
  });

  it("500 fails every time", async () => {
    expect((await withFault("500")).status).toBe(500);
    expect((await withFault("500")).status).toBe(500);
  });

  it("429 answers FREQUENCY_LIMITED with Retry-After", async () => {
    const response = await withFault("429");
    expect(response.status).toBe(429);
    expect(jsonOf(response)["code"]).toBe("FREQUENCY_LIMITED");
    expect(response.headers["retry-after"]).toBe("1");
    expect((await withFault("429:3")).headers["retry-after"]).toBe("3");
  });

  it("close() during a slow:<ms> answer leaves no timer behind: the process exits", async () => {
    // The symptom a user sees: a test process that hangs for the rest of the delay after close().
    const script = join(process.cwd(), "test", "sandbox", "slow-close-script.ts");
    const started = Date.now();
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(join(process.cwd(), "node_modules", ".bin", "tsx"), [script], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", (code) => {
        clearTimeout(killer);
        resolve({ code, output });
      });
    });
    expect(result.output).toContain("closed");
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it("slow:<ms> delays the answer", async () => {
    const started = Date.now();
    const response = await withFault("slow:300");
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drop destroys the connection without an answer", async () => {
    await expect(withFault("drop")).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it("drop-after processes the request, then drops the connection", async () => {
    const before = sandbox.countStocks();
    const body = JSON.stringify(validStockBody(sandbox));
    await expect(
      rawRequest(sandbox, "POST", STOCKS, body, { headers: { "X-Sandbox-Fault": "drop-after" } }),
    ).rejects.toThrow(/socket hang up|ECONNRESET/);
    // The stock exists although the client never saw the answer: why create is idempotent.
    expect(sandbox.countStocks()).toBe(before + 1);
    const replay = await rawRequest(sandbox, "POST", STOCKS, body);
    expect(replay.status).toBe(200);
    expect(sandbox.countStocks()).toBe(before + 1);
  });

  it("tamper-body changes the body after signing", async () => {
    const response = await withFault("tamper-body");
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toBeTypeOf("object");
    expect(responseSignatureValid(sandbox, response)).toBe(false);
    expect(verifyFailure(response)).toBe("signature_mismatch");
  });

  it("stale-timestamp signs correctly but 10 minutes in the past", async () => {
    const response = await withFault("stale-timestamp");
    expect(responseSignatureValid(sandbox, response)).toBe(true);
    expect(Number(response.headers["wechatpay-timestamp"])).toBeLessThan(Date.now() / 1000 - 500);
    expect(verifyFailure(response)).toBe("timestamp_out_of_window");
  });

  it("signtest sends a WECHATPAY/SIGNTEST/ probe signature", async () => {
    const response = await withFault("signtest");
    expect(response.headers["wechatpay-signature"]).toMatch(/^WECHATPAY\/SIGNTEST\//);
    expect(verifyFailure(response)).toBe("signature_probe");
  });

  it("wrong-serial names another PUB_KEY_ID", async () => {
    const response = await withFault("wrong-serial");
    expect(response.headers["wechatpay-serial"]).toMatch(/^PUB_KEY_ID_\d{32}$/);
    expect(response.headers["wechatpay-serial"]).not.toBe(
      sandbox.clientConfig.wechatpayPublicKeyId,
    );
    expect(verifyFailure(response)).toBe("unknown_serial");
  });

  it("unsigned leaves the signature headers out", async () => {
    const response = await withFault("unsigned");
    expect(response.headers["wechatpay-signature"]).toBeUndefined();
    expect(verifyFailure(response)).toBe("missing_header");
  });

  it("answers an unknown fault name with 400 naming the known modes", async () => {
    const response = await withFault("explode");
    expect(response.status).toBe(400);
    expect(String(jsonOf(response)["message"])).toContain("500-once");
  });

  it("still authenticates first: a fault header does not bypass the signature check", async () => {
    const response = await rawRequest(sandbox, "GET", target(), "", {
      headers: { "X-Sandbox-Fault": "500" },
      timestamp: 1554208460,
    });
    expect(response.status).toBe(401);
  });
});

describe("fault mode", () => {
  it("applies to every request until cleared", async () => {
    sandbox.setFault({ mode: "500" });
    expect((await rawRequest(sandbox, "GET", target())).status).toBe(500);
    sandbox.setFault(undefined);
    expect((await rawRequest(sandbox, "GET", target())).status).toBe(200);
  });

  it("can be limited to operations and to a number of requests", async () => {
    sandbox.setFault({ mode: "429", operations: ["queryStock"], times: 1 });
    expect((await rawRequest(sandbox, "GET", target())).status).toBe(200);
    expect(
      (
        await rawRequest(
          sandbox,
          "GET",
          `/v3/marketing/favor/stocks/1?stock_creator_mchid=${sandbox.mchid}`,
        )
      ).status,
    ).toBe(429);
    expect(
      (
        await rawRequest(
          sandbox,
          "GET",
          `/v3/marketing/favor/stocks/1?stock_creator_mchid=${sandbox.mchid}`,
        )
      ).status,
    ).toBe(404);
  });

  it("with a probability follows a seeded, reproducible schedule", async () => {
    const run = async () => {
      sandbox.setFault({ mode: "500", probability: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await rawRequest(sandbox, "GET", target())).status);
      return statuses;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it("the per-request header wins over the mode", async () => {
    sandbox.setFault({ mode: "500" });
    expect((await withFault("429")).status).toBe(429);
  });

  it("is controllable over HTTP under /sandbox/v1/faults (unsigned)", async () => {
    const set = await fetch(`${sandbox.baseUrl}/sandbox/v1/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ mode: "signtest" }),
    });
    expect(set.status).toBe(200);
    const response = await rawRequest(sandbox, "GET", target());
    expect(response.headers["wechatpay-signature"]).toMatch(/^WECHATPAY\/SIGNTEST\//);
    const current = (await (await fetch(`${sandbox.baseUrl}/sandbox/v1/faults`)).json()) as Record<
      string,
      unknown
    >;
    expect(current["mode"]).toEqual({ mode: "signtest" });
    expect(
      (
        await fetch(`${sandbox.baseUrl}/sandbox/v1/faults`, {
          method: "DELETE",
          headers: { "content-type": "application/json" },
        })
      ).status,
    ).toBe(200);
    expect(responseSignatureValid(sandbox, await rawRequest(sandbox, "GET", target()))).toBe(true);
    const bad = await fetch(`${sandbox.baseUrl}/sandbox/v1/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ mode: "nope" }),
    });
    expect(bad.status).toBe(400);
  });
});
