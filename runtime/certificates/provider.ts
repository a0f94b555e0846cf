/**
 * The platform-certificate provider: holds the merchant's platform certificates, downloads them on
 * first need, refreshes them on a schedule well inside WeChat's overlap window (a new certificate
 * is offered at least a day before it signs anything), and at once — coalesced and rate-limited —
 * when an answer or notification names a serial it does not hold. A rotation therefore never
 * needs a restart. Expired certificates are dropped; one not yet effective is held until it is.
 */
import type { KeyObject } from "node:crypto";
import { isEffective, readPlatformCertificate } from "./certificate.js";
import type { PlatformCertificate } from "./certificate.js";
import { PlatformCertificateError } from "./errors.js";
import { MemoryCertificateStore, toStored } from "./store.js";
import type { CertificateStore, StoredCertificates } from "./store.js";

/** How a client looks after its platform certificates. */
export interface CertificateProviderOptions {
  /** Where verified downloads are kept and shared (default: in this process's memory). */
  readonly store?: CertificateStore;
  /**
   * false: never download, only read `store` (the many readers of a shared store, while one
   * refresher — a process with `download: true` or the `certificates` command — fills it).
   * Default true.
   */
  readonly download?: boolean;
  /** Refresh when the held download is older than this, in ms (default 12 h). */
  readonly refreshIntervalMs?: number;
  /**
   * At most one refresh per this many ms is started by an unknown serial or by the schedule
   * (default 60 s), so a flood of forged serials cannot turn into a flood of downloads.
   */
  readonly minRefreshIntervalMs?: number;
  /** Receives failures of background refreshes and store writes; they never fail a call. */
  readonly onError?: (error: unknown) => void;
}

export const DEFAULT_REFRESH_INTERVAL_MS = 12 * 3_600_000;
export const DEFAULT_MIN_REFRESH_INTERVAL_MS = 60_000;
/**
 * First wait after a refresh that left no effective certificate (download failed, or offered only
 * expired or not-yet-valid ones); it doubles with each such refresh, up to `minRefreshIntervalMs`.
 * Calls during the wait fail at once with the last failure instead of downloading again.
 */
export const FIRST_FAILURE_BACKOFF_MS = 1_000;
/** A stored `downloaded_at` further ahead of this clock than this is from the future (stale). */
export const FUTURE_DOWNLOAD_TOLERANCE_MS = 5 * 60_000;

/** Downloads and verifies the certificates (bound to a client's keys and transport). */
export type CertificateDownloader = () => Promise<PlatformCertificate[]>;

type Trigger = "initial" | "scheduled" | "forced" | { readonly serial: string };

export class PlatformCertificateProvider {
  readonly #download: CertificateDownloader | undefined;
  readonly #store: CertificateStore;
  readonly #now: () => number;
  readonly #configured: ReadonlyMap<string, KeyObject>;
  readonly #refreshIntervalMs: number;
  readonly #minRefreshIntervalMs: number;
  readonly #onError: (error: unknown) => void;
  #held: readonly PlatformCertificate[] = [];
  #downloadedAt: number | undefined;
  #loaded = false;
  #inflight: Promise<void> | undefined;
  #lastAttemptAt: number | undefined;
  #lastUnknownSerialAt: number | undefined;
  #downloads = 0;
  /** Refreshes in a row that ended with no effective certificate, and when the next may start. */
  #failures = 0;
  #retryAt: number | undefined;
  #lastFailure: unknown;
  #keys: { map: ReadonlyMap<string, KeyObject>; from: number; until: number } | undefined;

  /**
   * `download` is undefined for a reader-only provider. `configuredKeys` (a WeChat Pay public key,
   * static certificates) are always part of the verification keys, next to the held certificates.
   */
  constructor(
    download: CertificateDownloader | undefined,
    options: CertificateProviderOptions,
    now: () => number,
    configuredKeys: ReadonlyMap<string, KeyObject> = new Map(),
  ) {
    this.#download = options.download === false ? undefined : download;
    this.#store = options.store ?? new MemoryCertificateStore();
    this.#now = now;
    this.#configured = configuredKeys;
    this.#refreshIntervalMs = options.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS;
    this.#minRefreshIntervalMs = options.minRefreshIntervalMs ?? DEFAULT_MIN_REFRESH_INTERVAL_MS;
    const onError = options.onError;
    // A throwing onError must not become an unhandled rejection of a background refresh.
    this.#onError = (error) => {
      try {
        onError?.(error);
      } catch {
        // ignored: reporting is best effort
      }
    };
  }

  /** Downloads performed by this provider (store reads excluded). */
  get downloads(): number {
    return this.#downloads;
  }

  /** Epoch ms of the held download, or undefined before the first one. */
  get downloadedAt(): number | undefined {
    return this.#downloadedAt;
  }

  /** Every held certificate that has not expired, including those not effective yet. */
  certificates(): readonly PlatformCertificate[] {
    const now = this.#now();
    return this.#held.filter((c) => c.expireTime > now);
  }

  /** Serial of the newest certificate effective now (sent as `Wechatpay-Serial`), if any. */
  newestSerial(): string | undefined {
    const now = this.#now();
    let newest: PlatformCertificate | undefined;
    for (const c of this.#held)
      if (isEffective(c, now) && (newest === undefined || c.effectiveTime > newest.effectiveTime))
        newest = c;
    return newest?.serialNo;
  }

  /**
   * Verification keys for a message that names `serial`: loads or downloads certificates on first
   * need, waits for one coalesced refresh when `serial` is unknown, and starts a background
   * refresh when the schedule says so. Throws PlatformCertificateError (or the download's
   * ApiError/ConnectionError) only when it has no effective certificate to offer at all.
   */
  async keys(serial?: string): Promise<ReadonlyMap<string, KeyObject>> {
    const configuredSigner = serial !== undefined && this.#configured.has(serial);
    if (!configuredSigner && (!this.#loaded || !this.#hasEffective())) {
      this.#throwWhileBackingOff();
      await this.#refresh("initial");
    } else if (serial !== undefined && !this.currentKeys().has(serial)) {
      const pending = this.#inflight ?? this.#refreshForUnknown(serial);
      if (pending !== undefined) await pending;
    } else if (this.#isStale() && this.#mayRefresh()) {
      this.#refresh("scheduled").catch(this.#onError);
    }
    return this.currentKeys();
  }

  /** The keys usable now, without waiting: configured keys plus effective certificates. */
  currentKeys(): ReadonlyMap<string, KeyObject> {
    const now = this.#now();
    const cached = this.#keys;
    if (cached !== undefined && now >= cached.from && now < cached.until) return cached.map;
    const map = new Map(this.#configured);
    let until = Number.POSITIVE_INFINITY;
    for (const c of this.#held) {
      if (isEffective(c, now)) {
        map.set(c.serialNo, c.publicKey);
        until = Math.min(until, c.expireTime);
      } else if (c.effectiveTime > now) until = Math.min(until, c.effectiveTime);
    }
    this.#keys = { map, from: now, until };
    return map;
  }

  /**
   * For synchronous verification (a notification): starts a background refresh when `serial` is
   * unknown, within the rate limit. The message itself still fails; WeChat resends it.
   */
  noteSerial(serial: string | undefined): void {
    if (serial === undefined || this.currentKeys().has(serial)) {
      if (this.#loaded && this.#isStale() && this.#mayRefresh())
        this.#refresh("scheduled").catch(this.#onError);
      return;
    }
    if (this.#inflight !== undefined || this.#backingOff()) return;
    const started = this.#loaded ? this.#refreshForUnknown(serial) : this.#refresh("initial");
    started?.catch(this.#onError);
  }

  /**
   * A refresh for an unknown serial, unless the last one ran less than minRefreshIntervalMs ago
   * (counted apart from scheduled refreshes, so a new certificate right after a download is
   * still fetched).
   */
  #refreshForUnknown(serial: string): Promise<void> | undefined {
    const now = this.#now();
    if (
      this.#lastUnknownSerialAt !== undefined &&
      Math.abs(now - this.#lastUnknownSerialAt) < this.#minRefreshIntervalMs
    )
      return undefined;
    this.#lastUnknownSerialAt = now;
    return this.#refresh({ serial });
  }

  /** Downloads now (joining one in progress), ignoring schedule and rate limit. */
  async refresh(): Promise<void> {
    await this.#refresh("forced");
  }

  #refresh(trigger: Trigger): Promise<void> {
    if (this.#inflight !== undefined) return this.#inflight;
    const run = this.#runRefresh(trigger).then(
      () => this.#settle(undefined, trigger),
      (error: unknown) => {
        this.#settle(error, trigger);
        throw error;
      },
    );
    this.#inflight = run.finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  /**
   * Once per refresh (however many callers joined it): with an effective certificate the backoff
   * is over; without one the next attempt waits 1 s, 2 s, 4 s, … up to minRefreshIntervalMs.
   * An explicit `refresh()` that fails does not start a wait: it is the caller's own decision,
   * not traffic.
   */
  #settle(error: unknown, trigger: Trigger): void {
    if (error === undefined && this.#hasEffective()) {
      this.#failures = 0;
      this.#retryAt = undefined;
      return;
    }
    if (trigger === "forced") return;
    this.#failures++;
    const wait = Math.min(
      FIRST_FAILURE_BACKOFF_MS * 2 ** Math.min(this.#failures - 1, 30),
      Math.max(this.#minRefreshIntervalMs, FIRST_FAILURE_BACKOFF_MS),
    );
    this.#retryAt = this.#now() + wait;
    this.#lastFailure =
      error ??
      new PlatformCertificateError(
        "no_valid_certificate",
        "the last refresh left no platform certificate valid now",
      );
  }

  #backingOff(): boolean {
    return this.#retryAt !== undefined && this.#now() < this.#retryAt;
  }

  /** During the backoff a call fails with the last failure instead of downloading again. */
  #throwWhileBackingOff(): void {
    if (this.#inflight === undefined && this.#backingOff()) throw this.#lastFailure;
  }

  async #runRefresh(trigger: Trigger): Promise<void> {
    this.#lastAttemptAt = this.#now();
    // Another process (or instance) sharing the store may have downloaded already.
    let stored: StoredCertificates | undefined;
    try {
      stored = await this.#store.get();
    } catch (error) {
      if (this.#download === undefined) throw error;
      this.#onError(error);
    }
    if (
      stored !== undefined &&
      (this.#downloadedAt === undefined || stored.downloadedAt > this.#downloadedAt)
    )
      this.#adoptStored(stored);
    this.#loaded = true;
    if (trigger !== "forced" && this.#satisfied(trigger)) return;
    if (this.#download === undefined) {
      if (!this.#hasEffective())
        throw new PlatformCertificateError(
          "store_empty",
          "the store holds no effective platform certificate and this provider does not download (download: false); run the refresher or the certificates command",
        );
      return;
    }
    const certificates = await this.#download();
    this.#downloads++;
    const at = this.#now();
    this.#hold(at, certificates);
    try {
      await this.#store.set(toStored(at, certificates));
    } catch (error) {
      this.#onError(error);
    }
  }

  #satisfied(trigger: Exclude<Trigger, "forced">): boolean {
    if (trigger === "initial") return this.#hasEffective() && !this.#isStale();
    if (trigger === "scheduled") return !this.#isStale();
    return this.currentKeys().has(trigger.serial);
  }

  #adoptStored(stored: StoredCertificates): void {
    const now = this.#now();
    if (stored.downloadedAt > now + FUTURE_DOWNLOAD_TOLERANCE_MS)
      this.#onError(
        new PlatformCertificateError(
          "store_from_future",
          `the stored downloaded_at (${new Date(stored.downloadedAt).toISOString()}) is ahead of this clock; treated as stale, so it is refreshed on schedule`,
        ),
      );
    const certificates: PlatformCertificate[] = [];
    stored.certificates.forEach((c, index) => {
      if (c.expireTime <= now) return;
      try {
        certificates.push(
          readPlatformCertificate(c.pem, c.serialNo, c, `stored certificates[${index}]`),
        );
      } catch (error) {
        this.#onError(error);
      }
    });
    this.#hold(stored.downloadedAt, certificates);
  }

  #hold(downloadedAt: number, certificates: readonly PlatformCertificate[]): void {
    this.#held = certificates;
    this.#downloadedAt = downloadedAt;
    this.#keys = undefined;
  }

  #hasEffective(): boolean {
    const now = this.#now();
    return this.#held.some((c) => isEffective(c, now));
  }

  #isStale(): boolean {
    const now = this.#now();
    return (
      this.#downloadedAt === undefined ||
      now - this.#downloadedAt >= this.#refreshIntervalMs ||
      // A download "from the future" would otherwise never age: scheduled refresh stayed off.
      this.#downloadedAt > now + FUTURE_DOWNLOAD_TOLERANCE_MS
    );
  }

  #mayRefresh(): boolean {
    return (
      this.#lastAttemptAt === undefined ||
      Math.abs(this.#now() - this.#lastAttemptAt) >= this.#minRefreshIntervalMs
    );
  }
}
