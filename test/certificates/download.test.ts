/**
 * First download against the sandbox in platform-certificate mode: decrypted, verified with the
 * certificate the answer names, serial and window checked; hostile answers refused whole with
 * typed errors that never print the APIv3 key.
 */
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStocks } from "../../generated/index.js";
import {
  PlatformCertificateError,
  SignatureVerificationError,
  WechatPayClient,
} from "../../runtime/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { anyCall, legacyConfig, rejection, startCertificateSandbox } from "./helpers.js";

let sandbox: Sandbox;
const clients: WechatPayClient[] = [];

function client(overrides: Parameters<typeof legacyConfig>[1] = {}): WechatPayClient {
  const made = new WechatPayClient(legacyConfig(sandbox, overrides));
  clients.push(made);
  return made;
}

beforeAll(async () => {
  sandbox = await startCertificateSandbox();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sandbox.close();
});

describe("first download", () => {
  it("a legacy merchant (merchant key + APIv3 key only) downloads on first need and verifies answers", async () => {
    const legacy = client();
    expect(legacy.certificates).toBeDefined();
    expect(legacy.certificates?.certificates()).toEqual([]);
    const before = sandbox.certificates?.downloads ?? 0;
    await anyCall(legacy, sandbox);
    await anyCall(legacy, sandbox);
    expect((sandbox.certificates?.downloads ?? 0) - before).toBe(1);
    const held = legacy.certificates?.certificates() ?? [];
    expect(held.map((c) => c.serialNo)).toEqual(sandbox.certificates?.serials());
    // The PEM is the sandbox's certificate, and its serial is X509Certificate's, upper-case hex.
    const listing = sandbox.certificates?.listings()[0];
    expect(held[0]?.pem).toBe(listing?.certificate);
    expect(held[0]?.serialNo).toBe(new X509Certificate(held[0]?.pem ?? "").serialNumber);
    expect(held[0]?.serialNo).toMatch(/^[0-9A-F]{40}$/);
  });

  it("a public-key-only merchant gets a typed error that says to configure the public key", async () => {
    const publicKeyOnly = await startSandbox({ rateLimits: false });
    try {
      const {
        wechatpayPublicKeyId: _i,
        wechatpayPublicKey: _k,
        ...legacy
      } = publicKeyOnly.clientConfig;
      const c = new WechatPayClient({ ...legacy, maxRetries: 0 });
      clients.push(c);
      const error = await rejection(anyCall(c, publicKeyOnly));
      expect(error).toBeInstanceOf(PlatformCertificateError);
      expect((error as PlatformCertificateError).reason).toBe("no_platform_certificates");
      expect((error as Error).message).toMatch(/wechatpayPublicKey/);
    } finally {
      await publicKeyOnly.close();
    }
  });
});

describe("refused downloads", () => {
  it("a wrong APIv3 key: decryption_failed naming the APIv3 key, without printing it", async () => {
    const wrongKey = "0123456789abcdefghijABCDEFGHIJ00";
    const c = client({ apiV3Key: wrongKey });
    const error = await rejection(anyCall(c, sandbox));
    expect(error).toBeInstanceOf(PlatformCertificateError);
    expect((error as PlatformCertificateError).reason).toBe("decryption_failed");
    expect((error as Error).message).toMatch(/APIv3 key/);
    const printed = `${(error as Error).message} ${JSON.stringify(error)} ${String((error as Error).stack)}`;
    expect(printed).not.toContain(wrongKey);
    expect(printed).not.toContain(sandbox.apiV3Key);
    expect(c.certificates?.certificates()).toEqual([]);
  });

  it("a tampered answer (body changed after signing): signature_invalid, nothing held", async () => {
    const c = client();
    sandbox.setFault({ mode: "tamper-body", operations: ["downloadCertificates"] });
    try {
      const error = await rejection(c.certificates?.refresh() ?? Promise.resolve());
      expect(error).toBeInstanceOf(PlatformCertificateError);
      expect((error as PlatformCertificateError).reason).toBe("signature_invalid");
      expect((error as Error).cause).toBeInstanceOf(SignatureVerificationError);
    } finally {
      sandbox.setFault(undefined);
    }
    expect(c.certificates?.certificates()).toEqual([]);
    // Once the answers are honest again, the same client recovers without a restart.
    await anyCall(c, sandbox);
    expect(c.certificates?.certificates().length).toBe(1);
  });

  it("an answer whose serial_no is not its certificate's serial is refused (serial_mismatch)", async () => {
    const c = client();
    const authority = sandbox.certificates;
    if (authority === undefined) throw new Error("certificate mode expected");
    authority.answerFault = "serial-mismatch";
    try {
      const error = await rejection(anyCall(c, sandbox));
      expect(error).toBeInstanceOf(PlatformCertificateError);
      expect((error as PlatformCertificateError).reason).toBe("serial_mismatch");
    } finally {
      authority.answerFault = undefined;
    }
    expect(c.certificates?.certificates()).toEqual([]);
  });

  it("an answer signed under a serial it does not list is refused (signer_not_listed)", async () => {
    const c = client();
    sandbox.setFault({ mode: "wrong-serial", operations: ["downloadCertificates"] });
    try {
      const error = await rejection(anyCall(c, sandbox));
      expect(error).toBeInstanceOf(PlatformCertificateError);
      expect((error as PlatformCertificateError).reason).toBe("signer_not_listed");
    } finally {
      sandbox.setFault(undefined);
    }
    expect(c.certificates?.certificates()).toEqual([]);
  });

  it("a signature probe or a forged serial on an ordinary answer still fails verification", async () => {
    const c = client({ certificates: { minRefreshIntervalMs: 60_000 } });
    await anyCall(c, sandbox);
    for (const mode of ["signtest", "wrong-serial"]) {
      const failure = await rejection(
        listStocks(
          c,
          { offset: 0, limit: 10, stock_creator_mchid: sandbox.mchid },
          { headers: { "X-Sandbox-Fault": mode } },
        ),
      );
      expect(failure).toBeInstanceOf(SignatureVerificationError);
    }
  });
});
