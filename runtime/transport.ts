/**
 * One HTTP attempt over undici. The caller builds and signs the request target; we hand that exact
 * string to `dispatcher.request` as `path` (never a whole URL: WHATWG URL parsing would re-encode
 * it, `'` to `%27`, and break the signature; test/runtime/client-wire.test.ts sends such targets) and read the body as raw bytes for verification.
 */
import { EventEmitter } from "node:events";
import { Pool } from "undici";
import type { Dispatcher } from "undici";
import { AbortError, ConnectionError, TimeoutError } from "./errors.js";
import type { HttpMethod } from "./operation.js";

export interface WireRequest {
  /** `scheme://host[:port]` */
  readonly origin: string;
  /** The signed request target, already fully percent-encoded. */
  readonly path: string;
  readonly method: HttpMethod;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
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
 * connecting, sending, headers and the complete body) must finish within `timeoutMs`. Throws
 * TimeoutError, AbortError (caller's signal) or ConnectionError; never an undici error.
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
  try {
    const response = await dispatcher.request({
      origin: request.origin,
      path: request.path,
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: deadline,
    });
    const body = new Uint8Array(await response.body.arrayBuffer());
    return { status: response.statusCode, headers: response.headers, body };
  } catch (error) {
    if (signal?.aborted) throw AbortError.fromSignal(signal);
    if (timedOut) throw new TimeoutError(timeoutMs);
    throw toConnectionError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  }
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
