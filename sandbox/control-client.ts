/**
 * Typed helpers for the sandbox's control endpoints (`/sandbox/v1/…`, control.ts), for a service's
 * tests that talk to a sandbox running in another process (`npx wechatpay-favor-sandbox`) where
 * `sandbox.useCoupon()` and friends are out of reach. Plain `fetch`, no signing (the endpoints
 * are unsigned and loopback-only); a non-2xx answer throws SandboxControlError with the
 * sandbox's code and message.
 *
 *   const control = sandboxControl(config.baseUrl);
 *   await control.useCoupon(couponId, { order_amount: 2500 });
 */
import type { Coupon } from "../generated/models.js";
import type { FaultModeSettings } from "./faults.js";
import type { DeliveryRecord } from "./notifications/dispatcher.js";
import type { NotificationFormat } from "./notifications/picky-json.js";

/** Body of `POST /sandbox/v1/coupons/{coupon_id}/use`; every field is optional. */
export interface UseCouponRequest {
  /** Collecting merchant (default: the stock's first available merchant); must be one of them. */
  readonly consume_mchid?: string;
  /** Order amount in fen; refused below the coupon's transaction_minimum. */
  readonly order_amount?: number;
  /** Payment kind (MICROAPP, APPPAY, …); refused when the stock's trade_type excludes it. */
  readonly trade_type?: string;
  /** The order's goods tags; one must be in the stock's goods_tag when it lists any. */
  readonly goods_tag?: readonly string[];
  /** WeChat Pay transaction id (default: random). */
  readonly transaction_id?: string;
  /** Fault of the first delivery attempt: tamper-body, stale-timestamp, signtest, wrong-serial, unsigned or reserialize. */
  readonly notification_fault?: string;
  /** "picky" (default) or "compact". */
  readonly notification_format?: NotificationFormat;
  /** Send this event_type instead of COUPON.USE (validly signed): a handler must refuse it. */
  readonly notification_event_type?: string;
  /** Re-deliver the acknowledged notification this many more times (0–10; duplicates). */
  readonly notification_repeats?: number;
}

export interface UseCouponAnswer {
  /** The coupon as queryCoupon now answers it (status USED). */
  readonly coupon: Coupon;
  /** null when the stock's creator has no notify_url (setCallback). */
  readonly notification: { readonly id: string; readonly notify_url: string } | null;
}

export interface SandboxControl {
  /** `GET health`: the sandbox is up; `now` is its clock (RFC 3339, +08:00). */
  health(): Promise<{ readonly status: "ok"; readonly now: string }>;
  /** `GET state`: counts of what the sandbox holds. */
  state(): Promise<{
    readonly stocks: number;
    readonly coupons: number;
    readonly callbacks: number;
    readonly media: number;
  }>;
  /** `POST reset`: empties the state (keys and clock stay). */
  reset(): Promise<void>;
  /** `POST coupons/{id}/use`: redeems the coupon (use conditions checked) and notifies. */
  useCoupon(couponId: string, request?: UseCouponRequest): Promise<UseCouponAnswer>;
  /** `GET notifications`: every delivery and its attempts. */
  notifications(): Promise<readonly DeliveryRecord[]>;
  /** `PUT faults`: a sandbox-wide fault mode (e.g. `{ mode: "500-once" }`). */
  setFault(settings: FaultModeSettings): Promise<void>;
  /** `DELETE faults`: back to normal answers. */
  clearFault(): Promise<void>;
  /** `POST clock`: moves the sandbox clock; resolves to its new time (RFC 3339, +08:00). */
  advanceClock(seconds: number): Promise<string>;
}

/** A control endpoint answered with an error (its HTTP status, the sandbox's code and message). */
export class SandboxControlError extends Error {
  override readonly name = "SandboxControlError";

  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    endpoint: string,
  ) {
    super(`sandbox control ${endpoint} answered ${status} ${code}: ${detail}`);
  }
}

/** Helpers for the control endpoints of the sandbox at `baseUrl` (e.g. `sandbox.baseUrl`). */
export function sandboxControl(baseUrl: string): SandboxControl {
  const call = controlCaller(baseUrl);
  return {
    health: () => call("GET", "health"),
    state: () => call("GET", "state"),
    reset: async () => void (await call("POST", "reset", {})),
    useCoupon: (couponId, request = {}) =>
      call("POST", `coupons/${encodeURIComponent(couponId)}/use`, request),
    notifications: async () =>
      (await call<{ data: readonly DeliveryRecord[] }>("GET", "notifications")).data,
    setFault: async (settings) => void (await call("PUT", "faults", settings)),
    clearFault: async () => void (await call("DELETE", "faults", {})),
    advanceClock: async (seconds) =>
      (await call<{ now: string }>("POST", "clock", { advance_seconds: seconds })).now,
  };
}

type ControlCaller = <T>(method: string, path: string, body?: object) => Promise<T>;

function controlCaller(baseUrl: string): ControlCaller {
  const root = `${baseUrl.replace(/\/+$/, "")}/sandbox/v1/`;
  return async <T>(method: string, path: string, body?: object): Promise<T> => {
    const response = await fetch(`${root}${path}`, {
      method,
      // The control guard wants JSON on every request that changes something.
      ...(body === undefined
        ? {}
        : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const parsed = parseAnswer(await response.text());
    if (!response.ok)
      throw new SandboxControlError(
        response.status,
        String(parsed["code"] ?? ""),
        String(parsed["message"] ?? ""),
        `${method} ${path}`,
      );
    return parsed as T;
  };
}

/** The JSON answer; anything else (a proxy's page) is kept as the message of the error. */
function parseAnswer(text: string): Record<string, unknown> {
  try {
    const value: unknown = text === "" ? {} : JSON.parse(text);
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return { message: text.slice(0, 200) };
  }
}
