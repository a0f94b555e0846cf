/** Upload meta (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/upload-image.html, vector V3) and nonce generation. */
import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../runtime/errors.js";
import { buildMultipartUpload, buildUploadMeta, toBytes } from "../../runtime/multipart.js";
import { createNonce } from "../../runtime/nonce.js";
import { V3 } from "./fixtures/vectors.js";

const parts = { metaPart: "meta", filePart: "file" };

describe("upload meta", () => {
  it("reproduces the V3 meta for an empty logo.png byte for byte", () => {
    expect(buildUploadMeta(V3.filename, new Uint8Array(0))).toBe(V3.meta);
  });

  it("the multipart meta part holds exactly the meta string, before the file part", () => {
    const upload = buildMultipartUpload("uploadImage", parts, "a.jpg", new Uint8Array([1, 2]));
    const text = Buffer.from(upload.body).toString("latin1");
    expect(text.indexOf(`\r\n\r\n${upload.meta}\r\n`)).toBeGreaterThan(0);
    expect(text.indexOf('name="meta"')).toBeLessThan(text.indexOf('name="file"'));
    expect(text).toContain("Content-Type: image/jpeg");
    expect(upload.contentType).toMatch(
      /^multipart\/form-data; boundary=wechatpay-favor-[0-9a-f]{24}$/,
    );
  });

  it("keeps a non-ASCII filename as UTF-8 in the meta JSON", () => {
    const upload = buildMultipartUpload("uploadImage", parts, "标志.png", new Uint8Array(0));
    expect(upload.meta).toBe(
      '{"filename":"标志.png","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}',
    );
  });

  it.each([['a".png'], ["a\r\n.png"], ["a\\b.png"]])("refuses filename %j", (filename) => {
    expect(() => buildMultipartUpload("uploadImage", parts, filename, new Uint8Array(0))).toThrow(
      RequestValidationError,
    );
  });

  it("accepts ArrayBuffer and Blob input", async () => {
    expect(await toBytes(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]));
    expect(await toBytes(new Blob([new Uint8Array([3])]))).toEqual(new Uint8Array([3]));
  });
});

describe("createNonce", () => {
  it("is 32 characters of [0-9A-Za-z] and differs every call", () => {
    const nonces = Array.from({ length: 200 }, () => createNonce());
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(new Set(nonces).size).toBe(200);
  });

  it("uses the whole alphabet", () => {
    const seen = new Set(Array.from({ length: 100 }, () => createNonce()).join(""));
    expect(seen.size).toBe(62);
  });
});
