/**
 * The Fastify 5 adapter on a real Fastify server: the plugin's raw-body content-type parser is
 * encapsulated, so the app's other routes keep Fastify's JSON parsing.
 */
import Fastify from "fastify";
import { expect, it } from "vitest";
import { fastifyNotifications } from "../../runtime/index.js";
import { adapterScenarios } from "./scenarios.js";

const PATH = "/wechatpay/notify";

adapterScenarios(
  "Fastify",
  async (world) => {
    const app = Fastify();
    await app.register(
      fastifyNotifications(world.handler, { ...world.adapterOptions, path: PATH }),
    );
    app.post("/api/orders", async (request) => ({ received: request.body }));
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    return { url: `${address}${PATH}`, close: () => app.close() };
  },
  (running) => {
    it("leaves JSON parsing of the app's other routes alone", async () => {
      const response = await fetch(running().server.url.replace(PATH, "/api/orders"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ a: 1 }),
      });
      expect(await response.json()).toEqual({ received: { a: 1 } });
    });
  },
);
