/**
 * Rotation under the sandbox clock, end to end: a new certificate is offered, then signs, then the
 * old one expires — every answer and notification verifies, with no restart and no manual step.
 * An unknown serial triggers exactly one refresh however many calls see it at once.
 */
import { afterEach, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { runningStock, sendCouponRaw } from "../sandbox/fixtures.js";
import { jsonOf, rawRequest } from "../sandbox/raw-client.js";
import { startReceiver, type Receiver } from "../sandbox/receiver.js";
import {
  anyCall,
  DAY,
  HOUR,
  legacyConfig,
  rejection,
  startCertificateSandbox,
  TestClock,
} from "./helpers.js";

let sandbox: Sandbox | undefined;
let client: WechatPayClient | undefined;
let receiver: Receiver | undefined;

afterEach(async () => {
  await client?.close();
  await receiver?.close();
  await sandbox?.close();
  sandbox = client = receiver = undefined;
});

function authorityOf(s: Sandbox) {
  if (s.certificates === undefined) throw new Error("certificate mode expected");
  return s.certificates;
}

describe("rotation", () => {
  it("offered, then used, then the old one expires: no failed call, no restart", async () => {
    const clock = new TestClock();
    sandbox = await startCertificateSandbox({
      clock,
      platformCertificates: { validityMs: 10 * DAY },
      notifyRetryIntervalMs: 50,
    });
    const authority = authorityOf(sandbox);
    const local = new WechatPayClient(legacyConfig(sandbox, { now: clock.now }));
    client = local;

    // A coupon to redeem later, and a receiver for its notification (set up on the real clock).
    receiver = await startReceiver();
    const stockId = await runningStock(sandbox);
    const couponId = String(
      jsonOf(await sendCouponRaw(sandbox, stockId, "rotation-openid"))["coupon_id"],
    );
    const callback = await rawRequest(
      sandbox,
      "POST",
      "/v3/marketing/favor/callbacks",
      JSON.stringify({ mchid: sandbox.mchid, notify_url: receiver.url, switch: true }),
    );
    expect(callback.status).toBe(200);

    await anyCall(local, sandbox);
    const [oldSerial] = authority.serials();
    expect(local.certificates?.certificates().map((c) => c.serialNo)).toEqual([oldSerial]);

    const newSerial = await authority.rotate({ useAfterMs: DAY });
    const signers = new Set<string>();
    const failures: unknown[] = [];
    let notified = false;
    // Six-hour steps through the rotation and past the old certificate's expiry (9 days from
    // now; the new one lasts 10).
    for (let step = 0; step < 38; step++) {
      clock.advance(6 * HOUR);
      const signing = authority.signingCertificate().serialNo;
      // The schedule fetched the new certificate while it was only offered: held before it signs.
      if (signing === newSerial && !signers.has(newSerial))
        expect(local.certificates?.currentKeys().has(newSerial)).toBe(true);
      signers.add(signing);
      await anyCall(local, sandbox).catch((error: unknown) => failures.push(error));
      if (!notified && authority.signingCertificate().serialNo === newSerial) {
        // The first notification signed with the new certificate.
        notified = true;
        sandbox.useCoupon(couponId);
        const [delivery] = await receiver.waitFor(1, 10_000);
        const notification = await local.parseNotificationAsync<Record<string, unknown>>({
          headers: delivery?.headers as Record<string, string>,
          body: delivery?.body ?? "",
        });
        expect(delivery?.headers["wechatpay-serial"]).toBe(newSerial);
        expect(notification.resource["coupon_id"]).toBe(couponId);
      }
    }
    expect(failures.map((f) => String(f))).toEqual([]);
    expect(notified).toBe(true);
    expect([...signers]).toEqual([oldSerial, newSerial]);
    // One download at first need, then one per 12 h at most (the schedule).
    expect(authority.serials()).toEqual([newSerial]);
    const keys = local.certificates?.currentKeys();
    expect(keys?.has(newSerial)).toBe(true);
    expect(keys?.has(oldSerial ?? "")).toBe(false);
    expect(local.certificates?.certificates().map((c) => c.serialNo)).toEqual([newSerial]);
    expect(authority.downloads).toBeLessThanOrEqual(1 + (38 * 6) / 12);
  });

  it("a certificate offered ahead of its effective time is held, not used, until it is effective", async () => {
    const clock = new TestClock();
    sandbox = await startCertificateSandbox({ clock });
    const authority = authorityOf(sandbox);
    const local = new WechatPayClient(legacyConfig(sandbox, { now: clock.now }));
    client = local;
    const future = await authority.rotate({ effectiveInMs: 2 * DAY, useAfterMs: 2 * DAY });
    await anyCall(local, sandbox);
    expect(local.certificates?.certificates().map((c) => c.serialNo)).toContain(future);
    expect(local.certificates?.currentKeys().has(future)).toBe(false);
    clock.advance(2 * DAY + HOUR);
    expect(local.certificates?.currentKeys().has(future)).toBe(true);
    await anyCall(local, sandbox);
  });
});

describe("unknown serial", () => {
  it("an answer naming a new certificate triggers exactly one refresh under concurrency", async () => {
    sandbox = await startCertificateSandbox();
    const authority = authorityOf(sandbox);
    const local = new WechatPayClient(legacyConfig(sandbox));
    client = local;
    await anyCall(local, sandbox);
    expect(authority.downloads).toBe(1);

    // A certificate that signs at once, before any schedule could have fetched it.
    const unseen = await authority.rotate({ useAfterMs: 0 });
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, () => anyCall(local, sandbox as Sandbox)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(authority.downloads).toBe(2);
    expect(local.certificates?.downloads).toBe(2);
    expect(local.certificates?.currentKeys().has(unseen)).toBe(true);
  });

  it("forged serials are rate-limited: one refresh, then plain verification failures", async () => {
    sandbox = await startCertificateSandbox();
    const authority = authorityOf(sandbox);
    const local = new WechatPayClient(legacyConfig(sandbox));
    client = local;
    await anyCall(local, sandbox);
    sandbox.setFault({ mode: "wrong-serial", operations: ["listStocks"] });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => anyCall(local, sandbox as Sandbox)),
    );
    for (let i = 0; i < 5; i++) await rejection(anyCall(local, sandbox));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(authority.downloads).toBe(2);
  });
});

describe("migration: public key and certificates together", () => {
  it("picks the key by each answer's serial while the sandbox switches between them", async () => {
    sandbox = await startCertificateSandbox();
    const authority = authorityOf(sandbox);
    // sandbox.clientConfig in certificate mode: public key + `certificates: true`.
    const local = new WechatPayClient({ ...sandbox.clientConfig, maxRetries: 0 });
    client = local;
    await anyCall(local, sandbox); // signed with the certificate: downloaded on first need
    expect(authority.downloads).toBe(1);
    authority.signWith("public-key");
    await anyCall(local, sandbox); // signed with the public key: no download needed
    authority.signWith("certificate");
    await anyCall(local, sandbox);
    expect(authority.downloads).toBe(1);
  });
});
