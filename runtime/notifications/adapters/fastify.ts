/**
 * Fastify adapter (4 and 5): `app.register(fastifyNotifications(handler, { path: "/wechatpay/notify" }))`.
 * The plugin is encapsulated: inside it every content-type parser is replaced by one that keeps
 * the body as a Buffer (the exact bytes WeChat Pay signed), while the rest of the app keeps
 * Fastify's JSON parsing. Fastify itself is not imported; the types below are structural.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { NotificationHandler } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import { DEFAULT_MAX_NOTIFICATION_BYTES } from "./raw-body.js";
import { NotificationInputError } from "../../errors.js";

/** The part of a Fastify reply the plugin uses. */
export interface FastifyReplyLike {
  code(statusCode: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(payload?: string): FastifyReplyLike;
}

/** The part of a Fastify instance the plugin uses. */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    options: { parseAs: "buffer"; bodyLimit?: number },
    parser: (
      request: unknown,
      body: Buffer,
      done: (error: Error | null, body?: Buffer) => void,
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

export interface FastifyNotificationOptions {
  /** Route path of your notify_url, e.g. `/wechatpay/notify`. */
  readonly path: string;
  /** Largest body accepted, in bytes (default 64 KiB). */
  readonly maxBytes?: number;
}

/** A Fastify plugin registering `POST path` as the notification endpoint. */
export function fastifyNotifications<W extends readonly WebhookMeta<string, unknown>[]>(
  handler: NotificationHandler<W>,
  options: FastifyNotificationOptions,
): (instance: FastifyInstanceLike) => Promise<void> {
  return async (instance) => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: options.maxBytes ?? DEFAULT_MAX_NOTIFICATION_BYTES },
      (_request, body, done) => done(null, body),
    );
    instance.post(options.path, async (request, reply) => {
      const body = request.body;
      const outcome =
        body instanceof Uint8Array
          ? await handler.handle({ headers: request.headers, body })
          : handler.reject(
              new NotificationInputError(
                "invalid_input",
                "the notification request has no body (WeChat Pay always POSTs JSON)",
              ),
            );
      reply.code(outcome.answer.status);
      for (const [name, value] of Object.entries(outcome.answer.headers))
        if (name.toLowerCase() !== "content-length") reply.header(name, value);
      return outcome.answer.body === "" ? reply.send() : reply.send(outcome.answer.body);
    });
  };
}
