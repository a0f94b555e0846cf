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
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { isRecord } from "../../shared/json.js";
import { PlatformCertificateError } from "./errors.js";
import type { CertificateStore, StoredCertificate, StoredCertificates } from "./store.js";

export const CERTIFICATE_FILE_VERSION = 1;

/**
 * Default size limit of a store file: 256 KiB. A real file is about 1.3 KiB per certificate and
 * WeChat Pay lists two or three, so anything near the limit is not a certificate file.
 */
export const DEFAULT_MAX_CERTIFICATE_FILE_BYTES = 256 * 1024;

export interface FileCertificateStoreOptions {
  /** Permissions of a newly written file (default 0o644: certificates are public data). */
  readonly mode?: number;
  /** Largest file read, in bytes (default 256 KiB); a larger one is refused before reading. */
  readonly maxBytes?: number;
}

export class FileCertificateStore implements CertificateStore {
  readonly path: string;
  readonly #mode: number;
  readonly #maxBytes: number;

  constructor(path: string, options: FileCertificateStoreOptions = {}) {
    if (typeof path !== "string" || path === "")
      throw new TypeError("FileCertificateStore needs a file path");
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_CERTIFICATE_FILE_BYTES;
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
      throw new TypeError("FileCertificateStore maxBytes must be a whole number of bytes ≥ 1");
    this.path = path;
    this.#mode = options.mode ?? 0o644;
    this.#maxBytes = maxBytes;
  }

  async get(): Promise<StoredCertificates | undefined> {
    let text: string | undefined;
    try {
      text = await readBounded(this.path, this.#maxBytes);
    } catch (error) {
      if (error instanceof PlatformCertificateError) throw error;
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

/**
 * The file's text, its size checked on the open handle before anything is read (and again while
 * reading, should it grow in between), so a huge file costs no memory.
 */
async function readBounded(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const tooLarge = (bytes: string) =>
      new PlatformCertificateError(
        "store_failed",
        `${path} is ${bytes} bytes, above maxBytes (${maxBytes}); a certificate file is about 1.3 KiB per certificate, so it is refused without being read`,
      );
    if (size > maxBytes) throw tooLarge(String(size));
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(`more than ${maxBytes}`);
    }
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    await handle.close();
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
