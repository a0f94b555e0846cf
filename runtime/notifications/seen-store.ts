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
  /** Ids remembered at most (oldest forgotten first). Default 10 000. */
  readonly maxEntries?: number;
  /** How long a processed id is remembered. Default 24 h (WeChat re-sends for about 9 minutes). */
  readonly maxAgeMs?: number;
  /** Clock in epoch ms (default `Date.now`). */
  readonly now?: () => number;
}

interface Entry {
  state: "busy" | "done";
  at: number;
}

/**
 * The default store: one process's memory, bounded by count and age. Enough for a single
 * instance; several instances behind a load balancer need a shared store.
 */
export class MemorySeenNotificationStore implements SeenNotificationStore {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(options: MemorySeenStoreOptions = {}) {
    this.#maxEntries = positive(options.maxEntries, 10_000, "maxEntries");
    this.#maxAgeMs = positive(options.maxAgeMs, 24 * 3600_000, "maxAgeMs");
    this.#now = options.now ?? Date.now;
  }

  claim(id: string): SeenClaim {
    const now = this.#now();
    this.#expire(now);
    const entry = this.#entries.get(id);
    if (entry !== undefined) return entry.state;
    this.#entries.set(id, { state: "busy", at: now });
    this.#evict();
    return "claimed";
  }

  complete(id: string): void {
    // Re-inserted so the map stays in age order (expiry scans from the oldest).
    this.#entries.delete(id);
    this.#entries.set(id, { state: "done", at: this.#now() });
    this.#evict();
  }

  release(id: string): void {
    if (this.#entries.get(id)?.state === "busy") this.#entries.delete(id);
  }

  /** Ids currently remembered (processed or being processed). */
  get size(): number {
    return this.#entries.size;
  }

  #expire(now: number): void {
    for (const [id, entry] of this.#entries) {
      if (now - entry.at <= this.#maxAgeMs) break;
      // A claim in progress is never expired: its processing still runs in this process.
      if (entry.state === "done") this.#entries.delete(id);
      else break;
    }
  }

  #evict(): void {
    if (this.#entries.size <= this.#maxEntries) return;
    for (const [id, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries) return;
      if (entry.state === "done") this.#entries.delete(id);
    }
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0))
    throw new RangeError(`MemorySeenNotificationStore ${name} must be a positive number`);
  return value;
}
