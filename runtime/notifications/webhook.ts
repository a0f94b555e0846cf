/**
 * Typed notifications: the generated `WebhookMeta` of each spec webhook (event types, envelope and
 * resource validation as data, like `OperationMeta` for operations) drives the dispatch, so a
 * validly signed notification of another event type or shape is a typed error, never data typed as
 * a coupon use.
 */
import type { WechatPayClient } from "../client.js";
import { NotificationSchemaError, UnexpectedEventTypeError } from "../errors.js";
import type { Notification, NotificationInput } from "../notification.js";
import { assertNotificationInput } from "../notification.js";
import type { ValidationSchema } from "../operation.js";
import { validate } from "../validate.js";

/**
 * One webhook of the spec, as the generator emits it (`couponUseWebhook` in generated/webhooks.ts).
 * `E` is the event type union and `R` the TypeScript type of the decrypted resource.
 */
export interface WebhookMeta<E extends string = string, R = unknown> {
  /** The spec's webhook name, e.g. `couponUse`. */
  readonly webhook: string;
  /** The `event_type` values this webhook is delivered with, e.g. `["COUPON.USE"]`. */
  readonly eventTypes: readonly E[];
  /** The envelope schema (unknown fields tolerated: WeChat may add some). */
  readonly envelope: ValidationSchema;
  /** The decrypted resource's schema (unknown fields tolerated). */
  readonly resource: ValidationSchema;
  /** Type-level only: the resource type. Never present at run time. */
  readonly "~resource"?: R;
}

/** A verified, decrypted notification whose resource matched its webhook's schema. */
export interface WebhookEvent<E extends string, R> extends Notification<R> {
  readonly event_type: E;
  /** The spec's webhook name, e.g. `couponUse`. */
  readonly webhook: string;
}

/** The union of typed events a list of webhooks can deliver (discriminated by `event_type`). */
export type WebhookEventOf<W extends readonly WebhookMeta<string, unknown>[]> = {
  [I in keyof W]: W[I] extends WebhookMeta<infer E, infer R> ? WebhookEvent<E, R> : never;
}[number];

/**
 * Verifies the signature over the raw body, checks `event_type` against `webhooks` and the envelope
 * against the spec (before decrypting), decrypts, then checks the resource against the spec.
 * Throws NotificationInputError, SignatureVerificationError, UnexpectedEventTypeError,
 * NotificationSchemaError or another NotificationError; nothing else escapes.
 */
export function openWebhookNotification<const W extends readonly WebhookMeta<string, unknown>[]>(
  client: WechatPayClient,
  input: NotificationInput,
  webhooks: W,
): WebhookEventOf<W> {
  assertNotificationInput(input);
  let meta: WebhookMeta<string, unknown> | undefined;
  let eventType = "";
  const notification = client.parseNotification<unknown>(input, {
    beforeDecrypt(envelope) {
      const type = envelope["event_type"];
      eventType = typeof type === "string" ? type : "";
      meta = webhooks.find((w) => w.eventTypes.includes(eventType));
      if (meta === undefined)
        throw new UnexpectedEventTypeError(
          typeof type === "string" ? type : `(${type === null ? "null" : typeof type})`,
          webhooks.flatMap((w) => w.eventTypes),
        );
      const issues = validate(meta.envelope, envelope);
      if (issues.length > 0) throw new NotificationSchemaError("envelope", eventType, issues);
    },
  });
  // beforeDecrypt ran (parseNotification only decrypts after it), so meta is set.
  const matched = meta as WebhookMeta<string, unknown>;
  const issues = validate(matched.resource, notification.resource);
  if (issues.length > 0) throw new NotificationSchemaError("resource", eventType, issues);
  return { ...notification, webhook: matched.webhook } as WebhookEventOf<W>;
}
