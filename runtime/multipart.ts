/**
 * The multipart body of the marketing image upload
 * (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/upload-image.html). The signed "body" (line
 * 5) is the meta JSON, not the multipart bytes, so we build the meta once and put those exact bytes
 * both in the signature and in the `meta` part.
 */
import { createHash, randomBytes } from "node:crypto";
import { RequestValidationError } from "./errors.js";
import type { MultipartMeta } from "./operation.js";

/** A ready multipart request: what to sign (`meta`) and what to send. */
export interface MultipartUpload {
  /** `{"filename":…,"sha256":…}`: line 5 of the signing string and the content of the meta part. */
  readonly meta: string;
  readonly body: Uint8Array;
  /** `multipart/form-data; boundary=…` */
  readonly contentType: string;
}

/** The file content types WeChat accepts, by extension; other names are sent as octet-stream. */
function fileContentType(filename: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (ext === "png") return "image/png";
  if (ext === "jpg" || ext === "jpeg") return "image/jpeg";
  if (ext === "bmp") return "image/bmp";
  return "application/octet-stream";
}

/**
 * What an upload's file may be, exactly what {@link toBytes} reads: bytes (`Uint8Array`, so a Node
 * `Buffer` too), an `ArrayBuffer`, or a `Blob` (so a `File`). Generated params use this type, so the
 * type and the runtime check cannot drift apart. Other views (`DataView`, `Uint16Array`, …) are not
 * accepted: wrap their buffer in a `Uint8Array`.
 */
export type UploadFile = Uint8Array | ArrayBuffer | Blob;

/** The runtime check matching {@link UploadFile}. */
export function isUploadFile(value: unknown): value is UploadFile {
  return value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Blob;
}

/** Reads an {@link UploadFile} into bytes. */
export async function toBytes(file: UploadFile): Promise<Uint8Array> {
  if (file instanceof Uint8Array) return file;
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  return new Uint8Array(await file.arrayBuffer());
}

/** The meta JSON exactly as WeChat documents it: filename, then the lower-case hex SHA-256 of the file. */
export function buildUploadMeta(filename: string, file: Uint8Array): string {
  const sha256 = createHash("sha256").update(file).digest("hex");
  return JSON.stringify({ filename, sha256 });
}

/**
 * Builds the upload: meta part (application/json) first, then the file part. Filenames with a
 * double quote or control characters are refused because they cannot be written in the part header.
 */
export function buildMultipartUpload(
  operationId: string,
  parts: MultipartMeta,
  filename: string,
  file: Uint8Array,
): MultipartUpload {
  if (/["\\\u0000-\u001f\u007f]/.test(filename)) {
    throw new RequestValidationError(operationId, [
      { path: "filename", message: "must not contain quotes, backslashes or control characters" },
    ]);
  }
  const meta = buildUploadMeta(filename, file);
  const boundary = `wechatpay-favor-${randomBytes(12).toString("hex")}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${parts.metaPart}"\r\n` +
    `Content-Type: application/json\r\n\r\n` +
    `${meta}\r\n` +
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${parts.filePart}"; filename="${filename}"\r\n` +
    `Content-Type: ${fileContentType(filename)}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const body = Buffer.concat([Buffer.from(head, "utf8"), file, Buffer.from(tail, "utf8")]);
  return { meta, body, contentType: `multipart/form-data; boundary=${boundary}` };
}
