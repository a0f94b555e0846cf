/**
 * Five instances of a platform-certificate merchant start together and share one certificate
 * download through Redis: one downloads, the others wait for its verified write and use it.
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

describe("platform certificates shared by five instances", () => {
  it("five processes, one download", async () => {
    // Configured like a legacy merchant: merchant key and APIv3 key, no WeChat Pay public key.
    const { wechatpayPublicKeyId: _id, wechatpayPublicKey: _key, ...legacy } = sandbox.clientConfig;
    const prefix = `certs-${randomBytes(4).toString("hex")}:`;
    const before = sandbox.certificates?.downloads ?? 0;
    const instances = Array.from({ length: 5 }, () =>
      startInstance("certificate-child.ts", {
        client: { ...legacy, maxRetries: 0 },
        redisUrl: inject("redisUrl"),
        prefix,
      }),
    );
    const results = await Promise.all(instances.map((i) => i.waitFor((line) => "ok" in line)));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(results.map((r) => r.downloads).sort()).toEqual([0, 0, 0, 0, 1]);
    expect((sandbox.certificates?.downloads ?? 0) - before).toBe(1);
  });
});
