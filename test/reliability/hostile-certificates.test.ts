/**
 * The certificate store and refresh under hostile conditions. A stored
 * `downloaded_at` in the future used to turn the schedule off (0 refreshes in 30 days instead of
 * ~59); a store file was read whole whatever its size (200 MB → 906 MB peak); with no valid
 * certificate every call downloaded again (50 calls → 150 downloads). Now: stale + onError,
 * refused before reading, and an exponential, capped, coalesced backoff.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recordFigures } from "./helpers/figures.js";
import { readPlatformCertificate } from "../../runtime/certificates/certificate.js";
import {
  FileCertificateStore,
  MemoryCertificateStore,
  PlatformCertificateError,
  PlatformCertificateProvider,
  type PlatformCertificate,
} from "../../runtime/index.js";
import { createCertificatePem } from "../../sandbox/certificates/x509.js";
import { DAY, HOUR, TestClock } from "../certificates/helpers.js";

const MB = 1024 * 1024;

function certificate(serial: string, from: number, to: number): PlatformCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = createCertificatePem({
    publicKey,
    issuerKey: privateKey,
    commonName: "hostile store test",
    serialHex: serial,
    notBefore: new Date(from),
    notAfter: new Date(to),
  });
  return readPlatformCertificate(pem, serial, { effectiveTime: from, expireTime: to }, "test");
}

const start = Date.now();
const LONG = certificate(
  "2C00000000000000000000000000000000000003",
  start - DAY,
  start + 400 * DAY,
);
const settle = () => new Promise((resolve) => setImmediate(resolve));
const figures: Record<string, number> = {};
afterAll(() => recordFigures("8-hostile-runtime", "Hostile inputs to the runtime", figures));

describe("a stored downloaded_at in the future", () => {
  it("counts as stale: 30 simulated days refresh on schedule, and onError is told", async () => {
    const clock = new TestClock();
    const store = new MemoryCertificateStore();
    await store.set({ downloadedAt: clock.now() + 3650 * DAY, certificates: [LONG] });
    const errors: unknown[] = [];
    let downloads = 0;
    const provider = new PlatformCertificateProvider(
      async () => {
        downloads++;
        return [LONG];
      },
      { store, onError: (error) => errors.push(error) },
      clock.now,
    );
    for (let hour = 0; hour < 30 * 24; hour++) {
      await provider.keys(LONG.serialNo);
      await settle();
      clock.advance(HOUR);
    }
    // Every 12 h over 30 days (the first one right away): before the fix, 0.
    figures["futureDownloadedAtRefreshesIn30Days"] = downloads;
    expect(downloads).toBeGreaterThanOrEqual(59);
    expect(downloads).toBeLessThanOrEqual(61);
    expect(errors[0]).toBeInstanceOf(PlatformCertificateError);
    expect((errors[0] as PlatformCertificateError).reason).toBe("store_from_future");
  });
});

describe("refresh with no valid certificate", () => {
  it("50 calls while /v3/certificates fails make one download, then back off 1 s, 2 s, 4 s … capped", async () => {
    const clock = new TestClock();
    let downloads = 0;
    const provider = new PlatformCertificateProvider(
      async () => {
        downloads++;
        throw new Error("HTTP 500 from /v3/certificates");
      },
      { minRefreshIntervalMs: 60_000 },
      clock.now,
    );
    const calls = await Promise.allSettled(Array.from({ length: 50 }, () => provider.keys()));
    expect(calls.every((c) => c.status === "rejected")).toBe(true);
    expect(downloads).toBe(1);
    figures["downloadsFor50CallsWhileFailing"] = downloads;
    for (let i = 0; i < 50; i++) await expect(provider.keys()).rejects.toThrow(/HTTP 500/);
    expect(downloads).toBe(1);
    // Waits double from 1 s: a call just after each wait downloads once more.
    const waits: number[] = [];
    for (let attempt = 0; attempt < 9; attempt++) {
      let waited = 0;
      while (downloads === attempt + 1 && waited < 120_000) {
        clock.advance(250);
        waited += 250;
        await provider.keys().catch(() => undefined);
      }
      waits.push(waited);
    }
    expect(waits.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 16000, 32000]);
    expect(waits.slice(6)).toEqual([60000, 60000, 60000]);
  });

  it("only an expired certificate on offer: 100 calls make one download, not 100", async () => {
    const clock = new TestClock();
    let downloads = 0;
    const provider = new PlatformCertificateProvider(
      async () => {
        downloads++;
        throw new PlatformCertificateError(
          "no_valid_certificate",
          "every certificate of the answer has expired",
        );
      },
      {},
      clock.now,
    );
    for (let i = 0; i < 100; i++) await provider.keys().catch(() => undefined);
    expect(downloads).toBe(1);
    figures["downloadsFor100CallsExpiredOnly"] = downloads;
  });

  it("a success ends the backoff", async () => {
    const clock = new TestClock();
    let downloads = 0;
    const provider = new PlatformCertificateProvider(
      async () => {
        downloads++;
        if (downloads === 1) throw new Error("down");
        return [LONG];
      },
      {},
      clock.now,
    );
    await expect(provider.keys()).rejects.toThrow("down");
    clock.advance(1_000);
    expect((await provider.keys()).has(LONG.serialNo)).toBe(true);
    expect(downloads).toBe(2);
  });
});

describe("file store above its size limit", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("a 200 MB file is refused before reading: a clear error and no memory spent", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cert-store-"));
    dirs.push(dir);
    const file = join(dir, "certificates.json");
    await writeFile(file, "");
    await truncate(file, 200 * MB); // sparse: real size on stat, no disk written
    const before = process.memoryUsage().rss;
    const error = await new FileCertificateStore(file).get().catch((e: unknown) => e);
    const grewMB = (process.memoryUsage().rss - before) / MB;
    figures["storeFile200MBRssGrowthMB"] = Math.round(grewMB);
    expect(error).toBeInstanceOf(PlatformCertificateError);
    expect((error as PlatformCertificateError).reason).toBe("store_failed");
    expect((error as Error).message).toMatch(/is 209715200 bytes, above maxBytes \(262144\)/);
    expect(grewMB).toBeLessThan(50);
  });

  it("a real file (~1.3 KiB per certificate) is read as before; maxBytes is configurable", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cert-store-"));
    dirs.push(dir);
    const file = join(dir, "certificates.json");
    const store = new FileCertificateStore(file);
    await store.set({ downloadedAt: start, certificates: [LONG] });
    expect((await store.get())?.certificates[0]?.serialNo).toBe(LONG.serialNo);
    const small = new FileCertificateStore(file, { maxBytes: 100 });
    await expect(small.get()).rejects.toThrow(/above maxBytes \(100\)/);
  });
});
