/**
 * Delivers notifications to the merchant's notify_url the way WeChat does for COUPON.USE:
 * signed POST, success = any 2xx within 5 s, otherwise retried at a fixed interval, 9 attempts
 * in total (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html: once a
 * minute; the sandbox's interval is configurable so tests compress the schedule). Every attempt
 * is recorded with its status and the start of the answer.
 */
import { formatChinaTime, type Clock } from "../clock.js";
import type { PostFault } from "../faults.js";
import { randomRequestId } from "../ids.js";
import { signatureHeaders, tamper, type PlatformSigner } from "../http/respond.js";

export interface DeliveryAttempt {
  time: string;
  /** HTTP status, when the receiver answered. */
  status?: number;
  /** Start of the receiver's answer body (e.g. its `{"code":"FAIL","message":…}`), when not empty. */
  answer?: string;
  /** Network error or timeout, when it did not. */
  error?: string;
}

export interface DeliveryRecord {
  notification_id: string;
  event_type: string;
  notify_url: string;
  coupon_id: string;
  attempts: DeliveryAttempt[];
  delivered: boolean;
  /** True once delivered or out of attempts (or the sandbox closed). */
  finished: boolean;
}

export interface DispatcherOptions {
  signer: PlatformSigner;
  clock: Clock;
  /** Pause between attempts. Real WeChat: 60 000 ms. */
  retryIntervalMs: number;
  /** Attempts in total. Real WeChat: 9. */
  maxAttempts: number;
  /** The receiver must answer within this time. Real WeChat: 5 000 ms. */
  attemptTimeoutMs: number;
}

export interface DispatchRequest {
  notificationId: string;
  eventType: string;
  notifyUrl: string;
  couponId: string;
  body: string;
  /** A signature fault for the first attempt only (WeChat's SIGNTEST probe is re-sent validly). */
  firstAttemptFault?: DeliveryFault;
  /**
   * Deliver the same notification this many more times after it was acknowledged (freshly signed,
   * same id and body), as WeChat Pay does when an answer got lost: duplicates to de-duplicate.
   */
  repeats?: number;
}

/**
 * A fault of one delivery attempt: a signature fault, or `reserialize` (sign the body as written,
 * send `JSON.stringify(JSON.parse(body))`: what a proxy or middleware that re-serializes does).
 */
export type DeliveryFault = PostFault | { kind: "reserialize" };

/** Answer text kept per attempt. */
const ANSWER_LIMIT = 256;

/** Delivery log entries kept for the control API. */
const MAX_LOG = 1000;

export class NotificationDispatcher {
  private readonly log: DeliveryRecord[] = [];
  private readonly timers = new Map<NodeJS.Timeout, () => void>();
  private readonly controllers = new Set<AbortController>();
  private closed = false;

  constructor(private readonly options: DispatcherOptions) {}

  dispatch(request: DispatchRequest): { record: DeliveryRecord; done: Promise<DeliveryRecord> } {
    const record: DeliveryRecord = {
      notification_id: request.notificationId,
      event_type: request.eventType,
      notify_url: request.notifyUrl,
      coupon_id: request.couponId,
      attempts: [],
      delivered: false,
      finished: false,
    };
    this.log.push(record);
    if (this.log.length > MAX_LOG) this.log.shift();
    return { record, done: this.run(record, request) };
  }

  deliveries(): readonly DeliveryRecord[] {
    return this.log;
  }

  private async run(record: DeliveryRecord, request: DispatchRequest): Promise<DeliveryRecord> {
    let repeatsLeft = Math.min(10, Math.max(0, Math.floor(request.repeats ?? 0)));
    for (let attempt = 1; attempt <= this.options.maxAttempts && !this.closed; attempt++) {
      if (attempt > 1) await this.wait(this.options.retryIntervalMs);
      if (this.closed) break;
      const fault = attempt === 1 ? request.firstAttemptFault : undefined;
      const result = await this.attempt(request, fault);
      record.attempts.push(result);
      if (result.status !== undefined && result.status >= 200 && result.status < 300) {
        record.delivered = true;
        if (repeatsLeft === 0) break;
        repeatsLeft -= 1;
        attempt -= 1; // a repeat is not a retry: it does not use up the attempts
      }
    }
    record.finished = true;
    return record;
  }

  private async attempt(
    request: DispatchRequest,
    fault: DeliveryFault | undefined,
  ): Promise<DeliveryAttempt> {
    const time = formatChinaTime(this.options.clock.now());
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "Request-ID": randomRequestId(),
      "User-Agent": "wechatpay-favor-sandbox",
    };
    const signFault = fault?.kind === "reserialize" ? undefined : fault;
    if (signFault?.kind !== "unsigned")
      Object.assign(headers, signatureHeaders(this.options.signer, request.body, signFault));
    const body =
      fault?.kind === "tamper-body"
        ? tamper(request.body)
        : fault?.kind === "reserialize"
          ? JSON.stringify(JSON.parse(request.body))
          : request.body;
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = setTimeout(() => controller.abort(), this.options.attemptTimeoutMs);
    try {
      const response = await fetch(request.notifyUrl, {
        method: "POST",
        headers,
        body,
        signal: controller.signal,
        redirect: "manual",
      });
      const answer = await response.text().catch(() => "");
      return answer === ""
        ? { time, status: response.status }
        : { time, status: response.status, answer: answer.slice(0, ANSWER_LIMIT) };
    } catch (error) {
      return {
        time,
        error: controller.signal.aborted
          ? `no answer within ${this.options.attemptTimeoutMs} ms`
          : (error as Error).message,
      };
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.set(timer, resolve);
    });
  }

  /** Stops retrying: pending waits end at once, attempts in flight are aborted. */
  close(): void {
    this.closed = true;
    for (const [timer, resolve] of this.timers) {
      clearTimeout(timer);
      resolve(); // wake run(), which then sees `closed` and finishes
    }
    this.timers.clear();
    for (const controller of this.controllers) controller.abort();
  }
}
