/**
 * The sandbox's in-memory state. Plain JSON-compatible data only, so the whole store can be
 * persisted to a file and reloaded without a mapping layer.
 */

export type StockStatus = "unactivated" | "audit" | "running" | "stoped" | "paused";
export type CouponStatus = "SENDED" | "USED" | "EXPIRED";

/** A JSON value as received in a request body. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface StockRecord {
  stock_id: string;
  creator_mchid: string;
  /** The create request body exactly as accepted (parsed); the source of every rule field. */
  request: JsonObject;
  /** Canonical JSON of the create body: a replay with other content is rejected. */
  fingerprint: string;
  status: StockStatus;
  create_time: string;
  start_time?: string;
  pause_time?: string;
  restart_time?: string;
  stop_time?: string;
  distributed_coupons: number;
  /** Coupons sent per China calendar day (YYYY-MM-DD), for max_amount_by_day. */
  distributed_by_day: Record<string, number>;
  /** Coupons received per openid, for max_coupons_per_user without scanning every coupon. */
  received_by_user?: Record<string, number>;
}

export interface ConsumeInformation {
  consume_time: string;
  consume_mchid: string;
  transaction_id: string;
}

export interface CouponRecord {
  coupon_id: string;
  stock_id: string;
  openid: string;
  appid: string;
  /** Merchant that sent the coupon (the caller of sendCoupon). */
  sender_mchid: string;
  create_time: string;
  status: "SENDED" | "USED";
  consume_information?: ConsumeInformation;
}

export interface IdempotencyRecord {
  /** stock_id or coupon_id the first request produced. */
  result_id: string;
  fingerprint: string;
}

export interface CallbackRecord {
  mchid: string;
  notify_url: string;
  switch?: boolean;
  update_time: string;
}

export interface MediaRecord {
  media_id: string;
  filename: string;
  sha256: string;
  /** Base64 of the image bytes, served back at the media URL. */
  content_base64: string;
}

export interface SandboxState {
  version: 1;
  next_stock_seq: number;
  next_coupon_seq: number;
  stocks: Record<string, StockRecord>;
  coupons: Record<string, CouponRecord>;
  /** key `${mchid}|${out_request_no}` → created stock. */
  create_requests: Record<string, IdempotencyRecord>;
  /** key `${mchid}|${stock_id}|${out_request_no}` → sent coupon. */
  send_requests: Record<string, IdempotencyRecord>;
  callbacks: Record<string, CallbackRecord>;
  media: Record<string, MediaRecord>;
}

export function emptyState(): SandboxState {
  return {
    version: 1,
    next_stock_seq: 1,
    next_coupon_seq: 1,
    stocks: {},
    coupons: {},
    create_requests: {},
    send_requests: {},
    callbacks: {},
    media: {},
  };
}

/**
 * Reads a record entry by a caller-supplied key. Plain `record[key]` would find inherited
 * members for keys like "__proto__" or "constructor" (an openid or stock_id is free text).
 */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Writes a record entry by a caller-supplied key as an own property, even for "__proto__". */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
