/**
 * The options every adapter takes, so the four report outcomes and bound bodies the same way.
 */
import type { NotificationOutcome } from "../handler.js";
import type { WebhookMeta } from "../webhook.js";
import type { BodyLimits } from "./raw-body.js";

export interface NotificationAdapterOptions<
  W extends readonly WebhookMeta<string, unknown>[] = readonly WebhookMeta<string, unknown>[],
> extends BodyLimits {
  /**
   * Told the outcome of every delivery (`processed`, `duplicate`, `busy`, `rejected`, `failed`)
   * once its answer was handed to the framework, e.g. to log duplicates. A throwing hook changes
   * nothing WeChat Pay gets.
   */
  readonly onOutcome?: (outcome: NotificationOutcome<W>) => void;
}

/** Calls `onOutcome`, keeping its failures away from the answer. */
export function reportOutcome<W extends readonly WebhookMeta<string, unknown>[]>(
  options: NotificationAdapterOptions<W>,
  outcome: NotificationOutcome<W>,
): void {
  try {
    options.onOutcome?.(outcome);
  } catch {
    // A logging hook must not turn an answered delivery into an unhandled rejection.
  }
}
