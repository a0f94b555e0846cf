import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  buildAuthorization,
  buildRequestSigningString,
  buildResponseVerifyMessage,
  buildResponseVerifyString,
  parseAuthorization,
  signMessage,
  verifyMessage,
} from "../../runtime/signing.js";
import { NONCE, TIMESTAMP, V1, V2, V3, V4, VECTOR_PUBLIC_KEY } from "./fixtures/vectors.js";

const vectorKey = createPublicKey(VECTOR_PUBLIC_KEY);

describe("request signing string (vectors V1–V3)", () => {
  it.each([
    ["V1 GET with query", V1.method, V1.target, V1.body, V1.signingString, V1.signature, V1.length],
    [
      "V2 POST with JSON body",
      V2.method,
      V2.target,
      V2.body,
      V2.signingString,
      V2.signature,
      V2.length,
    ],
    [
      "V3 image upload meta",
      V3.method,
      V3.target,
      V3.meta,
      V3.signingString,
      V3.signature,
      V3.length,
    ],
  ])(
    "%s is byte-exact and verifies",
    (_name, method, target, body, expected, signature, length) => {
      const built = buildRequestSigningString(method, target, TIMESTAMP, NONCE, body);
      expect(built).toBe(expected);
      expect(Buffer.byteLength(built, "utf8")).toBe(length);
      expect(verifyMessage(vectorKey, built, signature)).toBe(true);
    },
  );

  it("upper-cases the method and accepts a numeric timestamp", () => {
    expect(buildRequestSigningString("get", V1.target, Number(TIMESTAMP), NONCE, "")).toBe(
      V1.signingString,
    );
  });

  it("V1 without the final newline fails to verify", () => {
    expect(verifyMessage(vectorKey, V1.signingString.slice(0, -1), V1.signature)).toBe(false);
  });

  it("V2 with a one-byte body change fails to verify", () => {
    const tampered = buildRequestSigningString(
      "POST",
      V2.target,
      TIMESTAMP,
      NONCE,
      '{"stock_creator_mchid":"8956001"}',
    );
    expect(verifyMessage(vectorKey, tampered, V2.signature)).toBe(false);
  });
});

describe("response verify string (vector V4)", () => {
  it("is byte-exact as string and as bytes, and verifies", () => {
    const text = buildResponseVerifyString(V4.timestamp, V4.nonce, V4.body);
    expect(text).toBe(V4.verifyString);
    expect(Buffer.byteLength(text)).toBe(V4.length);
    const bytes = buildResponseVerifyMessage(V4.timestamp, V4.nonce, Buffer.from(V4.body));
    expect(bytes.equals(Buffer.from(V4.verifyString))).toBe(true);
    expect(verifyMessage(vectorKey, bytes, V4.signature)).toBe(true);
  });

  it("an empty body still ends with nonce\\n\\n", () => {
    expect(buildResponseVerifyString("1", "n", "")).toBe("1\nn\n\n");
  });
});

describe("verifyMessage never throws on garbage", () => {
  it.each([
    ["SIGNTEST probe", `WECHATPAY/SIGNTEST/${V4.signature}`],
    ["empty", ""],
    ["not base64", "!!!!"],
    ["base64 of the wrong length", Buffer.from("short").toString("base64")],
    ["missing padding", V4.signature.replace(/=+$/, "")],
    ["url-safe alphabet", V4.signature.replace(/\+/g, "-").replace(/\//g, "_")],
    ["embedded whitespace", `${V4.signature.slice(0, 10)} ${V4.signature.slice(10)}`],
  ])("%s → false", (_name, signature) => {
    expect(verifyMessage(vectorKey, V4.verifyString, signature)).toBe(false);
  });
});

describe("signMessage / verifyMessage round trip", () => {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  it("signs with PKCS#1 v1.5 SHA-256 (deterministic) and verifies", () => {
    const message = buildRequestSigningString("GET", "/v3/x?a=%2B", "1700000000", NONCE, "");
    const first = signMessage(privateKey, message);
    expect(signMessage(privateKey, Buffer.from(message))).toBe(first); // PKCS#1 v1.5 is deterministic, PSS is not
    expect(verifyMessage(publicKey, message, first)).toBe(true);
    expect(verifyMessage(vectorKey, message, first)).toBe(false);
  });
});

describe("Authorization header", () => {
  const fields = {
    mchid: "1900000001",
    nonce_str: NONCE,
    timestamp: TIMESTAMP,
    serial_no: "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",
    signature: V1.signature,
  };

  it("has the documented layout", () => {
    expect(buildAuthorization(fields)).toBe(
      `WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="${NONCE}",timestamp="${TIMESTAMP}",` +
        `serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",signature="${V1.signature}"`,
    );
  });

  it("parses back, in any pair order", () => {
    expect(parseAuthorization(buildAuthorization(fields))).toEqual(fields);
    const reordered =
      `WECHATPAY2-SHA256-RSA2048 signature="${V1.signature}", serial_no="${fields.serial_no}",` +
      `timestamp="${TIMESTAMP}",mchid="1900000001",nonce_str="${NONCE}"`;
    expect(parseAuthorization(reordered)).toEqual(fields);
  });

  it.each([
    ["wrong scheme", buildAuthorization(fields).replace("WECHATPAY2", "WECHATPAY3")],
    ["missing signature", buildAuthorization(fields).replace(/,signature="[^"]*"/, "")],
    ["duplicate key", `${buildAuthorization(fields)},mchid="1"`],
    [
      "unquoted value",
      buildAuthorization(fields).replace('mchid="1900000001"', "mchid=1900000001"),
    ],
    ["empty", ""],
  ])("rejects %s", (_name, header) => {
    expect(parseAuthorization(header)).toBeUndefined();
  });
});
