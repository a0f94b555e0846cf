// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type {
  NotificationInput,
  WebhookEvent,
  WebhookMeta,
  WechatPayClient,
} from "../runtime/index.js";
import { openWebhookNotification } from "../runtime/index.js";
import type { CouponUseResource } from "./models.js";

/** The COUPON.USE webhook as data: its event types and the spec's envelope and {@link CouponUseResource} schemas (unknown fields tolerated). */
export const couponUseWebhook: WebhookMeta<"COUPON.USE", CouponUseResource> = {
  webhook: "couponUse",
  eventTypes: ["COUPON.USE"],
  envelope: {
    type: "object",
    properties: {
      create_time: { type: "string", maxLength: 32, format: "date-time" },
      event_type: { type: "string", enum: ["COUPON.USE"] },
      id: { type: "string", maxLength: 36 },
      resource: {
        type: "object",
        properties: {
          algorithm: { type: "string", enum: ["AEAD_AES_256_GCM"] },
          associated_data: { type: "string", maxLength: 16 },
          ciphertext: { type: "string", minLength: 1 },
          nonce: { type: "string", minLength: 12, maxLength: 12 },
          original_type: { type: "string", enum: ["coupon"] },
        },
        required: ["algorithm", "ciphertext", "nonce", "original_type"],
        additionalProperties: true,
      },
      resource_type: { type: "string", enum: ["encrypt-resource"] },
      summary: { type: "string", maxLength: 64 },
    },
    required: ["create_time", "event_type", "id", "resource", "resource_type", "summary"],
    additionalProperties: true,
  },
  resource: {
    type: "object",
    properties: {
      available_begin_time: { type: "string", format: "date-time" },
      available_end_time: { type: "string", format: "date-time" },
      business_type: { type: "string", enum: ["MULTIUSE"] },
      consume_information: {
        type: "object",
        properties: {
          consume_amount: { type: "integer" },
          consume_mchid: { type: "string" },
          consume_time: { type: "string", format: "date-time" },
          goods_detail: {
            type: "array",
            items: {
              type: "object",
              properties: {
                discount_amount: { type: "integer" },
                goods_id: { type: "string" },
                price: { type: "integer" },
                quantity: { type: "integer" },
              },
              required: ["discount_amount", "goods_id", "price", "quantity"],
              additionalProperties: true,
            },
          },
          transaction_id: { type: "string" },
        },
        required: ["consume_mchid", "consume_time", "transaction_id"],
        additionalProperties: true,
      },
      coupon_id: { type: "string" },
      coupon_name: { type: "string" },
      coupon_type: { type: "string", enum: ["NORMAL", "CUT_TO"] },
      create_time: { type: "string", format: "date-time" },
      description: { type: "string" },
      discount_to: {
        type: "object",
        properties: { cut_to_price: { type: "integer" }, max_price: { type: "integer" } },
        additionalProperties: true,
      },
      no_cash: { type: "boolean" },
      normal_coupon_information: {
        type: "object",
        properties: {
          coupon_amount: { type: "integer" },
          transaction_minimum: { type: "integer" },
        },
        required: ["coupon_amount", "transaction_minimum"],
        additionalProperties: true,
      },
      singleitem: { type: "boolean" },
      singleitem_discount_off: {
        type: "object",
        properties: { single_price_max: { type: "integer" } },
        additionalProperties: true,
      },
      status: { type: "string", enum: ["SENDED", "USED", "EXPIRED", "RECOVER"] },
      stock_creator_mchid: { type: "string" },
      stock_id: { type: "string" },
    },
    required: [
      "available_begin_time",
      "available_end_time",
      "coupon_id",
      "coupon_name",
      "coupon_type",
      "create_time",
      "description",
      "no_cash",
      "singleitem",
      "status",
      "stock_creator_mchid",
      "stock_id",
    ],
    additionalProperties: true,
  },
};

/**
 * 核销事件回调通知 (Coupon-use notification, COUPON.USE)
 *
 * Verifies the WeChat Pay signature over the raw body, checks the event type (COUPON.USE) and the envelope, decrypts the resource and checks it is a {@link CouponUseResource}. Pass the headers and the body exactly as received. Throws a typed error (SignatureVerificationError, UnexpectedEventTypeError, NotificationSchemaError, …) otherwise.
 */
export function parseCouponUseNotification(
  client: WechatPayClient,
  input: NotificationInput,
): WebhookEvent<"COUPON.USE", CouponUseResource> {
  return openWebhookNotification(client, input, [couponUseWebhook]);
}

/** Every webhook of the spec, for `createNotificationHandler(client, { webhooks: webhookMetas, onEvent })`. */
export const webhookMetas = [couponUseWebhook] as const;
