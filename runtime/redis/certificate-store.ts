/**
 * Platform certificates shared by every instance through one Redis key, in the file store's
 * format (version 1 JSON, `formatCertificateFile`). The trust rules are the file store's: only
 * the provider writes, and only a download it verified; a reader refuses an entry larger than
 * `maxBytes` (checked in Redis, before it is sent) or malformed (the file store's parser).
 *
 * One download for many instances: when the key is empty, the first instance to ask takes a
 * short lock (`SET NX PX`) and downloads; the others wait, bounded by `waitMs`, for its write.
 * A lock holder that crashes or fails lets the lock expire; a waiter that times out downloads
 * itself, so a lost lock costs a download, never a stuck client.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { PlatformCertificateError } from "../certificates/errors.js";
import { formatCertificateFile, parseCertificateFile } from "../certificates/file-store.js";
import type { CertificateStore, StoredCertificates } from "../certificates/store.js";
import { checkPrefix, checkRedis, positiveInteger, runScript } from "./commands.js";
import type { RedisEval } from "./commands.js";

export interface RedisCertificateStoreOptions {
  /** Prefix of the keys (default `wechatpay-favor:`). */
  readonly prefix?: string;
  /** The merchant whose certificates these are: part of the key, so merchants never mix. */
  readonly mchid: string;
  /** Largest entry accepted, in bytes (default 64 KiB: a few certificates take ~2 KiB each). */
  readonly maxBytes?: number;
  /** How long the downloader's lock holds, in ms (default 30 000). */
  readonly lockMs?: number;
  /** How long an instance waits for another's download before downloading itself (default 10 000 ms). */
  readonly waitMs?: number;
  /** Pause between reads while waiting, in ms (default 100). */
  readonly pollMs?: number;
}

// KEYS[1] the entry, KEYS[2] the download lock; ARGV[1] the size limit, ARGV[2] a lock token ("":
// do not lock), ARGV[3] the lock's life. Answers {size} when the entry is too large, {0, value}
// when there is one, else {0, false, 1} when this caller took the lock, {0, false, 0} when not.
// One script, so an entry written between a read and a lock attempt is never missed.
const READ_OR_LOCK = `
local size = redis.call('STRLEN', KEYS[1])
if size > tonumber(ARGV[1]) then return {size} end
local value = redis.call('GET', KEYS[1])
if value or ARGV[2] == '' then return {0, value} end
if redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3]) then return {0, false, 1} end
return {0, false, 0}`;

// KEYS[1] the entry, KEYS[2] the lock; ARGV[1] the value, ARGV[2] the token of this instance.
const WRITE = `
redis.call('SET', KEYS[1], ARGV[1])
if redis.call('GET', KEYS[2]) == ARGV[2] then redis.call('DEL', KEYS[2]) end
return 1`;

export class RedisCertificateStore implements CertificateStore {
  readonly #redis: RedisEval;
  readonly #key: string;
  readonly #lockKey: string;
  readonly #maxBytes: number;
  readonly #lockMs: number;
  readonly #waitMs: number;
  readonly #pollMs: number;
  readonly #token = `lock:${randomBytes(12).toString("hex")}`;

  constructor(redis: RedisEval, options: RedisCertificateStoreOptions) {
    const owner = "RedisCertificateStore";
    this.#redis = checkRedis(redis, owner);
    const prefix = checkPrefix(options?.prefix, owner);
    if (typeof options?.mchid !== "string" || !/^[0-9]{1,32}$/.test(options.mchid))
      throw new TypeError(`${owner} needs the merchant's mchid (digits)`);
    // One hash tag, so both keys live on one Redis Cluster slot (the write script uses both).
    this.#key = `${prefix}{certificates:${options.mchid}}`;
    this.#lockKey = `${prefix}{certificates:${options.mchid}}:download-lock`;
    this.#maxBytes = positiveInteger(options.maxBytes, 64 * 1024, `${owner} maxBytes`, "bytes");
    this.#lockMs = positiveInteger(options.lockMs, 30_000, `${owner} lockMs`);
    this.#waitMs = positiveInteger(options.waitMs, 10_000, `${owner} waitMs`);
    this.#pollMs = positiveInteger(options.pollMs, 100, `${owner} pollMs`);
  }

  /** The Redis key of the entry (for operators). */
  get key(): string {
    return this.#key;
  }

  async get(): Promise<StoredCertificates | undefined> {
    const { stored, locked } = await this.#read(true);
    if (stored !== undefined) return stored;
    // This instance downloads (the provider calls `set` with the verified result).
    if (locked) return undefined;
    return this.#waitForDownload();
  }

  async set(value: StoredCertificates): Promise<void> {
    const text = formatCertificateFile(value);
    // Never write what readers would refuse.
    if (Buffer.byteLength(text) > this.#maxBytes)
      throw new PlatformCertificateError(
        "store_failed",
        `redis key ${this.#key}: ${Buffer.byteLength(text)} bytes is larger than maxBytes ${this.#maxBytes}`,
      );
    await runScript(
      this.#redis,
      "write the certificates",
      WRITE,
      [this.#key, this.#lockKey],
      [text, this.#token],
    );
  }

  /** Another instance holds the lock: read until its download appears or `waitMs` passes. */
  async #waitForDownload(): Promise<StoredCertificates | undefined> {
    const deadline = Date.now() + this.#waitMs;
    const maxPolls = Math.ceil(this.#waitMs / this.#pollMs) + 1;
    for (let poll = 0; poll < maxPolls && Date.now() < deadline; poll++) {
      await sleep(Math.min(this.#pollMs, Math.max(1, deadline - Date.now())));
      const { stored } = await this.#read(false);
      if (stored !== undefined) return stored;
    }
    return undefined; // the downloader is gone or slow: this instance downloads itself
  }

  /** The entry, checked; with `lock`, whether this instance took the download lock. */
  async #read(lock: boolean): Promise<{ stored?: StoredCertificates; locked: boolean }> {
    const answer = await runScript(
      this.#redis,
      "read the certificates",
      READ_OR_LOCK,
      [this.#key, this.#lockKey],
      [this.#maxBytes, lock ? this.#token : "", this.#lockMs],
    );
    const where = `redis key ${this.#key}`;
    if (!Array.isArray(answer))
      throw new PlatformCertificateError("store_failed", `${where}: unexpected answer`);
    if (answer[0] !== 0)
      throw new PlatformCertificateError(
        "store_failed",
        `${where}: entry of ${String(answer[0])} bytes is larger than maxBytes ${this.#maxBytes}`,
      );
    const value: unknown = answer[1];
    if (value === null || value === undefined) return { locked: answer[2] === 1 };
    if (typeof value !== "string")
      throw new PlatformCertificateError("store_failed", `${where}: not a string`);
    return { stored: parseCertificateFile(value, where), locked: false };
  }
}
