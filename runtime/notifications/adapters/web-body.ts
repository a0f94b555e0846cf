/**
 * Reading a WHATWG Request body within the adapter limits: chunk by chunk from `request.body`, so
 * an oversized or endless body is cancelled at the limit instead of being buffered whole (which is
 * what `arrayBuffer()` does before any size can be checked).
 */
import { NotificationInputError } from "../../errors.js";
import { bodyTimedOut, bodyTooLarge, declaresTooLarge } from "./raw-body.js";

/** The part of a WHATWG `Request` the adapter uses. */
export interface FetchRequestLike {
  readonly headers: { get(name: string): string | null };
  readonly bodyUsed?: boolean;
  /** The body stream; read chunk by chunk within the limits (null: no body). */
  readonly body?: ReadableStream<Uint8Array> | null;
  /** Used only when `body` is absent (a minimal request object): read whole, then checked. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

const ALREADY_READ =
  "the Request body was already read (request.json() or request.text()); pass the untouched Request, or a request.clone() taken before reading it";

/** The exact body bytes, refused past `maxBytes` or `bodyTimeoutMs` (the stream is cancelled). */
export async function readRequestBody(
  request: FetchRequestLike,
  maxBytes: number,
  bodyTimeoutMs: number,
): Promise<Uint8Array> {
  if (request.bodyUsed === true)
    throw new NotificationInputError("raw_body_unavailable", ALREADY_READ);
  if (declaresTooLarge(request.headers.get("content-length") ?? undefined, maxBytes))
    throw bodyTooLarge(maxBytes);
  if (request.body === null) return new Uint8Array(0);
  if (request.body === undefined) {
    const whole = new Uint8Array(await request.arrayBuffer());
    if (whole.byteLength > maxBytes) throw bodyTooLarge(maxBytes);
    return whole;
  }
  return readStream(request.body.getReader(), maxBytes, bodyTimeoutMs);
}

async function readStream(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  bodyTimeoutMs: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), bodyTimeoutMs);
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timedOut]);
      if (next === "timeout") throw bodyTimedOut(bodyTimeoutMs);
      if (next.done) return Buffer.concat(chunks, size);
      size += next.value.byteLength;
      if (size > maxBytes) throw bodyTooLarge(maxBytes);
      chunks.push(next.value);
    }
  } catch (error) {
    // Stop the sender: the rest of the body is never wanted. cancel() may reject on a broken
    // stream; the error to report is the one that stopped reading.
    reader.cancel().catch(() => undefined);
    throw error instanceof NotificationInputError
      ? error
      : new NotificationInputError(
          "invalid_input",
          `request body could not be read: ${String(error)}`,
        );
  } finally {
    clearTimeout(timer);
  }
}
