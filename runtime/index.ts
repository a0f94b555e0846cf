/**
 * Public entry of the wechatpay-favor runtime: the client, its configuration and options, the
 * error classes, pagination, notification helpers, signing primitives and the OperationMeta
 * contract that generated code is written against.
 */
export { WechatPayClient } from "./client.js";
export type { RawResponse, RequestOptions } from "./client.js";
export { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./config.js";
export type { KeyInput, RetryConfig, SleepFunction, WechatPayClientConfig } from "./config.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  DecryptionError,
  InternalServerError,
  NotFoundError,
  NotificationError,
  NotificationFormatError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseParseError,
  SignatureVerificationError,
  TimeoutError,
  UnsupportedAlgorithmError,
  WechatPayError,
} from "./errors.js";
export type {
  ApiErrorDetail,
  NotificationFailureReason,
  SignatureFailureReason,
  ValidationIssue,
} from "./errors.js";
export type { HeadersInput } from "./headers.js";
export {
  decryptResource,
  encryptResource,
  NOTIFICATION_ALGORITHM,
  openNotification,
} from "./notification.js";
export type {
  EncryptedResource,
  Notification,
  NotificationInput,
  OpenNotificationContext,
} from "./notification.js";
export type {
  HttpMethod,
  MultipartMeta,
  OperationMeta,
  ParamLocation,
  ParamMeta,
  ValidationSchema,
} from "./operation.js";
export { paginate } from "./pagination.js";
export type { Page, PageParams } from "./pagination.js";
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
export { formatRfc3339 } from "./date.js";
export { buildQueryString, percentEncode } from "./encoding.js";
export { validate } from "./validate.js";
export { MAX_CLOCK_SKEW_SECONDS, verifyWechatpaySignature } from "./verify.js";
export type { VerifiedSignature, VerifySignatureInput } from "./verify.js";
export { VERSION } from "./version.js";
export { PlatformCertificateProvider } from "./certificates/provider.js";
export type { CertificateDownloader, CertificateProviderOptions } from "./certificates/provider.js";
export type { PlatformCertificate } from "./certificates/certificate.js";
export { MemoryCertificateStore } from "./certificates/store.js";
export type {
  CertificateStore,
  StoredCertificate,
  StoredCertificates,
} from "./certificates/store.js";
export { FileCertificateStore } from "./certificates/file-store.js";
export { PlatformCertificateError } from "./certificates/errors.js";
export type { PlatformCertificateFailureReason } from "./certificates/errors.js";
export { readCertificateAnswer } from "./certificates/answer.js";
export type { CertificateAnswer, CertificateAnswerContext } from "./certificates/answer.js";
