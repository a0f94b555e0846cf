/**
 * Suite 6 — secrets. With canary keys (merchant private key, platform private key, APIv3 key) the
 * client is driven into every error it can raise — configuration mistakes that put key material in
 * the wrong field, validation, API errors, forged/stale/unsigned responses, dropped and slow
 * connections, bad notifications — and every error surface (message, String, toJSON, JSON, inspect),
 * every console line and sandbox log line, the inspected client, and every snapshot file in the
 * repo is searched for the canary secrets and for any full RSA signature: zero hits.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { format, inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createCouponStockOperation,
  listStocksOperation,
  queryStockOperation,
  sendCouponOperation,
} from "../../generated/metadata.js";
import {
  decryptResource,
  NOTIFICATION_ALGORITHM,
  WechatPayClient,
  WechatPayError,
} from "../../runtime/index.js";
import { encryptResource } from "../../runtime/protocol.js";
import type { WechatPayClientConfig } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { CANARY_API_V3_KEY, canaryKeys } from "./helpers/canary.js";
import { recordFigures, ROOT } from "./helpers/figures.js";
import { findSecrets, LeakCollector } from "./helpers/leak-scan.js";
import type { LeakHit } from "./helpers/leak-scan.js";
import { signedHeaders } from "./helpers/signed-answer.js";
import { clientFor, startCanarySandbox, stockParams } from "./helpers/workload.js";

const keys = canaryKeys();
const leaks = new LeakCollector();
const consoleLines: string[] = [];
const sandboxLog: string[] = [];
const tally = { errorsProvoked: 0, errorClasses: new Set<string>(), snapshotFiles: 0 };
let sandbox: Sandbox;
let client: WechatPayClient;

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
const spies: { mockRestore(): void }[] = [];

beforeAll(async () => {
  // Every console line produced while the suite runs is captured (and still not printed).
  for (const method of CONSOLE_METHODS) {
    spies.push(
      vi
        .spyOn(console, method)
        .mockImplementation((...args: unknown[]) => consoleLines.push(format(...args))),
    );
  }
  sandbox = await startCanarySandbox((line) => sandboxLog.push(line));
  client = clientFor(sandbox, { maxRetries: 0, timeout: 500 });
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
  for (const spy of spies) spy.mockRestore();
});

/** Runs `action`, which must fail with a WechatPayError (a typed failure), and collects its surfaces. */
async function provoke(label: string, action: () => unknown): Promise<void> {
  let caught: unknown;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${label} did not fail`).toBeInstanceOf(WechatPayError);
  tally.errorsProvoked += 1;
  tally.errorClasses.add((caught as Error).name);
  leaks.addError(label, caught);
  // What a careless handler would print.
  console.error(`${label} failed:`, caught);
  console.log(JSON.stringify({ label, error: caught }));
}

const config = (
  overrides: Partial<Record<keyof WechatPayClientConfig, unknown>>,
): WechatPayClientConfig => ({ ...sandbox.clientConfig, ...overrides }) as WechatPayClientConfig;

describe("secrets never appear in errors, logs or snapshots", () => {
  it("configuration errors with key material in the wrong place", async () => {
    const pem = keys.merchantPrivatePem;
    const truncated = pem.slice(0, Math.floor(pem.length / 2));
    const corrupted = pem.replace(/\n[A-Za-z0-9+/]{64}\n/, "\n!!!!\n");
    await provoke(
      "private key truncated",
      () => new WechatPayClient(config({ privateKey: truncated })),
    );
    await provoke(
      "private key corrupted",
      () => new WechatPayClient(config({ privateKey: corrupted })),
    );
    await provoke(
      "private key without PEM armour",
      () => new WechatPayClient(config({ privateKey: pem.replace(/-----[^-]+-----/g, "") })),
    );
    await provoke(
      "private key given as the WeChat public key",
      () => new WechatPayClient(config({ wechatpayPublicKey: pem })),
    );
    await provoke(
      "platform private key given as the WeChat public key",
      () => new WechatPayClient(config({ wechatpayPublicKey: keys.platformPrivatePem })),
    );
    await provoke(
      "private KeyObject as the WeChat public key",
      () => new WechatPayClient(config({ wechatpayPublicKey: keys.merchantPrivate })),
    );
    await provoke(
      "public key as the private key",
      () => new WechatPayClient(config({ privateKey: keys.merchantPublicPem })),
    );
    await provoke(
      "APIv3 key one byte too long",
      () => new WechatPayClient(config({ apiV3Key: `${CANARY_API_V3_KEY}x` })),
    );
    await provoke(
      "APIv3 key one byte short",
      () => new WechatPayClient(config({ apiV3Key: CANARY_API_V3_KEY.slice(1) })),
    );
    await provoke(
      "APIv3 key in the mchid field",
      () => new WechatPayClient(config({ mchid: 12345, apiV3Key: CANARY_API_V3_KEY })),
    );
    await provoke(
      "private key pasted into baseUrl",
      () => new WechatPayClient(config({ baseUrl: pem })),
    );
    await provoke(
      "APIv3 key pasted into userAgent with a newline",
      () => new WechatPayClient(config({ userAgent: `${CANARY_API_V3_KEY}\n` })),
    );
  });

  it("request, API, verification and transport errors against the canary sandbox", async () => {
    await provoke("validation", () =>
      client.request(listStocksOperation, { offset: -1, limit: 99, stock_creator_mchid: "" }),
    );
    await provoke("unknown param carrying the APIv3 key", () =>
      client.request(listStocksOperation, {
        offset: 0,
        limit: 10,
        stock_creator_mchid: sandbox.mchid,
        api_key: CANARY_API_V3_KEY,
      }),
    );
    await provoke("header value with a newline", () =>
      client.request(
        listStocksOperation,
        { offset: 0, limit: 10, stock_creator_mchid: sandbox.mchid },
        { headers: { "x-note": `${CANARY_API_V3_KEY}\r\n` } },
      ),
    );
    await provoke("404", () =>
      client.request(queryStockOperation, { stock_id: "1", stock_creator_mchid: sandbox.mchid }),
    );
    await provoke("400 business rule", () =>
      client.request(sendCouponOperation, {
        openid: "o1",
        appid: sandbox.appid,
        stock_id: "1",
        stock_creator_mchid: sandbox.mchid,
        out_request_no: "x1",
      }),
    );
    for (const fault of [
      "tamper-body",
      "stale-timestamp",
      "signtest",
      "wrong-serial",
      "unsigned",
      "500",
      "429",
      "drop",
      "drop-after",
      "slow:900",
    ]) {
      await provoke(`fault ${fault}`, () =>
        client.request(
          listStocksOperation,
          { offset: 0, limit: 10, stock_creator_mchid: sandbox.mchid },
          { headers: { "x-sandbox-fault": fault } },
        ),
      );
    }
    // Signed with another merchant key: WeChat answers 401 SIGN_ERROR; the error must not echo our signature.
    const impostor = new WechatPayClient(
      config({
        privateKey: keys.otherPrivate.export({ type: "pkcs8", format: "pem" }).toString(),
        maxRetries: 0,
      }),
    );
    await provoke("401 wrong merchant key", () =>
      impostor.request(listStocksOperation, {
        offset: 0,
        limit: 10,
        stock_creator_mchid: sandbox.mchid,
      }),
    );
    await impostor.close();
    const unreachable = new WechatPayClient(
      config({ baseUrl: "http://127.0.0.1:1", maxRetries: 0 }),
    );
    await provoke("connection refused", () =>
      unreachable.request(
        createCouponStockOperation,
        stockParams(sandbox.mchid, "secrets-1", { maxCoupons: 10, couponAmount: 100, perUser: 1 }),
      ),
    );
    await unreachable.close();
    const aborted = new AbortController();
    aborted.abort();
    await provoke("aborted", () =>
      client.request(
        listStocksOperation,
        { offset: 0, limit: 10, stock_creator_mchid: sandbox.mchid },
        { signal: aborted.signal },
      ),
    );
    leaks.addText("inspect(client)", inspect(client, { depth: 6, showHidden: true }));
    leaks.addText("JSON(client)", JSON.stringify(client) ?? "");
  });

  it("notification errors with the canary APIv3 key", async () => {
    const nonce = "0123456789ab";
    const resource = {
      original_type: "coupon",
      algorithm: NOTIFICATION_ALGORITHM,
      ciphertext: encryptResource(CANARY_API_V3_KEY, '{"coupon_id":"1"}', nonce, "coupon"),
      nonce,
      associated_data: "coupon",
    };
    const envelope = (r: Record<string, unknown>): Buffer =>
      Buffer.from(
        JSON.stringify({
          id: "EV-1",
          create_time: "2026-11-27T15:00:00+08:00",
          resource_type: "encrypt-resource",
          event_type: "COUPON.USE",
          summary: "用券成功",
          resource: r,
        }),
      );
    const signed = (body: Buffer) => ({ headers: signedHeaders(keys.platformPrivate, body), body });
    expect(client.parseNotification(signed(envelope(resource))).resource).toEqual({
      coupon_id: "1",
    });
    await provoke("notification bad tag", () =>
      client.parseNotification(signed(envelope({ ...resource, associated_data: "other" }))),
    );
    await provoke("notification algorithm", () =>
      client.parseNotification(signed(envelope({ ...resource, algorithm: "AES" }))),
    );
    await provoke("notification not JSON", () =>
      client.parseNotification(signed(Buffer.from(`key=${CANARY_API_V3_KEY}`))),
    );
    await provoke("notification forged", () =>
      client.parseNotification({
        headers: signedHeaders(keys.otherPrivate, envelope(resource)),
        body: envelope(resource),
      }),
    );
    await provoke("decrypt with a 33-byte key", () =>
      decryptResource(`${CANARY_API_V3_KEY}x`, resource),
    );
    const withoutKey = new WechatPayClient(config({ apiV3Key: undefined }));
    await provoke("no APIv3 key", () => withoutKey.parseNotification(signed(envelope(resource))));
    await withoutKey.close();
  });

  it("no snapshot file in the repo holds a canary secret or a full signature", () => {
    const hits: LeakHit[] = [];
    const walk = (dir: string, inSnapshots: boolean): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === "node_modules" || entry.name === ".git") continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full, inSnapshots || entry.name === "__snapshots__");
        else if (inSnapshots || entry.name.endsWith(".snap")) {
          tally.snapshotFiles += 1;
          hits.push(...findSecrets(readFileSync(full, "utf8"), path.relative(ROOT, full)));
        }
      }
    };
    walk(ROOT, false);
    expect(tally.snapshotFiles).toBeGreaterThan(0);
    expect(hits).toEqual([]);
  });

  it("the scanner finds what it looks for (otherwise zero hits proves nothing)", () => {
    const probe = new LeakCollector();
    probe.addText("planted APIv3 key", `key: ${CANARY_API_V3_KEY}`);
    probe.addText("planted PEM line", keys.merchantPrivatePem.split("\n")[5] ?? "");
    probe.addText(
      "planted signature",
      signedHeaders(keys.platformPrivate, Buffer.from("{}"))["wechatpay-signature"],
    );
    expect(new Set(probe.scan().map((h) => h.where)).size).toBe(3);
  });

  it("zero hits in every error surface, console line and sandbox log line", () => {
    for (const line of consoleLines) leaks.addText("console", line);
    for (const line of sandboxLog) leaks.addText("sandbox log", line);
    const hits = leaks.scan();
    for (const spy of spies) spy.mockRestore();
    recordFigures("6-secrets", "Secrets", {
      errorsProvoked: tally.errorsProvoked,
      errorClasses: tally.errorClasses.size,
      surfacesScanned: leaks.scanned,
      consoleLines: consoleLines.length,
      sandboxLogLines: sandboxLog.length,
      snapshotFilesScanned: tally.snapshotFiles,
      leaksFound: hits.length,
    });
    expect(hits.map((h) => `${h.where}: ${h.secret}`)).toEqual([]);
  });
});
