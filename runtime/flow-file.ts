/**
 * Flow-file download: the use-flow / refund-flow answers (and their by-day variants) carry a
 * download `url`, valid for 30 s, and the file's SHA-1. Fetching the url is itself a signed APIv3
 * GET, but the file answer is NOT signed, so the SHA-1 is the only integrity check
 * (https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_1_10.shtml use-flow,
 * https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/refund-flow.html refund-flow).
 *
 * The file is streamed within `maxBytes` (refused mid-stream past it), hashed as it arrives, and
 * held in memory until the hash matched: no row and no raw byte is handed out before the whole
 * file is verified. Memory is therefore bounded by `maxBytes`.
 */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { Dispatcher } from "undici";
import { ApiError, FlowFileError, ResponseTooLargeError } from "./errors.js";
import { getHeader } from "./headers.js";
import { sendStreaming } from "./transport.js";

/** Default `maxBytes` of a flow-file download: 128 MiB (about 800 000 rows). */
export const DEFAULT_MAX_FLOW_FILE_BYTES = 128 * 1024 * 1024;
/** Error answers of the download are small JSON; more than this is cut (still an ApiError). */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** The origins WeChat Pay serves download urls from (primary and backup API domains). */
const WECHAT_ORIGINS = new Set(["https://api.mch.weixin.qq.com", "https://api2.mch.weixin.qq.com"]);

/**
 * What use-flow / refund-flow (`url`, `hash_value`, `hash_type`) or their by-day variants
 * (`url`, `stock_useflow_hash` / `stock_refundflow_hash`) answered.
 */
export interface FlowFileLink {
  readonly url: string;
  readonly hash_value?: string;
  readonly hash_type?: string;
  readonly stock_useflow_hash?: string;
  readonly stock_refundflow_hash?: string;
}

export interface FlowFileProgress {
  /** Bytes received so far. */
  readonly receivedBytes: number;
  /** The declared Content-Length, when the server sent one. */
  readonly totalBytes: number | undefined;
}

export interface DownloadFlowFileOptions {
  /** Largest file accepted, in bytes (default 128 MiB); past it: ResponseTooLargeError. */
  readonly maxBytes?: number;
  /** Deadline for the whole download in ms, body included (default: the client's `timeout`). */
  readonly timeout?: number;
  readonly signal?: AbortSignal;
  /** Called after every received chunk (large files: show progress, log, …). */
  readonly onProgress?: (progress: FlowFileProgress) => void;
}

/** One line of a flow file: a data row keyed by the header row's column names, or a summary line. */
export type FlowFileRecord =
  | {
      readonly kind: "row";
      readonly line: number;
      /** Fields by column, leading back-tick removed (kept before = + - @: see `clean`). */
      readonly row: Readonly<Record<string, string>>;
      /** The same fields exactly as in the file (back-ticks included). */
      readonly raw: Readonly<Record<string, string>>;
    }
  | { readonly kind: "summary"; readonly line: number; readonly fields: readonly string[] };

export interface ParsedFlowFile {
  /** Column names from the file's header row (back-tick prefix removed). */
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** Summary lines (a different field count than the header, and every line after the first). */
  readonly summary: readonly (readonly string[])[];
}

/** A downloaded flow file whose SHA-1 matched `hash_value`. */
export interface VerifiedFlowFile {
  readonly byteLength: number;
  /** Lower-case hex SHA-1 of the bytes (equal to the link's hash, ignoring case). */
  readonly sha1: string;
  /** The verified bytes. */
  readonly bytes: Uint8Array;
  /** The verified bytes as a stream (for users who parse or store the file themselves). */
  stream(): Readable;
  /** Data rows and summary lines in file order, parsed with csv-parse. */
  records(): AsyncIterable<FlowFileRecord>;
  /** Every record at once, split into columns, rows and summary. */
  parse(): Promise<ParsedFlowFile>;
}

/** What the client lends the download: where to send, how to sign, which dispatcher. */
export interface FlowFileTransport {
  readonly origin: string;
  readonly timeout: number;
  dispatcherFor(origin: string): { dispatcher: Dispatcher; release(): Promise<void> };
  signedHeaders(target: string): Record<string, string>;
}

/** Downloads, size-limits and verifies the file behind `link`. */
export async function downloadFlowFile(
  link: FlowFileLink,
  options: DownloadFlowFileOptions,
  transport: FlowFileTransport,
): Promise<VerifiedFlowFile> {
  const expected = expectedSha1(link);
  const { origin, target } = splitUrl(link.url, transport.origin);
  const maxBytes = options.maxBytes === undefined ? DEFAULT_MAX_FLOW_FILE_BYTES : options.maxBytes;
  if (typeof maxBytes !== "number" || !Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new FlowFileError("invalid_options", "maxBytes must be a whole number of bytes ≥ 1");
  const timeout = options.timeout === undefined ? transport.timeout : options.timeout;
  if (typeof timeout !== "number" || !(timeout > 0 && timeout <= 2_147_483_647))
    throw new FlowFileError("invalid_options", "timeout must be a positive number of ms");

  const { dispatcher, release } = transport.dispatcherFor(origin);
  try {
    const response = await sendStreaming(
      dispatcher,
      {
        origin,
        path: target,
        method: "GET",
        headers: { ...transport.signedHeaders(target), accept: "*/*" },
        body: undefined,
        maxResponseBytes: maxBytes,
        limitOption: "maxBytes",
      },
      timeout,
      options.signal,
    );
    const requestId = getHeader(response.headers, "request-id");
    if (response.status < 200 || response.status > 299) {
      const body = await collectErrorBody(response.body);
      throw ApiError.fromResponse(response.status, body, requestId);
    }
    const totalText = getHeader(response.headers, "content-length");
    const totalBytes =
      totalText !== undefined && /^\d+$/.test(totalText) ? Number(totalText) : undefined;
    const hash = createHash("sha1");
    const chunks: Uint8Array[] = [];
    let receivedBytes = 0;
    for await (const chunk of response.body) {
      hash.update(chunk);
      chunks.push(chunk);
      receivedBytes += chunk.length;
      options.onProgress?.({ receivedBytes, totalBytes });
    }
    const sha1 = hash.digest("hex");
    if (sha1 !== expected)
      throw new FlowFileError(
        "hash_mismatch",
        `SHA-1 of the downloaded ${receivedBytes} bytes is ${sha1}, the link promised ${expected}; the file is refused`,
      );
    return verifiedFile(Buffer.concat(chunks, receivedBytes), sha1);
  } finally {
    await release();
  }
}

async function collectErrorBody(body: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_ERROR_BODY_BYTES) break; // the rest is dropped with the connection
    }
  } catch (error) {
    if (!(error instanceof ResponseTooLargeError)) throw error;
  }
  return Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY_BYTES);
}

/** The SHA-1 the link promises, lower-case; refuses other algorithms and malformed digests. */
function expectedSha1(link: FlowFileLink): string {
  if (typeof link !== "object" || link === null || typeof link.url !== "string")
    throw new FlowFileError(
      "invalid_link",
      "the link must be the use-flow/refund-flow answer (with url)",
    );
  const hashType = link.hash_type;
  // The docs' text says "sha1" and their example "SHA1": compare ignoring case.
  if (hashType !== undefined && (typeof hashType !== "string" || hashType.toLowerCase() !== "sha1"))
    throw new FlowFileError(
      "unsupported_hash_type",
      `hash_type ${JSON.stringify(String(hashType)).slice(0, 40)} is not SHA1`,
    );
  const value = link.hash_value ?? link.stock_useflow_hash ?? link.stock_refundflow_hash;
  if (typeof value !== "string" || !/^[0-9a-fA-F]{40}$/.test(value.trim()))
    throw new FlowFileError("invalid_link", "the link has no SHA-1 hash (40 hex digits)");
  return value.trim().toLowerCase();
}

/** RFC 3986 characters allowed in a request target (no space, `#`, controls or non-ASCII). */
const TARGET = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;

/**
 * Splits the url into origin and the exact request target that is signed and sent. The url must
 * point at this client's origin or at WeChat Pay's own API domains: the signed Authorization is
 * never handed to another host.
 */
function splitUrl(url: string, clientOrigin: string): { origin: string; target: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FlowFileError("invalid_link", "the download url is not an absolute URL");
  }
  const origin = parsed.origin;
  if (origin !== clientOrigin && !WECHAT_ORIGINS.has(origin))
    throw new FlowFileError(
      "foreign_url",
      `the download url points at ${origin}, neither the client's origin nor WeChat Pay's; it is not fetched`,
    );
  // The target is taken from the url text itself, not from URL's re-serialisation, so what is
  // signed is byte for byte what WeChat Pay gave us (and what we send).
  const afterScheme = url.indexOf("//") + 2;
  const slash = url.indexOf("/", afterScheme);
  const target = slash < 0 ? "/" : url.slice(slash);
  if (!TARGET.test(target) || target.includes("#"))
    throw new FlowFileError(
      "invalid_link",
      "the download url has characters a request target cannot carry",
    );
  return { origin, target };
}

function verifiedFile(bytes: Buffer, sha1: string): VerifiedFlowFile {
  return {
    byteLength: bytes.length,
    sha1,
    bytes,
    stream: () => Readable.from([bytes]),
    records: () => parseRecords(bytes),
    parse: async () => {
      const rows: Record<string, string>[] = [];
      const summary: string[][] = [];
      let columns: readonly string[] = [];
      for await (const record of parseRecords(bytes, (names) => (columns = names))) {
        if (record.kind === "row") rows.push(record.row);
        else summary.push([...record.fields]);
      }
      return { columns, rows, summary };
    },
  };
}

/** What makes a spreadsheet read a cell as a formula (CSV injection): = + - @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Removes the back-tick WeChat Pay puts before a cell (it keeps spreadsheets from mangling long
 * numbers), unless the rest would start a formula (`` `=1+1 ``): that cell keeps its back-tick,
 * so a row written back to a spreadsheet stays inert. The record's `raw` has every field as sent.
 */
function clean(field: string): string {
  if (!field.startsWith("`")) return field;
  const rest = field.slice(1);
  return FORMULA_START.test(rest) ? field : rest;
}

async function* parseRecords(
  bytes: Buffer,
  onColumns?: (columns: readonly string[]) => void,
): AsyncGenerator<FlowFileRecord> {
  const parser = Readable.from([bytes]).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let columns: string[] | undefined;
  let inSummary = false;
  try {
    for await (const entry of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const fields = entry.record.map(clean);
      const line = entry.info.lines;
      if (columns === undefined) {
        columns = fields.map((name) => name.trim());
        onColumns?.(columns);
        continue;
      }
      // The first line whose field count differs from the header starts the summary block.
      if (inSummary || fields.length !== columns.length) {
        inSummary = true;
        yield { kind: "summary", line, fields };
        continue;
      }
      const row: Record<string, string> = Object.create(null) as Record<string, string>;
      const raw: Record<string, string> = Object.create(null) as Record<string, string>;
      columns.forEach((name, i) => {
        row[name] = fields[i] ?? "";
        raw[name] = entry.record[i] ?? "";
      });
      yield { kind: "row", line, row, raw };
    }
  } catch (error) {
    if (error instanceof FlowFileError) throw error;
    const where = (error as { lines?: unknown }).lines;
    throw new FlowFileError(
      "malformed_csv",
      `the file is not valid CSV${typeof where === "number" ? ` (line ${where})` : ""}: ${(error as Error).message.slice(0, 200)}`,
    );
  }
}
