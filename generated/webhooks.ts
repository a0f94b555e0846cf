// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: d5cf45fa40180266420d3470835d43bc00aaa1ab8a947810b3091c0cc01dbd45

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
