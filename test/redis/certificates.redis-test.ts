/**
 * Five instances of a platform-certificate merchant start together and share one certificate
 * download through Redis: one downloads, the others wait for its verified write and use it
 * (without the shared store, each of them downloads).
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { startInstance } from "./fleet.js";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false, platformCertificates: true });
});
afterAll(() => sandbox?.close());

/** Five instances started together; resolves with what each said and the sandbox's downloads. */
async function fiveInstances(store: "redis" | "memory") {
  // Configured like a legacy merchant: merchant key and APIv3 key, no WeChat Pay public key.
  const { wechatpayPublicKeyId: _id, wechatpayPublicKey: _key, ...legacy } = sandbox.clientConfig;
  const prefix = `certs-${randomBytes(4).toString("hex")}:`;
  const before = sandbox.certificates?.downloads ?? 0;
  const instances = Array.from({ length: 5 }, () =>
    startInstance("certificate-child.ts", {
      client: { ...legacy, maxRetries: 0 },
      redisUrl: inject("redisUrl"),
      prefix,
      store,
    }),
  );
  const results = await Promise.all(instances.map((i) => i.waitFor((line) => "ok" in line)));
  return { results, downloads: (sandbox.certificates?.downloads ?? 0) - before };
}

describe("platform certificates shared by five instances", () => {
  it("five processes, one download", async () => {
    const { results, downloads } = await fiveInstances("redis");
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(results.map((r) => r.downloads).sort()).toEqual([0, 0, 0, 0, 1]);
    expect(downloads).toBe(1);
  });

  it("control: with each process's own memory store, five downloads", async () => {
    const { results, downloads } = await fiveInstances("memory");
    expect(results.map((r) => r.downloads)).toEqual([1, 1, 1, 1, 1]);
    expect(downloads).toBe(5);
  });
});
