/**
 * The file store shared by several processes on one host: the first process downloads and writes
 * atomically; a second one adopts that download instead of downloading again; a reader-only
 * process (download: false) verifies with what the refresher stored.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileCertificateStore, PlatformCertificateError } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { startCertificateSandbox } from "./helpers.js";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
let sandbox: Sandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startCertificateSandbox();
  dir = await mkdtemp(join(tmpdir(), "favor-cert-store-"));
});

afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

interface ChildResult {
  ok: boolean;
  downloads?: number;
  serials?: string[];
  name?: string;
  reason?: string;
}

/** Runs store-child.ts in its own process (bounded by a timeout). */
function child(storeFile: string, download: boolean): Promise<ChildResult> {
  const config = {
    baseUrl: sandbox.baseUrl,
    mchid: sandbox.mchid,
    serialNo: sandbox.clientConfig.serialNo,
    privateKey: sandbox.clientConfig.privateKey,
    apiV3Key: sandbox.apiV3Key,
    storeFile,
    download,
  };
  return new Promise((resolve, reject) => {
    const proc = spawn(TSX, ["test/certificates/store-child.ts"], {
      env: { ...process.env, CERT_CHILD_CONFIG: JSON.stringify(config) },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as ChildResult);
      } catch {
        reject(new Error(`child exited ${code}: ${out}\n${err}`));
      }
    });
  });
}

describe("file store shared by processes", () => {
  it("one download for two processes; a reader-only process uses the stored certificates", async () => {
    const storeFile = join(dir, "shared", "certificates.json");
    const before = sandbox.certificates?.downloads ?? 0;
    const first = await child(storeFile, true);
    expect(first).toEqual({ ok: true, downloads: 1, serials: sandbox.certificates?.serials() });
    const second = await child(storeFile, true);
    expect(second).toEqual({ ok: true, downloads: 0, serials: sandbox.certificates?.serials() });
    const reader = await child(storeFile, false);
    expect(reader).toEqual({ ok: true, downloads: 0, serials: sandbox.certificates?.serials() });
    expect((sandbox.certificates?.downloads ?? 0) - before).toBe(1);
    // Atomic writes leave no temporary files behind.
    expect(await readdir(join(dir, "shared"))).toEqual(["certificates.json"]);
  });

  it("a reader-only process with an empty store fails with store_empty", async () => {
    const result = await child(join(dir, "empty", "certificates.json"), false);
    expect(result).toEqual({ ok: false, name: "PlatformCertificateError", reason: "store_empty" });
  });

  it("a damaged store file is a store_failed error naming the file and field", async () => {
    const file = join(dir, "damaged.json");
    await writeFile(file, JSON.stringify({ version: 1, downloaded_at: "x", certificates: [] }));
    const error = await new FileCertificateStore(file).get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformCertificateError);
    expect((error as PlatformCertificateError).reason).toBe("store_failed");
    expect((error as Error).message).toContain(`${file}: downloaded_at`);
    // The file written by a refresher reads back.
    const text = await readFile(join(dir, "shared", "certificates.json"), "utf8");
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      certificates: [{ serial_no: expect.any(String) }],
    });
  });
});
