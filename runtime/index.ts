/**
 * Public entry of the wechatpay-favor runtime: the client, its configuration and options, the
 * error classes, pagination, notification helpers, certificates, flow files and the OperationMeta
 * contract that generated code is written against. The protocol internals (signing strings, the
 * Authorization header, resource encryption) are in protocol.ts, which the package does not export.
 */
export { WechatPayClient } from "./client.js";
export type { RawResponse, RequestOptions } from "./client.js";
export { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./config.js";
export type { KeyInput, RetryConfig, SleepFunction, WechatPayClientConfig } from "./config.js";
export { DEFAULT_MAX_RESPONSE_BYTES, MAX_RETRIES } from "./config.js";
export type { ResponseValidator } from "./config.js";
export { NON_RETRYABLE_5XX } from "./retry.js";
export { DEFAULT_MAX_FLOW_FILE_BYTES } from "./flow-file.js";
export type { OperationParams } from "./operation-params.js";
export type {
  DownloadFlowFileOptions,
  FlowFileLink,
  FlowFileProgress,
  FlowFileRecord,
  ParsedFlowFile,
  VerifiedFlowFile,
} from "./flow-file.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  DecryptionError,
  FlowFileError,
  InternalServerError,
  NotFoundError,
  NotificationError,
  NotificationFormatError,
  PermissionDeniedError,
  RateLimitError,
  RequestNotSentError,
  RequestValidationError,
  ResponseParseError,
  ResponseShapeError,
  ResponseTooLargeError,
  SignatureVerificationError,
  TimeoutError,
  UnsupportedAlgorithmError,
  WechatPayError,
} from "./errors.js";
export type {
  AbortKind,
  ApiErrorDetail,
  FlowFileFailureReason,
  NotificationFailureReason,
  NotSentReason,
  SignatureFailureReason,
  ValidationIssue,
} from "./errors.js";
export type { HeadersInput } from "./headers.js";
export { decryptResource, NOTIFICATION_ALGORITHM, openNotification } from "./notification.js";
export type {
  EncryptedResource,
  Notification,
  NotificationInput,
  OpenNotificationContext,
} from "./notification.js";
export type {
  ClientDefaultSource,
  ErrorCodeMeta,
  HttpMethod,
  MultipartMeta,
  OperationMeta,
  ParamLocation,
  ParamMeta,
  RateLimitMeta,
  ResponseMeta,
  ValidationSchema,
} from "./operation.js";
export type { CallRateLimiter, RateLimitContext, RateLimitPermit } from "./rate-limit.js";
export type { UploadFile } from "./multipart.js";
export { paginate } from "./pagination.js";
export type { Page, PageParams } from "./pagination.js";
export { formatRfc3339 } from "./date.js";
export { MAX_CLOCK_SKEW_SECONDS } from "./verify.js";
export { VERSION } from "./version.js";
export {
  NotificationInputError,
  NotificationSchemaError,
  UnexpectedEventTypeError,
} from "./errors.js";
export type { ParseNotificationOptions } from "./client.js";
export { assertNotificationInput } from "./notification.js";
export { openWebhookNotification } from "./notifications/webhook.js";
export type { WebhookEvent, WebhookEventOf, WebhookMeta } from "./notifications/webhook.js";
export {
  answerForError,
  NOTIFICATION_SUCCESS,
  notificationFailure,
} from "./notifications/answer.js";
export type { NotificationAnswer } from "./notifications/answer.js";
export { createNotificationHandler } from "./notifications/handler.js";
export type {
  NotificationHandler,
  NotificationHandlerOptions,
  NotificationOutcome,
} from "./notifications/handler.js";
export { DEFAULT_SEEN_LEASE_MS, MemorySeenNotificationStore } from "./notifications/seen-store.js";
export type {
  MemorySeenStoreOptions,
  SeenClaim,
  SeenNotificationStore,
} from "./notifications/seen-store.js";
export {
  handleNodeNotification,
  nodeNotificationListener,
  writeNotificationAnswer,
} from "./notifications/adapters/node.js";
export type { NodeAdapterOptions } from "./notifications/adapters/node.js";
export { expressNotificationHandler } from "./notifications/adapters/express.js";
export { fastifyNotifications } from "./notifications/adapters/fastify.js";
export type {
  FastifyInstanceLike,
  FastifyNotificationOptions,
  FastifyReplyLike,
} from "./notifications/adapters/fastify.js";
export {
  fetchNotificationHandler,
  handleFetchNotification,
  notificationResponse,
} from "./notifications/adapters/fetch.js";
export type { FetchAdapterOptions, FetchRequestLike } from "./notifications/adapters/fetch.js";
export {
  DEFAULT_MAX_NOTIFICATION_BYTES,
  DEFAULT_NOTIFICATION_BODY_TIMEOUT_MS,
  keepRawBody,
  readRawBody,
} from "./notifications/adapters/raw-body.js";
export type { BodyLimits } from "./notifications/adapters/raw-body.js";
export type { NotificationAdapterOptions } from "./notifications/adapters/options.js";
export { PlatformCertificateProvider } from "./certificates/provider.js";
export type { CertificateDownloader, CertificateProviderOptions } from "./certificates/provider.js";
export type { PlatformCertificate } from "./certificates/certificate.js";
export { MemoryCertificateStore } from "./certificates/store.js";
export type {
  CertificateStore,
  StoredCertificate,
  StoredCertificates,
} from "./certificates/store.js";
export {
  DEFAULT_MAX_CERTIFICATE_FILE_BYTES,
  FileCertificateStore,
} from "./certificates/file-store.js";
export type { FileCertificateStoreOptions } from "./certificates/file-store.js";
export { PlatformCertificateError } from "./certificates/errors.js";
export type { PlatformCertificateFailureReason } from "./certificates/errors.js";
export { readCertificateAnswer } from "./certificates/answer.js";
export type { CertificateAnswer, CertificateAnswerContext } from "./certificates/answer.js";
