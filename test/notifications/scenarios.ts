/**
 * The deliveries every adapter must handle the same way, each one sent by the sandbox to a real
 * server of the framework: processed once and answered 204, or refused with the documented
 * `{"code":"FAIL","message":…}` failure answer (so the sandbox, like WeChat Pay, re-sends).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnexpectedEventTypeError } from "../../runtime/index.js";
import type { DeliveryRecord } from "../../sandbox/index.js";
import { startNotifyWorld, type NotifyWorld } from "./fixture.js";

export interface RunningServer {
  /** The notify_url, e.g. `http://127.0.0.1:PORT/wechatpay/notify`. */
  url: string;
  close(): Promise<void>;
}

function failure(record: DeliveryRecord, index: number): { code: string; message: string } {
  const answer = record.attempts[index]?.answer;
  if (answer === undefined) throw new Error(`attempt ${index} has no answer body`);
  return JSON.parse(answer) as { code: string; message: string };
}

export function adapterScenarios(
  framework: string,
  start: (world: NotifyWorld) => Promise<RunningServer>,
  extraTests?: (running: () => { world: NotifyWorld; server: RunningServer }) => void,
): void {
  describe(`${framework} adapter receiving sandbox deliveries`, () => {
    let world: NotifyWorld;
    let server: RunningServer;
    beforeAll(async () => {
      world = await startNotifyWorld();
      server = await start(world);
    }, 30_000);
    afterAll(async () => {
      await server?.close();
      await world?.close();
    });

    const statuses = (record: DeliveryRecord) => record.attempts.map((a) => a.status);
    const processedCoupons = (couponId: string) =>
      world.processed.filter((r) => r.coupon_id === couponId).length;

    it("processes a genuine delivery once, typed, and answers 204", async () => {
      const reported = world.outcomes.length;
      const record = await world.deliver(server.url);
      expect(world.outcomes.slice(reported)).toEqual(["processed:204"]);
      expect(statuses(record)).toEqual([204]);
      expect(record.attempts[0]?.answer).toBeUndefined();
      expect(processedCoupons(record.couponId)).toBe(1);
      const resource = world.processed.find((r) => r.coupon_id === record.couponId);
      expect(resource).toMatchObject({ status: "USED", stock_creator_mchid: world.sandbox.mchid });
    });

    it.each([
      ["a tampered body", { kind: "tamper-body" } as const, /signature_mismatch/],
      ["a stale timestamp", { kind: "stale-timestamp" } as const, /timestamp_out_of_window/],
      ["a SIGNTEST probe", { kind: "signtest" } as const, /signature_probe/],
      [
        "a body re-serialized after signing",
        { kind: "reserialize" } as const,
        /signature_mismatch/,
      ],
    ])(
      "refuses %s with 400 FAIL, then processes WeChat's valid re-send once",
      async (_label, fault, reason) => {
        const reported = world.outcomes.length;
        const record = await world.deliver(server.url, { notificationFault: fault });
        expect(statuses(record)).toEqual([400, 204]);
        expect(world.outcomes.slice(reported)).toEqual(["rejected:400", "processed:204"]);
        expect(failure(record, 0)).toEqual({
          code: "FAIL",
          message: expect.stringMatching(reason),
        });
        expect(processedCoupons(record.couponId)).toBe(1);
      },
    );

    it("refuses a validly signed notification of a foreign event type, never processing it", async () => {
      const before = world.processed.length;
      const errorsBefore = world.errors.length;
      const record = await world.deliver(server.url, { notificationEventType: "REFUND.SUCCESS" });
      expect(statuses(record)).toEqual([400, 400, 400]);
      expect(failure(record, 0).message).toMatch(/unexpected_event_type/);
      expect(world.processed.length).toBe(before);
      const error = world.errors[errorsBefore]?.error;
      expect(error).toBeInstanceOf(UnexpectedEventTypeError);
      expect((error as UnexpectedEventTypeError).eventType).toBe("REFUND.SUCCESS");
    });

    it("answers 204 to repeated deliveries of the same notification without processing it again", async () => {
      const reported = world.outcomes.length;
      const record = await world.deliver(server.url, { notificationRepeats: 2 });
      // onOutcome tells the repeats apart, the same way on every adapter.
      expect(world.outcomes.slice(reported)).toEqual([
        "processed:204",
        "duplicate:204",
        "duplicate:204",
      ]);
      expect(statuses(record)).toEqual([204, 204, 204]);
      expect(processedCoupons(record.couponId)).toBe(1);
    });

    extraTests?.(() => ({ world, server }));
  });
}
