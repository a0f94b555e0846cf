/**
 * The framework-neutral core without a server: typed dispatch (COUPON.USE only; a validly signed
 * REFUND.SUCCESS, a null resource or a wrong shape are typed errors), inputs that are not headers
 * plus a raw body, the documented answers, and de-duplication including concurrent deliveries
 * and a failing onEvent.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parseCouponUseNotification, webhookMetas } from "../../generated/webhooks.js";
import {
  createNotificationHandler,
  MemorySeenNotificationStore,
  NotificationFormatError,
  NotificationInputError,
  NotificationSchemaError,
  SignatureVerificationError,
  UnexpectedEventTypeError,
  WechatPayClient,
  type NotificationInput,
} from "../../runtime/index.js";
import { encryptResource } from "../../runtime/protocol.js";
import { buildResponseVerifyMessage, signMessage } from "../../runtime/signing.js";
import { V5 } from "../runtime/fixtures/vectors.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "../runtime/helpers/keys.js";

const keys = makeTestKeys();
const NOW = 1_700_000_000_000;
const client = new WechatPayClient({
  mchid: MCHID,
  serialNo: SERIAL_NO,
  privateKey: keys.merchantPrivatePem,
  wechatpayPublicKeyId: PUB_KEY_ID,
  wechatpayPublicKey: keys.wechatPublicPem,
  apiV3Key: V5.apiV3Key,
  now: () => NOW,
});
afterAll(() => client.close());

const PLAINTEXT = JSON.parse(V5.plaintext) as Record<string, unknown>;

/** A validly signed, encrypted delivery; everything about it can be varied. */
function delivery(
  options: { id?: string; eventType?: unknown; plaintext?: unknown; envelope?: object } = {},
): NotificationInput {
  const nonce = "abcdef012345";
  const plaintext = JSON.stringify("plaintext" in options ? options.plaintext : PLAINTEXT);
  const body = JSON.stringify({
    id: options.id ?? "EV-2018022511223320873",
    create_time: "2015-05-20T13:29:35+08:00",
    resource_type: "encrypt-resource",
    event_type: "eventType" in options ? options.eventType : "COUPON.USE",
    summary: "用券成功",
    resource: {
      original_type: "coupon",
      algorithm: "AEAD_AES_256_GCM",
      ciphertext: encryptResource(V5.apiV3Key, plaintext, nonce, "coupon"),
      associated_data: "coupon",
      nonce,
    },
    ...options.envelope,
  });
  const timestamp = String(NOW / 1000);
  return {
    headers: {
      "wechatpay-timestamp": timestamp,
      "wechatpay-nonce": "n0nce",
      "wechatpay-serial": PUB_KEY_ID,
      "wechatpay-signature": signMessage(
        keys.wechatPrivate,
        buildResponseVerifyMessage(timestamp, "n0nce", Buffer.from(body)),
      ),
    },
    body: Buffer.from(body),
  };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("parseCouponUseNotification: typed dispatch", () => {
  it("returns a genuine COUPON.USE with its typed resource", () => {
    const event = parseCouponUseNotification(client, delivery());
    expect(event.event_type).toBe("COUPON.USE");
    expect(event.webhook).toBe("couponUse");
    expect(event.resource.coupon_id).toBe("98674556");
    expect(event.resource.consume_information?.transaction_id).toBe("4200000000000000000000000001");
  });

  it("a validly signed REFUND.SUCCESS is an UnexpectedEventTypeError naming it, not a coupon use", () => {
    const error = thrown(() =>
      parseCouponUseNotification(client, delivery({ eventType: "REFUND.SUCCESS" })),
    );
    expect(error).toBeInstanceOf(UnexpectedEventTypeError);
    expect(error).toMatchObject({
      eventType: "REFUND.SUCCESS",
      expected: ["COUPON.USE"],
      reason: "unexpected_event_type",
    });
  });

  it.each([
    ["null", null],
    ["a number", 7],
  ])("an event_type of %s is an UnexpectedEventTypeError", (_label, eventType) => {
    expect(
      thrown(() => parseCouponUseNotification(client, delivery({ eventType }))),
    ).toBeInstanceOf(UnexpectedEventTypeError);
  });

  it.each([
    ["null", null],
    ["an array", [PLAINTEXT]],
    ["a string", "USED"],
  ])("a decrypted resource of %s is a NotificationFormatError", (_label, plaintext) => {
    const error = thrown(() => parseCouponUseNotification(client, delivery({ plaintext })));
    expect(error).toBeInstanceOf(NotificationFormatError);
    expect(error).toMatchObject({ reason: "malformed_plaintext" });
  });

  it("a resource of another shape is a NotificationSchemaError listing every field path", () => {
    const { coupon_id: _drop, ...rest } = PLAINTEXT;
    const error = thrown(() =>
      parseCouponUseNotification(
        client,
        delivery({ plaintext: { ...rest, status: "GONE", no_cash: "no" } }),
      ),
    );
    expect(error).toBeInstanceOf(NotificationSchemaError);
    const paths = (error as NotificationSchemaError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(["coupon_id", "no_cash", "status"]);
    expect(error).toMatchObject({ part: "resource", eventType: "COUPON.USE" });
  });

  it("unknown extra fields (WeChat Pay may add some) are accepted", () => {
    const event = parseCouponUseNotification(
      client,
      delivery({ plaintext: { ...PLAINTEXT, new_field: 1 }, envelope: { extra: true } }),
    );
    expect(event.resource.coupon_id).toBe("98674556");
  });

  it("an envelope against the spec (resource_type not encrypt-resource) is refused before decrypting", () => {
    const error = thrown(() =>
      parseCouponUseNotification(client, delivery({ envelope: { resource_type: "plain" } })),
    );
    expect(error).toBeInstanceOf(NotificationSchemaError);
    expect(error).toMatchObject({ part: "envelope" });
    expect((error as NotificationSchemaError).issues[0]?.path).toBe("resource_type");
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "{}"],
    ["no headers", { body: "{}" }],
    ["headers: null", { headers: null, body: "{}" }],
    ["no body", { headers: {} }],
    ["a parsed JSON body", { headers: {}, body: { id: "EV" } }],
    ["a number body", { headers: {}, body: 42 }],
  ])("an input of %s is a NotificationInputError, not a TypeError", (_label, input) => {
    for (const run of [
      () => parseCouponUseNotification(client, input as NotificationInput),
      () => client.parseNotification(input as NotificationInput),
    ]) {
      const error = thrown(run);
      expect(error).toBeInstanceOf(NotificationInputError);
      expect(error).toMatchObject({ reason: "invalid_input" });
    }
  });

  it("a parsed JSON body is told why it cannot be verified", () => {
    const error = thrown(() =>
      client.parseNotification({ headers: {}, body: { a: 1 } } as unknown as NotificationInput),
    );
    expect((error as Error).message).toMatch(/signature covers the exact bytes/);
  });
});

describe("createNotificationHandler: answers and duplicates", () => {
  const handlerWith = (onEvent: (id: string) => void | Promise<void>) => {
    const errors: unknown[] = [];
    const handler = createNotificationHandler(client, {
      webhooks: webhookMetas,
      onEvent: (event) => onEvent(event.resource.coupon_id),
      onError: (error) => errors.push(error),
    });
    return { handler, errors };
  };

  it("answers a processed delivery 204 without a body, and a refused one 400 with {code, message}", async () => {
    const { handler } = handlerWith(() => undefined);
    const ok = await handler.handle(delivery());
    expect(ok.kind).toBe("processed");
    expect(ok.answer).toEqual({ status: 204, headers: {}, body: "" });
    const forged = delivery();
    const bad = await handler.handle({ headers: forged.headers, body: `${forged.body} ` });
    expect(bad.kind).toBe("rejected");
    expect(bad.answer.status).toBe(400);
    expect(bad.answer.headers["Content-Type"]).toMatch(/^application\/json/);
    expect(JSON.parse(bad.answer.body)).toEqual({
      code: "FAIL",
      message: expect.stringContaining("signature_mismatch"),
    });
    if (bad.kind === "rejected") expect(bad.error).toBeInstanceOf(SignatureVerificationError);
  });

  it("handle(null) is a rejected outcome with a typed error, never a throw", async () => {
    const { handler, errors } = handlerWith(() => undefined);
    const outcome = await handler.handle(null as unknown as NotificationInput);
    expect(outcome.kind).toBe("rejected");
    expect(outcome.answer.status).toBe(400);
    expect(errors[0]).toBeInstanceOf(NotificationInputError);
  });

  it("processes an id once and answers success to its repeats", async () => {
    const calls: string[] = [];
    const { handler } = handlerWith((id) => void calls.push(id));
    const kinds = [];
    for (let i = 0; i < 3; i++) kinds.push((await handler.handle(delivery({ id: "EV-1" }))).kind);
    expect(kinds).toEqual(["processed", "duplicate", "duplicate"]);
    expect(calls).toHaveLength(1);
    expect((await handler.handle(delivery({ id: "EV-2" }))).kind).toBe("processed");
    expect(calls).toHaveLength(2);
  });

  it("a delivery arriving while the same id is processed is answered 500 (re-sent later), not processed twice", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const { handler } = handlerWith(async (id) => {
      calls.push(id);
      await gate;
    });
    const first = handler.handle(delivery({ id: "EV-C" }));
    const second = await handler.handle(delivery({ id: "EV-C" }));
    expect(second.kind).toBe("busy");
    expect(second.answer.status).toBe(500);
    expect(JSON.parse(second.answer.body)).toMatchObject({ code: "FAIL" });
    release();
    expect((await first).kind).toBe("processed");
    expect((await handler.handle(delivery({ id: "EV-C" }))).kind).toBe("duplicate");
    expect(calls).toHaveLength(1);
  });

  it("when onEvent throws, the answer is 500 and the re-send is processed again", async () => {
    let failures = 1;
    const calls: string[] = [];
    const { handler, errors } = handlerWith((id) => {
      calls.push(id);
      if (failures-- > 0) throw new Error("database down");
    });
    const failed = await handler.handle(delivery({ id: "EV-F" }));
    expect(failed.kind).toBe("failed");
    expect(failed.answer.status).toBe(500);
    expect((errors[0] as Error).message).toBe("database down");
    expect(JSON.parse(failed.answer.body).message).not.toMatch(/database/);
    expect((await handler.handle(delivery({ id: "EV-F" }))).kind).toBe("processed");
    expect(calls).toHaveLength(2);
  });

  it("a re-send after a hung onEvent's lease is processed instead of answered 500 forever", async () => {
    let now = Date.now();
    const seen = new MemorySeenNotificationStore({ leaseMs: 5_000, now: () => now });
    let release: () => void = () => undefined;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const handler = createNotificationHandler(client, {
      webhooks: webhookMetas,
      seen,
      onEvent: async (event) => {
        calls.push(event.id);
        if (calls.length === 1) await hung;
      },
    });
    const first = handler.handle(delivery({ id: "EV-H" }));
    expect((await handler.handle(delivery({ id: "EV-H" }))).kind).toBe("busy");
    now += 5_001;
    expect((await handler.handle(delivery({ id: "EV-H" }))).kind).toBe("processed");
    expect(calls).toEqual(["EV-H", "EV-H"]);
    release();
    await first;
  });

  it("a failing store is a 500 failure, never a success without processing", async () => {
    const handler = createNotificationHandler(client, {
      webhooks: webhookMetas,
      onEvent: () => undefined,
      seen: {
        claim: () => Promise.reject(new Error("redis down")),
        complete: () => undefined,
        release: () => undefined,
      },
    });
    const outcome = await handler.handle(delivery());
    expect(outcome.kind).toBe("failed");
    expect(outcome.answer.status).toBe(500);
  });
});

describe("MemorySeenNotificationStore", () => {
  it("forgets processed ids beyond its size bound, oldest first", () => {
    const store = new MemorySeenNotificationStore({ maxEntries: 2 });
    for (const id of ["a", "b", "c"]) {
      expect(store.claim(id)).toBe("claimed");
      store.complete(id);
    }
    expect(store.size).toBe(2);
    expect(store.claim("b")).toBe("done");
    expect(store.claim("c")).toBe("done");
    expect(store.claim("a")).toBe("claimed");
  });

  it("forgets processed ids older than its age bound, but not a claim within its lease", () => {
    let now = 0;
    const store = new MemorySeenNotificationStore({ maxAgeMs: 1000, now: () => now });
    store.claim("old");
    store.complete("old");
    store.claim("running");
    now = 5000;
    expect(store.claim("running")).toBe("busy");
    expect(store.claim("old")).toBe("claimed");
  });

  it("a claim in progress expires after leaseMs, so a hung handler does not block its id forever", () => {
    let now = 0;
    const store = new MemorySeenNotificationStore({ leaseMs: 30_000, now: () => now });
    expect(store.claim("hung")).toBe("claimed");
    now = 30_000;
    expect(store.claim("hung")).toBe("busy");
    now = 30_001;
    expect(store.claim("hung")).toBe("claimed");
  });

  it("an old claim in progress does not keep older processed ids from expiring", () => {
    let now = 0;
    const store = new MemorySeenNotificationStore({ maxAgeMs: 1000, now: () => now });
    store.claim("running");
    now = 1;
    store.claim("old");
    store.complete("old");
    now = 5000;
    expect(store.claim("old")).toBe("claimed");
    expect(store.claim("running")).toBe("busy");
  });

  it("maxEntries bounds claims in progress too: a full store answers busy without storing", () => {
    const store = new MemorySeenNotificationStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c"]) expect(store.claim(id)).toBe("claimed");
    for (let i = 0; i < 100; i++) expect(store.claim(`flood-${i}`)).toBe("busy");
    expect(store.size).toBe(3);
    store.complete("a");
    expect(store.claim("d")).toBe("claimed");
    expect(store.size).toBe(3);
  });

  it("release forgets a claim, complete makes it done", () => {
    const store = new MemorySeenNotificationStore();
    expect(store.claim("x")).toBe("claimed");
    expect(store.claim("x")).toBe("busy");
    store.release("x");
    expect(store.claim("x")).toBe("claimed");
    store.complete("x");
    store.release("x");
    expect(store.claim("x")).toBe("done");
  });

  it.each([0, -1, Number.NaN])("refuses a bound of %s", (bad) => {
    expect(() => new MemorySeenNotificationStore({ maxEntries: bad })).toThrow(/maxEntries/);
  });
});
