/**
 * A certificate store in one JSON file, for several processes on one host: every write goes to a
 * temporary file in the same folder and is renamed over the target, so a reader sees the old
 * file or the new one, never half of one. Last writer wins, which is harmless: every writer
 * stores a complete verified download.
 *
 * File format (version 1): `{ "version": 1, "downloaded_at": RFC 3339, "certificates": [ {
 * "serial_no", "effective_time", "expire_time", "certificate": PEM } ] }`.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { isRecord } from "../../shared/json.js";
import { PlatformCertificateError } from "./errors.js";
import type { CertificateStore, StoredCertificate, StoredCertificates } from "./store.js";

export const CERTIFICATE_FILE_VERSION = 1;

export class FileCertificateStore implements CertificateStore {
  readonly path: string;
  readonly #mode: number;

  /** `mode`: permissions of a newly written file (default 0o644: certificates are public data). */
  constructor(path: string, options: { readonly mode?: number } = {}) {
    if (typeof path !== "string" || path === "")
      throw new TypeError("FileCertificateStore needs a file path");
    this.path = path;
    this.#mode = options.mode ?? 0o644;
  }

  async get(): Promise<StoredCertificates | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new PlatformCertificateError(
        "store_failed",
        `cannot read ${this.path} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    return parseCertificateFile(text, this.path);
  }

  async set(value: StoredCertificates): Promise<void> {
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temp, formatCertificateFile(value), { mode: this.#mode });
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw new PlatformCertificateError(
        "store_failed",
        `cannot write ${this.path} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
  }
}

/** The file text for `value`. */
export function formatCertificateFile(value: StoredCertificates): string {
  const file = {
    version: CERTIFICATE_FILE_VERSION,
    downloaded_at: new Date(value.downloadedAt).toISOString(),
    certificates: value.certificates.map((c) => ({
      serial_no: c.serialNo,
      effective_time: new Date(c.effectiveTime).toISOString(),
      expire_time: new Date(c.expireTime).toISOString(),
      certificate: c.pem,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses a certificate file; a damaged one is a store_failed error naming the file and field. */
export function parseCertificateFile(text: string, file: string): StoredCertificates {
  const fail = (what: string): never => {
    throw new PlatformCertificateError("store_failed", `${file}: ${what}`);
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("not valid JSON");
  }
  if (!isRecord(json)) return fail("expected a JSON object");
  if (json.version !== CERTIFICATE_FILE_VERSION)
    return fail(`version must be ${CERTIFICATE_FILE_VERSION}`);
  const downloadedAt = timeOf(json.downloaded_at);
  if (downloadedAt === undefined) return fail("downloaded_at is not a time");
  if (!Array.isArray(json.certificates)) return fail("certificates is not an array");
  const certificates = json.certificates.map((item: unknown, index): StoredCertificate => {
    const where = `certificates[${index}]`;
    if (!isRecord(item)) return fail(`${where} is not an object`);
    const { serial_no: serialNo, certificate: pem } = item;
    const effectiveTime = timeOf(item.effective_time);
    const expireTime = timeOf(item.expire_time);
    if (typeof serialNo !== "string" || !/^[0-9A-F]+$/i.test(serialNo))
      return fail(`${where}.serial_no is not a hex serial`);
    if (typeof pem !== "string") return fail(`${where}.certificate is not a PEM string`);
    if (effectiveTime === undefined) return fail(`${where}.effective_time is not a time`);
    if (expireTime === undefined) return fail(`${where}.expire_time is not a time`);
    return { serialNo, effectiveTime, expireTime, pem };
  });
  return { downloadedAt, certificates };
}

function timeOf(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
