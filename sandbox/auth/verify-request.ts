/**
 * Verifies the WECHATPAY2-SHA256-RSA2048 Authorization of an incoming request over the raw
 * request target and the raw body (for the image upload: the meta part), as WeChat does
 * (https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_0.shtml). Failures become 401 SIGN_ERROR with the nested detail
 * shape the real server uses (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html).
 */
import type { KeyObject } from "node:crypto";
import {
  buildRequestSigningString,
  parseAuthorization,
  verifyMessage,
  type AuthorizationFields,
} from "../../runtime/protocol.js";
import { SandboxApiError } from "../errors.js";
import { MAX_CLOCK_SKEW_SECONDS } from "../../shared/clock.js";

export interface MerchantIdentity {
  mchid: string;
  serialNo: string;
  publicKey: KeyObject;
}

export interface RequestToVerify {
  method: string;
  /** `req.url` exactly as received (path + `?query`). */
  target: string;
  authorization: string | undefined;
  /** The signed body line as received: the raw body bytes, or the meta part for multipart uploads. */
  signedBody: Buffer;
  nowMs: number;
}

const TRUNCATE_AT = 128;

function signError(
  message: string,
  issue: string,
  request: RequestToVerify,
  signMessage: string | undefined,
): SandboxApiError {
  const signInformation =
    signMessage === undefined
      ? undefined
      : {
          method: request.method,
          sign_message_length: Buffer.byteLength(signMessage, "utf8"),
          truncated_sign_message:
            signMessage.length > TRUNCATE_AT
              ? `${signMessage.slice(0, TRUNCATE_AT)}…`
              : signMessage,
          url: request.target,
        };
  return new SandboxApiError(401, "SIGN_ERROR", message, {
    detail: { issue },
    field: "signature",
    location: "authorization",
    ...(signInformation === undefined ? {} : { sign_information: signInformation }),
  });
}

/** Returns the calling merchant's mchid, or throws a 401 SIGN_ERROR SandboxApiError. */
export function verifyRequestSignature(
  request: RequestToVerify,
  merchants: ReadonlyMap<string, MerchantIdentity>,
): string {
  const fields = readAuthorization(request);
  // The text form only feeds the diagnostic sign_information; the check below runs over the raw bytes,
  // so two bodies that decode to the same UTF-8 text (invalid bytes → U+FFFD) still differ.
  const signMessage = buildRequestSigningString(
    request.method,
    request.target,
    fields.timestamp,
    fields.nonce_str,
    request.signedBody.toString("utf8"),
  );
  const merchant = checkFields(fields, request, signMessage, merchants);
  const signedBytes = Buffer.concat([
    Buffer.from(
      `${request.method.toUpperCase()}\n${request.target}\n${fields.timestamp}\n${fields.nonce_str}\n`,
      "utf8",
    ),
    request.signedBody,
    Buffer.from("\n", "utf8"),
  ]);
  if (!verifyMessage(merchant.publicKey, signedBytes, fields.signature)) {
    throw signError(
      "错误的签名，验签失败 (signature verification failed)",
      "signature does not match the signing string",
      request,
      signMessage,
    );
  }
  return fields.mchid;
}

/** The Authorization header's fields; a missing or malformed header is a SIGN_ERROR. */
function readAuthorization(request: RequestToVerify): AuthorizationFields {
  if (request.authorization === undefined || request.authorization === "") {
    throw signError(
      "缺少 Authorization 请求头 (missing Authorization header)",
      "missing Authorization header",
      request,
      undefined,
    );
  }
  const fields = parseAuthorization(request.authorization);
  if (fields === undefined) {
    throw signError(
      "Authorization 格式错误 (malformed Authorization header)",
      'expected WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",timestamp="…",serial_no="…",signature="…"',
      request,
      undefined,
    );
  }
  return fields;
}

/** Timestamp format and window, then mchid and serial_no; returns the merchant whose key signs. */
function checkFields(
  fields: AuthorizationFields,
  request: RequestToVerify,
  signMessage: string,
  merchants: ReadonlyMap<string, MerchantIdentity>,
): MerchantIdentity {
  if (!/^\d{10}$/.test(fields.timestamp)) {
    throw signError(
      "Authorization 中的 timestamp 格式错误 (timestamp must be Unix seconds)",
      "timestamp is not Unix seconds",
      request,
      signMessage,
    );
  }
  const skew = Math.abs(request.nowMs / 1000 - Number(fields.timestamp));
  if (!(skew <= MAX_CLOCK_SKEW_SECONDS)) {
    // "not within" rather than "beyond": a NaN clock refuses every request instead of none.
    throw signError(
      "请求时间戳与服务器时间相差超过5分钟 (timestamp more than 5 minutes from server time)",
      `timestamp is ${Math.round(skew)} s from server time (limit ${MAX_CLOCK_SKEW_SECONDS} s)`,
      request,
      signMessage,
    );
  }
  const merchant = merchants.get(fields.mchid);
  if (merchant === undefined) {
    throw signError(
      "商户号不存在 (unknown mchid)",
      `no merchant ${fields.mchid} is registered`,
      request,
      signMessage,
    );
  }
  if (merchant.serialNo !== fields.serial_no) {
    throw signError(
      "商户证书序列号与商户号不匹配 (serial_no does not belong to mchid)",
      `serial_no ${fields.serial_no} is not the certificate serial of ${fields.mchid}`,
      request,
      signMessage,
    );
  }
  return merchant;
}
