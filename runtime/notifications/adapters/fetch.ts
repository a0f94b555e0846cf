/**
 * Web-standard adapter: a `(request: Request) => Promise<Response>` function for fetch-style
 * servers: Next.js route handlers (`export const POST = fetchNotificationHandler(handler)`), Hono
 * (`app.post(path, (c) => handle(c.req.raw))`), Deno, Bun, Cloudflare-style workers. The body is
 * read with `arrayBuffer()`, never as text or JSON, so its bytes are the ones WeChat Pay signed.
 */
import { NotificationInputError } from "../../errors.js";
import type { NotificationAnswer } from "../answer.js";
import type { NotificationHandler, NotificationOutcome } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import { DEFAULT_MAX_NOTIFICATION_BYTES } from "./raw-body.js";

/** The part of a WHATWG `Request` the adapter uses. */
export interface FetchRequestLike {
  readonly headers: { get(name: string): string | null };
  readonly bodyUsed?: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchAdapterOptions {
  /** Largest body accepted, in bytes (default 64 KiB). */
  readonly maxBytes?: number;
}

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
  options: FetchAdapterOptions = {},
): Promise<{ outcome: NotificationOutcome<W>; response: Response }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_NOTIFICATION_BYTES;
  let outcome: NotificationOutcome<W>;
  try {
    if (request.bodyUsed === true)
      throw new NotificationInputError(
        "raw_body_unavailable",
        "the Request body was already read (request.json() or request.text()); pass the untouched Request, or a request.clone() taken before reading it",
      );
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > maxBytes)
      throw new NotificationInputError(
        "invalid_input",
        `notification body is larger than ${maxBytes} bytes`,
      );
    const body = new Uint8Array(await request.arrayBuffer());
    if (body.byteLength > maxBytes)
      throw new NotificationInputError(
        "invalid_input",
        `notification body is larger than ${maxBytes} bytes`,
      );
    outcome = await handler.handle({ headers: request.headers, body });
  } catch (error) {
    outcome = handler.reject(error);
  }
  return { outcome, response: notificationResponse(outcome.answer) };
}

/** `(request) => Promise<Response>` for Next.js route handlers, Hono and other fetch-style servers. */
export function fetchNotificationHandler<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  options: FetchAdapterOptions = {},
): (request: FetchRequestLike) => Promise<Response> {
  return async (request) => (await handleFetchNotification(handler, request, options)).response;
}
