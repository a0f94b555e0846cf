/**
 * A small multipart/form-data parser (RFC 7578) for the image upload: the sandbox needs the
 * exact bytes of the `meta` part (they are what the client signed) and of the file part.
 */

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export class MultipartError extends Error {}

export function boundaryOf(contentType: string): string | undefined {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function dispositionParam(disposition: string, key: string): string | undefined {
  const m =
    new RegExp(`;\\s*${key}="([^"]*)"`, "i").exec(disposition) ??
    new RegExp(`;\\s*${key}=([^;\\s]+)`, "i").exec(disposition);
  return m?.[1];
}

export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FormPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw new MultipartError("multipart body does not contain the boundary");
  for (;;) {
    position += delimiter.length;
    // "--" right after a delimiter closes the body.
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts;
    if (body[position] !== 0x0d || body[position + 1] !== 0x0a)
      throw new MultipartError("malformed multipart delimiter line");
    position += 2;
    const headerEnd = body.indexOf("\r\n\r\n", position);
    if (headerEnd < 0) throw new MultipartError("multipart part without a header block");
    const headers = parseHeaders(body.subarray(position, headerEnd).toString("utf8"));
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next < 0) throw new MultipartError("multipart body is not terminated");
    const disposition = headers["content-disposition"] ?? "";
    const name = dispositionParam(disposition, "name");
    if (name === undefined) throw new MultipartError("multipart part without a name");
    const part: FormPart = { name, data: body.subarray(headerEnd + 4, next) };
    const filename = dispositionParam(disposition, "filename");
    if (filename !== undefined) part.filename = filename;
    if (headers["content-type"] !== undefined) part.contentType = headers["content-type"];
    parts.push(part);
    position = next + 2;
  }
}
