/**
 * The one place the sandbox is deliberately more lenient than the spec, so tests can receive
 * notifications without TLS certificates:
 * - an `https://` notify_url on a loopback host (127.0.0.1, localhost, [::1]) passes the client's
 *   own validation (the spec requires https) and is DELIVERED over plain http to the same host,
 *   port and path: a test's local node:http server receives it;
 * - a plain `http://` loopback notify_url is accepted too (checked as if it were https), for
 *   callers that skip client-side validation.
 */
import type { JsonObject } from "../state/store.js";

const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(?=[:/]|$)/;

const LOOPBACK_HTTPS = /^https:\/\/(127\.0\.0\.1|localhost|\[::1\])(?=[:/]|$)/;

export function isLoopbackHttpUrl(url: string): boolean {
  return LOOPBACK_HTTP.test(url);
}

/**
 * Where the sandbox POSTs a notification for `notifyUrl`: https on a loopback host becomes http
 * (a sandbox could not verify a test server's self-signed certificate anyway); anything else,
 * or everything when loopback callbacks are disabled, is used as set.
 */
export function deliveryUrl(notifyUrl: string, allowLoopback: boolean): string {
  if (!allowLoopback || !LOOPBACK_HTTPS.test(notifyUrl)) return notifyUrl;
  return `http://${notifyUrl.slice("https://".length)}`;
}

/** The body to validate against the spec: loopback http notify URLs viewed as https. */
export function bodyForValidation(body: JsonObject, allowLoopbackHttp: boolean): JsonObject {
  const url = body["notify_url"];
  if (!allowLoopbackHttp || typeof url !== "string" || !isLoopbackHttpUrl(url)) return body;
  return { ...body, notify_url: `https://${url.slice("http://".length)}` };
}
