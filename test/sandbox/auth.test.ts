/** Request authentication as https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_0.shtml documents it. */
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/index.js";
import { startTestSandbox } from "./fixtures.js";
import { jsonOf, rawRequest, responseSignatureValid } from "./raw-client.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  expect(sandbox.selfCheckFailures).toEqual([]);
  await sandbox.close();
});

const listTarget = () =>
  `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}`;

function expectSignError(body: Record<string, unknown>): Record<string, unknown> {
  expect(body["code"]).toBe("SIGN_ERROR");
  expect(typeof body["message"]).toBe("string");
  const detail = body["detail"] as Record<string, unknown>;
  expect(detail["field"]).toBe("signature");
  expect(detail["location"]).toBe("authorization");
  expect(typeof (detail["detail"] as Record<string, unknown>)["issue"]).toBe("string");
  return detail;
}

describe("request signature", () => {
  it("accepts a correctly signed request and signs the response with the platform key", async () => {
    const response = await rawRequest(sandbox, "GET", listTarget());
    expect(response.status).toBe(200);
    expect(response.headers["wechatpay-serial"]).toBe(sandbox.clientConfig.wechatpayPublicKeyId);
    expect(response.headers["wechatpay-signature-type"]).toBe("WECHATPAY2-SHA256-RSA2048");
    expect(response.headers["request-id"]).toMatch(/^[0-9A-F]{32}$/);
    expect(responseSignatureValid(sandbox, response)).toBe(true);
  });

  it("rejects a signature made with another key: 401 SIGN_ERROR with sign_information", async () => {
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    const response = await rawRequest(sandbox, "GET", listTarget(), "", { privateKeyPem: other });
    expect(response.status).toBe(401);
    const detail = expectSignError(jsonOf(response));
    const info = detail["sign_information"] as Record<string, unknown>;
    expect(info["method"]).toBe("GET");
    expect(info["url"]).toBe(listTarget());
    expect(info["sign_message_length"]).toBeGreaterThan(0);
    expect(String(info["truncated_sign_message"])).toContain("GET\n/v3/marketing/favor/stocks?");
    // Errors are signed too, and never echo the signature itself.
    expect(responseSignatureValid(sandbox, response)).toBe(true);
  });

  it("verifies over the raw request target: a signature over a re-encoded query fails", async () => {
    const target = `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}&create_start_time=2026-01-01T00%3A00%3A00%2B08%3A00`;
    const ok = await rawRequest(sandbox, "GET", target);
    expect(ok.status).toBe(200);
    const decodedTarget = decodeURIComponent(target);
    // Sign the decoded form but send the encoded one (the classic URL-normalisation bug).
    const { createPrivateKey, randomBytes } = await import("node:crypto");
    const { buildAuthorization, buildRequestSigningString, signMessage } =
      await import("../../runtime/signing.js");
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString("hex");
    const signature = signMessage(
      createPrivateKey(sandbox.clientConfig.privateKey),
      buildRequestSigningString("GET", decodedTarget, ts, nonce, ""),
    );
    const authorization = buildAuthorization({
      mchid: sandbox.mchid,
      nonce_str: nonce,
      timestamp: ts,
      serial_no: sandbox.clientConfig.serialNo,
      signature,
    });
    const bad = await rawRequest(sandbox, "GET", target, "", { authorization });
    expect(bad.status).toBe(401);
  });

  it("verifies the body byte for byte", async () => {
    const body = JSON.stringify({ stock_creator_mchid: sandbox.mchid });
    const response = await rawRequest(sandbox, "POST", "/v3/marketing/favor/stocks/1/start", body, {
      signedBody: `${body} `,
    });
    expect(response.status).toBe(401);
    expectSignError(jsonOf(response));
  });

  it("verifies the raw body bytes, not their UTF-8 decoding: invalid bytes swapped after signing fail", async () => {
    // 0xFF and 0xFE both decode to U+FFFD; a string-based check would let one stand in for the other.
    const { createPrivateKey, randomBytes } = await import("node:crypto");
    const { buildAuthorization, signMessage } = await import("../../runtime/signing.js");
    const bodyWith = (byte: number): Buffer =>
      Buffer.concat([
        Buffer.from(`{"stock_creator_mchid":"${sandbox.mchid}","x":"`),
        Buffer.from([byte]),
        Buffer.from('"}'),
      ]);
    const target = "/v3/marketing/favor/stocks/1/start";
    const ts = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString("hex");
    const signed = Buffer.concat([
      Buffer.from(`POST\n${target}\n${ts}\n${nonce}\n`),
      bodyWith(0xff),
      Buffer.from("\n"),
    ]);
    const signature = signMessage(createPrivateKey(sandbox.clientConfig.privateKey), signed);
    const authorization = buildAuthorization({
      mchid: sandbox.mchid,
      nonce_str: nonce,
      timestamp: ts,
      serial_no: sandbox.clientConfig.serialNo,
      signature,
    });
    const swapped = await rawRequest(sandbox, "POST", target, bodyWith(0xfe), { authorization });
    expect(swapped.status).toBe(401);
    expectSignError(jsonOf(swapped));
    // The bytes that were signed pass the signature check (and then fail later, on the body).
    const original = await rawRequest(sandbox, "POST", target, bodyWith(0xff), { authorization });
    expect(original.status).not.toBe(401);
  });

  it.each([
    ["301 s in the past", -301],
    ["301 s in the future", 301],
  ])("rejects a timestamp %s (more than 5 minutes off)", async (_label, offset) => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", {
      timestamp: Math.floor(Date.now() / 1000) + offset,
    });
    expect(response.status).toBe(401);
    const detail = expectSignError(jsonOf(response));
    expect(String((detail["detail"] as Record<string, unknown>)["issue"])).toMatch(
      /from server time/,
    );
  });

  it("accepts a timestamp 290 s off (inside the window)", async () => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", {
      timestamp: Math.floor(Date.now() / 1000) - 290,
    });
    expect(response.status).toBe(200);
  });

  it.each([
    ["missing", null],
    [
      "wrong scheme",
      'WECHATPAY2-SHA256-RSA4096 mchid="1",nonce_str="a",timestamp="1",serial_no="A",signature="x"',
    ],
    [
      "missing signature pair",
      'WECHATPAY2-SHA256-RSA2048 mchid="1900000109",nonce_str="abc",timestamp="1554208460",serial_no="ABC"',
    ],
    [
      "unquoted values",
      "WECHATPAY2-SHA256-RSA2048 mchid=1,nonce_str=a,timestamp=1,serial_no=A,signature=x",
    ],
  ])("rejects a %s Authorization header with 401 SIGN_ERROR", async (_label, authorization) => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", { authorization });
    expect(response.status).toBe(401);
    expectSignError(jsonOf(response));
  });

  it("rejects an unknown mchid and a serial_no of another certificate", async () => {
    const wrongMchid = await rawRequest(sandbox, "GET", listTarget(), "", { mchid: "1999999999" });
    expect(wrongMchid.status).toBe(401);
    expectSignError(jsonOf(wrongMchid));
    const wrongSerial = await rawRequest(sandbox, "GET", listTarget(), "", {
      serialNo: "0".repeat(40),
    });
    expect(wrongSerial.status).toBe(401);
    expectSignError(jsonOf(wrongSerial));
  });

  it("rejects a probe-style signature as a bad signature, not a crash", async () => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", {
      authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${sandbox.mchid}",nonce_str="abc",timestamp="${Math.floor(Date.now() / 1000)}",serial_no="${sandbox.clientConfig.serialNo}",signature="WECHATPAY/SIGNTEST/abc"`,
    });
    expect(response.status).toBe(401);
  });
});

describe("Wechatpay-Serial request header", () => {
  it("rejects a wrong PUB_KEY_ID with 400 INVALID_REQUEST", async () => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", {
      wechatpaySerial: "PUB_KEY_ID_00000000000000000000000000000000",
    });
    expect(response.status).toBe(400);
    const body = jsonOf(response);
    expect(body["code"]).toBe("INVALID_REQUEST");
    expect((body["detail"] as Record<string, unknown>)["field"]).toBe("Wechatpay-Serial");
  });

  it("rejects a missing Wechatpay-Serial with 400 INVALID_REQUEST", async () => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", { wechatpaySerial: null });
    expect(response.status).toBe(400);
    expect(jsonOf(response)["code"]).toBe("INVALID_REQUEST");
  });

  it("checks the signature before the serial (a bad signature is 401 even with a wrong serial)", async () => {
    const response = await rawRequest(sandbox, "GET", listTarget(), "", {
      wechatpaySerial: "PUB_KEY_ID_1",
      timestamp: 1554208460,
    });
    expect(response.status).toBe(401);
  });
});
