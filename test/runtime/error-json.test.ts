/**
 * The shape of every error's toJSON(): `name`, `message`, then the class's own log-safe fields in
 * a fixed order. Never the stack, never `cause` (a cause may hold a library's text or a secret),
 * never ApiError's raw body.
 */
import { describe, expect, it } from "vitest";
import { PlatformCertificateError } from "../../runtime/certificates/errors.js";
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  FlowFileError,
  NotificationFormatError,
  NotificationSchemaError,
  RequestNotSentError,
  RequestValidationError,
  ResponseParseError,
  ResponseShapeError,
  ResponseTooLargeError,
  SignatureVerificationError,
  TimeoutError,
  UnexpectedEventTypeError,
  WechatPayError,
} from "../../runtime/errors.js";

const SECRET = "-----BEGIN PRIVATE KEY-----SECRETSECRET";
const issues = [{ path: "stock_id", message: "is required" }];

/** Each error, and the keys its toJSON() must have, in order. */
const cases: readonly [WechatPayError, readonly string[]][] = [
  [new WechatPayError("m", { cause: SECRET }), []],
  [
    ApiError.fromResponse(409, Buffer.from(`<html>${SECRET}</html>`), "rid"),
    ["status", "code", "apiMessage", "detail", "requestId"],
  ],
  [
    new SignatureVerificationError("signature_mismatch", "m", { requestId: "r", serial: "s" }),
    ["reason", "requestId", "serial"],
  ],
  [new ConnectionError("c", { cause: new Error(SECRET) }), ["errorCode", "mayHaveReachedServer"]],
  [new TimeoutError(5), []],
  [new AbortError(new Error(SECRET)), ["kind"]],
  [new RequestValidationError("createCouponStock", issues), ["operationId", "issues"]],
  [new ConfigurationError("privateKey", "is required"), ["field"]],
  [new ResponseParseError(200, "rid"), []],
  [new NotificationFormatError("malformed_envelope", "m"), ["reason"]],
  [
    new UnexpectedEventTypeError("REFUND.SUCCESS", ["COUPON.USE"]),
    ["reason", "eventType", "expected"],
  ],
  [new ResponseTooLargeError(10, 200, "rid"), ["limitBytes", "status", "requestId"]],
  [
    new RequestNotSentError("invalid_request", "m", { cause: SECRET, errorCode: "E" }),
    ["reason", "mayHaveReachedServer", "errorCode"],
  ],
  [
    new NotificationSchemaError("resource", "COUPON.USE", issues),
    ["reason", "part", "eventType", "issues"],
  ],
  [
    new ResponseShapeError("queryStock", 200, "rid", issues),
    ["operationId", "status", "requestId", "issues"],
  ],
  [new FlowFileError("hash_mismatch", "m"), ["reason"]],
  [new PlatformCertificateError("store_failed", "m", { cause: new Error(SECRET) }), ["reason"]],
];

describe("error toJSON()", () => {
  it.each(cases.map(([error, fields]) => [error.name, error, fields] as const))(
    "%s: name, message, then its own fields",
    (_name, error, fields) => {
      const json = error.toJSON();
      expect(Object.keys(json)).toEqual(["name", "message", ...fields]);
      expect(json.name).toBe(error.name);
      expect(json.message).toBe(error.message);
      for (const field of fields) expect(json[field]).toBe(error[field as keyof typeof error]);
      expect(JSON.stringify(error)).not.toContain("SECRET");
      expect(JSON.stringify(error)).not.toMatch(/\\n +at /); // no stack frame
    },
  );
});
