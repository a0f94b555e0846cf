/**
 * Express adapter (4 and 5): `app.post("/wechatpay/notify", expressNotificationHandler(handler))`.
 * The signature covers the exact body bytes, so this route needs them raw. It works when:
 * - the route is mounted before any global `app.use(express.json())` (it reads the stream itself),
 * - or `express.raw({ type: "*\/*" })` runs before it (the body is a Buffer),
 * - or the global parser keeps the bytes: `app.use(express.json({ verify: keepRawBody }))`.
 * When a parser consumed the body without keeping it, the delivery is answered 500 (WeChat Pay
 * re-sends) and `onError` gets a NotificationInputError ("raw_body_unavailable") saying how to mount it.
 * Express itself is not imported: the types below are the node:http ones Express extends.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NotificationHandler } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import { handleNodeNotification, type NodeAdapterOptions } from "./node.js";

const PARSED_BY_EXPRESS =
  "the body was parsed before the notification route (a global express.json() or similar), so its exact bytes are gone; " +
  "mount the notification route before app.use(express.json()), put express.raw({ type: '*/*' }) on the route and mount it first, " +
  "or keep the bytes with app.use(express.json({ verify: keepRawBody }))";

/** Express middleware answering WeChat Pay itself; it never calls `next`. */
export function expressNotificationHandler<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  options: NodeAdapterOptions<W> = {},
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res) => {
    void handleNodeNotification(handler, req, res, options, PARSED_BY_EXPRESS);
  };
}
