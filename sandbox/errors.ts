/**
 * Business and protocol errors the sandbox answers with, in the documented body shape
 * `{code, message, detail?}` (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html). Handlers throw these; the server turns them
 * into signed error responses.
 */

export type DetailLocation = "body" | "query" | "path" | "authorization" | "header";

export interface FieldDetail {
  field: string;
  value?: unknown;
  issue: string;
  location: DetailLocation;
}

export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail?: Record<string, unknown>,
    /** Extra response headers (e.g. Retry-After on 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "SandboxApiError";
  }

  toBody(): { code: string; message: string; detail?: Record<string, unknown> } {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}

export function paramError(message: string, detail: FieldDetail): SandboxApiError {
  return new SandboxApiError(400, "PARAM_ERROR", message, { ...detail });
}

export function invalidRequest(message: string, detail?: FieldDetail): SandboxApiError {
  return new SandboxApiError(400, "INVALID_REQUEST", message, detail && { ...detail });
}

export function notFound(message: string): SandboxApiError {
  return new SandboxApiError(404, "RESOURCE_NOT_EXISTS", message);
}

export function requestBlocked(message: string): SandboxApiError {
  return new SandboxApiError(403, "REQUEST_BLOCKED", message);
}

export function notEnough(message: string): SandboxApiError {
  return new SandboxApiError(403, "NOT_ENOUGH", message);
}

export function frequencyLimited(retryAfterSeconds: number): SandboxApiError {
  return new SandboxApiError(
    429,
    "FREQUENCY_LIMITED",
    "请求过于频繁 (rate limit exceeded)",
    undefined,
    {
      "Retry-After": String(retryAfterSeconds),
    },
  );
}

export function systemError(message = "系统错误 (system error, retry later)"): SandboxApiError {
  return new SandboxApiError(500, "SYSTEM_ERROR", message);
}
