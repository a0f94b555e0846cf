/**
 * WechatPayClient: turns an OperationMeta plus a flat params object into a signed undici request,
 * verifies and parses the answer, and retries only when that cannot double-spend.
 */
import type { Dispatcher } from "undici";
import { findUnwritableDate, serializeJsonBody } from "./body.js";
import {
  isByteLimit,
  isRetryCount,
  isTimeoutMs,
  MAX_RETRIES,
  MAX_TIMEOUT_MS,
  readClock,
  resolveConfig,
} from "./config.js";
import { downloadPlatformCertificates } from "./certificates/download.js";
import { PlatformCertificateProvider } from "./certificates/provider.js";
import type { ResolvedConfig, WechatPayClientConfig } from "./config.js";
import { buildRequestTarget } from "./encoding.js";
import {
  AbortError,
  ApiError,
  FlowFileError,
  NotificationError,
  RequestNotSentError,
  RequestValidationError,
  ResponseParseError,
  ResponseShapeError,
} from "./errors.js";
import type { ValidationIssue } from "./errors.js";
import { getHeader } from "./headers.js";
import { buildMultipartUpload, isUploadFile, toBytes } from "./multipart.js";
import { createNonce } from "./nonce.js";
import { openNotification } from "./notification.js";
import type { Notification, NotificationInput, OpenNotificationContext } from "./notification.js";
import { downloadFlowFile } from "./flow-file.js";
import type { DownloadFlowFileOptions, FlowFileLink, VerifiedFlowFile } from "./flow-file.js";
import type { HttpMethod, MultipartMeta, OperationMeta, ParamMeta } from "./operation.js";
import type { OperationParams } from "./operation-params.js";
import { checkRateLimiter, type CallRateLimiter } from "./rate-limit.js";
import { defaultSleep, retryDelayMs, shouldRetry } from "./retry.js";
import { buildAuthorization, buildRequestSigningString, signMessage } from "./signing.js";
import { createDefaultDispatcher, sendOnce } from "./transport.js";
import type { WireResponse } from "./transport.js";
import { ownParams } from "./params.js";
import { checkResponseShape } from "./response-shape.js";
import { validate } from "./validate.js";
import { verifyWechatpaySignature } from "./verify.js";
import { isHeaderValue } from "../shared/http.js";

/** Options of {@link WechatPayClient.parseNotification}. */
export type ParseNotificationOptions = Pick<OpenNotificationContext, "beforeDecrypt">;

/** Per-call options accepted by every generated operation. */
export interface RequestOptions {
  /**
   * Aborts the call (before sending, in flight or during a retry wait) with an AbortError whose
   * `cause` is the signal's reason and whose `kind` is "timeout" for `AbortSignal.timeout(ms)`.
   */
  readonly signal?: AbortSignal;
  /**
   * Per-attempt timeout in ms (default: the client's `timeout`). It bounds the WHOLE attempt —
   * waiting for a pooled connection, connecting, sending, the headers and the complete body — with
   * one timer, so a body that trickles in slower than this still fails. Expiry gives TimeoutError
   * (retried for retry-safe operations; every retry gets a fresh timeout).
   */
  readonly timeout?: number;
  /** Retries after the first attempt, for retry-safe operations (default: the client's `maxRetries`). */
  readonly maxRetries?: number;
  /** Extra request headers (e.g. sandbox fault injection). Cannot override signed/protocol headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Set false to skip client-side validation for this call. */
  readonly validate?: boolean;
  /** Largest response body accepted for this call, in bytes (default: the client's `maxResponseBytes`). */
  readonly maxResponseBytes?: number;
}

/** A parsed response with its HTTP metadata: what every generated `<operation>.withResponse` resolves to. */
export interface RawResponse<T> {
  /** Parsed JSON body; undefined for 204 or an empty body. */
  readonly data: T;
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** WeChat's `Request-ID` header. */
  readonly requestId: string | undefined;
}

/** Request headers the runtime computes itself; callers may not replace them via options.headers. */
const RESERVED_HEADERS = new Set([
  "authorization",
  "wechatpay-serial",
  "content-type",
  "content-length",
  "host",
  "accept",
  "transfer-encoding",
]);

/** One call's settings, resolved from its options and the client's defaults. */
interface CallSettings {
  readonly extraHeaders: Record<string, string> | undefined;
  readonly maxRetries: number;
  readonly timeout: number;
  readonly maxResponseBytes: number;
  readonly sleep: NonNullable<ResolvedConfig["retry"]["sleep"]>;
}

/** A request ready to be signed: target, signed body line, bytes to send. */
interface PreparedRequest {
  readonly target: string;
  /** Line 5 of the signing string (the JSON body, the upload meta, or ""). */
  readonly signedBody: string;
  readonly body: string | Uint8Array | undefined;
  readonly contentType: string | undefined;
}

/**
 * The WeChat Pay APIv3 client. Construct once and share: keys are parsed at construction (a bad
 * config throws ConfigurationError there) and connections are kept alive across calls.
 *
 * Generated operation functions call {@link WechatPayClient.request}; their `.withResponse`
 * variants (e.g. `listStocks.withResponse(client, params)`) call
 * {@link WechatPayClient.requestRaw} for status, headers and Request-ID, typed from the spec.
 */
export class WechatPayClient {
  readonly #config: ResolvedConfig;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  #closed = false;
  readonly #certificates: PlatformCertificateProvider | undefined;
  readonly #rateLimiter: CallRateLimiter | undefined;

  constructor(config: WechatPayClientConfig) {
    this.#config = resolveConfig(config);
    this.#rateLimiter = checkRateLimiter(config.rateLimiter);
    this.#ownsDispatcher = this.#config.dispatcher === undefined;
    this.#dispatcher = this.#config.dispatcher ?? createDefaultDispatcher(this.#config.origin);
    const certificates = this.#config.certificates;
    this.#certificates =
      certificates === undefined
        ? undefined
        : new PlatformCertificateProvider(
            () => downloadPlatformCertificates(this.#config, this.#dispatcher),
            certificates,
            () => readClock(this.#config.now),
            this.#config.verificationKeys,
          );
  }

  /** The platform-certificate provider (undefined when only configured keys verify answers). */
  get certificates(): PlatformCertificateProvider | undefined {
    return this.#certificates;
  }

  /** The calling merchant number. */
  get mchid(): string {
    return this.#config.mchid;
  }

  /** Whether `apiV3Key` is configured, so notifications can be decrypted (the handler checks it). */
  get decryptsNotifications(): boolean {
    return this.#config.apiV3Key !== undefined;
  }

  /** Calls `op` and returns its parsed body (undefined for 204). Throws WechatPayError subclasses. */
  async request<T>(
    op: OperationMeta,
    params: object = {},
    options: RequestOptions = {},
  ): Promise<T> {
    return (await this.requestRaw<T>(op, params, options)).data;
  }

  /** Like {@link request}, with status, headers and Request-ID. */
  async requestRaw<T>(
    op: OperationMeta,
    params: object = {},
    options: RequestOptions = {},
  ): Promise<RawResponse<T>> {
    if (this.#closed)
      throw new RequestNotSentError("client_closed", "the client was closed with close()");
    const prepared = await this.#prepare(op, params, options);
    const call = this.#callSettings(op, options);
    // Platform-certificate mode: the first call downloads the certificates before it is sent, so
    // it can name one in Wechatpay-Serial (and a public-key-only merchant learns why at once).
    if (this.#certificates !== undefined && this.#config.wechatpayPublicKeyId === undefined)
      await this.#certificates.keys();

    for (let attempt = 0; ; attempt++) {
      const retriesLeft = attempt < call.maxRetries;
      let response: WireResponse;
      try {
        response = await this.#sendCounted(op, prepared, call, options.signal);
      } catch (error) {
        if (!retriesLeft || !shouldRetry(error, op.retrySafe)) throw error;
        await this.#backoff(call, attempt, undefined, options.signal);
        continue;
      }
      if (response.status >= 200 && response.status <= 299) return this.#accept<T>(op, response);
      if (!retriesLeft || !shouldRetry(response.status, op.retrySafe))
        throw ApiError.fromResponse(
          response.status,
          response.body,
          getHeader(response.headers, "request-id"),
        );
      await this.#backoff(call, attempt, retryAfterOf(response), options.signal);
    }
  }

  /** The per-call settings: options over the client's defaults, checked once before the first attempt. */
  #callSettings(op: OperationMeta, options: RequestOptions): CallSettings {
    const extraHeaders = checkExtraHeaders(op, options.headers);
    const maxRetries =
      options.maxRetries === undefined ? this.#config.maxRetries : options.maxRetries;
    const timeout = options.timeout === undefined ? this.#config.timeout : options.timeout;
    const maxResponseBytes =
      options.maxResponseBytes === undefined
        ? this.#config.maxResponseBytes
        : options.maxResponseBytes;
    checkCallOptions(op, timeout, maxRetries, maxResponseBytes);
    return {
      extraHeaders,
      maxRetries,
      timeout,
      maxResponseBytes,
      sleep: this.#config.retry.sleep ?? defaultSleep,
    };
  }

  /** One attempt, admitted by the configured rate limiter (if any) and reported back to it. */
  async #sendCounted(
    op: OperationMeta,
    prepared: PreparedRequest,
    call: CallSettings,
    signal: AbortSignal | undefined,
  ): Promise<WireResponse> {
    if (this.#rateLimiter === undefined) return this.#send(op, prepared, call, signal);
    const permit = await this.#rateLimiter.acquire(op, { mchid: this.#config.mchid, signal });
    try {
      return await this.#send(op, prepared, call, signal);
    } finally {
      permit?.settle();
    }
  }

  /** One attempt on the wire, freshly signed. */
  #send(
    op: OperationMeta,
    prepared: PreparedRequest,
    call: CallSettings,
    signal: AbortSignal | undefined,
  ): Promise<WireResponse> {
    const signed = this.#signedHeaders(op.method, prepared);
    return sendOnce(
      this.#dispatcher,
      {
        origin: this.#config.origin,
        path: prepared.target,
        method: op.method,
        headers: call.extraHeaders === undefined ? signed : { ...call.extraHeaders, ...signed },
        body: prepared.body,
        maxResponseBytes: call.maxResponseBytes,
      },
      call.timeout,
      signal,
    );
  }

  /** Waits before the next attempt (backoff, or the server's Retry-After when it gave one). */
  #backoff(
    call: CallSettings,
    attempt: number,
    retryAfter: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    return this.#wait(
      call.sleep,
      retryDelayMs(attempt, retryAfter, readClock(this.#config.now), this.#config.retry),
      signal,
    );
  }

  /** A 2xx answer: verified (unless the operation is documented unsigned), parsed and shape-checked. */
  async #accept<T>(op: OperationMeta, response: WireResponse): Promise<RawResponse<T>> {
    const requestId = getHeader(response.headers, "request-id");
    if (op.signedResponse) {
      verifyWechatpaySignature({
        headers: response.headers,
        body: response.body,
        keys:
          this.#certificates === undefined
            ? this.#config.verificationKeys
            : await this.#certificates.keys(getHeader(response.headers, "wechatpay-serial")),
        nowMs: readClock(this.#config.now),
      });
    }
    const data = parseJsonBody<T>(response, requestId);
    this.#checkResponse(op, response.status, data, requestId);
    return { data, status: response.status, headers: response.headers, requestId };
  }

  /**
   * Verifies and decrypts a notification (callback) WeChat POSTed to your `notify_url`, using the
   * configured WeChat Pay keys, clock and `apiV3Key`. Pass the raw body, not re-serialized JSON.
   * Answer WeChat with 4xx/5xx when this throws, so it resends.
   */
  parseNotification<T = unknown>(
    input: NotificationInput,
    options: ParseNotificationOptions = {},
  ): Notification<T> {
    const apiV3Key = this.#config.apiV3Key;
    if (apiV3Key === undefined)
      throw new NotificationError(
        "missing_api_v3_key",
        "configure apiV3Key to decrypt notifications",
      );
    // Synchronous: an unknown serial starts a background refresh and this attempt fails (WeChat
    // resends); parseNotificationAsync waits for that refresh instead.
    if (this.#certificates !== undefined) {
      try {
        this.#certificates.noteSerial(getHeader(input.headers, "wechatpay-serial"));
      } catch {
        // malformed input: openNotification reports it as a typed error
      }
    }
    return openNotification<T>(input, {
      keys: this.#certificates?.currentKeys() ?? this.#config.verificationKeys,
      nowMs: readClock(this.#config.now),
      apiV3Key,
      ...(options.beforeDecrypt ? { beforeDecrypt: options.beforeDecrypt } : {}),
    });
  }

  /**
   * Downloads a use-flow / refund-flow file (or a by-day variant) in one call: asks `op` for the
   * link (or takes the link you already have), fetches the url with a signed GET, streams the
   * unsigned answer within `maxBytes`, and checks its SHA-1 against the link's hash (ignoring
   * case) before anything is handed out. Read the result with `records()` / `parse()` (rows keyed
   * by the header row, back-ticks removed, summary lines apart) or `stream()` (the verified bytes).
   * Throws FlowFileError (hash mismatch, foreign url, …), ResponseTooLargeError, ApiError (e.g.
   * an expired link) and the errors of `request`. The download itself is not retried: the link
   * lives only 30 s; call again for a fresh one.
   *
   * @example
   * const file = await client.downloadFlowFile(useFlowOperation, { stock_id: "9856000" });
   * const { columns, rows, summary } = await file.parse();
   */
  downloadFlowFile(
    link: FlowFileLink,
    options?: DownloadFlowFileOptions,
  ): Promise<VerifiedFlowFile>;
  downloadFlowFile<const Op extends OperationMeta>(
    op: Op,
    params: OperationParams<Op>,
    options?: DownloadFlowFileOptions,
  ): Promise<VerifiedFlowFile>;
  async downloadFlowFile(
    source: FlowFileLink | OperationMeta,
    paramsOrOptions?: object,
    maybeOptions?: DownloadFlowFileOptions,
  ): Promise<VerifiedFlowFile> {
    if (typeof source !== "object" || source === null)
      throw new FlowFileError(
        "invalid_link",
        "pass the use-flow/refund-flow answer or its operation",
      );
    const byOperation = "operationId" in source;
    const options: DownloadFlowFileOptions =
      (byOperation ? maybeOptions : (paramsOrOptions as DownloadFlowFileOptions | undefined)) ?? {};
    const link = byOperation
      ? await this.request<FlowFileLink>(source, paramsOrOptions ?? {}, {
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        })
      : source;
    if (this.#closed)
      throw new RequestNotSentError("client_closed", "the client was closed with close()");
    return downloadFlowFile(link, options, {
      origin: this.#config.origin,
      timeout: this.#config.timeout,
      dispatcherFor: (origin) => {
        // The client's own pool serves one origin; a url on WeChat's other API domain gets a
        // short-lived pool of its own. A configured dispatcher (e.g. an Agent) is used as is.
        if (origin === this.#config.origin || !this.#ownsDispatcher)
          return { dispatcher: this.#dispatcher, release: async () => {} };
        const pool = createDefaultDispatcher(origin);
        return { dispatcher: pool, release: () => pool.close() };
      },
      signedHeaders: (target) =>
        this.#signedHeaders("GET", {
          target,
          signedBody: "",
          body: undefined,
          contentType: undefined,
        }),
    });
  }

  /**
   * {@link parseNotification} that, with platform certificates, first waits for the certificate
   * the notification names (downloading it when it is new), so a rotation fails no delivery.
   */
  async parseNotificationAsync<T = unknown>(
    input: NotificationInput,
    options: ParseNotificationOptions = {},
  ): Promise<Notification<T>> {
    await this.prepareNotificationKeys(input);
    return this.parseNotification<T>(input, options);
  }

  /**
   * With platform certificates: resolves once the certificate `input` names is held, downloading
   * it when it is new (coalesced, rate-limited); at once otherwise. Throws the download's error
   * (e.g. PlatformCertificateError). The notification handler calls it before verifying.
   */
  async prepareNotificationKeys(input: NotificationInput): Promise<void> {
    if (this.#certificates === undefined || this.#config.apiV3Key === undefined) return;
    let serial: string | undefined;
    try {
      serial = getHeader(input.headers, "wechatpay-serial");
    } catch {
      return; // malformed input: parseNotification reports it
    }
    await this.#certificates.keys(serial);
  }

  /** Closes the keep-alive connections of the client's own dispatcher (a configured one is left open). */
  async close(): Promise<void> {
    // Calls after close() fail with RequestNotSentError, also when the dispatcher is the caller's.
    // Idempotent: a second close() (e.g. from two cleanup paths) is not an error.
    if (this.#closed) return;
    this.#closed = true;
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }

  /** Top-level shape check (always) and full validation (when configured) of a 2xx body. */
  #checkResponse(op: OperationMeta, status: number, data: unknown, requestId: string | undefined) {
    const issues = checkResponseShape(op, status, data);
    if (issues.length === 0 && this.#config.validateResponses !== undefined && data !== undefined)
      issues.push(...this.#config.validateResponses(op, status, data));
    if (issues.length > 0) throw new ResponseShapeError(op.operationId, status, requestId, issues);
  }

  /** Validates, splits and encodes params once; every attempt reuses the same target and body. */
  async #prepare(
    op: OperationMeta,
    params: object,
    options: RequestOptions,
  ): Promise<PreparedRequest> {
    const layout = paramLayout(op);
    const values = this.#readParams(op, layout, params, options);
    const target = buildRequestTarget(op, values, this.#config.basePath);
    if (op.multipart !== undefined) return prepareUpload(op, op.multipart, target, values);
    if (layout.bodyParams.length === 0)
      return { target, signedBody: "", body: undefined, contentType: undefined };
    const json = jsonBody(op, layout.bodyParams, values);
    return { target, signedBody: json, body: json, contentType: "application/json" };
  }

  /**
   * The caller's params as the snapshot that validation, the target and the body all use, with
   * the client's defaults filled in (`clientDefault` fields the caller left out); throws
   * RequestValidationError listing every problem.
   */
  #readParams(
    op: OperationMeta,
    layout: ParamLayout,
    params: object,
    options: RequestOptions,
  ): Readonly<Record<string, unknown>> {
    // A snapshot of the OWN enumerable properties: inherited ones are never sent or signed, and
    // getters run once, so what is validated is what is sent.
    const { values, issues: unknown } = ownParams(op, params, layout.knownNames);
    // Filled into the snapshot before validation, so a default is checked like a passed value;
    // the body is built in the operation's param order, so its bytes (and the signature) are the
    // same as when the caller passes the value.
    for (const param of layout.defaulted)
      if (values[param.name] === undefined)
        (values as Record<string, unknown>)[param.name] = this.#clientDefault(param);
    const validateNow = options.validate ?? this.#config.validateRequests;
    const found = validateNow && op.validation !== undefined ? validate(op.validation, values) : [];
    // The params-level issue (unknown, inherited) says more than "is required" at the same path.
    const issues = [...unknown];
    for (const issue of found) if (!unknown.some((i) => i.path === issue.path)) issues.push(issue);
    if (issues.length > 0) throw new RequestValidationError(op.operationId, issues);
    return values;
  }

  /** The value the client fills in for a `clientDefault` field. */
  #clientDefault(param: ParamMeta): string | undefined {
    switch (param.clientDefault) {
      case "mchid":
        return this.#config.mchid;
      default:
        return undefined;
    }
  }

  /** Protocol headers for one attempt, signed with a fresh nonce and timestamp. */
  #signedHeaders(method: HttpMethod, prepared: PreparedRequest): Record<string, string> {
    const timestamp = String(Math.floor(readClock(this.#config.now) / 1000));
    const nonce = createNonce();
    const signingString = buildRequestSigningString(
      method,
      prepared.target,
      timestamp,
      nonce,
      prepared.signedBody,
    );
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": this.#config.userAgent,
      authorization: buildAuthorization({
        mchid: this.#config.mchid,
        nonce_str: nonce,
        timestamp,
        serial_no: this.#config.serialNo,
        signature: signMessage(this.#config.privateKey, signingString),
      }),
    };
    // Platform-certificate mode names the newest held certificate; before the first download there
    // is none, and the header is only required on requests with encrypted fields.
    const serial = this.#config.wechatpayPublicKeyId ?? this.#certificates?.newestSerial();
    if (serial !== undefined) headers["wechatpay-serial"] = serial;
    if (prepared.contentType !== undefined) headers["content-type"] = prepared.contentType;
    return headers;
  }

  async #wait(
    sleep: NonNullable<ResolvedConfig["retry"]["sleep"]>,
    ms: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch (error) {
      if (signal?.aborted) throw AbortError.fromSignal(signal);
      throw error;
    }
    if (signal?.aborted) throw AbortError.fromSignal(signal);
  }
}

function checkCallOptions(
  op: OperationMeta,
  timeout: number,
  maxRetries: number,
  maxResponseBytes: number,
): void {
  const timeoutOk = isTimeoutMs(timeout);
  const retriesOk = isRetryCount(maxRetries);
  const limitOk = isByteLimit(maxResponseBytes);
  if (timeoutOk && retriesOk && limitOk) return; // the per-call common case allocates nothing
  const issues: ValidationIssue[] = [];
  if (!timeoutOk)
    issues.push({
      path: "options.timeout",
      message: `must be a positive number of ms, at most ${MAX_TIMEOUT_MS}`,
    });
  if (!retriesOk)
    issues.push({
      path: "options.maxRetries",
      message: `must be an integer from 0 to ${MAX_RETRIES}`,
    });
  if (!limitOk)
    issues.push({
      path: "options.maxResponseBytes",
      message: "must be a whole number of bytes ≥ 1",
    });
  throw new RequestValidationError(op.operationId, issues);
}

// What undici accepts (RFC 9110 token / field-value). Checked here so a bad header is a
// RequestValidationError before sending, not a ConnectionError from inside undici that a GET retries.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The caller's extra headers with lower-case names, or undefined when there are none. */
function checkExtraHeaders(
  op: OperationMeta,
  headers: Readonly<Record<string, string>> | undefined,
): Record<string, string> | undefined {
  if (headers === undefined || headers === null) return undefined;
  const out: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name))
      issues.push({ path: `headers.${name}`, message: "is not a valid HTTP header name" });
    else if (RESERVED_HEADERS.has(name.toLowerCase()))
      issues.push({
        path: `headers.${name}`,
        message: "is set by the runtime and cannot be overridden",
      });
    else if (typeof value !== "string" || !isHeaderValue(value))
      issues.push({
        path: `headers.${name}`,
        message: "must be a single-line string of Latin-1 characters without controls",
      });
    else out[name.toLowerCase()] = value;
  }
  if (issues.length > 0) throw new RequestValidationError(op.operationId, issues);
  return out;
}

/** What `#prepare` derives from an operation's param list; computed once per OperationMeta. */
interface ParamLayout {
  readonly knownNames: ReadonlySet<string>;
  readonly bodyParams: readonly ParamMeta[];
  /** Params the client fills when the caller omits them (`clientDefault`). */
  readonly defaulted: readonly ParamMeta[];
}

/** Keyed by the (immutable, generated) OperationMeta object, so per-call work skips the rebuild. */
const paramLayouts = new WeakMap<OperationMeta, ParamLayout>();

function paramLayout(op: OperationMeta): ParamLayout {
  let layout = paramLayouts.get(op);
  if (layout === undefined) {
    layout = {
      knownNames: new Set(op.params.map((p) => p.name)),
      bodyParams: op.params.filter((p) => p.in === "body"),
      defaulted: op.params.filter((p) => p.clientDefault !== undefined),
    };
    paramLayouts.set(op, layout);
  }
  return layout;
}

/** The multipart upload (uploadImage): the signed line is the meta JSON, the body the parts. */
async function prepareUpload(
  op: OperationMeta,
  parts: MultipartMeta,
  target: string,
  values: Readonly<Record<string, unknown>>,
): Promise<PreparedRequest> {
  const filename = values.filename;
  const file = values.file;
  if (typeof filename !== "string" || !isUploadFile(file)) {
    throw new RequestValidationError(op.operationId, [
      {
        path: "file",
        message: "an upload needs filename (string) and file (Uint8Array, ArrayBuffer or Blob)",
      },
    ]);
  }
  const upload = buildMultipartUpload(op.operationId, parts, filename, await toBytes(file));
  return { target, signedBody: upload.meta, body: upload.body, contentType: upload.contentType };
}

/** The JSON body: the body params that have a value, in the operation's param order. */
function jsonBody(
  op: OperationMeta,
  bodyParams: readonly ParamMeta[],
  values: Readonly<Record<string, unknown>>,
): string {
  const body: Record<string, unknown> = {};
  for (const param of bodyParams) {
    if (values[param.name] !== undefined) body[param.name] = values[param.name];
  }
  try {
    return serializeJsonBody(body);
  } catch {
    // Reachable with validation off, or a Date validation cannot see: an unwritable Date, a
    // BigInt or a circular structure. Still a typed error naming the field when we can.
    const issue = findUnwritableDate(body) ?? {
      path: "",
      message: "body cannot be serialized as JSON (BigInt or circular structure)",
    };
    throw new RequestValidationError(op.operationId, [issue]);
  }
}

/** The Retry-After of a retryable answer; two of them contradict each other, so none (normal backoff). */
function retryAfterOf(response: WireResponse): string | undefined {
  const raw = response.headers["retry-after"];
  if (!Array.isArray(raw)) return raw;
  return raw.length === 1 ? raw[0] : undefined;
}

/** Parses a verified 2xx body. Empty (204 or no bytes) gives undefined. */
function parseJsonBody<T>(response: WireResponse, requestId: string | undefined): T {
  const bytes = response.body;
  if (response.status === 204 || bytes.length === 0) return undefined as T;
  try {
    // A view over the received bytes, not a copy: decoding reads them once.
    return JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"),
    ) as T;
  } catch {
    throw new ResponseParseError(response.status, requestId);
  }
}
