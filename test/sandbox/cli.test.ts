/** `npm run sandbox`: prints the base URL, writes usable client credentials, never prints secrets. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listStocks } from "../../generated/index.js";
import { WechatPayClient } from "../../runtime/index.js";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  child = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts the CLI and resolves with its output once it says it is ready (bounded by a timeout). */
function startCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(TSX, ["sandbox/cli.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child = proc;
    let output = "";
    const timer = setTimeout(() => reject(new Error(`CLI not ready in time:\n${output}`)), 20_000);
    proc.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Press Ctrl+C to stop.")) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    proc.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    proc.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`CLI exited early:\n${output}`));
    });
  });
}

describe("sandbox CLI", () => {
  it("prints the base URL and writes a client config that works with WechatPayClient", async () => {
    dir = await mkdtemp(join(tmpdir(), "favor-cli-"));
    const output = await startCli(["--dir", dir, "--port", "0", "--quiet"]);
    const baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    expect(baseUrl).toBeDefined();
    expect(output).toContain(join(dir, "client-config.json"));
    const config = JSON.parse(
      await readFile(join(dir, "client-config.json"), "utf8"),
    ) as ConstructorParameters<typeof WechatPayClient>[0] & {
      apiV3Key: string;
      privateKey: string;
    };
    expect(config.baseUrl).toBe(baseUrl);
    // sendCoupon needs the appid bound to the merchant: it is in the file, as printed.
    expect((config as { appid?: string }).appid).toBe(/appid (\w+),/.exec(output)?.[1]);
    // Secrets go to files only (owner-readable), never to the terminal.
    expect(output).not.toContain("PRIVATE KEY");
    expect(output).not.toContain(config.apiV3Key);
    expect((await stat(join(dir, "apiclient_key.pem"))).mode & 0o077).toBe(0);
    expect(await readFile(join(dir, "apiclient_key.pem"), "utf8")).toBe(config.privateKey);

    const client = new WechatPayClient(config);
    try {
      const page = await listStocks(client, {
        offset: 0,
        limit: 10,
        stock_creator_mchid: config.mchid,
      });
      expect(page).toMatchObject({ total_count: 0, offset: 0, limit: 10 });
    } finally {
      await client.close();
    }
  });

  it("--platform-certificates starts a certificate-mode merchant a client can use", async () => {
    dir = await mkdtemp(join(tmpdir(), "favor-cli-"));
    const output = await startCli(["--dir", dir, "--quiet", "--platform-certificates"]);
    expect(output).toContain("platform-certificate mode");
    const { wechatpayPublicKey, wechatpayPublicKeyId, ...legacy } = JSON.parse(
      await readFile(join(dir, "client-config.json"), "utf8"),
    ) as ConstructorParameters<typeof WechatPayClient>[0] & { appid: string };
    expect(legacy.certificates).toBe(true);
    expect([typeof wechatpayPublicKey, typeof wechatpayPublicKeyId]).toEqual(["string", "string"]);
    // Configured like a legacy merchant: answers verify only through downloaded certificates.
    const client = new WechatPayClient(legacy);
    try {
      const page = await listStocks(client, {
        offset: 0,
        limit: 10,
        stock_creator_mchid: legacy.mchid,
      });
      expect(page.total_count).toBe(0);
      expect(client.certificates?.certificates().length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  });

  it("exits with usage help for a bad option", async () => {
    const proc = spawn(TSX, ["sandbox/cli.ts", "--port", "x"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    let stderr = "";
    proc.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("--port must be an integer");
    expect(stderr).toContain("Usage: npx wechatpay-favor-sandbox");
  });
});
