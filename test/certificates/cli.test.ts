/**
 * `wechatpay-favor certificates`: downloads, verifies and writes certificates a client can use
 * (as a static map, or as a shared file store read by a reader-only client), with the project's
 * exit codes: 0 written, 1 the input is wrong, 2 usage / unreadable input / network failure.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCertificatesCommand } from "../../runtime/certificates/cli.js";
import { FileCertificateStore, WechatPayClient } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { anyCall, legacyConfig, startCertificateSandbox } from "./helpers.js";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const ENV_VAR = "WECHATPAY_FAVOR_TEST_APIV3_KEY";
let sandbox: Sandbox;
let dir: string;
let keyFile: string;

beforeAll(async () => {
  sandbox = await startCertificateSandbox();
  dir = await mkdtemp(join(tmpdir(), "favor-cert-cli-"));
  keyFile = join(dir, "apiclient_key.pem");
  await writeFile(keyFile, sandbox.clientConfig.privateKey, { mode: 0o600 });
});

afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

function args(out: string, extra: Record<string, string> = {}): string[] {
  const all: Record<string, string> = {
    "--mchid": sandbox.mchid,
    "--serial-no": sandbox.clientConfig.serialNo,
    "--private-key": keyFile,
    "--api-v3-key-env": ENV_VAR,
    "--out": out,
    "--base-url": sandbox.baseUrl,
    ...extra,
  };
  return Object.entries(all).flatMap(([name, value]) => (value === "" ? [] : [name, value]));
}

/** Runs the bin entry in a child process (the sandbox in this process must keep answering). */
function spawnCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(TSX, ["runtime/cli.ts", ...argv], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on("error", reject);
    proc.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the command in-process; returns exit code and output lines. */
async function run(argv: string[], env: NodeJS.ProcessEnv = { [ENV_VAR]: sandbox.apiV3Key }) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCertificatesCommand(argv, {
    env,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

describe("package bin entry", () => {
  it("package.json names the command once, in its one bin object (a duplicate key would drop it)", async () => {
    const text = await readFile(join(process.cwd(), "package.json"), "utf8");
    expect(text.match(/"bin"\s*:/g)).toHaveLength(1);
    const bin = (JSON.parse(text) as { bin: Record<string, string> }).bin;
    expect(bin["wechatpay-favor"]?.replace(/^\.\//, "")).toBe("dist/runtime/cli.js");
  });
});

describe("wechatpay-favor certificates", () => {
  it("through the bin entry: writes PEMs and a store that clients use (exit 0)", async () => {
    const out = join(dir, "out");
    const result = await spawnCli(["certificates", ...args(out)], {
      ...process.env,
      [ENV_VAR]: sandbox.apiV3Key,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const [serial] = sandbox.certificates?.serials() ?? [];
    expect(result.stdout).toContain(`${serial}  effective `);
    expect((await readdir(out)).sort()).toEqual(["certificates.json", `wechatpay_${serial}.pem`]);
    const secretsPrinted = `${result.stdout}${result.stderr}`;
    expect(secretsPrinted).not.toContain(sandbox.apiV3Key);

    // As a static map (no public key, no provider): answers verify with the written PEM.
    const pem = await readFile(join(out, `wechatpay_${serial}.pem`), "utf8");
    const staticClient = new WechatPayClient(
      legacyConfig(sandbox, { platformCertificates: { [serial ?? ""]: pem }, certificates: false }),
    );
    // As a shared store read by a reader-only client: no download of its own.
    const before = sandbox.certificates?.downloads;
    const reader = new WechatPayClient(
      legacyConfig(sandbox, {
        certificates: {
          store: new FileCertificateStore(join(out, "certificates.json")),
          download: false,
        },
      }),
    );
    try {
      await anyCall(staticClient, sandbox);
      await anyCall(reader, sandbox);
      expect(sandbox.certificates?.downloads).toBe(before);
    } finally {
      await staticClient.close();
      await reader.close();
    }
  });

  it.each([
    ["no options", [] as string[]],
    ["an unknown option", ["--bogus"]],
    ["a missing --out", ["--mchid", "1900000109"]],
  ])("usage errors exit 2 (%s)", async (_name, argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toContain("Usage: wechatpay-favor certificates");
  });

  it("an unreadable key file or an unset variable exits 2", async () => {
    const noKey = await run(args(join(dir, "x"), { "--private-key": join(dir, "missing.pem") }));
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/cannot read --private-key .*missing\.pem \(ENOENT\)/);
    const noVar = await run(args(join(dir, "x")), {});
    expect(noVar.code).toBe(2);
    expect(noVar.stderr).toContain(`${ENV_VAR} (--api-v3-key-env) is not set`);
  });

  it("an --out that cannot be written exits 2 with one line", async () => {
    const blocker = join(dir, "a-file");
    await writeFile(blocker, "not a folder");
    const result = await run(args(join(blocker, "out")));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: (platform certificates \(store_failed\): )?cannot (read|write|create)/,
    );
    expect(result.stderr.split("\n")).toHaveLength(1);
  });

  it("a wrong APIv3 key exits 1, names the APIv3 key and does not print it", async () => {
    const wrong = "W".repeat(32);
    const result = await run(args(join(dir, "wrong")), { [ENV_VAR]: wrong });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/decryption_failed.*APIv3 key/);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(`${result.stdout}${result.stderr}`).not.toContain(wrong);
  });

  it("a malformed setting exits 1; an unreachable server exits 2", async () => {
    const badMchid = await run(args(join(dir, "bad"), { "--mchid": "19x" }));
    expect(badMchid.code).toBe(1);
    expect(badMchid.stderr).toContain("mchid must be digits only");
    const unreachable = await run(
      args(join(dir, "down"), { "--base-url": "http://127.0.0.1:9", "--timeout": "5000" }),
    );
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/^error: /);
  });
});
