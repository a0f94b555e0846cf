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
 * Reads the rest of the request stream. A body over `maxBytes` is drained and refused (the stream
 * is not destroyed, so the failure answer can still be sent on the same connection).
 */
export function readRawBody(
  req: IncomingMessage,
  maxBytes = DEFAULT_MAX_NOTIFICATION_BYTES,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      size += bytes.length;
      if (size <= maxBytes) chunks.push(bytes);
    });
    req.once("end", () => {
      if (size > maxBytes)
        reject(
          new NotificationInputError(
            "invalid_input",
            `notification body is larger than ${maxBytes} bytes`,
          ),
        );
      else resolve(Buffer.concat(chunks));
    });
    req.once("error", (error) =>
      reject(
        new NotificationInputError(
          "invalid_input",
          `request body could not be read: ${error.message}`,
        ),
      ),
    );
  });
}
