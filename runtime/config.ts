/**
 * Client configuration: the public config type and its one-time resolution (keys parsed, defaults
 * applied). Every mistake is reported here, at construction, as a ConfigurationError naming the
 * field — never later as a crash inside a request, and never with key material in the message.
 */
import { createPrivateKey, createPublicKey, KeyObject } from "node:crypto";
import type { Dispatcher } from "undici";
import { ConfigurationError } from "./errors.js";
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
  /** Serial number of the merchant API certificate (hex), sent as `serial_no` in Authorization. */
  readonly serialNo: string;
  /** Merchant API private key (`apiclient_key.pem`, PKCS#8 PEM) or a private KeyObject. */
  readonly privateKey: KeyInput;
  /** WeChat Pay public key ID `PUB_KEY_ID_<digits>`, sent as `Wechatpay-Serial` on every request. */
  readonly wechatpayPublicKeyId: string;
  /** WeChat Pay public key (SPKI PEM) or a public KeyObject; verifies responses and notifications. */
  readonly wechatpayPublicKey: KeyInput;
  /**
   * Legacy platform certificates, serial → certificate/public key (PEM or KeyObject). Responses are
   * verified with the key named by their `Wechatpay-Serial`, so both kinds can coexist in a migration.
   */
  readonly platformCertificates?: Readonly<Record<string, KeyInput>>;
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
}

export const DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** Longest timer Node can arm (2^31−1 ms); a longer one is clamped to 1 ms and fires at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** The configuration after validation, with keys parsed and defaults filled in. */
export interface ResolvedConfig {
  readonly mchid: string;
  readonly serialNo: string;
  readonly privateKey: KeyObject;
  readonly wechatpayPublicKeyId: string;
  /** Every verification key we hold, by serial (the PUB_KEY_ID plus platform certificates). */
  readonly verificationKeys: ReadonlyMap<string, KeyObject>;
  readonly apiV3Key: Buffer | undefined;
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
  readonly retry: Required<Omit<RetryConfig, "sleep">> & {
    readonly sleep: SleepFunction | undefined;
  };
}

const PUB_KEY_ID = /^PUB_KEY_ID_\d+$/;

/** Validates `config` and parses its keys once. Throws ConfigurationError. */
export function resolveConfig(config: WechatPayClientConfig): ResolvedConfig {
  if (typeof config !== "object" || config === null)
    throw new ConfigurationError("config", "must be an object");
  const mchid = requireString(config, "mchid");
  if (!/^\d+$/.test(mchid)) throw new ConfigurationError("mchid", "must be digits only");
  const serialNo = requireString(config, "serialNo");
  if (!/^[0-9A-Fa-f]+$/.test(serialNo)) {
    throw new ConfigurationError("serialNo", "must be the merchant certificate serial in hex");
  }
  const wechatpayPublicKeyId = requireString(config, "wechatpayPublicKeyId");
  if (!PUB_KEY_ID.test(wechatpayPublicKeyId)) {
    throw new ConfigurationError(
      "wechatpayPublicKeyId",
      "must look like PUB_KEY_ID_ followed by digits",
    );
  }
  if (config.privateKey === undefined) throw new ConfigurationError("privateKey", "is required");
  if (config.wechatpayPublicKey === undefined)
    throw new ConfigurationError("wechatpayPublicKey", "is required");

  const privateKey = parsePrivateKey("privateKey", config.privateKey);
  const verificationKeys = new Map<string, KeyObject>();
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

  let apiV3Key: Buffer | undefined;
  if (config.apiV3Key !== undefined) {
    if (typeof config.apiV3Key !== "string")
      throw new ConfigurationError("apiV3Key", "must be a string");
    apiV3Key = Buffer.from(config.apiV3Key, "utf8");
    if (apiV3Key.length !== 32) {
      throw new ConfigurationError("apiV3Key", `must be exactly 32 bytes (got ${apiV3Key.length})`);
    }
  }

  const { origin, basePath } = parseBaseUrl(config.baseUrl ?? DEFAULT_BASE_URL);
  const timeout = config.timeout ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeout !== "number" || !(timeout > 0 && timeout <= MAX_TIMEOUT_MS)) {
    throw new ConfigurationError(
      "timeout",
      `must be a positive number of ms, at most ${MAX_TIMEOUT_MS}`,
    );
  }
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0)
    throw new ConfigurationError("maxRetries", "must be an integer ≥ 0");
  const userAgent = config.userAgent ?? `wechatpay-favor/${VERSION} node/${process.versions.node}`;
  // Same rule undici applies to every header value; checked here so it fails once, not per request.
  if (typeof userAgent !== "string" || userAgent === "" || !isHeaderValue(userAgent)) {
    throw new ConfigurationError(
      "userAgent",
      "must be a non-empty single-line string of Latin-1 characters without controls",
    );
  }
  if (config.now !== undefined && typeof config.now !== "function")
    throw new ConfigurationError("now", "must be a function");
  const retry = config.retry ?? {};
  const initialDelayMs = retry.initialDelayMs ?? 500;
  const maxDelayMs = retry.maxDelayMs ?? 8_000;
  const maxRetryAfterMs = retry.maxRetryAfterMs ?? 60_000;
  for (const [name, value] of [
    ["initialDelayMs", initialDelayMs],
    ["maxDelayMs", maxDelayMs],
    ["maxRetryAfterMs", maxRetryAfterMs],
  ] as const) {
    if (!Number.isFinite(value) || value < 0)
      throw new ConfigurationError(`retry.${name}`, "must be a number ≥ 0");
  }

  return {
    mchid,
    serialNo,
    privateKey,
    wechatpayPublicKeyId,
    verificationKeys,
    apiV3Key,
    origin,
    basePath,
    timeout,
    maxRetries,
    userAgent,
    dispatcher: config.dispatcher,
    now: config.now ?? Date.now,
    validateRequests: config.validateRequests ?? true,
    retry: { initialDelayMs, maxDelayMs, maxRetryAfterMs, sleep: retry.sleep },
  };
}

function requireString(
  config: WechatPayClientConfig,
  field: "mchid" | "serialNo" | "wechatpayPublicKeyId",
): string {
  const value: unknown = config[field];
  if (value === undefined || value === null || value === "")
    throw new ConfigurationError(field, "is required");
  if (typeof value !== "string") throw new ConfigurationError(field, "must be a string");
  return value;
}

/** Parses the merchant private key, refusing public keys and certificates with a pointed message. */
export function parsePrivateKey(field: string, input: KeyInput): KeyObject {
  let key: KeyObject;
  if (input instanceof KeyObject) {
    key = input;
  } else if (typeof input === "string") {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(input)) {
      throw new ConfigurationError(
        field,
        "is a public key or certificate; pass the merchant PRIVATE key (apiclient_key.pem)",
      );
    }
    if (!input.includes("-----BEGIN"))
      throw new ConfigurationError(field, "is not a PEM private key (no -----BEGIN line)");
    try {
      key = createPrivateKey({ key: input, format: "pem" });
    } catch {
      // The library message may quote the input; ours names only the field.
      throw new ConfigurationError(field, "is not a valid PEM private key (PKCS#8 expected)");
    }
  } else {
    throw new ConfigurationError(field, "must be a PEM string or a KeyObject");
  }
  if (key.type !== "private")
    throw new ConfigurationError(field, "is a public key; pass the merchant PRIVATE key");
  if (key.asymmetricKeyType !== "rsa") throw new ConfigurationError(field, "must be an RSA key");
  return key;
}

/** Parses a WeChat Pay public key or platform certificate, refusing private keys. */
export function parsePublicKey(field: string, input: KeyInput): KeyObject {
  let key: KeyObject;
  if (input instanceof KeyObject) {
    if (input.type === "private") {
      throw new ConfigurationError(field, "is a private key; pass WeChat Pay's PUBLIC key");
    }
    key = input;
  } else if (typeof input === "string") {
    if (/PRIVATE KEY-----/.test(input)) {
      throw new ConfigurationError(
        field,
        "is a private key; pass WeChat Pay's PUBLIC key (pub_key.pem)",
      );
    }
    if (!input.includes("-----BEGIN"))
      throw new ConfigurationError(field, "is not a PEM public key or certificate");
    try {
      key = createPublicKey({ key: input, format: "pem" });
    } catch {
      throw new ConfigurationError(field, "is not a valid PEM public key or certificate");
    }
  } else {
    throw new ConfigurationError(field, "must be a PEM string or a KeyObject");
  }
  if (key.type !== "public") throw new ConfigurationError(field, "must be a public key");
  if (key.asymmetricKeyType !== "rsa") throw new ConfigurationError(field, "must be an RSA key");
  return key;
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
