/**
 * Three instances behind a load balancer share notification ids through Redis: one genuine
 * COUPON.USE delivery (captured from the sandbox's notifier) is POSTed to all three at once and
 * `onEvent` runs exactly once; an instance that crashes mid-processing holds the id only until
 * its lease ends, then the re-send is processed by another instance. A control run with each
 * instance's own memory store shows the same delivery processed three times.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WechatPayClient } from "../../runtime/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";
import { startInstance, type Instance } from "./fleet.js";
import { captureDelivery, deliver, type Delivery } from "./merchant.js";

let sandbox: Sandbox;
let client: WechatPayClient;
const running: Instance[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimits: false });
  client = new WechatPayClient(sandbox.clientConfig);
});
afterAll(async () => {
  for (const instance of running) instance.kill("SIGKILL");
  await Promise.all(running.map((instance) => instance.exited));
  await client?.close();
  await sandbox?.close();
});

/** `count` notification instances sharing one key prefix; resolves with their ports. */
async function instances(
  count: number,
  options: {
    leaseMs: number;
    eventMs: number;
    hang?: (index: number) => boolean;
    store?: "redis" | "memory";
  },
): Promise<{ started: Instance[]; ports: number[] }> {
  const prefix = `notify-${randomBytes(4).toString("hex")}:`;
  const started = Array.from({ length: count }, (_, index) =>
    startInstance("notify-child.ts", {
      client: sandbox.clientConfig,
      redisUrl: inject("redisUrl"),
      prefix,
      leaseMs: options.leaseMs,
      eventMs: options.eventMs,
      hang: options.hang?.(index) ?? false,
      store: options.store ?? "redis",
    }),
  );
  running.push(...started);
  const ports = await Promise.all(
    started.map(async (instance) => Number((await instance.waitFor((l) => "port" in l)).port)),
  );
  return { started, ports };
}

const events = (instance: Instance) => instance.lines.filter((line) => "event" in line).length;

describe("notification ids shared by three instances", () => {
  it("the same delivery to three instances at once runs onEvent exactly once", async () => {
    const delivery: Delivery = await captureDelivery(client, sandbox);
    const { started, ports } = await instances(3, { leaseMs: 30_000, eventMs: 300 });
    const statuses = await Promise.all(ports.map((port) => deliver(port, delivery)));
    // One instance processed it (204); the two that found it in progress answered 500 "busy",
    // so WeChat Pay re-sends, and the re-sends are answered success without processing again.
    expect(statuses.sort()).toEqual([204, 500, 500]);
    expect(await Promise.all(ports.map((port) => deliver(port, delivery)))).toEqual([
      204, 204, 204,
    ]);
    expect(started.map(events).reduce((a, b) => a + b)).toBe(1);
  });

  it("control: with each instance's own memory store, all three run onEvent", async () => {
    const delivery = await captureDelivery(client, sandbox);
    const { started, ports } = await instances(3, {
      leaseMs: 30_000,
      eventMs: 300,
      store: "memory",
    });
    expect(await Promise.all(ports.map((port) => deliver(port, delivery)))).toEqual([
      204, 204, 204,
    ]);
    expect(started.map(events)).toEqual([1, 1, 1]);
  });

  it("a crashed claimant's id is processed by another instance once its lease ends", async () => {
    const delivery = await captureDelivery(client, sandbox);
    const leaseMs = 1_500;
    const { started, ports } = await instances(2, { leaseMs, eventMs: 0, hang: (i) => i === 0 });
    const [crashing, survivor] = started as [Instance, Instance];
    const [crashingPort, survivorPort] = ports as [number, number];
    void deliver(crashingPort, delivery).catch(() => undefined); // never answered: it dies
    await crashing.waitFor((line) => "event" in line);
    crashing.kill("SIGKILL");
    await crashing.exited;
    const crashedAt = Date.now();
    expect(await deliver(survivorPort, delivery)).toBe(500); // still claimed by the dead one
    let status = 500;
    for (let attempt = 0; attempt < 40 && status !== 204; attempt++) {
      await sleep(200);
      status = await deliver(survivorPort, delivery);
    }
    expect(status).toBe(204);
    expect(Date.now() - crashedAt).toBeGreaterThanOrEqual(leaseMs - 500);
    expect(events(survivor)).toBe(1);
  });
});
