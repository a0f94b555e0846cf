/**
 * Who may drive the sandbox's unsigned control endpoints: only the developer's own tools on this
 * machine, never a web page the developer happens to open.
 * - `Host` must name the sandbox itself (a loopback name or the address it is bound to, with its
 *   port): a DNS-rebinding page reaches 127.0.0.1 under its own host name and is refused here.
 * - A browser's cross-site request is refused by its `Origin` (anything but this sandbox's own
 *   origin, including `null`) or `Sec-Fetch-Site: cross-site|same-site`.
 * - Every state-changing request (POST/PUT/DELETE) must declare `Content-Type: application/json`:
 *   the "simple" requests a page can send without a CORS preflight (text/plain, form encodings,
 *   no body) cannot, and no CORS header is ever answered, so a preflight fails.
 */
import type { IncomingMessage } from "node:http";
import { SandboxApiError } from "../errors.js";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `host[:port]` → lower-case host name and port (80 when absent); undefined when malformed. */
function parseHost(value: string): { name: string; port: number } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (match === null) return undefined;
  return {
    name: (match[1] ?? "").toLowerCase(),
    port: match[2] === undefined ? 80 : Number(match[2]),
  };
}

function ownNames(req: IncomingMessage): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  const local = req.socket.localAddress;
  if (local !== undefined) names.add(local.includes(":") ? `[${local.toLowerCase()}]` : local);
  return names;
}

function isOwnAuthority(req: IncomingMessage, authority: string): boolean {
  const parsed = parseHost(authority);
  return (
    parsed !== undefined && ownNames(req).has(parsed.name) && parsed.port === req.socket.localPort
  );
}

/** Throws a 403/415 SandboxApiError when the request may not use the control endpoints. */
export function guardControlRequest(req: IncomingMessage, method: string): void {
  const host = header(req, "host");
  if (host === undefined || !isOwnAuthority(req, host))
    throw new SandboxApiError(
      403,
      "FORBIDDEN_HOST",
      "control endpoints answer only to Host 127.0.0.1, localhost or [::1] with the sandbox's port (DNS-rebinding guard)",
    );
  const origin = header(req, "origin");
  if (origin !== undefined && !isOwnOrigin(req, origin))
    throw new SandboxApiError(
      403,
      "CROSS_SITE_REQUEST",
      "control endpoints refuse requests from another origin (a web page cannot drive the sandbox)",
    );
  const site = header(req, "sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none")
    throw new SandboxApiError(
      403,
      "CROSS_SITE_REQUEST",
      `control endpoints refuse Sec-Fetch-Site: ${site.slice(0, 32)}`,
    );
  if (method !== "GET" && method !== "HEAD" && !isJson(header(req, "content-type")))
    throw new SandboxApiError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      "control requests that change state must send Content-Type: application/json",
    );
}

function isOwnOrigin(req: IncomingMessage, origin: string): boolean {
  const match = /^http:\/\/([^/?#]+)$/i.exec(origin.trim());
  return match !== null && isOwnAuthority(req, match[1] ?? "");
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());
}
