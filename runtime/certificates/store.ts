/**
 * Where downloaded platform certificates are kept between refreshes, and shared between
 * instances. A store only holds what a provider verified; readers re-check each certificate's
 * serial and window when they load it, but cannot re-verify WeChat's signature, so a shared store
 * must be writable only by trusted processes.
 */
import type { PlatformCertificate } from "./certificate.js";

/** One certificate as stored (the PEM and what WeChat listed with it). */
export interface StoredCertificate {
  /** Upper-case hex serial. */
  readonly serialNo: string;
  /** Epoch ms. */
  readonly effectiveTime: number;
  /** Epoch ms. */
  readonly expireTime: number;
  readonly pem: string;
}

/** A verified download: its certificates and when it happened. */
export interface StoredCertificates {
  /** Epoch ms of the download (on the provider's clock); drives the refresh schedule. */
  readonly downloadedAt: number;
  readonly certificates: readonly StoredCertificate[];
}

/**
 * A place for the latest verified download. `get` returns undefined when nothing was stored yet.
 * Implement it over Redis, a database, … to share one download between hosts: one process
 * refreshes (`download: true`), the others only read (`download: false`).
 */
export interface CertificateStore {
  get(): Promise<StoredCertificates | undefined>;
  set(value: StoredCertificates): Promise<void>;
}

/** The default store of a single process: nothing survives a restart. */
export class MemoryCertificateStore implements CertificateStore {
  #value: StoredCertificates | undefined;

  async get(): Promise<StoredCertificates | undefined> {
    return this.#value;
  }

  async set(value: StoredCertificates): Promise<void> {
    this.#value = value;
  }
}

/** The stored form of held certificates. */
export function toStored(downloadedAt: number, certificates: readonly PlatformCertificate[]) {
  return {
    downloadedAt,
    certificates: certificates.map(({ serialNo, effectiveTime, expireTime, pem }) => ({
      serialNo,
      effectiveTime,
      expireTime,
      pem,
    })),
  } satisfies StoredCertificates;
}
