/**
 * The request pipeline of the WeChat-Pay-like endpoints (everything under /v3):
 * read body → verify Authorization → check Wechatpay-Serial → fault injection → route (spec)
 * → rate limits (spec) → validate parameters and body (spec) → business rules → signed response.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "./clock.js";
import type { OperationHandler, SandboxContext } from "./context.js";
import {
  SandboxApiError,
  frequencyLimited,
  invalidRequest,
  notFound,
  systemError,
} from "./errors.js";
import { verifyRequestSignature, type MerchantIdentity } from "./auth/verify-request.js";
import {
  BILL_DOWNLOAD_OPERATION,
  FAULT_HEADER,
  isPreFault,
  UnknownFaultError,
  type FaultController,
  type PostFault,
  type PreFault,
} from "./faults.js";
import { boundaryOf, MultipartError, parseMultipart, type FormPart } from "./http/multipart.js";
import { parseQuery, QueryError } from "./http/query.js";
import { parseJsonBody, validateBody, validateParameters } from "./http/request-parts.js";
import { writeResponse, type PlatformSigner, type ResponseSpec } from "./http/respond.js";
import { BILL_DOWNLOAD_PATH } from "./domain/bills.js";
import {
  answerCertificates,
  CERTIFICATES_OPERATION,
  CERTIFICATES_PATH,
} from "./certificates/endpoint.js";
import type { SandboxPlatformCertificates } from "./certificates/authority.js";
import type { RateLimiter } from "./spec/rate-limits.js";
import type { OperationRoute, Router, RouteMatch } from "./spec/routes.js";
import { toParamError, type SpecValidators } from "./spec/validators.js";
import type { JsonObject } from "./state/store.js";

/** Appended to the log line of an operation answered by the spec default handler. */
export const DEFAULT_HANDLER_NOTE =
  " (default handler: no business rules for this operation, answered with the spec's example)";

export interface PipelineDeps {
  router: Router;
  validators: SpecValidators;
  handlers: Readonly<Record<string, OperationHandler>>;
  /** Operations answered by the spec default handler (no business rules); their log lines say so. */
  defaultHandled: ReadonlySet<string>;
  ctx: SandboxContext;
  merchants: ReadonlyMap<string, MerchantIdentity>;
  publicKeyId: string;
  signer: PlatformSigner;
  /** Platform-certificate mode (undefined: public-key mode only). */
  certificates?: SandboxPlatformCertificates | undefined;
  faults: FaultController;
  rateLimiter: RateLimiter;
  clock: Clock;
  /** Check every 2xx body against the spec's response schema (a sandbox self-test). */
  validateResponses: boolean;
  /** Responses that failed that self-check (tests assert this stays empty). */
  selfCheckFailures: string[];
  log: ((line: string) => void) | undefined;
}

interface Parsed {
  method: string;
  target: string;
  rawPath: string;
  rawQuery: string;
  raw: Buffer;
  match: RouteMatch | "method" | undefined;
  multipart?: { meta: Buffer; file: FormPart | undefined };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The operationId a request's log line and fault modes use; "-" when it names none. */
function operationIdOf(parsed: Parsed): string {
  if (parsed.match !== undefined && parsed.match !== "method")
    return parsed.match.route.operationId;
  if (parsed.rawPath === CERTIFICATES_PATH) return CERTIFICATES_OPERATION;
  if (parsed.rawPath === BILL_DOWNLOAD_PATH) return BILL_DOWNLOAD_OPERATION;
  return "-";
}

export class Pipeline {
  constructor(private readonly deps: PipelineDeps) {}

  async handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> {
    const started = Date.now();
    let status = 0;
    let postFault: PostFault | undefined;
    let signed = true;
    const method = req.method ?? "GET";
    const target = req.url ?? "/";
    let operationId = "-";
    try {
      if (!target.startsWith("/v3/")) {
        // Not an API path (e.g. a browser hitting "/"): say where things are instead of SIGN_ERROR.
        signed = false;
        throw new SandboxApiError(
          404,
          "NOT_FOUND",
          "这里只有 /v3/ 下的微信支付接口 (WeChat Pay APIs live under /v3/; sandbox control endpoints under /sandbox/v1/)",
        );
      }
      const parsed = this.parse(req, raw);
      operationId = operationIdOf(parsed);
      const mchid = this.authenticate(req, parsed);

      const fault = this.deps.faults.pick(
        header(req, FAULT_HEADER),
        operationId === "-" ? undefined : operationId,
      );
      if (fault !== undefined && isPreFault(fault)) {
        if (this.injectPreFault(fault, req, parsed) === "dropped") {
          status = -1;
          return;
        }
      } else {
        postFault = fault;
      }

      const result = this.dispatch(parsed, mchid, req);
      signed = result.signed;
      status = result.status;
      await writeResponse(res, this.deps.signer, result, postFault);
    } catch (error) {
      const apiError = this.toApiError(error);
      status = apiError.status;
      await writeResponse(
        res,
        this.deps.signer,
        { status: apiError.status, body: apiError.toBody(), signed, headers: apiError.headers },
        postFault,
      );
    } finally {
      // Never log headers or bodies: the Authorization signature is a secret-adjacent value.
      this.deps.log?.(
        `${method} ${target.split("?")[0]} ${operationId} → ${status === -1 ? "dropped" : status} ${Date.now() - started}ms${this.deps.defaultHandled.has(operationId) ? DEFAULT_HANDLER_NOTE : ""}`,
      );
    }
  }

  /** Verifies the Authorization and the Wechatpay-Serial; returns the calling mchid. */
  private authenticate(req: IncomingMessage, parsed: Parsed): string {
    const mchid = verifyRequestSignature(
      {
        method: parsed.method,
        target: parsed.target,
        authorization: header(req, "authorization"),
        signedBody: parsed.multipart?.meta ?? parsed.raw,
        nowMs: this.deps.clock.now(),
      },
      this.deps.merchants,
    );
    // A first certificate download cannot name a certificate yet.
    if (parsed.rawPath !== CERTIFICATES_PATH) this.checkSerial(header(req, "wechatpay-serial"));
    return mchid;
  }

  /**
   * A fault that acts before the request is processed: drops the connection ("dropped"), or throws
   * the injected 500 / 429. A `-once` fault acts on the first delivery of a request only.
   */
  private injectPreFault(
    fault: PreFault,
    req: IncomingMessage,
    parsed: Parsed,
  ): "dropped" | undefined {
    const applies =
      !fault.once || this.deps.faults.firstTime(fault, parsed.method, parsed.target, parsed.raw);
    if (applies && fault.kind === "drop") {
      req.socket.destroy();
      return "dropped";
    }
    if (applies && fault.kind === "500") throw systemError("系统错误 (injected fault: 500)");
    if (applies && fault.kind === "429") throw frequencyLimited(fault.retryAfterSeconds);
    return undefined;
  }

  private parse(req: IncomingMessage, raw: Buffer): Parsed {
    const method = req.method ?? "GET";
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const rawPath = q < 0 ? target : target.slice(0, q);
    const rawQuery = q < 0 ? "" : target.slice(q + 1);
    let match: Parsed["match"];
    try {
      match = this.deps.router.match(method, rawPath);
    } catch {
      throw invalidRequest("URL 路径中的百分号编码不合法 (malformed percent-encoding in the path)");
    }
    const parsed: Parsed = { method, target, rawPath, rawQuery, raw, match };
    const contentType = header(req, "content-type");
    if (contentType !== undefined && /^multipart\/form-data/i.test(contentType)) {
      const boundary = boundaryOf(contentType);
      if (boundary === undefined)
        throw invalidRequest("multipart/form-data 缺少 boundary (missing boundary)");
      let parts: FormPart[];
      try {
        parts = parseMultipart(raw, boundary);
      } catch (error) {
        throw invalidRequest(`multipart 请求体格式错误 (${(error as MultipartError).message})`);
      }
      const route = match !== undefined && match !== "method" ? match.route : undefined;
      const metaName = route?.multipart?.metaPart ?? "meta";
      const fileName = route?.multipart?.filePart ?? "file";
      const meta = parts.find((p) => p.name === metaName);
      if (meta === undefined)
        throw invalidRequest(`multipart 请求缺少 ${metaName} 部分 (missing the ${metaName} part)`);
      parsed.multipart = { meta: meta.data, file: parts.find((p) => p.name === fileName) };
    }
    return parsed;
  }

  private checkSerial(serial: string | undefined): void {
    if (this.deps.certificates?.acceptsRequestSerial(serial)) return;
    if (serial !== this.deps.publicKeyId) {
      throw invalidRequest(
        serial === undefined
          ? "缺少 Wechatpay-Serial 请求头 (missing Wechatpay-Serial header)"
          : "Wechatpay-Serial 错误，请使用正确的微信支付公钥ID (Wechatpay-Serial names no key of this merchant)",
        {
          field: "Wechatpay-Serial",
          value: serial ?? "",
          issue: "must be the WeChat Pay public key ID",
          location: "header",
        },
      );
    }
  }

  private dispatch(parsed: Parsed, mchid: string, req: IncomingMessage): ResponseSpec {
    const { ctx } = this.deps;
    if (parsed.rawPath === BILL_DOWNLOAD_PATH && parsed.method === "GET")
      return this.downloadBill(parsed);
    if (parsed.rawPath === CERTIFICATES_PATH && parsed.method === "GET")
      return answerCertificates(this.deps.certificates);
    const match = parsed.match;
    if (match === undefined)
      throw notFound(`接口不存在 (no operation at ${parsed.method} ${parsed.rawPath})`);
    if (match === "method")
      throw new SandboxApiError(
        405,
        "INVALID_REQUEST",
        `不支持的请求方法 (${parsed.method} is not allowed here)`,
      );
    const route = match.route;

    const retryAfter = this.deps.rateLimiter.hit(route.operationId, route.rateLimits, {
      mchid,
      ip: req.socket.remoteAddress ?? "",
    });
    if (retryAfter !== undefined) throw frequencyLimited(retryAfter);

    const query = this.readQuery(parsed, match);
    const { body, multipart } = this.readBody(parsed, route, req);

    const handler = this.deps.handlers[route.operationId];
    if (handler === undefined)
      throw new SandboxApiError(
        501,
        "NOT_IMPLEMENTED",
        `沙箱尚未实现 ${route.operationId} (the sandbox does not implement this operation)`,
      );
    const result = handler(ctx, {
      operationId: route.operationId,
      mchid,
      pathParams: match.pathParams,
      query,
      body,
      ...(multipart === undefined ? {} : { multipart }),
    });
    if (this.deps.validateResponses) this.selfCheck(route.operationId, result.status, result.body);
    return { status: result.status, body: result.body, signed: !route.unsignedResponse };
  }

  /** The query string parsed and validated against the operation's parameters (path ones too). */
  private readQuery(parsed: Parsed, match: RouteMatch): ReturnType<typeof validateParameters> {
    let query: ReadonlyMap<string, string>;
    try {
      query = parseQuery(parsed.rawQuery);
    } catch (error) {
      const key = error instanceof QueryError ? error.key : "";
      throw invalidRequest(`查询串不合法 (${(error as Error).message})`, {
        field: key,
        issue: "malformed",
        location: "query",
      });
    }
    return validateParameters(match.route, this.deps.validators, match.pathParams, query);
  }

  /** The JSON body validated against the spec, or for an upload the validated meta part and the file. */
  private readBody(
    parsed: Parsed,
    route: OperationRoute,
    req: IncomingMessage,
  ): { body: JsonObject; multipart?: { meta: JsonObject; file: FormPart | undefined } } {
    if (route.multipart !== undefined) {
      if (parsed.multipart === undefined)
        throw invalidRequest(
          "该接口需要 multipart/form-data 请求体 (this operation takes multipart/form-data)",
        );
      const meta = parseJsonBody(parsed.multipart.meta, "application/json") ?? {};
      const validateMeta = this.deps.validators.for(route.operationId).multipartMeta;
      if (validateMeta && !validateMeta(meta))
        throw toParamError(validateMeta.errors, meta, "body");
      return { body: {}, multipart: { meta, file: parsed.multipart.file } };
    }
    if (parsed.method === "GET") return { body: {} };
    const body = validateBody(
      route,
      this.deps.validators,
      parseJsonBody(parsed.raw, header(req, "content-type")),
      this.deps.ctx.allowLoopbackHttpCallbacks,
    );
    return { body };
  }

  private selfCheck(operationId: string, status: number, body: unknown): void {
    const validate = this.deps.validators.for(operationId).responses.get(String(status));
    if (validate === undefined || validate(body)) return;
    const first = validate.errors?.[0];
    this.deps.selfCheckFailures.push(
      `${operationId} ${status}: ${first?.instancePath ?? ""} ${first?.message ?? "invalid"}`,
    );
  }

  private downloadBill(parsed: Parsed): ResponseSpec {
    const token = parseQuery(parsed.rawQuery).get("token") ?? "";
    const content = this.deps.ctx.bills.fetch(token);
    if (content === undefined)
      throw notFound("账单文件不存在或下载链接已过期 (bill file not found or link expired)");
    return {
      status: 200,
      raw: { data: content, contentType: "text/csv; charset=utf-8" },
      signed: false,
    };
  }

  private toApiError(error: unknown): SandboxApiError {
    if (error instanceof SandboxApiError) return error;
    if (error instanceof UnknownFaultError)
      return invalidRequest(error.message, {
        field: "X-Sandbox-Fault",
        value: error.mode,
        issue: "unknown fault mode",
        location: "header",
      });
    this.deps.log?.(`internal error: ${(error as Error).stack ?? String(error)}`);
    return systemError();
  }
}
