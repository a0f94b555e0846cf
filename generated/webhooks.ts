// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: 013e1b5dce351f0aa5894f67edc9f786ee53edaacbb23d2805228c20de38677d

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
