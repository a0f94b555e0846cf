/** The node:http adapter on a real node:http server. */
import { createServer } from "node:http";
import { nodeNotificationListener } from "../../runtime/index.js";
import { adapterScenarios } from "./scenarios.js";
import { serve } from "./serve.js";

adapterScenarios("node:http", (world) =>
  serve(createServer(nodeNotificationListener(world.handler, world.adapterOptions))),
);
