/**
 * uploadImage (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/upload-image.html): the `file` part's SHA-256 must equal `meta.sha256`, the file
 * must be a JPG/PNG/BMP of at most 2 MB; the answer is a permanent media URL served by the
 * sandbox itself.
 */
import { createHash, randomBytes } from "node:crypto";
import type { OperationHandler } from "../context.js";
import { paramError } from "../errors.js";
import { requireString } from "../domain/fields.js";
import { MAX_IMAGE_BYTES, MEDIA_PATH_PREFIX, sniffImageType } from "../domain/images.js";

export const uploadImage: OperationHandler = (ctx, req) => {
  const meta = req.multipart?.meta ?? {};
  const file = req.multipart?.file;
  const filename = requireString(meta, "filename", "body");
  const declared = requireString(meta, "sha256", "body");
  if (file === undefined)
    throw paramError("参数错误：缺少图片文件 (missing file part)", {
      field: "file",
      issue: "is required",
      location: "body",
    });
  if (file.data.length > MAX_IMAGE_BYTES) {
    throw paramError("图片大小超过限制 (image larger than 2 MB)", {
      field: "file",
      value: file.data.length,
      issue: `must be at most ${MAX_IMAGE_BYTES} bytes`,
      location: "body",
    });
  }
  const actual = createHash("sha256").update(file.data).digest("hex");
  if (actual !== declared.toLowerCase()) {
    throw paramError("图片摘要不一致 (meta.sha256 does not match the file)", {
      field: "/sha256",
      value: declared,
      issue: `file SHA-256 is ${actual}`,
      location: "body",
    });
  }
  const type = sniffImageType(file.data);
  if (type === undefined) {
    throw paramError("图片格式不支持，仅支持JPG、BMP、PNG (not a JPG, BMP or PNG image)", {
      field: "file",
      issue: "content is not JPG, BMP or PNG",
      location: "body",
    });
  }
  const mediaId = randomBytes(16).toString("hex");
  ctx.state.media[mediaId] = {
    media_id: mediaId,
    filename,
    sha256: actual,
    content_base64: file.data.toString("base64"),
  };
  ctx.changed();
  return { status: 200, body: { media_url: `${ctx.baseUrl()}${MEDIA_PATH_PREFIX}${mediaId}` } };
};
