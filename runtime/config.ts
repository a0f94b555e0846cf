/**
 * Client configuration: the public config type and its one-time resolution (keys parsed, defaults
 * applied). Every mistake is reported here, at construction, as a ConfigurationError naming the
 * field — never later as a crash inside a request, and never with key material in the message.
 */
import { createPrivateKey, createPublicKey, KeyObject } from "node:crypto";
import type { Dispatcher } from "undici";
import { resolveCertificateOptions } from "./certificates/options.js";
import type { CertificateProviderOptions } from "./certificates/provider.js";
import {
  FILE_PATH_HINT,
  looksLikeFilePath,
  normalisePem,
  normaliseSerialNo,
  trimmed,
} from "./config-input.js";
import { ConfigurationError } from "./errors.js";
import type { ValidationIssue } from "./errors.js";
import type { OperationMeta } from "./operation.js";
import type { CallRateLimiter } from "./rate-limit.js";
import { VERSION } from "./version.js";
import { isHeaderValue } from "../shared/http.js";

/** A PEM string or an already parsed node:crypto key. */
export type KeyInput = string | KeyObject;

/** Sleep used between retries; injectable so tests don't wait. Must reject when `signal` aborts. */
export type SleepFunction = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

/** Retry tuning. Defaults: 500 ms initial backoff doubling to 8 s, jittered. */
export interface RetryConfig {
  /** First backoff in ms (default 500). */
  readonly initialDelayMs?: number;
  /** Cap for the exponential backoff in ms (default 8000). */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` honoured, in ms (default 60000); longer values fall back to backoff. */
  readonly maxRetryAfterMs?: number;
  /** Sleep implementation (tests pass a fast or recording one). */
  readonly sleep?: SleepFunction;
}

export interface WechatPayClientConfig {
  /** Calling merchant number (`mchid`, digits). */
  readonly mchid: string;
  /**
   * Serial number of the merchant API certificate (hex), sent as `serial_no` in Authorization.
   * Upper-cased and trimmed here: WeChat Pay answers 401 to a lower-case one.
   */
  readonly serialNo: string;
  /**
   * Merchant API private key: the contents of `apiclient_key.pem` (PKCS#8 or PKCS#1 PEM; literal
   * `\n` escapes from an environment variable are read as line breaks) or a private KeyObject.
   */
  readonly privateKey: KeyInput;
  /**
   * WeChat Pay public key ID `PUB_KEY_ID_<digits>`, sent as `Wechatpay-Serial` on every request.
   * Omit it (and the key) in platform-certificate mode: certificates are then downloaded.
   */
  readonly wechatpayPublicKeyId?: string;
  /** WeChat Pay public key (SPKI PEM) or a public KeyObject; verifies responses and notifications. */
  readonly wechatpayPublicKey?: KeyInput;
  /**
   * Legacy platform certificates, serial → certificate/public key (PEM or KeyObject). Responses are
   * verified with the key named by their `Wechatpay-Serial`, so both kinds can coexist in a migration.
   */
  readonly platformCertificates?: Readonly<Record<string, KeyInput>>;
  /**
   * Platform certificates downloaded, verified, cached and rotated by the client (legacy mode).
   * On by default when neither a public key nor static certificates are configured; pass options
   * (a shared store, schedule) to tune it, or to combine it with a public key during a migration.
   */
  readonly certificates?: CertificateProviderOptions | boolean;
  /** APIv3 key (32 characters), needed only to decrypt notifications. */
  readonly apiV3Key?: string;
  /** API origin, default `https://api.mch.weixin.qq.com` (backup: `https://api2.mch.weixin.qq.com`). */
  readonly baseUrl?: string;
  /** Per-attempt timeout in ms (default 30000). */
  readonly timeout?: number;
  /** Retries after the first attempt for retry-safe operations (default 2). */
  readonly maxRetries?: number;
  /** User-Agent header (default `wechatpay-favor/<version> node/<version>`). */
  readonly userAgent?: string;
  /** undici dispatcher (Agent, Pool, MockAgent, …). Default: a keep-alive Pool for `baseUrl`'s origin, owned by the client. */
  readonly dispatcher?: Dispatcher;
  /** Clock in epoch ms (default `Date.now`); used for signing timestamps and the ±300 s window. */
  readonly now?: () => number;
  /** Validate request params against the operation schema before sending (default true). */
  readonly validateRequests?: boolean;
  /** Retry backoff tuning and sleep hook. */
  readonly retry?: RetryConfig;
  /**
   * Largest response body accepted, in bytes (default 4 MiB; WeChat's JSON answers are a few KB).
   * Enforced while the body streams in: past it the connection is closed and the call fails with
   * ResponseTooLargeError. Per call: `RequestOptions.maxResponseBytes`.
   */
  readonly maxResponseBytes?: number;
  /**
   * Full response validation: every verified 2xx body is checked against the operation's response
   * schema (`createSpecResponseValidator()` from `wechatpay-favor/sandbox`) and a mismatch is a ResponseShapeError. Off by
   * default (useful in tests; cost in bench/RESULTS.md). Without it the client still checks the
   * body's top-level shape (an object with the required fields).
   */
  readonly validateResponses?: ResponseValidator;
  /**
   * Awaited before every attempt, to keep a fleet of instances under the documented rate limits
   * (`RedisRateLimiter` of `wechatpay-favor/redis`). Default: none.
   */
  readonly rateLimiter?: CallRateLimiter;
}

/**
 * Checks a verified, parsed 2xx body against the spec; returns every issue (empty: valid).
 * Must not throw for any JSON input.
 */
export type ResponseValidator = (
  op: OperationMeta,
  status: number,
  body: unknown,
) => readonly ValidationIssue[];

export const DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** Longest timer Node can arm (2^31−1 ms); a longer one is clamped to 1 ms and fires at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;
/** Default `maxResponseBytes`: 4 MiB, far above any JSON answer of the favor API. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Highest `maxRetries` accepted: more is a bug (a loop that never gives up), not a policy. */
export const MAX_RETRIES = 100;
/**
 * The clock hook's sane range (2000-01-01 … 9999-12-31 UTC, epoch ms). Outside it — or NaN,
 * ±Infinity, a non-number — every time check would silently pass or sign garbage, so the call
 * fails instead (ConfigurationError on `now`).
 */
export const MIN_CLOCK_MS = 946_684_800_000;
export const MAX_CLOCK_MS = 253_402_300_799_999;

/** Reads the clock hook, failing closed on anything that is not a sane epoch-ms time. */
export function readClock(now: () => number): number {
  const value: unknown = now();
  if (typeof value === "number" && value >= MIN_CLOCK_MS && value <= MAX_CLOCK_MS) return value;
  throw new ConfigurationError(
    "now",
    `returned ${describeValue(value)}; it must return epoch milliseconds between 2000 and 9999 (time checks fail closed)`,
  );
}

function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === null) return "null";
  return typeof value === "bigint" ? "a bigint" : typeof value;
}

/** Whether `value` is a valid byte limit: a whole number from 1 to 2^53−1. */
export function isByteLimit(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

/** Whether `value` is a valid per-attempt timeout. */
export function isTimeoutMs(value: unknown): value is number {
  return typeof value === "number" && value > 0 && value <= MAX_TIMEOUT_MS;
}

/** Whether `value` is a valid retry count. */
export function isRetryCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_RETRIES;
}

/** The configuration after validation, with keys parsed and defaults filled in. */
export interface ResolvedConfig {
  readonly mchid: string;
  readonly serialNo: string;
  readonly privateKey: KeyObject;
  /** Undefined in platform-certificate mode. */
  readonly wechatpayPublicKeyId: string | undefined;
  /** Every verification key we hold, by serial (the PUB_KEY_ID plus platform certificates). */
  readonly verificationKeys: ReadonlyMap<string, KeyObject>;
  readonly apiV3Key: Buffer | undefined;
  /** Options of the platform-certificate provider; undefined when it does not run. */
  readonly certificates: CertificateProviderOptions | undefined;
  /** `scheme://host[:port]` */
  readonly origin: string;
  /** Path prefix of baseUrl without trailing slash, usually "". */
  readonly basePath: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly userAgent: string;
  readonly dispatcher: Dispatcher | undefined;
  readonly now: () => number;
  readonly validateRequests: boolean;
  readonly maxResponseBytes: number;
  readonly validateResponses: ResponseValidator | undefined;
  readonly retry: Required<Omit<RetryConfig, "sleep">> & {
    readonly sleep: SleepFunction | undefined;
  };
}

const PUB_KEY_ID = /^PUB_KEY_ID_\d+$/;

/** Validates `config` and parses its keys once. Throws ConfigurationError. */
export function resolveConfig(config: WechatPayClientConfig): ResolvedConfig {
  if (typeof config !== "object" || config === null)
    throw new ConfigurationError("config", "must be an object");
  // One validator per option group, called in the order the fields are checked (first error wins).
  const identity = resolveIdentity(config);
  const keys = resolveKeys(config, identity.wechatpayPublicKeyId);
  const apiV3Key = resolveApiV3Key(config.apiV3Key);
  const certificates = resolveCertificateOptions(
    config.certificates,
    keys.verificationKeys.size > 0,
    apiV3Key !== undefined,
  );
  return {
    ...identity,
    ...keys,
    apiV3Key,
    certificates,
    ...resolveTransport(config),
    ...resolveBehaviour(config),
    dispatcher: config.dispatcher,
    retry: resolveRetry(config.retry),
  };
}

/** Merchant identity and, in public-key mode, the key ID; checks every key is present before parsing. */
function resolveIdentity(
  config: WechatPayClientConfig,
): Pick<ResolvedConfig, "mchid" | "serialNo" | "wechatpayPublicKeyId"> {
  const mchid = requireString(config, "mchid");
  if (!/^\d+$/.test(mchid)) throw new ConfigurationError("mchid", "must be digits only");
  const serialNo = normaliseSerialNo(requireString(config, "serialNo"));
  if (!/^[0-9A-F]+$/.test(serialNo)) {
    throw new ConfigurationError(
      "serialNo",
      "must be the merchant certificate serial in hex, e.g. 5157F09EFDC096DE15EBE81A47057A7232F1B8E1 (`openssl x509 -noout -serial -in apiclient_cert.pem` prints it after `serial=`)",
    );
  }
  // The public key and its ID come together, or not at all (platform-certificate mode).
  const publicKeyMode = config.wechatpayPublicKeyId != null || config.wechatpayPublicKey != null;
  const wechatpayPublicKeyId = publicKeyMode
    ? requireString(config, "wechatpayPublicKeyId")
    : undefined;
  if (wechatpayPublicKeyId !== undefined && !PUB_KEY_ID.test(wechatpayPublicKeyId)) {
    throw new ConfigurationError(
      "wechatpayPublicKeyId",
      "must look like PUB_KEY_ID_ followed by digits",
    );
  }
  if (config.privateKey === undefined) throw new ConfigurationError("privateKey", "is required");
  if (publicKeyMode && config.wechatpayPublicKey == null)
    throw new ConfigurationError("wechatpayPublicKey", "is required");
  return { mchid, serialNo, wechatpayPublicKeyId };
}

/** Parses the merchant private key and every verification key (public key, platform certificates). */
function resolveKeys(
  config: WechatPayClientConfig,
  wechatpayPublicKeyId: string | undefined,
): Pick<ResolvedConfig, "privateKey" | "verificationKeys"> {
  const privateKey = parsePrivateKey("privateKey", config.privateKey);
  const verificationKeys = new Map<string, KeyObject>();
  if (wechatpayPublicKeyId !== undefined && config.wechatpayPublicKey != null)
    verificationKeys.set(
      wechatpayPublicKeyId,
      parsePublicKey("wechatpayPublicKey", config.wechatpayPublicKey),
    );
  for (const [serial, key] of Object.entries(config.platformCertificates ?? {})) {
    const field = `platformCertificates[${JSON.stringify(serial)}]`;
    if (!/^[0-9A-Za-z_]+$/.test(serial))
      throw new ConfigurationError(field, "has an invalid serial (key)");
    verificationKeys.set(serial, parsePublicKey(field, key));
  }
  return { privateKey, verificationKeys };
}

function resolveApiV3Key(pasted: unknown): Buffer | undefined {
  const input = trimmed(pasted);
  if (input === undefined) return undefined;
  if (typeof input !== "string") throw new ConfigurationError("apiV3Key", "must be a string");
  const apiV3Key = Buffer.from(input, "utf8");
  if (apiV3Key.length !== 32) {
    throw new ConfigurationError("apiV3Key", `must be exactly 32 bytes (got ${apiV3Key.length})`);
  }
  return apiV3Key;
}

/** Where requests go and the limits of each attempt. */
function resolveTransport(
  config: WechatPayClientConfig,
): Pick<ResolvedConfig, "origin" | "basePath" | "timeout" | "maxRetries" | "maxResponseBytes"> {
  const { origin, basePath } = parseBaseUrl(config.baseUrl ?? DEFAULT_BASE_URL);
  const timeout = config.timeout === undefined ? DEFAULT_TIMEOUT_MS : config.timeout;
  if (!isTimeoutMs(timeout)) {
    throw new ConfigurationError(
      "timeout",
      `must be a positive number of ms, at most ${MAX_TIMEOUT_MS}`,
    );
  }
  const maxRetries = config.maxRetries === undefined ? DEFAULT_MAX_RETRIES : config.maxRetries;
  if (!isRetryCount(maxRetries))
    throw new ConfigurationError("maxRetries", `must be an integer from 0 to ${MAX_RETRIES}`);
  const maxResponseBytes =
    config.maxResponseBytes === undefined ? DEFAULT_MAX_RESPONSE_BYTES : config.maxResponseBytes;
  if (!isByteLimit(maxResponseBytes))
    throw new ConfigurationError("maxResponseBytes", "must be a whole number of bytes ≥ 1");
  return { origin, basePath, timeout, maxRetries, maxResponseBytes };
}

/** Per-request behaviour: response validation, User-Agent, request validation, clock. */
function resolveBehaviour(
  config: WechatPayClientConfig,
): Pick<ResolvedConfig, "validateResponses" | "userAgent" | "validateRequests" | "now"> {
  if (config.validateResponses !== undefined && typeof config.validateResponses !== "function")
    throw new ConfigurationError(
      "validateResponses",
      "must be a response validator function (createSpecResponseValidator)",
    );
  const userAgent = config.userAgent ?? `wechatpay-favor/${VERSION} node/${process.versions.node}`;
  // Same rule undici applies to every header value; checked here so it fails once, not per request.
  if (typeof userAgent !== "string" || userAgent === "" || !isHeaderValue(userAgent)) {
    throw new ConfigurationError(
      "userAgent",
      "must be a non-empty single-line string of Latin-1 characters without controls",
    );
  }
  if (config.validateRequests !== undefined && typeof config.validateRequests !== "boolean")
    throw new ConfigurationError("validateRequests", "must be a boolean");
  if (config.now !== undefined && typeof config.now !== "function")
    throw new ConfigurationError("now", "must be a function");
  return {
    validateResponses: config.validateResponses,
    userAgent,
    validateRequests: config.validateRequests ?? true,
    now: config.now ?? Date.now,
  };
}

/** Retry backoff tuning and the sleep hook. */
function resolveRetry(input: RetryConfig | undefined): ResolvedConfig["retry"] {
  // null is a wrong value, not "absent": only undefined selects a default (fail closed).
  const retry = input === undefined ? {} : input;
  if (typeof retry !== "object" || retry === null)
    throw new ConfigurationError("retry", "must be an object");
  if (retry.sleep !== undefined && typeof retry.sleep !== "function")
    throw new ConfigurationError("retry.sleep", "must be a function");
  const initialDelayMs = retry.initialDelayMs === undefined ? 500 : retry.initialDelayMs;
  const maxDelayMs = retry.maxDelayMs === undefined ? 8_000 : retry.maxDelayMs;
  const maxRetryAfterMs = retry.maxRetryAfterMs === undefined ? 60_000 : retry.maxRetryAfterMs;
  for (const [name, value] of [
    ["initialDelayMs", initialDelayMs],
    ["maxDelayMs", maxDelayMs],
    ["maxRetryAfterMs", maxRetryAfterMs],
  ] as const) {
    // A wait above the longest timer Node can arm would fire at once, not late.
    if (typeof value !== "number" || !(value >= 0 && value <= MAX_TIMEOUT_MS))
      throw new ConfigurationError(
        `retry.${name}`,
        `must be a number of ms from 0 to ${MAX_TIMEOUT_MS}`,
      );
  }
  return { initialDelayMs, maxDelayMs, maxRetryAfterMs, sleep: retry.sleep };
}

function requireString(
  config: WechatPayClientConfig,
  field: "mchid" | "serialNo" | "wechatpayPublicKeyId",
): string {
  const value = trimmed(config[field]);
  if (value === undefined || value === null || value === "")
    throw new ConfigurationError(field, "is required");
  if (typeof value !== "string") throw new ConfigurationError(field, "must be a string");
  return value;
}

/**
 * The PEM text of a key option, tidied (config-input.ts), or the fix when the value is not a PEM:
 * a file's path, the file's bytes, anything else.
 */
function pemText(field: string, input: unknown, what: string): string {
  if (input instanceof Uint8Array)
    throw new ConfigurationError(field, 'is bytes; pass the PEM text: readFileSync(path, "utf8")');
  if (typeof input !== "string")
    throw new ConfigurationError(field, "must be a PEM string or a KeyObject");
  const pem = normalisePem(input);
  if (pem.includes("-----BEGIN")) return pem;
  if (looksLikeFilePath(pem)) throw new ConfigurationError(field, FILE_PATH_HINT);
  throw new ConfigurationError(field, `is not a PEM ${what} (no -----BEGIN line)`);
}

/** Parses the merchant private key, refusing public keys and certificates with a pointed message. */
export function parsePrivateKey(field: string, input: KeyInput): KeyObject {
  const key =
    input instanceof KeyObject
      ? input
      : readPrivatePem(field, pemText(field, input, "private key"));
  if (key.type !== "private")
    throw new ConfigurationError(field, "is a public key; pass the merchant PRIVATE key");
  if (key.asymmetricKeyType !== "rsa") throw new ConfigurationError(field, "must be an RSA key");
  return key;
}

function readPrivatePem(field: string, pem: string): KeyObject {
  if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem)) {
    throw new ConfigurationError(
      field,
      "is a public key or certificate; pass the merchant PRIVATE key (apiclient_key.pem)",
    );
  }
  if (pem.includes("-----BEGIN ENCRYPTED PRIVATE KEY-----"))
    throw new ConfigurationError(
      field,
      "is encrypted; pass the unencrypted key, as apiclient_key.pem holds it",
    );
  try {
    return createPrivateKey({ key: pem, format: "pem" });
  } catch {
    // The library message may quote the input; ours names only the field and what to check.
    throw new ConfigurationError(
      field,
      "is not a valid PEM private key: pass the whole of apiclient_key.pem (PKCS#8 BEGIN PRIVATE KEY or PKCS#1 BEGIN RSA PRIVATE KEY), from its BEGIN line to its END line, with its line breaks",
    );
  }
}

/** Parses a WeChat Pay public key or platform certificate, refusing private keys. */
export function parsePublicKey(field: string, input: KeyInput): KeyObject {
  if (input instanceof KeyObject && input.type === "private")
    throw new ConfigurationError(field, "is a private key; pass WeChat Pay's PUBLIC key");
  const key =
    input instanceof KeyObject
      ? input
      : readPublicPem(field, pemText(field, input, "public key or certificate"));
  if (key.type !== "public") throw new ConfigurationError(field, "must be a public key");
  if (key.asymmetricKeyType !== "rsa") throw new ConfigurationError(field, "must be an RSA key");
  return key;
}

function readPublicPem(field: string, pem: string): KeyObject {
  if (/PRIVATE KEY-----/.test(pem)) {
    throw new ConfigurationError(
      field,
      "is a private key; pass WeChat Pay's PUBLIC key (pub_key.pem)",
    );
  }
  try {
    return createPublicKey({ key: pem, format: "pem" });
  } catch {
    throw new ConfigurationError(
      field,
      "is not a valid PEM public key or certificate: pass the whole file (pub_key.pem), from its BEGIN line to its END line, with its line breaks",
    );
  }
}

function parseBaseUrl(baseUrl: string): { origin: string; basePath: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError("baseUrl", "is not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigurationError("baseUrl", "must be http(s)");
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new ConfigurationError("baseUrl", "must not contain a query, fragment or credentials");
  }
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, "") };
}
