/**
 * A local WeChat Pay favor (代金券) server for trying the client and for offline test suites:
 * verifies every request's signature, validates it against the spec, applies the documented
 * business rules on in-memory (optionally persisted) state, and signs every response.
 *
 *   const sandbox = await startSandbox();
 *   const client = new WechatPayClient(sandbox.clientConfig);
 *   …
 *   await sandbox.close();
 */
import { createPublicKey } from "node:crypto";
import type { Coupon, Stock } from "../generated/models.js";
import type { MerchantIdentity } from "./auth/verify-request.js";
import type {
  SandboxCertificateOptions,
  SandboxPlatformCertificates,
} from "./certificates/authority.js";
import { platformSigning } from "./certificates/signing.js";
import { OffsetClock, systemClock, type Clock } from "./clock.js";
import {
  loadOrCreateCredentials,
  type SandboxClientConfig,
  type SandboxCredentials,
} from "./credentials.js";
import { FaultController, type FaultModeSettings } from "./faults.js";
import { operationHandlers } from "./handlers/index.js";
import { withSpecDefaults } from "./handlers/spec-default.js";
import { NotificationDispatcher, type DeliveryRecord } from "./notifications/dispatcher.js";
import { NOTIFICATION_FORMATS, type NotificationFormat } from "./notifications/picky-json.js";
import { Pipeline, type PipelineDeps } from "./pipeline.js";
import { createSandboxServer, listen, SANDBOX_HOST } from "./server.js";
import { RateLimiter } from "./spec/rate-limits.js";
import { sandboxHandle } from "./start/handle.js";
import { handlerContext } from "./start/handler-context.js";
import { notificationSelfCheck } from "./start/notification-self-check.js";
import { loadServedSpec } from "./start/served-spec.js";
import { LiveState } from "./state/live-state.js";
import type { SandboxState } from "./state/store.js";
import { useCoupon, type UseCouponOptions, type UseCouponResult } from "./use-coupon.js";

export type { SandboxClientConfig, SandboxCredentials } from "./credentials.js";
export type { FaultModeSettings } from "./faults.js";
export { FAULT_MODES, FAULT_HEADER } from "./faults.js";
export type { DeliveryRecord, DeliveryAttempt } from "./notifications/dispatcher.js";
export type { DeliveryFault } from "./notifications/dispatcher.js";
export type { NotificationFormat } from "./notifications/picky-json.js";
export type { UseCouponOptions, UseCouponResult } from "./use-coupon.js";
export { CONTROL_PREFIX } from "./control.js";
export { sandboxControl, SandboxControlError } from "./control-client.js";
export type { SandboxControl, UseCouponAnswer, UseCouponRequest } from "./control-client.js";
export { createSpecResponseValidator } from "./spec/response-validator.js";
export { SandboxPlatformCertificates } from "./certificates/authority.js";
export type {
  CertificateAnswerFault,
  CertificateSigningMode,
  RotateCertificateOptions,
  SandboxCertificateOptions,
} from "./certificates/authority.js";

export interface SandboxOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Use these credentials (e.g. shared across test files to skip RSA key generation). */
  credentials?: SandboxCredentials;
  /** Load credentials from (or create and save them in) this folder. Ignored with `credentials`. */
  keysDir?: string;
  /** mchid of a freshly generated merchant (default 1900000109). */
  mchid?: string;
  /** appid bound to a freshly generated merchant. */
  appid?: string;
  /** Persist state to this JSON file (written atomically) and reload it at start. */
  stateFile?: string;
  /** The OpenAPI document to serve (default: the bundled favor spec). */
  spec?: object;
  /** Enforce the spec's x-wechatpay-rate-limits: false disables, `{ scale }` multiplies them. Default true. */
  rateLimits?: boolean | { scale: number };
  /** A sandbox-wide fault mode from the start. */
  fault?: FaultModeSettings;
  /** Pause between COUPON.USE delivery attempts (default 1000 ms; WeChat: 1 minute). */
  notifyRetryIntervalMs?: number;
  /** Delivery attempts in total (default 9, as WeChat). */
  notifyMaxAttempts?: number;
  /** Time a receiver has to answer (default 5000 ms, as WeChat). */
  notifyTimeoutMs?: number;
  /**
   * Notification body format: "picky" (default: documented member order, indentation, `\uXXXX`
   * and `\/` escapes, which a parse-and-re-serialize handler cannot reproduce) or "compact".
   */
  notificationFormat?: NotificationFormat;
  /** Check every 2xx body against the spec's response schema; failures go to `selfCheckFailures`. */
  validateResponses?: boolean;
  /**
   * Loopback notify URLs for tests (default true; real WeChat requires https and a public host):
   * an `https://127.0.0.1:<port>/…` (or localhost, [::1]) notify_url, which passes the client's
   * validation, is delivered over plain http to that port; `http://127.0.0.1…` is accepted too.
   */
  allowLoopbackHttpCallbacks?: boolean;
  /** Base clock (default the system clock); `advanceClock` shifts it further. */
  clock?: Clock;
  /**
   * Platform-certificate mode: generate certificates, serve `GET /v3/certificates` and sign with
   * the current certificate (`signWith: "public-key"`: serve them but sign with the public key, as
   * during a migration). `clientConfig` then carries `certificates: true`.
   */
  platformCertificates?: boolean | SandboxCertificateOptions;
  /** Largest accepted request body in bytes (default 4 MiB: a 2 MB image plus multipart overhead). */
  maxBodyBytes?: number;
  /** One line per request (method, path, operation, status, time); never headers or bodies. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** e.g. `http://127.0.0.1:43117` */
  readonly baseUrl: string;
  readonly port: number;
  /** Directly usable as `new WechatPayClient(sandbox.clientConfig)`. */
  readonly clientConfig: SandboxClientConfig;
  readonly mchid: string;
  /** An appid bound to the merchant (needed by sendCoupon and the coupon queries). */
  readonly appid: string;
  readonly apiV3Key: string;
  readonly credentials: SandboxCredentials;
  /** Platform-certificate mode's certificates (rotate, switch signing), when enabled. */
  readonly certificates: SandboxPlatformCertificates | undefined;
  /** Redeems a coupon and, if a notify_url is set, pushes the COUPON.USE notification. */
  useCoupon(couponId: string, options?: UseCouponOptions): UseCouponResult;
  /** Sets (or with undefined clears) the sandbox-wide fault mode. */
  setFault(settings: FaultModeSettings | undefined): void;
  /** Moves the sandbox clock forward (negative: backward). */
  advanceClock(ms: number): void;
  countStocks(): number;
  countCoupons(): number;
  /** A stock as queryStock would return it (the generated `Stock` model), or undefined. */
  getStock(stockId: string): Stock | undefined;
  /** A coupon as queryCoupon would return it (the generated `Coupon` model), or undefined. */
  getCoupon(couponId: string): Coupon | undefined;
  deliveries(): readonly DeliveryRecord[];
  /** A deep copy of the whole state (what persistence writes). */
  snapshot(): SandboxState;
  /** Responses that did not match the spec's response schema (with `validateResponses`). */
  readonly selfCheckFailures: readonly string[];
  /**
   * operationIds of the spec with no hand-written business rules: the sandbox answers them with
   * the spec's documented example (see `sandbox/handlers/spec-default.ts`) and logs that it did.
   */
  readonly defaultHandledOperations: readonly string[];
  /** Stops notification retries, closes the server and flushes persistence. */
  close(): Promise<void>;
}

function merchantOverrides(options: SandboxOptions): { mchid?: string; appid?: string } {
  return {
    ...(options.mchid ? { mchid: options.mchid } : {}),
    ...(options.appid ? { appid: options.appid } : {}),
  };
}

/** The one merchant the sandbox knows: requests must be signed with its key and serial. */
function merchantsOf(credentials: SandboxCredentials): Map<string, MerchantIdentity> {
  return new Map([
    [
      credentials.mchid,
      {
        mchid: credentials.mchid,
        serialNo: credentials.merchantSerialNo,
        publicKey: createPublicKey(credentials.merchantPublicKeyPem),
      },
    ],
  ]);
}

function rateLimitSettings(option: SandboxOptions["rateLimits"]): {
  enabled: boolean;
  scale: number;
} {
  if (option === false) return { enabled: false, scale: 1 };
  if (option === undefined || option === true) return { enabled: true, scale: 1 };
  if (!(option.scale > 0)) throw new Error("rateLimits.scale must be a positive number");
  return { enabled: true, scale: option.scale };
}

// Linear wiring, one step per component (the pieces live in start/, state/, handlers/); long because it reads in order.
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const served = loadServedSpec(options.spec);
  const credentials =
    options.credentials ??
    (await loadOrCreateCredentials(options.keysDir, merchantOverrides(options)));
  const clock = new OffsetClock(options.clock ?? systemClock);
  const live = await LiveState.open(options.stateFile);
  const { signer, certificates } = await platformSigning(
    credentials,
    clock,
    options.platformCertificates,
  );
  const faults = new FaultController();
  if (options.fault) faults.setMode(options.fault);
  const dispatcher = createDispatcher(options, signer, clock);
  let baseUrl = "";
  const ctx = handlerContext({
    live,
    clock,
    appid: credentials.appid,
    baseUrl: () => baseUrl,
    allowLoopbackHttpCallbacks: options.allowLoopbackHttpCallbacks ?? true,
  });
  const selfCheckFailures: string[] = [];
  if (options.validateResponses)
    ctx.selfCheckNotification = notificationSelfCheck(served.validators, selfCheckFailures);
  const { pipeline, defaulted } = createPipeline(options, served, {
    ctx,
    merchants: merchantsOf(credentials),
    publicKeyId: credentials.publicKeyId,
    signer,
    certificates,
    faults,
    clock,
    selfCheckFailures,
  });
  const notificationFormat = notificationFormatOf(options);
  const redeem = (couponId: string, useOptions: UseCouponOptions = {}): UseCouponResult =>
    useCoupon(ctx, dispatcher, credentials.apiV3Key, couponId, {
      notificationFormat,
      ...useOptions,
    });
  const server = createSandboxServer({
    pipeline,
    signer,
    maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024,
    log: options.log,
    control: {
      state: () => live.current,
      useCoupon: redeem,
      deliveries: () => dispatcher.deliveries(),
      faults,
      clock,
      reset: () => live.reset(),
    },
  });
  const port = await listen(server, options.port ?? 0);
  baseUrl = `http://${SANDBOX_HOST}:${port}`;
  return sandboxHandle({
    baseUrl,
    port,
    credentials,
    certificates,
    live,
    clock,
    faults,
    dispatcher,
    server,
    useCoupon: redeem,
    selfCheckFailures,
    defaultHandledOperations: defaulted,
  });
}

/** Notification delivery with the options' retry schedule (defaults: every 1 s, 9 attempts, 5 s each). */
function createDispatcher(
  options: SandboxOptions,
  signer: PipelineDeps["signer"],
  clock: Clock,
): NotificationDispatcher {
  return new NotificationDispatcher({
    signer,
    clock,
    retryIntervalMs: options.notifyRetryIntervalMs ?? 1000,
    maxAttempts: options.notifyMaxAttempts ?? 9,
    attemptTimeoutMs: options.notifyTimeoutMs ?? 5000,
  });
}

/** The pipeline over the served spec: operations without hand-written rules answer the spec's example. */
function createPipeline(
  options: SandboxOptions,
  served: ReturnType<typeof loadServedSpec>,
  parts: Pick<
    PipelineDeps,
    | "ctx"
    | "merchants"
    | "publicKeyId"
    | "signer"
    | "certificates"
    | "faults"
    | "clock"
    | "selfCheckFailures"
  >,
): { pipeline: Pipeline; defaulted: readonly string[] } {
  const { handlers, defaulted } = withSpecDefaults(
    served.document,
    served.routes,
    served.validators,
    operationHandlers,
  );
  const pipeline = new Pipeline({
    router: served.router,
    validators: served.validators,
    handlers,
    defaultHandled: new Set(defaulted),
    ...parts,
    rateLimiter: new RateLimiter(parts.clock, rateLimitSettings(options.rateLimits)),
    validateResponses: options.validateResponses ?? false,
    log: options.log,
  });
  return { pipeline, defaulted };
}

function notificationFormatOf(options: SandboxOptions): NotificationFormat {
  const notificationFormat = options.notificationFormat ?? "picky";
  if (!NOTIFICATION_FORMATS.includes(notificationFormat))
    throw new Error(`notificationFormat must be one of ${NOTIFICATION_FORMATS.join(", ")}`);
  return notificationFormat;
}
