/**
 * Delivers notifications to the merchant's notify_url the way WeChat does for COUPON.USE:
 * signed POST, success = any 2xx within 5 s, otherwise retried at a fixed interval, 9 attempts
 * in total (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html; the real interval is 1 minute, the sandbox's is configurable).
 */
import { formatChinaTime, type Clock } from "../clock.js";
import type { PostFault } from "../faults.js";
import { randomRequestId } from "../ids.js";
import { signatureHeaders, tamper, type PlatformSigner } from "../http/respond.js";

export interface DeliveryAttempt {
  time: string;
  /** HTTP status, when the receiver answered. */
  status?: number;
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
  firstAttemptFault?: PostFault;
}

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
    for (let attempt = 1; attempt <= this.options.maxAttempts && !this.closed; attempt++) {
      if (attempt > 1) await this.wait(this.options.retryIntervalMs);
      if (this.closed) break;
      const fault = attempt === 1 ? request.firstAttemptFault : undefined;
      const result = await this.attempt(request, fault);
      record.attempts.push(result);
      if (result.status !== undefined && result.status >= 200 && result.status < 300) {
        record.delivered = true;
        break;
      }
    }
    record.finished = true;
    return record;
  }

  private async attempt(
    request: DispatchRequest,
    fault: PostFault | undefined,
  ): Promise<DeliveryAttempt> {
    const time = formatChinaTime(this.options.clock.now());
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "Request-ID": randomRequestId(),
      "User-Agent": "wechatpay-favor-sandbox",
    };
    if (fault?.kind !== "unsigned")
      Object.assign(headers, signatureHeaders(this.options.signer, request.body, fault));
    const body = fault?.kind === "tamper-body" ? tamper(request.body) : request.body;
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
      await response.arrayBuffer().catch(() => undefined);
      return { time, status: response.status };
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
