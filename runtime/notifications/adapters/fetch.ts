/**
 * Web-standard adapter: a `(request: Request) => Promise<Response>` function for fetch-style
 * servers: Next.js route handlers (`export const POST = fetchNotificationHandler(handler)`), Hono
 * (`app.post(path, (c) => handle(c.req.raw))`), Deno, Bun, Cloudflare-style workers. The body is
 * read chunk by chunk as bytes (web-body.ts), never as text or JSON, so its bytes are the ones
 * WeChat Pay signed, and reading stops at `maxBytes`.
 */
import type { NotificationAnswer } from "../answer.js";
import type { NotificationHandler, NotificationOutcome } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import { reportOutcome, type NotificationAdapterOptions } from "./options.js";
import { resolveBodyLimits } from "./raw-body.js";
import { readRequestBody, type FetchRequestLike } from "./web-body.js";

export type { FetchRequestLike } from "./web-body.js";

/** `maxBytes` (64 KiB, then 413), `bodyTimeoutMs` (10 s, then 408) and `onOutcome`. */
export type FetchAdapterOptions<
  W extends readonly WebhookMeta<string, unknown>[] = readonly WebhookMeta<string, unknown>[],
> = NotificationAdapterOptions<W>;

/** The answer as a WHATWG `Response` (204 without a body). */
export function notificationResponse(answer: NotificationAnswer): Response {
  return new Response(answer.body === "" ? null : answer.body, {
    status: answer.status,
    headers: answer.headers,
  });
}

/** Handles one delivery; returns the outcome (for logging or tests) and the Response to send. */
export async function handleFetchNotification<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  request: FetchRequestLike,
  options: FetchAdapterOptions<W> = {},
): Promise<{ outcome: NotificationOutcome<W>; response: Response }> {
  const limits = resolveBodyLimits(options);
  let outcome: NotificationOutcome<W>;
  try {
    const body = await readRequestBody(request, limits.maxBytes, limits.bodyTimeoutMs);
    outcome = await handler.handle({ headers: request.headers, body });
  } catch (error) {
    outcome = handler.reject(error);
  }
  reportOutcome(options, outcome);
  return { outcome, response: notificationResponse(outcome.answer) };
}

/** `(request) => Promise<Response>` for Next.js route handlers, Hono and other fetch-style servers. */
export function fetchNotificationHandler<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  options: FetchAdapterOptions<W> = {},
): (request: FetchRequestLike) => Promise<Response> {
  return async (request) => (await handleFetchNotification(handler, request, options)).response;
}
