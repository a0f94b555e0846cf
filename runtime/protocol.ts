/**
 * The protocol internals: signing and verification strings, the Authorization header, resource
 * encryption, query encoding and parameter validation. The client uses them through its own
 * modules; the sandbox (which plays WeChat Pay's side of the same protocol) and the tests import
 * them from here. Not part of the package's public surface: package.json exports no path to this
 * file, so `import … from "wechatpay-favor"` offers a service only what it needs (see the export
 * report, etc/exports.txt).
 */
export {
  AUTH_SCHEME,
  buildAuthorization,
  buildRequestSigningString,
  buildResponseVerifyMessage,
  buildResponseVerifyString,
  parseAuthorization,
  SIGNATURE_PROBE_PREFIX,
  signMessage,
  verifyMessage,
} from "./signing.js";
export type { AuthorizationFields } from "./signing.js";
export { encryptResource } from "./notification.js";
export { buildQueryString, percentEncode } from "./encoding.js";
export { validate } from "./validate.js";
export { verifyWechatpaySignature } from "./verify.js";
export type { VerifiedSignature, VerifySignatureInput } from "./verify.js";
