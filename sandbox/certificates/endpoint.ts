/**
 * `GET /v3/certificates` in the sandbox. Platform infrastructure rather than a favor operation, so
 * it is not in the OpenAPI spec (see runtime/certificates/download.ts) and is routed here by path.
 */
import { SandboxApiError } from "../errors.js";
import type { ResponseSpec } from "../http/respond.js";
import type { SandboxPlatformCertificates } from "./authority.js";

export const CERTIFICATES_PATH = "/v3/certificates";
/** The name fault modes use for it (`operations: ["downloadCertificates"]`). */
export const CERTIFICATES_OPERATION = "downloadCertificates";

/** The signed certificates answer, or 404 for a merchant in public-key mode only. */
export function answerCertificates(
  certificates: SandboxPlatformCertificates | undefined,
): ResponseSpec {
  if (certificates === undefined) {
    throw new SandboxApiError(
      404,
      "RESOURCE_NOT_EXISTS",
      "该商户未启用平台证书，请使用微信支付公钥验签 (this merchant has no platform certificates: it uses WeChat Pay public key mode)",
    );
  }
  return { status: 200, body: certificates.answerBody(), signed: true };
}
