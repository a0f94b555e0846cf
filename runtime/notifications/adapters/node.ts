/**
 * node:http adapter: `http.createServer(nodeNotificationListener(handler))`, or call it from your
 * own request listener for the notify_url path. Reads the raw body itself.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { NotificationInputError } from "../../errors.js";
import type { NotificationAnswer } from "../answer.js";
import type { NotificationHandler, NotificationOutcome } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import { reportOutcome, type NotificationAdapterOptions } from "./options.js";
import { capturedRawBody, readRawBody, resolveBodyLimits, streamConsumed } from "./raw-body.js";

/** `maxBytes` (64 KiB, then 413), `bodyTimeoutMs` (10 s, then 408) and `onOutcome`. */
export type NodeAdapterOptions<
  W extends readonly WebhookMeta<string, unknown>[] = readonly WebhookMeta<string, unknown>[],
> = NotificationAdapterOptions<W>;

const CONSUMED =
  "the request body was already read by something else before the notification handler";

/** Writes an answer on a node:http response (also what Express's `res` is). */
export function writeNotificationAnswer(res: ServerResponse, answer: NotificationAnswer): void {
  if (res.headersSent) return;
  res.writeHead(answer.status, { ...answer.headers });
  res.end(answer.body);
}

/**
 * Handles one node:http request: the raw body (read from the stream, or left by a framework as a
 * Buffer), then the handler, then the answer. Resolves with the outcome once answered.
 */
export async function handleNodeNotification<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  req: IncomingMessage,
  res: ServerResponse,
  options: NodeAdapterOptions<W> = {},
  consumedMessage: string = CONSUMED,
): Promise<NotificationOutcome<W>> {
  let outcome: NotificationOutcome<W>;
  let body: Uint8Array | undefined = capturedRawBody(req);
  try {
    if (body === undefined) {
      if (streamConsumed(req))
        throw new NotificationInputError("raw_body_unavailable", consumedMessage);
      const limits = resolveBodyLimits(options);
      body = await readRawBody(req, limits.maxBytes, limits.bodyTimeoutMs);
    }
    outcome = await handler.handle({ headers: req.headers, body });
  } catch (error) {
    outcome = handler.reject(error);
  }
  writeNotificationAnswer(res, outcome.answer);
  reportOutcome(options, outcome);
  return outcome;
}

/** A node:http request listener that treats every request it gets as a notification delivery. */
export function nodeNotificationListener<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  options: NodeAdapterOptions<W> = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handleNodeNotification(handler, req, res, options);
  };
}
