/**
 * One HTTP attempt over undici. The caller builds and signs the request target; we hand that exact
 * string to `dispatcher.request` as `path` (never a whole URL: WHATWG URL parsing would re-encode
 * it, `'` to `%27`, and break the signature; test/runtime/client-wire.test.ts sends such targets) and read the body as raw bytes for verification.
 */
import { EventEmitter } from "node:events";
import { Pool } from "undici";
import type { Dispatcher } from "undici";
import {
  AbortError,
  ConnectionError,
  RequestNotSentError,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
import type { HttpMethod } from "./operation.js";

export interface WireRequest {
  /** `scheme://host[:port]` */
  readonly origin: string;
  /** The signed request target, already fully percent-encoded. */
  readonly path: string;
  readonly method: HttpMethod;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
  /** Largest body accepted, in bytes; a longer one is abandoned mid-stream (ResponseTooLargeError). */
  readonly maxResponseBytes: number;
  /** The caller's name for that limit, quoted in the error (default `maxResponseBytes`). */
  readonly limitOption?: string;
}

export interface WireResponse {
  readonly status: number;
  /** Lower-case header names, as undici gives them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Raw body bytes (empty for 204). */
  readonly body: Uint8Array;
}

/**
 * The keep-alive connection pool a client uses when none is configured. A client talks to one
 * origin only, so a Pool for it does what an Agent would without the Agent's per-request origin
 * lookup and extra dispatch layer.
 */
export function createDefaultDispatcher(origin: string): Dispatcher {
  return new Pool(origin, {
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 60_000,
    connections: 32,
  });
}

/**
 * Errors raised before the request could be written to a socket. Anything else (reset, closed
 * socket, parse error) may have happened after the server received the request.
 */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Sends one attempt with a per-attempt timeout: the whole attempt (waiting for a pooled connection,
 * connecting, sending, headers and the complete body) must finish within `timeoutMs`. The body is
 * read as a stream and refused past `maxResponseBytes`. Throws TimeoutError, AbortError (caller's
 * signal), ResponseTooLargeError, RequestNotSentError (refused before sending) or
 * ConnectionError; never an undici error.
 *
 * Why no AbortController: one per attempt, plus the EventTarget listener undici adds to it, cost
 * ≈ 30 µs of CPU per request (bench/RESULTS.md §1). undici also accepts an EventEmitter as `signal`
 * (documented `AbortSignal | EventEmitter`), so the deadline is a plain emitter fired by one native
 * timer. The caller's signal is passed straight through when there is one; only a caller signal
 * AND a deadline together need a bridge (one listener on the caller's signal for this attempt).
 */
export async function sendOnce(
  dispatcher: Dispatcher,
  request: WireRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<WireResponse> {
  return withAttempt(dispatcher, request, timeoutMs, signal, async (response, cut) => ({
    status: response.statusCode,
    headers: response.headers,
    body: await readLimited(response, request.maxResponseBytes, cut),
  }));
}

/** A response whose body the caller consumes as a stream (flow-file downloads). */
export interface StreamedWireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * The body chunks, ending with ResponseTooLargeError past `maxResponseBytes`, TimeoutError past
   * the attempt's deadline (which keeps running while the caller reads) or AbortError.
   */
  readonly body: AsyncIterable<Uint8Array>;
}

/**
 * Like {@link sendOnce}, but hands the body over as a stream instead of buffering it: the
 * deadline, the caller's signal and the size limit stay armed until the body ends or the caller
 * stops reading (breaking out of the loop closes the connection).
 */
export async function sendStreaming(
  dispatcher: Dispatcher,
  request: WireRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<StreamedWireResponse> {
  const attempt = armAttempt(timeoutMs, signal);
  let response: Dispatcher.ResponseData;
  try {
    response = await dispatch(dispatcher, request, attempt.deadline);
  } catch (error) {
    attempt.disarm();
    throw attempt.translate(error);
  }
  const limit = request.maxResponseBytes;
  const declared = declaredLength(response);
  const status = response.statusCode;
  const requestId = firstHeader(response.headers["request-id"]);
  const tooLarge = () => new ResponseTooLargeError(limit, status, requestId, request.limitOption);
  if (declared !== undefined && declared > limit) {
    attempt.cut();
    attempt.disarm();
    throw tooLarge();
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    let size = 0;
    try {
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limit) {
          attempt.cut();
          throw tooLarge();
        }
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ResponseTooLargeError) throw error;
      throw attempt.translate(error);
    } finally {
      // Reached on end, on error and when the consumer stops early: an unread rest is dropped
      // with its connection (destroy), never drained into memory.
      if (!response.body.readableEnded) response.body.destroy();
      attempt.disarm();
    }
  }
  return { status, headers: response.headers, body: chunks() };
}

/** One armed attempt: its deadline emitter, the bridge to the caller's signal, and the timer. */
interface Attempt {
  readonly deadline: EventEmitter;
  /** Aborts the in-flight request (undici then destroys its socket). */
  cut(): void;
  disarm(): void;
  /** Maps whatever undici threw to AbortError, TimeoutError, RequestNotSentError or ConnectionError. */
  translate(error: unknown): Error;
}

function armAttempt(timeoutMs: number, signal: AbortSignal | undefined): Attempt {
  if (signal?.aborted) throw AbortError.fromSignal(signal);
  const deadline = new EventEmitter();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    deadline.emit("abort");
  }, timeoutMs);
  const onCallerAbort = (): void => {
    deadline.emit("abort");
  };
  signal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    deadline,
    cut: () => deadline.emit("abort"),
    disarm: () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onCallerAbort);
    },
    translate: (error) => {
      if (signal?.aborted) return AbortError.fromSignal(signal);
      if (timedOut) return new TimeoutError(timeoutMs);
      return toTransportError(error);
    },
  };
}

async function withAttempt<T>(
  dispatcher: Dispatcher,
  request: WireRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  consume: (response: Dispatcher.ResponseData, cut: () => void) => Promise<T>,
): Promise<T> {
  const attempt = armAttempt(timeoutMs, signal);
  try {
    const response = await dispatch(dispatcher, request, attempt.deadline);
    return await consume(response, attempt.cut);
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw error;
    throw attempt.translate(error);
  } finally {
    attempt.disarm();
  }
}

function dispatch(
  dispatcher: Dispatcher,
  request: WireRequest,
  deadline: EventEmitter,
): Promise<Dispatcher.ResponseData> {
  // Checked here, not left to undici: after close() undici answers UND_ERR_DESTROYED, a code it
  // also uses for requests cut mid-flight, so only this check proves nothing was sent.
  const state = dispatcher as { closed?: unknown; destroyed?: unknown };
  if (state.closed === true || state.destroyed === true)
    throw new RequestNotSentError("client_closed", "the HTTP dispatcher is closed");
  return dispatcher.request({
    origin: request.origin,
    path: request.path,
    method: request.method,
    headers: request.headers,
    body: request.body ?? null,
    signal: deadline,
  });
}

/**
 * Reads the whole body, refusing it as soon as it passes `limit` bytes (a declared
 * Content-Length over the limit is refused before the first chunk). Memory stays below
 * `limit` + one chunk whatever the server sends.
 */
async function readLimited(
  response: Dispatcher.ResponseData,
  limit: number,
  cut: () => void,
): Promise<Uint8Array> {
  const status = response.statusCode;
  const declared = declaredLength(response);
  if (declared !== undefined && declared > limit) {
    cut();
    throw new ResponseTooLargeError(limit, status, firstHeader(response.headers["request-id"]));
  }
  // A declared length within the limit bounds the body already (the HTTP/1.1 parser reads exactly
  // that many bytes), so the one-call read is safe and keeps the per-request CPU of before.
  if (declared !== undefined) return new Uint8Array(await response.body.arrayBuffer());
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      chunks.length = 0;
      cut();
      response.body.destroy();
      throw new ResponseTooLargeError(limit, status, firstHeader(response.headers["request-id"]));
    }
    chunks.push(chunk);
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  return Buffer.concat(chunks, size);
}

function declaredLength(response: Dispatcher.ResponseData): number | undefined {
  const text = firstHeader(response.headers["content-length"]);
  if (text === undefined || !/^\d{1,16}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * undici codes raised while the request is being built, before any socket is chosen: the
 * request never left the process. (`UND_ERR_CLOSED` is raised only for new requests to a closed
 * dispatcher; in-flight ones finish first.)
 */
const REFUSED_BEFORE_SENDING = new Set([
  "UND_ERR_INVALID_ARG",
  "UND_ERR_NOT_SUPPORTED",
  "UND_ERR_CLOSED",
]);

function toTransportError(error: unknown): Error {
  if (error instanceof RequestNotSentError) return error;
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === "string" && REFUSED_BEFORE_SENDING.has(own)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new RequestNotSentError(
      own === "UND_ERR_CLOSED" ? "client_closed" : "invalid_request",
      `undici refused the request (${own}): ${reason}`,
      { cause: error, errorCode: own },
    );
  }
  return toConnectionError(error);
}

function toConnectionError(error: unknown): ConnectionError {
  const code = errorCode(error);
  const reason = error instanceof Error ? error.message : String(error);
  return new ConnectionError(
    `connection failed${code === undefined ? "" : ` (${code})`}: ${reason}`,
    {
      cause: error,
      errorCode: code,
      mayHaveReachedServer: code === undefined || !NOT_SENT_CODES.has(code),
    },
  );
}

/** The error code of an undici/Node error, looking through `cause` and AggregateError members. */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > 3) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string" && !own.startsWith("UND_ERR_")) return own;
  const fromCause = errorCode((error as { cause?: unknown }).cause, depth + 1);
  if (fromCause !== undefined) return fromCause;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const code = errorCode(inner, depth + 1);
      if (code !== undefined) return code;
    }
  }
  return typeof own === "string" ? own : undefined;
}
