/**
 * Replays keyed by out_request_no (createCouponStock, sendCoupon). The docs promise idempotent
 * re-entry for the same request; they say nothing about a replay with other content, so the
 * sandbox refuses it loudly rather than silently answering with the first result.
 */
import { invalidRequest } from "../errors.js";
import type { IdempotencyRecord } from "../state/store.js";

/** Throws 400 INVALID_REQUEST when `previous` was recorded for different request content. */
export function refuseChangedReplay(
  previous: IdempotencyRecord,
  fingerprint: string,
  outRequestNo: string,
): void {
  if (previous.fingerprint === fingerprint) return;
  throw invalidRequest(
    "out_request_no 已使用，但请求参数与首次请求不一致 (out_request_no reused with different content)",
    {
      field: "/out_request_no",
      value: outRequestNo,
      issue: "already used for a different request",
      location: "body",
    },
  );
}
