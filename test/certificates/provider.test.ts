/**
 * The provider's own rules, with a downloader that hands out real (in-process) certificates:
 * store adoption, the schedule, expiry, failures kept off the call path; and the client
 * configuration that turns it on.
 */
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readPlatformCertificate } from "../../runtime/certificates/certificate.js";
import {
  ConfigurationError,
  MemoryCertificateStore,
  PlatformCertificateProvider,
  WechatPayClient,
  type CertificateStore,
  type PlatformCertificate,
  type WechatPayClientConfig,
} from "../../runtime/index.js";
import { createCertificatePem } from "../../sandbox/certificates/x509.js";
import { DAY, HOUR, TestClock } from "./helpers.js";

function certificate(serial: string, from: number, to: number): PlatformCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = createCertificatePem({
    publicKey,
    issuerKey: privateKey,
    commonName: "provider test",
    serialHex: serial,
    notBefore: new Date(from),
    notAfter: new Date(to),
  });
  return readPlatformCertificate(pem, serial, { effectiveTime: from, expireTime: to }, "test");
}

const clock = new TestClock();
const A = certificate(
  "1A00000000000000000000000000000000000001",
  clock.now() - DAY,
  clock.now() + 30 * DAY,
);
const B = certificate(
  "1B00000000000000000000000000000000000002",
  clock.now() - DAY,
  clock.now() + 60 * DAY,
);

/** A downloader over a scripted list of results; counts its calls. */
function downloader(...results: (PlatformCertificate[] | Error)[]) {
  const calls = { count: 0 };
  const download = async (): Promise<PlatformCertificate[]> => {
    const result = results[Math.min(calls.count, results.length - 1)];
    calls.count++;
    if (result instanceof Error) throw result;
    return result ?? [];
  };
  return { calls, download };
}

describe("PlatformCertificateProvider", () => {
  it("adopts a fresh download from its store instead of downloading", async () => {
    const store = new MemoryCertificateStore();
    await store.set({ downloadedAt: clock.now(), certificates: [A] });
    const { calls, download } = downloader([B]);
    const provider = new PlatformCertificateProvider(download, { store }, clock.now);
    expect((await provider.keys(A.serialNo)).has(A.serialNo)).toBe(true);
    expect(calls.count).toBe(0);
  });

  it("refreshes in the background once the download is older than the interval", async () => {
    const local = new TestClock();
    const { calls, download } = downloader([A], [A, B]);
    const provider = new PlatformCertificateProvider(download, {}, local.now);
    await provider.keys(A.serialNo);
    expect(calls.count).toBe(1);
    local.advance(11 * HOUR);
    await provider.keys(A.serialNo);
    expect(calls.count).toBe(1);
    local.advance(2 * HOUR);
    const keys = await provider.keys(A.serialNo); // answered at once with what is held
    expect(keys.has(B.serialNo)).toBe(false);
    await provider.keys(A.serialNo); // joins nothing: the background refresh may still run
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls.count).toBe(2);
    expect(provider.currentKeys().has(B.serialNo)).toBe(true);
  });

  it("a failed background refresh goes to onError and keeps the held certificates", async () => {
    const local = new TestClock();
    const errors: unknown[] = [];
    const { download } = downloader([A], new Error("network down"));
    const provider = new PlatformCertificateProvider(
      download,
      {
        onError: (error) => {
          errors.push(error);
          throw new Error("a throwing onError is contained too");
        },
      },
      local.now,
    );
    await provider.keys(A.serialNo);
    local.advance(13 * HOUR);
    await provider.keys(A.serialNo);
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors.map(String)).toEqual(["Error: network down"]);
    expect(provider.currentKeys().has(A.serialNo)).toBe(true);
  });

  it("drops expired certificates and downloads when none is effective", async () => {
    const local = new TestClock();
    const { calls, download } = downloader([A, B], [B]);
    const provider = new PlatformCertificateProvider(download, {}, local.now);
    await provider.keys();
    local.advance(31 * DAY);
    expect(provider.currentKeys().has(A.serialNo)).toBe(false);
    expect(provider.certificates().map((c) => c.serialNo)).toEqual([B.serialNo]);
    local.advance(30 * DAY); // B expired too: the next use must download before answering
    await expect(provider.keys()).resolves.toBeDefined();
    expect(calls.count).toBe(2);
  });

  it("a store that cannot be written does not fail the call", async () => {
    const errors: unknown[] = [];
    const store: CertificateStore = {
      get: async () => undefined,
      set: async () => {
        throw new Error("disk full");
      },
    };
    const { download } = downloader([A]);
    const provider = new PlatformCertificateProvider(
      download,
      { store, onError: (e) => errors.push(e) },
      clock.now,
    );
    expect((await provider.keys(A.serialNo)).has(A.serialNo)).toBe(true);
    expect(errors.map(String)).toEqual(["Error: disk full"]);
  });
});

describe("client configuration", () => {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const base = {
    mchid: "1900000109",
    serialNo: "5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    apiV3Key: "0123456789ABCDEFghijklmnopqrstuv",
  };
  const publicKeyFields = {
    wechatpayPublicKeyId: "PUB_KEY_ID_0114232320222022060200000000000000",
    wechatpayPublicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };

  function field(config: WechatPayClientConfig): string | undefined {
    try {
      new WechatPayClient(config);
    } catch (error) {
      if (error instanceof ConfigurationError) return error.field;
      throw error;
    }
    return undefined;
  }

  it("turns the provider on for a legacy merchant, off with a public key, on again for a migration", async () => {
    const clients = [
      new WechatPayClient(base),
      new WechatPayClient({ ...base, ...publicKeyFields }),
      new WechatPayClient({ ...base, ...publicKeyFields, certificates: true }),
    ];
    expect(clients.map((c) => c.certificates !== undefined)).toEqual([true, false, true]);
    await Promise.all(clients.map((c) => c.close()));
  });

  it.each([
    [
      "no key to verify with and no APIv3 key",
      { ...base, apiV3Key: undefined },
      "wechatpayPublicKey",
    ],
    [
      "a public key ID without the key",
      { ...base, wechatpayPublicKeyId: publicKeyFields.wechatpayPublicKeyId },
      "wechatpayPublicKey",
    ],
    [
      "a public key without its ID",
      { ...base, wechatpayPublicKey: publicKeyFields.wechatpayPublicKey },
      "wechatpayPublicKeyId",
    ],
    [
      "certificates without an APIv3 key",
      { ...base, ...publicKeyFields, apiV3Key: undefined, certificates: true },
      "apiV3Key",
    ],
    [
      "a negative refresh interval",
      { ...base, certificates: { refreshIntervalMs: -1 } },
      "certificates.refreshIntervalMs",
    ],
    [
      "a store without get/set",
      { ...base, certificates: { store: {} as CertificateStore } },
      "certificates.store",
    ],
    [
      "a non-boolean download",
      { ...base, certificates: { download: "no" as unknown as boolean } },
      "certificates.download",
    ],
  ])("%s is a ConfigurationError naming %s", (_name, config, expected) => {
    expect(field(config as WechatPayClientConfig)).toBe(expected);
  });
});
