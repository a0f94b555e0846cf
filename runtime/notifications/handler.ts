/**
 * The framework-neutral notification handler: headers + raw body in, a typed outcome and the HTTP
 * answer WeChat Pay expects out. Adapters (node.ts, express.ts, fastify.ts, fetch.ts) only move
 * bytes between a framework and `handle()`.
 *
 * Each notification id is processed once: a delivery is claimed in the seen-ids store, the
 * merchant's `onEvent` runs, and only when it resolved is the id marked done. A repeat of a done id
 * is answered success without calling `onEvent`; a repeat arriving while the first is still being
 * processed is answered with a failure (WeChat Pay re-sends it later, by when it is done); when
 * `onEvent` throws, the claim is released and the failure answer makes WeChat Pay re-send.
 */
import type { WechatPayClient } from "../client.js";
import { ConfigurationError } from "../errors.js";
import type { NotificationInput } from "../notification.js";
import {
  answerForError,
  notificationFailure,
  NOTIFICATION_SUCCESS,
  type NotificationAnswer,
} from "./answer.js";
import { MemorySeenNotificationStore, type SeenNotificationStore } from "./seen-store.js";
import { openWebhookNotification, type WebhookEventOf, type WebhookMeta } from "./webhook.js";

export interface NotificationHandlerOptions<W extends readonly WebhookMeta<string, unknown>[]> {
  /** The webhooks this endpoint accepts: `webhookMetas` (every webhook of the spec) or a subset. */
  readonly webhooks: W;
  /**
   * Your processing. Resolve when the event is safely recorded (keep it under WeChat Pay's 5 s
   * answer deadline: store it or queue it, then return); throw to have WeChat Pay re-send it.
   */
  readonly onEvent: (event: WebhookEventOf<W>) => void | Promise<void>;
  /**
   * Processed ids. Default: a `MemorySeenNotificationStore` of this handler (10 000 ids, 24 h, claims
   * in progress leased for 60 s).
   * Share one store (Redis, a database) between instances; `false` turns de-duplication off.
   */
  readonly seen?: SeenNotificationStore | false;
  /** The de-duplication key of an event. Default: the notification `id`. */
  readonly dedupeKey?: (event: WebhookEventOf<W>) => string;
  /**
   * Told about every delivery that was not processed successfully (refused, failed, or a
   * misconfiguration), for logging. Never given key material.
   */
  readonly onError?: (error: unknown, outcome: NotificationOutcome<W>) => void;
}

/** What happened to one delivery, with the answer to send. */
export type NotificationOutcome<W extends readonly WebhookMeta<string, unknown>[]> =
  /** Verified, typed, and `onEvent` resolved. Answer: success. */
  | {
      readonly kind: "processed";
      readonly event: WebhookEventOf<W>;
      readonly answer: NotificationAnswer;
    }
  /** Already processed (a re-send). `onEvent` was not called again. Answer: success. */
  | {
      readonly kind: "duplicate";
      readonly event: WebhookEventOf<W>;
      readonly answer: NotificationAnswer;
    }
  /** The same id is being processed by another delivery right now. Answer: 500, re-sent later. */
  | {
      readonly kind: "busy";
      readonly event: WebhookEventOf<W>;
      readonly answer: NotificationAnswer;
    }
  /**
   * Not accepted: bad input, forged/tampered/stale signature, probe, foreign event type, wrong
   * shape, or the body was not available raw. Answer: 400 (500 for a misconfiguration).
   */
  | { readonly kind: "rejected"; readonly error: unknown; readonly answer: NotificationAnswer }
  /** Genuine, but `onEvent` or the seen-ids store threw. Answer: 500, WeChat Pay re-sends. */
  | {
      readonly kind: "failed";
      readonly event: WebhookEventOf<W>;
      readonly error: unknown;
      readonly answer: NotificationAnswer;
    };

export interface NotificationHandler<W extends readonly WebhookMeta<string, unknown>[]> {
  /** Handles one delivery. Never throws: every failure is an outcome with its answer. */
  handle(input: NotificationInput): Promise<NotificationOutcome<W>>;
  /** Reports an outcome that did not come from `handle` (e.g. an adapter's mounting error). */
  reject(error: unknown): NotificationOutcome<W>;
}

/** Builds the handler behind a notify_url. See the README recipe for your framework. */
export function createNotificationHandler<const W extends readonly WebhookMeta<string, unknown>[]>(
  client: WechatPayClient,
  options: NotificationHandlerOptions<W>,
): NotificationHandler<W> {
  // Without the key every delivery would be answered 500; say so now, not at the first one.
  if (!client.decryptsNotifications)
    throw new ConfigurationError(
      "apiV3Key",
      "is required to receive notifications: pass apiV3Key (your 32-character APIv3 key) to new WechatPayClient()",
    );
  const seen =
    options.seen === false ? undefined : (options.seen ?? new MemorySeenNotificationStore());
  const keyOf = options.dedupeKey ?? ((event: WebhookEventOf<W>) => event.id);
  const report = (error: unknown, outcome: NotificationOutcome<W>): NotificationOutcome<W> => {
    try {
      options.onError?.(error, outcome);
    } catch {
      // A throwing logger must not change the answer WeChat Pay gets.
    }
    return outcome;
  };
  const reject = (error: unknown): NotificationOutcome<W> =>
    report(error, { kind: "rejected", error, answer: answerForError(error) });

  return {
    reject,
    async handle(input) {
      let event: WebhookEventOf<W>;
      try {
        await client.prepareNotificationKeys(input); // platform certificates: fetch a new serial first
        event = openWebhookNotification(client, input, options.webhooks);
      } catch (error) {
        return reject(error);
      }
      const fail = (error: unknown): NotificationOutcome<W> =>
        report(error, { kind: "failed", event, error, answer: answerForError(error) });
      // Called on options, so an onEvent written as a method keeps its `this`.
      const onEvent = (e: WebhookEventOf<W>) => options.onEvent(e);
      const delivery: Delivery<W> = { event, onEvent, fail, report };
      return seen === undefined ? processEvent(delivery) : processOnce(delivery, seen, keyOf);
    },
  };
}

/** One verified delivery and how its outcome is reported. */
interface Delivery<W extends readonly WebhookMeta<string, unknown>[]> {
  readonly event: WebhookEventOf<W>;
  readonly onEvent: NotificationHandlerOptions<W>["onEvent"];
  /** Reports a failed outcome (answer 500: WeChat Pay re-sends). */
  readonly fail: (error: unknown) => NotificationOutcome<W>;
  readonly report: (error: unknown, outcome: NotificationOutcome<W>) => NotificationOutcome<W>;
}

/** Without de-duplication: `onEvent` runs for every delivery. */
async function processEvent<W extends readonly WebhookMeta<string, unknown>[]>(
  delivery: Delivery<W>,
): Promise<NotificationOutcome<W>> {
  const { event } = delivery;
  try {
    await delivery.onEvent(event);
  } catch (error) {
    return delivery.fail(error);
  }
  return { kind: "processed", event, answer: NOTIFICATION_SUCCESS };
}

/** Claim the id, run `onEvent`, then mark it done (or release the claim when `onEvent` threw). */
async function processOnce<W extends readonly WebhookMeta<string, unknown>[]>(
  delivery: Delivery<W>,
  seen: SeenNotificationStore,
  keyOf: (event: WebhookEventOf<W>) => string,
): Promise<NotificationOutcome<W>> {
  const { event } = delivery;
  let key: string;
  let claim: Awaited<ReturnType<SeenNotificationStore["claim"]>>;
  try {
    key = keyOf(event);
    claim = await seen.claim(key);
  } catch (error) {
    return delivery.fail(error);
  }
  if (claim === "done") return { kind: "duplicate", event, answer: NOTIFICATION_SUCCESS };
  if (claim === "busy") {
    const answer = notificationFailure(500, "处理中 still processing an earlier delivery");
    return { kind: "busy", event, answer };
  }
  try {
    await delivery.onEvent(event);
  } catch (error) {
    try {
      await seen.release(key);
    } catch {
      // The processing error is the one to report; a stuck claim expires with its lease.
    }
    return delivery.fail(error);
  }
  try {
    await seen.complete(key);
  } catch (error) {
    // Processed: answer success (a re-send would be processed again, not lost).
    return delivery.report(error, { kind: "processed", event, answer: NOTIFICATION_SUCCESS });
  }
  return { kind: "processed", event, answer: NOTIFICATION_SUCCESS };
}
