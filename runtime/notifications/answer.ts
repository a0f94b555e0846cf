/**
 * The HTTP answers WeChat Pay expects from a notify_url
 * (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html, also
 * https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_1_15.shtml): success is HTTP 200 or 204
 * with no body needed; anything else is a failure, answered 4xx/5xx with `{"code":"FAIL",
 * "message":"…"}`, and WeChat Pay re-sends the notification (once a minute, 9 times in total).
 * The spec's couponUse webhook documents 400 for verification/decryption failures and 500 for
 * merchant-side failures; these answers follow it. A body over the adapter's `maxBytes` is answered
 * 413 and one that does not arrive within `bodyTimeoutMs` 408, by all four adapters, both with
 * `Connection: close` (the rest of the body is not read).
 */
import { NotificationError, SignatureVerificationError } from "../errors.js";

/** What to send back: status, headers and body (an empty string for no body). */
export interface NotificationAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Success: 204 without a body (the documented "200 or 204, no body needed"). */
export const NOTIFICATION_SUCCESS: NotificationAnswer = Object.freeze({
  status: 204,
  headers: Object.freeze({}),
  body: "",
});

/** A failure answer with the documented `{code: "FAIL", message}` body, so WeChat Pay re-sends. */
export function notificationFailure(
  status: 400 | 408 | 413 | 500,
  message: string,
): NotificationAnswer {
  const body = JSON.stringify({ code: "FAIL", message });
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
  };
  // The rest of an oversized or stalled body is never read: closing the connection after the
  // answer is what stops the sender (node:http would otherwise drain it to keep the socket).
  if (status === 408 || status === 413) headers["Connection"] = "close";
  return { status, headers, body };
}

/**
 * The failure answer for an error: a notification that could not be verified, opened or matched
 * (forged, tampered, stale, probe, foreign event type, wrong shape) is 400; anything else (the
 * merchant's own processing, the seen-ids store, a mounting mistake) is 500. The message names
 * the reason only, never key material or the resource.
 */
export function answerForError(error: unknown): NotificationAnswer {
  if (error instanceof SignatureVerificationError)
    return notificationFailure(400, `验签失败 signature verification failed (${error.reason})`);
  if (error instanceof NotificationError) {
    if (error.reason === "body_too_large")
      return notificationFailure(413, `请求体过大 notification body too large (${error.reason})`);
    if (error.reason === "body_timeout")
      return notificationFailure(408, `请求超时 notification body too slow (${error.reason})`);
    if (error.reason === "raw_body_unavailable" || error.reason === "missing_api_v3_key")
      return notificationFailure(500, `系统错误 receiver misconfigured (${error.reason})`);
    return notificationFailure(400, `通知无效 notification refused (${error.reason})`);
  }
  return notificationFailure(500, "处理失败 processing failed, please retry");
}
