/**
 * Fastify adapter (4 and 5): `app.register(fastifyNotifications(handler, { path: "/wechatpay/notify" }))`.
 * The plugin is encapsulated: inside it every content-type parser is replaced by one that keeps
 * the body as a Buffer (the exact bytes WeChat Pay signed), while the rest of the app keeps
 * Fastify's JSON parsing. Fastify itself is not imported; the types below are structural.
 */
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { NotificationHandler, NotificationOutcome } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import { NotificationInputError } from "../../errors.js";
import { reportOutcome, type NotificationAdapterOptions } from "./options.js";
import { readRawBody, resolveBodyLimits } from "./raw-body.js";

/** The part of a Fastify reply the plugin uses. */
export interface FastifyReplyLike {
  code(statusCode: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(payload?: string): FastifyReplyLike;
}

/**
 * What the plugin's parser leaves as the request body: the exact bytes, or why they could not be
 * read (answered by the route, so all four adapters answer a refused body the same way).
 */
type ReadBody = Uint8Array | NotificationInputError;

/** The part of a Fastify instance the plugin uses. */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    parser: (
      request: unknown,
      payload: IncomingMessage,
      done: (error: Error | null, body?: ReadBody) => void,
    ) => void,
  ): void;
  post(
    path: string,
    handler: (
      request: { headers: IncomingHttpHeaders; body: unknown },
      reply: FastifyReplyLike,
    ) => Promise<FastifyReplyLike>,
  ): unknown;
}

export interface FastifyNotificationOptions<
  W extends readonly WebhookMeta<string, unknown>[] = readonly WebhookMeta<string, unknown>[],
> extends NotificationAdapterOptions<W> {
  /** Route path of your notify_url, e.g. `/wechatpay/notify`. */
  readonly path: string;
}

const NO_BODY = "the notification request has no body (WeChat Pay always POSTs JSON)";

/**
 * A Fastify plugin registering `POST path` as the notification endpoint. The body is read by the
 * same bounded reader as the node:http adapter (not Fastify's `bodyLimit`, whose 413 would bypass
 * the handler's answer and `onOutcome`).
 */
export function fastifyNotifications<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  options: FastifyNotificationOptions<W>,
): (instance: FastifyInstanceLike) => Promise<void> {
  const limits = resolveBodyLimits(options);
  return async (instance) => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser("*", (_request, payload, done) => {
      readRawBody(payload, limits.maxBytes, limits.bodyTimeoutMs).then(
        (body) => done(null, body),
        (error: unknown) => done(null, asInputError(error)),
      );
    });
    instance.post(options.path, async (request, reply) => {
      const outcome = await handleBody(handler, request.headers, request.body);
      reply.code(outcome.answer.status);
      for (const [name, value] of Object.entries(outcome.answer.headers))
        if (name.toLowerCase() !== "content-length") reply.header(name, value);
      const sent = outcome.answer.body === "" ? reply.send() : reply.send(outcome.answer.body);
      reportOutcome(options, outcome);
      return sent;
    });
  };
}

async function handleBody<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  headers: IncomingHttpHeaders,
  body: unknown,
): Promise<NotificationOutcome<W>> {
  if (body instanceof NotificationInputError) return handler.reject(body);
  if (body instanceof Uint8Array) return handler.handle({ headers, body });
  return handler.reject(new NotificationInputError("invalid_input", NO_BODY));
}

function asInputError(error: unknown): NotificationInputError {
  return error instanceof NotificationInputError
    ? error
    : new NotificationInputError(
        "invalid_input",
        `request body could not be read: ${String(error)}`,
      );
}
