/**
 * Builds the COUPON.USE notification (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html): the coupon as plaintext JSON,
 * encrypted with AEAD_AES_256_GCM under the APIv3 key (AAD "coupon", random 12-character
 * nonce), wrapped in the documented envelope.
 */
import { randomUUID } from "node:crypto";
import { NOTIFICATION_ALGORITHM } from "../../runtime/index.js";
import { encryptResource } from "../../runtime/protocol.js";
import { formatChinaTime, type Clock } from "../clock.js";
import { randomAlnum } from "../ids.js";
import { couponView } from "../domain/coupon-view.js";
import type { CouponRecord, StockRecord } from "../state/store.js";

export const COUPON_USE_EVENT = "COUPON.USE";
const ASSOCIATED_DATA = "coupon";

export interface CouponUseEnvelope {
  id: string;
  create_time: string;
  event_type: string;
  resource_type: "encrypt-resource";
  summary: string;
  resource: {
    original_type: "coupon";
    algorithm: string;
    ciphertext: string;
    nonce: string;
    associated_data: string;
  };
}

/** Plaintext of the resource: like the query API's Coupon (the callback names differ only for 减至 coupons, which the sandbox never makes). */
export function couponUsePlaintext(
  coupon: CouponRecord,
  stock: StockRecord,
  clock: Clock,
): Record<string, unknown> {
  return couponView(coupon, stock, clock);
}

export function buildCouponUseNotification(
  coupon: CouponRecord,
  stock: StockRecord,
  clock: Clock,
  apiV3Key: string,
): { envelope: CouponUseEnvelope; plaintext: Record<string, unknown> } {
  const nonce = randomAlnum(12);
  const resource = couponUsePlaintext(coupon, stock, clock);
  const plaintext = JSON.stringify(resource);
  // Members in the order of the official example (see picky-json.ts).
  const envelope: CouponUseEnvelope = {
    id: randomUUID(),
    create_time: formatChinaTime(clock.now()),
    resource_type: "encrypt-resource",
    event_type: COUPON_USE_EVENT,
    summary: "用券成功",
    resource: {
      original_type: "coupon",
      algorithm: NOTIFICATION_ALGORITHM,
      ciphertext: encryptResource(apiV3Key, plaintext, nonce, ASSOCIATED_DATA),
      associated_data: ASSOCIATED_DATA,
      nonce,
    },
  };
  return { envelope, plaintext: resource };
}
