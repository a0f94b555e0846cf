/**
 * The README's "Running several instances" block, run as written (imports pointed at the sources)
 * against a real Redis and a certificate-mode sandbox: two instances share one certificate
 * download, and one notification delivered to both is processed once.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listStocks, type CouponUseResource } from "../../generated/index.js";
import type { NotificationHandler, WechatPayClientConfig } from "../../runtime/index.js";
import type { WechatPayClient } from "../../runtime/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { extractCodeBlocks } from "../readme/extract.js";
import { captureDelivery } from "./merchant.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const snippetDir = join(repoRoot, "test", "redis", ".tmp");
const ENTRIES: Readonly<Record<string, string>> = {
  "wechatpay-favor": "index.js",
  "wechatpay-favor/redis": "runtime/redis/index.js",
};

type Instance = {
  client: WechatPayClient;
  notifications: NotificationHandler<readonly never[]>;
  close(): Promise<void>;
};
type CreateInstance = (
  config: WechatPayClientConfig,
  redisUrl: string,
  save: (resource: CouponUseResource) => Promise<void>,
) => Instance;

/** The block marked as run by this file, written out with its imports pointed at the sources. */
function readmeBlock(): string {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const lines = readme.split("\n");
  const blocks = extractCodeBlocks(readme).filter((block) =>
    (lines[block.line - 3] ?? "").includes("test/redis/readme.redis-test.ts"),
  );
  expect(blocks).toHaveLength(1);
  const code = (blocks[0]?.code ?? "").replace(
    /(["'])(wechatpay-favor(?:\/[^"']*)?)\1/g,
    (_whole, quote: string, specifier: string) =>
      `${quote}${relative(snippetDir, join(repoRoot, ENTRIES[specifier] ?? "missing"))}${quote}`,
  );
  mkdirSync(snippetDir, { recursive: true });
  const path = join(snippetDir, "running-several-instances.ts");
  writeFileSync(path, `${code}\n`);
  return path;
}

let sandbox: Sandbox;
const instances: Instance[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ platformCertificates: true });
});
afterAll(async () => {
  for (const instance of instances) await instance.close();
  await sandbox?.close();
  rmSync(snippetDir, { recursive: true, force: true });
});

describe("README: Running several instances", () => {
  it("two instances share one certificate download and process a notification once", async () => {
    const { createInstance } = (await import(pathToFileURL(readmeBlock()).href)) as {
      createInstance: CreateInstance;
    };
    const { wechatpayPublicKeyId: _id, wechatpayPublicKey: _key, ...legacy } = sandbox.clientConfig;
    const saved: CouponUseResource[] = [];
    const save = async (resource: CouponUseResource) => {
      saved.push(resource);
    };
    const before = sandbox.certificates?.downloads ?? 0;
    for (let i = 0; i < 2; i++) instances.push(createInstance(legacy, inject("redisUrl"), save));
    const [a, b] = instances as [Instance, Instance];
    const list = { offset: 0, limit: 10, stock_creator_mchid: sandbox.mchid };
    await Promise.all([listStocks(a.client, list), listStocks(b.client, list)]);
    expect((sandbox.certificates?.downloads ?? 0) - before).toBe(1);

    const delivery = await captureDelivery(a.client, sandbox);
    const outcomes = await Promise.all(
      [a, b, a, b].map((instance) => instance.notifications.handle(delivery)),
    );
    expect(outcomes.filter((o) => o.kind === "processed")).toHaveLength(1);
    expect(saved).toHaveLength(1);
  });
});
