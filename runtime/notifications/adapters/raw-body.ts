/**
 * Reading the exact request bytes from a node:http request stream, and the rules every adapter
 * shares for finding them when a framework got there first. The signature covers the body
 * exactly as sent, so nothing here decodes or re-encodes it.
 */
import type { IncomingMessage } from "node:http";
import { NotificationInputError } from "../../errors.js";

/** Largest notification body accepted (a COUPON.USE envelope is about 1 KiB). */
export const DEFAULT_MAX_NOTIFICATION_BYTES = 64 * 1024;

/** Bodies captured by {@link keepRawBody} (a WeakMap: nothing is added to the request object). */
const captured = new WeakMap<object, Buffer>();

/**
 * A `verify` callback for body parsers that keeps the exact bytes they parsed, e.g.
 * `app.use(express.json({ verify: keepRawBody }))`: the notification route then works even behind
 * a global JSON parser.
 */
export function keepRawBody(req: object, _res: unknown, buf: Buffer): void {
  captured.set(req, buf);
}

/** True once the request stream has been read to its end (by us or by a body parser). */
export function streamConsumed(req: IncomingMessage): boolean {
  return req.readableEnded || (req.complete && !req.readable);
}

/**
 * The raw bytes a framework left on the request, if any: a Buffer `body` (express.raw(), a
 * buffer content-type parser), a body captured by keepRawBody, or a Buffer `rawBody` (the common
 * `verify: (req, res, buf) => { req.rawBody = buf }` idiom).
 */
export function capturedRawBody(req: object): Uint8Array | undefined {
  const body = (req as { body?: unknown }).body;
  if (body instanceof Uint8Array) return body;
  const kept = captured.get(req);
  if (kept !== undefined) return kept;
  const rawBody = (req as { rawBody?: unknown }).rawBody;
  if (rawBody instanceof Uint8Array) return rawBody;
  return undefined;
}

/**
 * How long the whole body may take to arrive, in ms (default 10 s). WeChat Pay sends about 1 KiB at
 * once and waits 5 s for the answer, so a body still trickling in after that is not a delivery.
 */
export const DEFAULT_NOTIFICATION_BODY_TIMEOUT_MS = 10_000;

/** The limits every adapter applies while reading a body. */
export interface BodyLimits {
  /** Largest body accepted, in bytes (default 64 KiB). Above it: 413, reading stops. */
  readonly maxBytes?: number;
  /** Time for the whole body to arrive, in ms (default 10 s). Past it: 408, reading stops. */
  readonly bodyTimeoutMs?: number;
}

/** The error for a body over the limit (answered 413, connection closed). */
export function bodyTooLarge(maxBytes: number): NotificationInputError {
  return new NotificationInputError(
    "body_too_large",
    `notification body is larger than maxBytes (${maxBytes} bytes); reading stopped`,
  );
}

/** The error for a body that did not arrive in time (answered 408, connection closed). */
export function bodyTimedOut(timeoutMs: number): NotificationInputError {
  return new NotificationInputError(
    "body_timeout",
    `notification body did not arrive within bodyTimeoutMs (${timeoutMs} ms); reading stopped`,
  );
}

/** True when a `Content-Length` header declares more than `maxBytes` (refused before reading). */
export function declaresTooLarge(contentLength: unknown, maxBytes: number): boolean {
  return typeof contentLength === "string" && /^\d+$/.test(contentLength.trim())
    ? Number(contentLength.trim()) > maxBytes
    : false;
}

/** The limits with their defaults filled in. */
export function resolveBodyLimits(limits: BodyLimits): Required<BodyLimits> {
  return {
    maxBytes: limits.maxBytes ?? DEFAULT_MAX_NOTIFICATION_BYTES,
    bodyTimeoutMs: limits.bodyTimeoutMs ?? DEFAULT_NOTIFICATION_BODY_TIMEOUT_MS,
  };
}

/**
 * Reads the rest of the request stream within the limits. A declared `Content-Length` over
 * `maxBytes` is refused before reading; past `maxBytes` or `bodyTimeoutMs` reading stops and the
 * stream is left paused: the 413/408 answer carries `Connection: close`, so node:http closes the
 * socket once it is sent instead of draining the rest of the body.
 */
export function readRawBody(
  req: IncomingMessage,
  maxBytes = DEFAULT_MAX_NOTIFICATION_BYTES,
  bodyTimeoutMs = DEFAULT_NOTIFICATION_BODY_TIMEOUT_MS,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (declaresTooLarge(req.headers["content-length"], maxBytes)) {
      reject(bodyTooLarge(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error?: Error): void => {
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      // onError stays attached: a stream destroyed after we stopped (the sender hung up) still
      // emits "error", which must not become an uncaught exception; rejecting again is a no-op.
      if (error === undefined) return;
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      size += bytes.length;
      if (size > maxBytes) stop(bodyTooLarge(maxBytes));
      else chunks.push(bytes);
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error): void =>
      stop(
        new NotificationInputError(
          "invalid_input",
          `request body could not be read: ${error.message}`,
        ),
      );
    const timer = setTimeout(() => stop(bodyTimedOut(bodyTimeoutMs)), bodyTimeoutMs);
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
  });
}
