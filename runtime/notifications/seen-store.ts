/**
 * "Seen notification ids": WeChat Pay re-sends a notification until it gets a success answer, so
 * the same `id` arrives more than once (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html:
 * handle duplicates idempotently). A store lets the handler process each id once: `claim` before
 * processing, `complete` after it succeeded, `release` after it failed (so the re-send is
 * processed again). An id is never marked done before the merchant's code succeeded.
 */

/**
 * `claimed`: process it now (the caller holds the claim); `done`: already processed, answer
 * success; `busy`: another delivery of the same id is being processed right now.
 */
export type SeenClaim = "claimed" | "done" | "busy";

/**
 * Where processed ids live. Implement it over Redis or a database to share it between instances:
 * `claim` must be atomic (Redis `SET key processing NX PX <lease>`; SQL `INSERT … ON CONFLICT DO
 * NOTHING`), and a claim should expire (the lease) so a crashed process does not block an id forever.
 */
export interface SeenNotificationStore {
  claim(id: string): SeenClaim | Promise<SeenClaim>;
  /** Processing succeeded: answer success to every later delivery of `id`. */
  complete(id: string): void | Promise<void>;
  /** Processing failed: forget the claim so the next delivery is processed again. */
  release(id: string): void | Promise<void>;
}

export interface MemorySeenStoreOptions {
  /**
   * Ids held at most, processed and in progress together (oldest processed ids forgotten first).
   * When every slot is a claim in progress, a new id is answered `busy` (WeChat Pay re-sends it)
   * rather than stored. Default 10 000.
   */
  readonly maxEntries?: number;
  /** How long a processed id is remembered. Default 24 h (WeChat re-sends for about 9 minutes). */
  readonly maxAgeMs?: number;
  /**
   * How long a claim in progress holds its id (the longest the handler may take). Past it the
   * claim is treated as abandoned (a hung or crashed handler) and the next delivery of the id is
   * processed. Default 60 s: WeChat Pay waits 5 s for an answer, so a handler still running a
   * minute later is hung.
   */
  readonly leaseMs?: number;
  /** Clock in epoch ms (default `Date.now`). */
  readonly now?: () => number;
}

/** Default lease of a claim in progress (see `MemorySeenStoreOptions.leaseMs`). */
export const DEFAULT_SEEN_LEASE_MS = 60_000;

/**
 * The default store: one process's memory, bounded by count and age. Enough for a single
 * instance; several instances behind a load balancer need a shared store. Claims in progress and
 * processed ids are kept in two maps in time order, so each expires from its oldest end.
 */
export class MemorySeenNotificationStore implements SeenNotificationStore {
  /** id → claim time of deliveries being processed. */
  readonly #busy = new Map<string, number>();
  /** id → completion time of processed ids. */
  readonly #done = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #maxAgeMs: number;
  readonly #leaseMs: number;
  readonly #now: () => number;

  constructor(options: MemorySeenStoreOptions = {}) {
    this.#maxEntries = positive(options.maxEntries, 10_000, "maxEntries");
    this.#maxAgeMs = positive(options.maxAgeMs, 24 * 3600_000, "maxAgeMs");
    this.#leaseMs = positive(options.leaseMs, DEFAULT_SEEN_LEASE_MS, "leaseMs");
    this.#now = options.now ?? Date.now;
  }

  claim(id: string): SeenClaim {
    const now = this.#now();
    expireOlderThan(this.#done, now - this.#maxAgeMs);
    expireOlderThan(this.#busy, now - this.#leaseMs);
    if (this.#done.has(id)) return "done";
    if (this.#busy.has(id)) return "busy";
    this.#makeRoom(1);
    // Full of claims in progress: not stored, so answered like one (re-sent later).
    if (this.size >= this.#maxEntries) return "busy";
    this.#busy.set(id, now);
    return "claimed";
  }

  complete(id: string): void {
    this.#busy.delete(id);
    // Re-inserted so the map stays in time order (expiry scans from the oldest).
    this.#done.delete(id);
    this.#makeRoom(1);
    this.#done.set(id, this.#now());
  }

  release(id: string): void {
    this.#busy.delete(id);
  }

  /** Ids currently held (processed or being processed); never above `maxEntries`. */
  get size(): number {
    return this.#busy.size + this.#done.size;
  }

  /** Forgets the oldest processed ids until `count` more entries fit. */
  #makeRoom(count: number): void {
    for (const id of this.#done.keys()) {
      if (this.size + count <= this.#maxEntries) return;
      this.#done.delete(id);
    }
  }
}

/** Deletes entries stamped before `cutoff`, from the oldest until the first younger one. */
function expireOlderThan(entries: Map<string, number>, cutoff: number): void {
  for (const [id, at] of entries) {
    if (at >= cutoff) return;
    entries.delete(id);
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0))
    throw new RangeError(`MemorySeenNotificationStore ${name} must be a positive number`);
  return value;
}
