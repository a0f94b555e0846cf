/**
 * The Express 5 adapter on a real Express app: mounted before a global express.json(), behind a
 * global express.json({ verify: keepRawBody }), and (refused, with a typed error saying how to
 * mount it) behind a plain global express.json(). Also shows why the sandbox's picky body format
 * matters: a handler that verifies JSON.stringify(req.body) passes with compact bodies only.
 */
import { createServer } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNotificationHandler,
  expressNotificationHandler,
  keepRawBody,
  NotificationInputError,
  WechatPayError,
} from "../../runtime/index.js";
import { webhookMetas } from "../../generated/webhooks.js";
import { startNotifyWorld, type NotifyWorld } from "./fixture.js";
import { adapterScenarios } from "./scenarios.js";
import { serve } from "./serve.js";

const PATH = "/wechatpay/notify";

adapterScenarios("Express (route before a global express.json())", (world) => {
  const app = express();
  app.post(PATH, expressNotificationHandler(world.handler, world.adapterOptions));
  app.use(express.json());
  app.post("/api/orders", (req, res) => {
    res.json({ received: req.body as unknown });
  });
  return serve(createServer(app));
});

adapterScenarios("Express (global express.json({ verify: keepRawBody }))", (world) => {
  const app = express();
  app.use(express.json({ verify: keepRawBody }));
  app.post(PATH, expressNotificationHandler(world.handler, world.adapterOptions));
  return serve(createServer(app));
});

describe("Express with a plain global express.json() before the notification route", () => {
  let world: NotifyWorld;
  beforeAll(async () => {
    world = await startNotifyWorld();
  }, 30_000);
  afterAll(async () => {
    await world?.close();
  });

  it("answers 500 FAIL (so WeChat Pay re-sends) and reports a typed error saying how to mount it", async () => {
    const app = express();
    app.use(express.json());
    app.post(PATH, expressNotificationHandler(world.handler, world.adapterOptions));
    const server = await serve(createServer(app));
    try {
      const before = world.processed.length;
      const errorsBefore = world.errors.length;
      const record = await world.deliver(server.url);
      expect(record.attempts.map((a) => a.status)).toEqual([500, 500, 500]);
      expect(JSON.parse(record.attempts[0]?.answer ?? "")).toEqual({
        code: "FAIL",
        message: expect.stringMatching(/raw_body_unavailable/),
      });
      expect(world.processed.length).toBe(before);
      const error = world.errors[errorsBefore]?.error;
      expect(error).toBeInstanceOf(NotificationInputError);
      expect(error).toMatchObject({ reason: "raw_body_unavailable" });
      expect((error as Error).message).toMatch(/before app\.use\(express\.json\(\)\)/);
      expect((error as Error).message).toMatch(/verify: keepRawBody/);
    } finally {
      await server.close();
    }
  });
});

describe("a handler that re-serializes the parsed body before verifying", () => {
  let world: NotifyWorld;
  beforeAll(async () => {
    world = await startNotifyWorld();
  }, 30_000);
  afterAll(async () => {
    await world?.close();
  });

  async function naiveServer() {
    const app = express();
    app.use(express.json());
    app.post(PATH, (req, res) => {
      try {
        // The mistake: the signature covers the bytes sent, not this re-serialization.
        world.client.parseNotification({ headers: req.headers, body: JSON.stringify(req.body) });
        res.status(204).end();
      } catch (error) {
        if (!(error instanceof WechatPayError)) throw error;
        res.status(400).json({ code: "FAIL", message: error.message });
      }
    });
    return serve(createServer(app));
  }

  it("is refused by every picky (default) delivery", async () => {
    const server = await naiveServer();
    try {
      const record = await world.deliver(server.url);
      expect(record.attempts.map((a) => a.status)).toEqual([400, 400, 400]);
      expect(record.delivered).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("would pass with compact bodies, which is why picky is the default", async () => {
    const server = await naiveServer();
    try {
      const record = await world.deliver(server.url, { notificationFormat: "compact" });
      expect(record.attempts.map((a) => a.status)).toEqual([204]);
    } finally {
      await server.close();
    }
  });

  it("while the typed handler accepts the same picky delivery", async () => {
    const seen: string[] = [];
    const handler = createNotificationHandler(world.client, {
      webhooks: webhookMetas,
      onEvent: (event) => void seen.push(event.resource.coupon_id),
    });
    const app = express();
    app.use(express.json({ verify: keepRawBody }));
    app.post(PATH, expressNotificationHandler(handler));
    const server = await serve(createServer(app));
    try {
      const record = await world.deliver(server.url);
      expect(record.attempts.map((a) => a.status)).toEqual([204]);
      expect(seen).toEqual([record.couponId]);
    } finally {
      await server.close();
    }
  });
});
