/**
 * The one place the sandbox is deliberately more lenient than the spec: a `notify_url` may be
 * plain http on a loopback host, so tests can receive notifications without TLS certificates.
 * The spec requires https; for validation such a URL is checked as if it were https.
 */
import type { JsonObject } from "../state/store.js";

const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(?=[:/]|$)/;

export function isLoopbackHttpUrl(url: string): boolean {
  return LOOPBACK_HTTP.test(url);
}

/** The body to validate against the spec: loopback http notify URLs viewed as https. */
export function bodyForValidation(body: JsonObject, allowLoopbackHttp: boolean): JsonObject {
  const url = body["notify_url"];
  if (!allowLoopbackHttp || typeof url !== "string" || !isLoopbackHttpUrl(url)) return body;
  return { ...body, notify_url: `https://${url.slice("http://".length)}` };
}
