/**
 * The one error hierarchy of the runtime. Every failure a caller can see is a `WechatPayError`
 * subclass, so `catch (e) { if (e instanceof WechatPayError) … }` covers all of them.
 *
 * Secrets rule: no constructor here is given a private key, the APIv3 key or an Authorization
 * header on purpose; and what comes from outside (a server echoing our Authorization header, a PEM
 * pasted where a serial belongs) is scrubbed by `redactSecrets` at construction, so `message`,
 * `stack`, `toJSON()` and `util.inspect` never carry it.
 */
import { isRecord } from "../shared/json.js";
import { redactDeep, redactSecrets } from "./redact.js";

/** Base class of every error the runtime throws. */
export class WechatPayError extends Error {
  override readonly name: string = "WechatPayError";

  constructor(message: string, options?: { cause?: unknown }) {
    // Redacted before Error captures it, so the stack (built from the message) is clean too.
    super(redactSecrets(message), options);
  }

  /** A plain, log-safe object (no stack, no secrets). */
  toJSON(): Record<string, unknown> {
    return errorJson(this);
  }
}

/**
 * The one shape of every error's `toJSON()`: `name`, `message`, then the listed fields in that
 * order (an undefined field is kept as undefined). Lists only fields that are safe to log; never
 * the stack or `cause`, which may hold a library's text.
 */
export function errorJson<E extends WechatPayError>(
  error: E,
  ...fields: readonly (keyof E & string)[]
): Record<string, unknown> {
  const json: Record<string, unknown> = { name: error.name, message: error.message };
  for (const field of fields) json[field] = error[field];
  return json;
}

/** Free-form `detail` object WeChat attaches to some error bodies (shape varies by code). */
export type ApiErrorDetail = Readonly<Record<string, unknown>>;

export interface ApiErrorInit {
  readonly status: number;
  /** WeChat's `code` field; undefined when the body was empty or not the documented JSON. */
  readonly code: string | undefined;
  /** WeChat's `message` field; undefined when absent. */
  readonly apiMessage: string | undefined;
  readonly detail: ApiErrorDetail | undefined;
  /** The `Request-ID` response header (quote it in support tickets). */
  readonly requestId: string | undefined;
  /** Start of the raw body text, kept only when it was not the documented JSON shape. */
  readonly rawBody: string | undefined;
}

const RAW_BODY_LIMIT = 512;

/**
 * A non-2xx answer from WeChat Pay. Switch on `status` and `code` (several messages share one
 * code, so don't switch on the message). Subclasses exist per status family.
 */
export class ApiError extends WechatPayError {
  override readonly name: string = "ApiError";
  readonly status: number;
  readonly code: string | undefined;
  /** WeChat's human-readable `message` (often Chinese); `message` is the formatted summary. */
  readonly apiMessage: string | undefined;
  readonly detail: ApiErrorDetail | undefined;
  readonly requestId: string | undefined;
  readonly rawBody: string | undefined;

  constructor(init: ApiErrorInit) {
    super(formatApiErrorMessage(init));
    // The answer's text is the server's: it may echo our Authorization header.
    const scrubbed = redactDeep(init);
    this.status = init.status;
    this.code = scrubbed.code;
    this.apiMessage = scrubbed.apiMessage;
    this.detail = scrubbed.detail;
    this.requestId = scrubbed.requestId;
    this.rawBody = scrubbed.rawBody;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "status", "code", "apiMessage", "detail", "requestId");
  }

  /**
   * Builds the right subclass from a raw error response. Never throws: an empty body, HTML from a
   * proxy or broken JSON still produce an ApiError with the status and Request-ID.
   */
  static fromResponse(status: number, body: Uint8Array, requestId: string | undefined): ApiError {
    const init = parseErrorBody(status, body, requestId);
    const Subclass = apiErrorClassFor(status);
    return new Subclass(init);
  }
}

/** 400: parameter or protocol problem (PARAM_ERROR, INVALID_REQUEST, MCH_NOT_EXISTS, …). */
export class BadRequestError extends ApiError {
  override readonly name = "BadRequestError";
}
/** 401: WeChat rejected our signature (SIGN_ERROR), e.g. clock skew over 5 minutes. */
export class AuthenticationError extends ApiError {
  override readonly name = "AuthenticationError";
}
/** 403: no permission or a business rule refused (NO_AUTH, REQUEST_BLOCKED, NOT_ENOUGH, …). */
export class PermissionDeniedError extends ApiError {
  override readonly name = "PermissionDeniedError";
}
/** 404: resource missing (RESOURCE_NOT_EXISTS). */
export class NotFoundError extends ApiError {
  override readonly name = "NotFoundError";
}
/** 429: rate-limited. Any 429 is this, whatever the code (FREQUENCY_LIMITED, FREQUENCY_LIMIT_EXCEED, …). */
export class RateLimitError extends ApiError {
  override readonly name = "RateLimitError";
}
/** 5xx: WeChat-side failure; retry with the same parameters (the client does so for safe operations). */
export class InternalServerError extends ApiError {
  override readonly name = "InternalServerError";
}

function apiErrorClassFor(status: number): new (init: ApiErrorInit) => ApiError {
  if (status === 400) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionDeniedError;
  if (status === 404) return NotFoundError;
  if (status === 429) return RateLimitError;
  if (status >= 500 && status <= 599) return InternalServerError;
  return ApiError;
}

function parseErrorBody(
  status: number,
  body: Uint8Array,
  requestId: string | undefined,
): ApiErrorInit {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  let parsed: unknown;
  try {
    parsed = text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (isRecord(parsed) && (typeof parsed.code === "string" || typeof parsed.message === "string")) {
    return {
      status,
      code: typeof parsed.code === "string" ? parsed.code : undefined,
      apiMessage: typeof parsed.message === "string" ? parsed.message : undefined,
      detail: isRecord(parsed.detail) ? parsed.detail : undefined,
      requestId,
      rawBody: undefined,
    };
  }
  return {
    status,
    code: undefined,
    apiMessage: undefined,
    detail: undefined,
    requestId,
    rawBody: text === "" ? undefined : text.slice(0, RAW_BODY_LIMIT),
  };
}

function formatApiErrorMessage(init: ApiErrorInit): string {
  const head = init.code === undefined ? `HTTP ${init.status}` : `HTTP ${init.status} ${init.code}`;
  let text: string;
  if (init.apiMessage !== undefined) text = `${head}: ${init.apiMessage}`;
  else if (init.rawBody !== undefined) text = `${head} (body is not WeChat's error JSON)`;
  else text = `${head} (empty body)`;
  return init.requestId === undefined ? text : `${text} [Request-ID ${init.requestId}]`;
}

/** Why a response or notification signature was refused. */
export type SignatureFailureReason =
  /** One of Wechatpay-Timestamp / -Nonce / -Signature / -Serial is absent. */
  | "missing_header"
  /** Wechatpay-Timestamp is not a Unix time in seconds. */
  | "invalid_timestamp"
  /** |now − Wechatpay-Timestamp| > 300 s (replay window). */
  | "timestamp_out_of_window"
  /** Wechatpay-Serial names no key we hold. */
  | "unknown_serial"
  /** The signature is not base64 of the key's modulus length. */
  | "malformed_signature"
  /** A `WECHATPAY/SIGNTEST/` probe: WeChat checking that we verify. Always a failure. */
  | "signature_probe"
  /** Well-formed, but RSA-SHA256 verification failed (tampered body, wrong key, …). */
  | "signature_mismatch";

/**
 * A 2xx response or a notification whose WeChat signature could not be verified. The body must be
 * treated as forged: the runtime never parses it.
 */
export class SignatureVerificationError extends WechatPayError {
  override readonly name = "SignatureVerificationError";
  readonly reason: SignatureFailureReason;
  readonly requestId: string | undefined;
  /** The Wechatpay-Serial the response named (safe to log: it identifies a public key). */
  readonly serial: string | undefined;

  constructor(
    reason: SignatureFailureReason,
    message: string,
    extra: { requestId?: string | undefined; serial?: string | undefined } = {},
  ) {
    super(`signature verification failed (${reason}): ${message}`);
    this.reason = reason;
    this.requestId = extra.requestId;
    this.serial = extra.serial;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason", "requestId", "serial");
  }
}

/** The request could not reach WeChat or the connection broke (DNS, refused, reset, TLS, …). */
export class ConnectionError extends WechatPayError {
  override readonly name = "ConnectionError";
  /** The low-level error code, e.g. `ECONNREFUSED`, `UND_ERR_SOCKET`. */
  readonly errorCode: string | undefined;
  /**
   * False only when the failure happened before any byte of the request could have been sent
   * (refused, DNS, connect timeout); a non-idempotent call is retried only then.
   */
  readonly mayHaveReachedServer: boolean;

  constructor(
    message: string,
    options: {
      cause?: unknown;
      errorCode?: string | undefined;
      mayHaveReachedServer?: boolean;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.errorCode = options.errorCode;
    this.mayHaveReachedServer = options.mayHaveReachedServer ?? true;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "errorCode", "mayHaveReachedServer");
  }
}

/** An attempt took longer than the configured `timeout` (and no retry was allowed or left). */
export class TimeoutError extends WechatPayError {
  override readonly name = "TimeoutError";
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`request timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Why a caller's signal aborted a call: `"timeout"` when its reason is a `TimeoutError`
 * DOMException (what `AbortSignal.timeout(ms)` and `AbortSignal.any` over it abort with), else
 * `"abort"` (`controller.abort(reason)`).
 */
export type AbortKind = "timeout" | "abort";

/**
 * The caller's `signal` aborted the call (before sending, in flight or during a retry wait). Never
 * retried. `cause` is the signal's `reason`, as given to `controller.abort(reason)`; `kind` tells
 * a deadline (`AbortSignal.timeout`) from a user abort. Distinct from {@link TimeoutError}, which
 * is the client's own per-attempt `timeout`.
 */
export class AbortError extends WechatPayError {
  override readonly name = "AbortError";
  readonly kind: AbortKind;

  constructor(reason?: unknown) {
    const kind = abortKindOf(reason);
    super(
      kind === "timeout"
        ? "request aborted: the caller's signal timed out"
        : "request aborted by the caller's signal",
      { cause: reason },
    );
    this.kind = kind;
  }

  /** The error for an aborted `signal`, carrying its reason. */
  static fromSignal(signal: AbortSignal): AbortError {
    return new AbortError(signal.reason);
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "kind");
  }
}

function abortKindOf(reason: unknown): AbortKind {
  return typeof reason === "object" &&
    reason !== null &&
    (reason as { name?: unknown }).name === "TimeoutError"
    ? "timeout"
    : "abort";
}

/** One offending field found by client-side validation. */
export interface ValidationIssue {
  /** Field path such as `stock_use_rule.max_coupons` or `goods_tag[3]`; "" for the root. */
  readonly path: string;
  readonly message: string;
}

/** Bad input caught before anything was sent; `issues` lists every offending field path. */
export class RequestValidationError extends WechatPayError {
  override readonly name = "RequestValidationError";
  readonly operationId: string | undefined;
  readonly issues: readonly ValidationIssue[];

  constructor(operationId: string | undefined, issues: readonly ValidationIssue[]) {
    const where = operationId === undefined ? "request" : `${operationId} request`;
    const list = issues.map((i) => `${i.path === "" ? "(root)" : i.path}: ${i.message}`).join("; ");
    super(`invalid ${where}: ${list}`);
    this.operationId = operationId;
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "operationId", "issues");
  }
}

/** The client configuration is wrong (missing field, malformed key, …). Thrown by the constructor. */
export class ConfigurationError extends WechatPayError {
  override readonly name = "ConfigurationError";
  /** The configuration field at fault, e.g. `privateKey`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(`invalid WechatPayClient config: ${field} ${problem}`);
    // A field may name a caller's record key (platformCertificates["…"]), which may be a pasted PEM.
    this.field = redactSecrets(field);
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "field");
  }
}

/** A 2xx body that passed verification but is not JSON (should never happen with WeChat). */
export class ResponseParseError extends WechatPayError {
  override readonly name = "ResponseParseError";
  readonly status: number;
  readonly requestId: string | undefined;

  constructor(status: number, requestId: string | undefined) {
    super(
      `HTTP ${status} response body is not valid JSON${requestId === undefined ? "" : ` [Request-ID ${requestId}]`}`,
    );
    this.status = status;
    this.requestId = requestId;
  }
}

/** Why a notification could not be opened (after, or instead of, signature verification). */
export type NotificationFailureReason =
  /** Body is not the documented envelope JSON, or a required field is missing/empty. */
  | "malformed_envelope"
  /** `resource.algorithm` is not AEAD_AES_256_GCM. */
  | "unsupported_algorithm"
  /** GCM authentication failed: wrong APIv3 key, tampered ciphertext/tag, wrong nonce or AAD. */
  | "decryption_failed"
  /** The decrypted resource is not JSON. */
  | "malformed_plaintext"
  /** The client was configured without `apiV3Key`. */
  | "missing_api_v3_key"
  /** What was passed is not `{ headers, body }` with the raw body (null, parsed JSON, …). */
  | "invalid_input"
  /** The framework already consumed or parsed the body, so its exact bytes are gone. */
  | "raw_body_unavailable"
  /** The body is larger than the adapter's `maxBytes` (answered 413; reading stopped at the limit). */
  | "body_too_large"
  /** The body did not arrive within the adapter's `bodyTimeoutMs` (answered 408; reading stopped). */
  | "body_timeout"
  /** `event_type` is not one this handler knows (e.g. REFUND.SUCCESS sent to a coupon endpoint). */
  | "unexpected_event_type"
  /** The envelope or the decrypted resource does not match the spec's webhook schema. */
  | "invalid_resource";

/**
 * A notification (callback) that could not be opened. A bad notification *signature* is reported as
 * `SignatureVerificationError`, the same class as for responses.
 */
export class NotificationError extends WechatPayError {
  override readonly name: string = "NotificationError";
  readonly reason: NotificationFailureReason;

  constructor(reason: NotificationFailureReason, message: string) {
    super(`cannot open notification (${reason}): ${message}`);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason");
  }
}

/** The envelope or resource is malformed. */
export class NotificationFormatError extends NotificationError {
  override readonly name = "NotificationFormatError";
}
/** `resource.algorithm` is not AEAD_AES_256_GCM. */
export class UnsupportedAlgorithmError extends NotificationError {
  override readonly name = "UnsupportedAlgorithmError";
}
/** AES-GCM tag check failed (bad tag, bad AAD, wrong key or nonce). */
export class DecryptionError extends NotificationError {
  override readonly name = "DecryptionError";
}

/**
 * The input is not headers plus the raw body (`reason` "invalid_input"), or the web framework
 * consumed the body before the handler saw it (`reason` "raw_body_unavailable"; the message says
 * how to mount the route).
 */
export class NotificationInputError extends NotificationError {
  override readonly name = "NotificationInputError";
}

/** A genuine, verified notification whose `event_type` this endpoint does not handle. */
export class UnexpectedEventTypeError extends NotificationError {
  override readonly name = "UnexpectedEventTypeError";
  /** The `event_type` received (safe to log: at most 64 characters are kept). */
  readonly eventType: string;
  readonly expected: readonly string[];

  constructor(eventType: string, expected: readonly string[]) {
    const shown = eventType.slice(0, 64);
    super(
      "unexpected_event_type",
      `event_type ${JSON.stringify(shown)} is not handled here (expected ${expected.join(", ") || "none"})`,
    );
    this.eventType = shown;
    this.expected = expected;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason", "eventType", "expected");
  }
}

/**
 * A response body (or a downloaded file) grew past the configured size limit. The body was read
 * as a stream and abandoned at the limit (the connection is closed, never reused), so a broken
 * proxy or an endless answer cannot grow memory beyond `limitBytes`. Not retried: the same
 * request would get the same answer.
 */
export class ResponseTooLargeError extends WechatPayError {
  override readonly name = "ResponseTooLargeError";
  /** The limit that was exceeded, in bytes (`maxResponseBytes` or the download's `maxBytes`). */
  readonly limitBytes: number;
  readonly status: number;
  readonly requestId: string | undefined;

  constructor(
    limitBytes: number,
    status: number,
    requestId: string | undefined,
    /** The option the caller set the limit with, named in the message. */
    limitOption = "maxResponseBytes",
  ) {
    super(
      `HTTP ${status} response body exceeds the ${limitBytes}-byte limit (${limitOption}); the connection was closed${requestId === undefined ? "" : ` [Request-ID ${requestId}]`}`,
    );
    this.limitBytes = limitBytes;
    this.status = status;
    this.requestId = requestId;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "limitBytes", "status", "requestId");
  }
}

/** Why a request provably never left this process. */
export type NotSentReason =
  /** undici refused the request while building it (e.g. a header it forbids: Expect, Upgrade, Keep-Alive). */
  | "invalid_request"
  /** The client (or its dispatcher) was closed before the call. */
  | "client_closed";

/**
 * The request was refused inside this process before any byte could reach a socket: nothing was
 * sent, so nothing needs reconciling (a create did not happen). Never retried: the same request
 * would be refused the same way. Typed apart from ConnectionError, whose failures may have
 * happened after the server received the request.
 */
export class RequestNotSentError extends WechatPayError {
  override readonly name = "RequestNotSentError";
  readonly reason: NotSentReason;
  /** Always false: the request provably did not reach the server. */
  readonly mayHaveReachedServer = false as const;
  /** The undici error code when undici refused the request, e.g. `UND_ERR_INVALID_ARG`. */
  readonly errorCode: string | undefined;

  constructor(
    reason: NotSentReason,
    message: string,
    options: { cause?: unknown; errorCode?: string | undefined } = {},
  ) {
    super(`request not sent (${reason}): ${message}`, { cause: options.cause });
    this.reason = reason;
    this.errorCode = options.errorCode;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason", "mayHaveReachedServer", "errorCode");
  }
}

/**
 * The envelope (`part` "envelope") or the decrypted resource (`part` "resource") does not match
 * the spec's webhook schema; `issues` lists every field path at fault.
 */
export class NotificationSchemaError extends NotificationError {
  override readonly name = "NotificationSchemaError";
  readonly part: "envelope" | "resource";
  readonly eventType: string;
  readonly issues: readonly ValidationIssue[];

  constructor(
    part: "envelope" | "resource",
    eventType: string,
    issues: readonly ValidationIssue[],
  ) {
    const list = issues
      .slice(0, 10)
      .map((i) => `${i.path === "" ? "(root)" : i.path}: ${i.message}`)
      .join("; ");
    super("invalid_resource", `${eventType} ${part} does not match the spec: ${list}`);
    this.part = part;
    this.eventType = eventType;
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason", "part", "eventType", "issues");
  }
}

/**
 * A verified 2xx body that does not have the shape the operation promises: not a JSON object
 * where one is promised, a required top-level field missing, or (with `validateResponses`) any
 * schema violation. `issues` names each field path.
 */
export class ResponseShapeError extends WechatPayError {
  override readonly name = "ResponseShapeError";
  readonly operationId: string;
  readonly status: number;
  readonly requestId: string | undefined;
  readonly issues: readonly ValidationIssue[];

  constructor(
    operationId: string,
    status: number,
    requestId: string | undefined,
    issues: readonly ValidationIssue[],
  ) {
    const list = issues.map((i) => `${i.path === "" ? "(root)" : i.path}: ${i.message}`).join("; ");
    super(
      `${operationId} HTTP ${status} response does not match the spec: ${list}${requestId === undefined ? "" : ` [Request-ID ${requestId}]`}`,
    );
    this.operationId = operationId;
    this.status = status;
    this.requestId = requestId;
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "operationId", "status", "requestId", "issues");
  }
}

/** Why a flow-file download was refused. */
export type FlowFileFailureReason =
  /** The link is not a use-flow/refund-flow answer (no url, no 40-hex SHA-1, bad url). */
  | "invalid_link"
  /** `hash_type` is not SHA1. */
  | "unsupported_hash_type"
  /** The url points at a host that is neither the client's origin nor WeChat Pay's. */
  | "foreign_url"
  /** `maxBytes` or `timeout` is not a sane number. */
  | "invalid_options"
  /** The downloaded bytes do not have the promised SHA-1: the file is refused. */
  | "hash_mismatch"
  /** The verified file is not parseable CSV. */
  | "malformed_csv";

/** A use-flow / refund-flow file could not be downloaded, verified or parsed. */
export class FlowFileError extends WechatPayError {
  override readonly name = "FlowFileError";
  readonly reason: FlowFileFailureReason;

  constructor(reason: FlowFileFailureReason, message: string) {
    super(`flow file (${reason}): ${message}`);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "reason");
  }
}
