/**
 * The web-standard adapter: as a Hono route (`c.req.raw` is the Request) and as a Next.js-style
 * route handler (`export const POST = fetchNotificationHandler(handler)`), each served by a real
 * server receiving sandbox deliveries.
 */
import { Hono } from "hono";
import { fetchNotificationHandler } from "../../runtime/index.js";
import { fetchServer } from "./fetch-bridge.js";
import { adapterScenarios } from "./scenarios.js";
import { serve } from "./serve.js";

adapterScenarios("Hono", (world) => {
  const app = new Hono();
  const notify = fetchNotificationHandler(world.handler, world.adapterOptions);
  app.post("/wechatpay/notify", (c) => notify(c.req.raw));
  return serve(fetchServer((request) => app.fetch(request)));
});

adapterScenarios("Next.js-style route handler (Request → Response)", (world) => {
  const POST = fetchNotificationHandler(world.handler, world.adapterOptions);
  return serve(fetchServer((request) => POST(request)));
});
