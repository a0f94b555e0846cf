// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

import type {
  RawResponse,
  RequestOptions,
  UploadFile,
  WechatPayClient,
} from "../../runtime/index.js";
import type { UploadImageResponse } from "../models.js";
import { uploadImageOperation } from "../metadata.js";

/** Parameters of {@link uploadImage}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface UploadImageParams {
  /**
   * 图片文件名，必须以 .jpg、.jpeg、.bmp 或 .png 结尾（不区分大小写），不能含路径分隔符、`..`、引号、反斜杠或控制字符。
   * File name ending in .jpg, .jpeg, .bmp or .png (any case); no path separators, `..`, double
   * quotes, backslashes or control characters.
   *
   * body · required · 1–128 characters; pattern `^[^./\\"\u0000-\u001f\u007f-\u009f]+(\.[^./\\"\u0000-\u001f\u007f-\u009f]+)*\.([jJ][pP][gG]|[jJ][pP][eE][gG]|[bB][mM][pP]|[pP][nN][gG])$`
   *
   * @example "logo.png"
   */
  filename: string;
  /**
   * 图片文件的二进制内容：JPG、BMP 或 PNG，**不超过 2 MB**（2,097,152 字节）。
   * Raw image bytes: JPG, BMP or PNG, **at most 2 MB** (2,097,152 bytes). The part's Content-Type is
   * image/jpeg, image/png or image/bmp.
   *
   * body · required · at most 2097152 bytes
   */
  file: UploadFile;
}

/**
 * 图片上传（营销专用）(Upload a marketing image)
 *
 * 上传营销用图片（商户 logo、券详情图片），得到永久有效的 media_url。请求为 multipart/form-data，包含两部分：
 * `meta`（JSON：filename 与文件内容的 SHA-256）和 `file`（图片二进制，JPG/BMP/PNG，不超过 2 MB）。
 * **签名串第 5 行是 meta 的 JSON 串**（与 meta 部分逐字节一致），不是整个 multipart 请求体。
 * 官方 SDK 先写 meta 再写 file；文档示例顺序相反，顺序可能无关紧要。未声明幂等。
 * Uploads a marketing image (merchant logo, coupon image) and returns a permanent `media_url`.
 * multipart/form-data with two parts: `meta` (JSON with filename and the SHA-256 of the file bytes)
 * and `file` (JPG/BMP/PNG, at most 2 MB). **Line 5 of the signing string is the meta JSON**,
 * byte-identical to the meta part — never the multipart body. The SDK sends meta first; the order
 * is probably not significant. Not documented as idempotent.
 *
 * `POST /v3/marketing/favor/media/image-upload`
 *
 * Rate limits: 100/minute across all callers.
 *
 * Not idempotent: not retried automatically once it may have reached the server.
 *
 * Sent as multipart/form-data: part `meta` (JSON, signed; the runtime adds the file's SHA-256) and part `file`.
 *
 * Errors:
 * - 400 `PARAM_ERROR`: 参数错误：文件名后缀、图片格式或大小（> 2 MB）不符合要求，或 sha256 与文件不一致。Bad extension, format, size (> 2 MB) or sha256 mismatch.
 * - 400 `INVALID_REQUEST`: HTTP 请求不符合微信支付 APIv3 接口规则（例如 multipart 格式错误）。Request breaks the APIv3 rules (e.g. malformed multipart).
 * - 403 `NO_AUTH`: 商户无权限（未开通营销相关产品权限）。Merchant lacks the permission (generic APIv3 code).
 * - 401, 429, 500: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).
 *
 * @example
 * ```ts
 * const result = await uploadImage(client, { filename: "logo.png", file: await readFile("logo.png") });
 * ```
 */
export function uploadImage(
  client: WechatPayClient,
  params: UploadImageParams,
  options?: RequestOptions,
): Promise<UploadImageResponse> {
  return client.request<UploadImageResponse>(uploadImageOperation, params, options);
}

/**
 * {@link uploadImage} with the HTTP status, the response headers and the `Request-ID` (quote it to WeChat Pay support): resolves to `{ data, status, headers, requestId }`.
 *
 * @example
 * ```ts
 * const { data, requestId } = await uploadImage.withResponse(client, { filename: "logo.png", file: await readFile("logo.png") });
 * ```
 */
uploadImage.withResponse = function uploadImageWithResponse(
  client: WechatPayClient,
  params: UploadImageParams,
  options?: RequestOptions,
): Promise<RawResponse<UploadImageResponse>> {
  return client.requestRaw<UploadImageResponse>(uploadImageOperation, params, options);
};
