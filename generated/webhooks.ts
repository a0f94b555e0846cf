// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: f9043c93eab54d5c920985fd367f863c20369472f9c3e81142b5c7caac3372f9

import type { Notification, NotificationInput, WechatPayClient } from "../runtime/index.js";
import type { CouponUseResource } from "./models.js";

/**
 * 核销事件回调通知 (Coupon-use notification, COUPON.USE)
 *
 * Verifies the WeChat Pay signature over the raw body, then decrypts the resource into a {@link CouponUseResource}. Pass the headers and the body exactly as received.
 */
export function parseCouponUseNotification(
  client: WechatPayClient,
  input: NotificationInput,
): Notification<CouponUseResource> {
  return client.parseNotification<CouponUseResource>(input);
}
