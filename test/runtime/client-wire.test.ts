/** Requests captured on a loopback server: the bytes on the wire are exactly what was signed. */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import { RequestValidationError } from "../../runtime/errors.js";
import {
  buildRequestSigningString,
  parseAuthorization,
  verifyMessage,
} from "../../runtime/signing.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import {
  createStockOp,
  listStocksOp,
  queryStockOp,
  startStockOp,
  uploadImageOp,
  useFlowOp,
} from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";
import type { CapturedRequest, TestServer } from "./helpers/server.js";

const keys = makeTestKeys();
const NOW = 1_700_000_000_000;
let server: TestServer;
let client: WechatPayClient;

beforeAll(async () => {
  server = await startTestServer(() =>
    signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', NOW),
  );
  client = new WechatPayClient({
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivatePem,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublicPem,
    baseUrl: server.baseUrl,
    now: () => NOW,
  });
});

afterAll(async () => {
  await client.close();
  await server.close();
});

/** Server-side check: rebuild the signing string from what arrived and verify with the merchant key. */
function verifyCaptured(
  request: CapturedRequest,
  signedBody = request.body.toString("utf8"),
): void {
  const auth = parseAuthorization(String(request.headers.authorization));
  expect(auth).toBeDefined();
  if (auth === undefined) return;
  expect(auth.mchid).toBe(MCHID);
  expect(auth.serial_no).toBe(SERIAL_NO);
  expect(auth.timestamp).toBe(String(NOW / 1000));
  expect(auth.nonce_str).toMatch(/^[0-9A-Za-z]{32}$/);
  const signingString = buildRequestSigningString(
    request.method,
    request.url,
    auth.timestamp,
    auth.nonce_str,
    signedBody,
  );
  expect(verifyMessage(keys.merchantPublic, signingString, auth.signature)).toBe(true);
  expect(request.headers["wechatpay-serial"]).toBe(PUB_KEY_ID);
  expect(request.headers.accept).toBe("application/json");
  expect(request.headers["user-agent"]).toMatch(/^wechatpay-favor\/\d+\.\d+\.\d+ node\/\d+/);
}

describe("request target and body on the wire", () => {
  it("GET: query encoded in op.params order, RFC 3339 Date in +08:00, signature verifies on the server", async () => {
    server.requests.length = 0;
    const data = await client.request<{ ok: boolean }>(listStocksOp, {
      stock_creator_mchid: MCHID,
      limit: 10,
      offset: 0,
      create_start_time: new Date("2015-05-20T05:29:35.120Z"),
      create_end_time: "2015-05-21T13:29:35+08:00",
    });
    expect(data).toEqual({ ok: true });
    const [request] = server.requests;
    expect(request?.url).toBe(
      "/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=1900000001" +
        "&create_start_time=2015-05-20T13%3A29%3A35%2B08%3A00&create_end_time=2015-05-21T13%3A29%3A35%2B08%3A00",
    );
    expect(request?.body.length).toBe(0);
    expect(request?.headers["content-type"]).toBeUndefined();
    if (request) verifyCaptured(request);
  });

  it("path params are percent-encoded and the exact encoded target is what was signed", async () => {
    server.requests.length = 0;
    await client.request(queryStockOp, {
      stock_id: "it's (a) b*c!",
      stock_creator_mchid: "a b+c:d",
    });
    const [request] = server.requests;
    expect(request?.url).toBe(
      "/v3/marketing/favor/stocks/it%27s%20%28a%29%20b%2Ac%21?stock_creator_mchid=a%20b%2Bc%3Ad",
    );
    if (request) verifyCaptured(request);
  });

  it("non-ASCII values go out as UTF-8 percent-encoding", async () => {
    server.requests.length = 0;
    await client.request(queryStockOp, { stock_id: "券", stock_creator_mchid: "商户" });
    expect(server.requests[0]?.url).toBe(
      "/v3/marketing/favor/stocks/%E5%88%B8?stock_creator_mchid=%E5%95%86%E6%88%B7",
    );
    const first = server.requests[0];
    if (first) verifyCaptured(first);
  });

  it("POST: JSON body serialized once, Dates as +08:00, undefined/null omitted, same bytes signed and sent", async () => {
    server.requests.length = 0;
    await client.request(
      createStockOp,
      {
        stock_name: '满100减10 "测试"',
        available_begin_time: new Date("2026-01-01T00:00:00Z"),
        out_request_no: "1900000001-20260101-1",
        comment: undefined,
      },
      { validate: false },
    );
    const [request] = server.requests;
    expect(request?.body.toString("utf8")).toBe(
      '{"stock_name":"满100减10 \\"测试\\"","available_begin_time":"2026-01-01T08:00:00+08:00","out_request_no":"1900000001-20260101-1"}',
    );
    expect(request?.headers["content-type"]).toBe("application/json");
    if (request) verifyCaptured(request);
  });

  it("POST with path param: body holds only body fields (V2 shape)", async () => {
    server.requests.length = 0;
    await client.request(startStockOp, { stock_id: "9856000", stock_creator_mchid: "8956000" });
    const [request] = server.requests;
    expect(request?.url).toBe("/v3/marketing/favor/stocks/9856000/start");
    expect(request?.body.toString()).toBe('{"stock_creator_mchid":"8956000"}');
    if (request) verifyCaptured(request);
  });

  it("image upload: meta part equals the signed line 5 and carries the file's SHA-256", async () => {
    server.requests.length = 0;
    const file = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await client.request(uploadImageOp, { filename: "logo.png", file });
    const [request] = server.requests;
    const sha = createHash("sha256").update(file).digest("hex");
    const meta = `{"filename":"logo.png","sha256":"${sha}"}`;
    const contentType = String(request?.headers["content-type"]);
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(contentType)?.[1];
    expect(boundary).toBeDefined();
    const body = request?.body ?? Buffer.alloc(0);
    const expected = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    expect(body.equals(expected)).toBe(true);
    if (request) verifyCaptured(request, meta);
  });

  it("every attempt carries a fresh nonce", async () => {
    server.requests.length = 0;
    await client.request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID });
    await client.request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID });
    const nonces = server.requests.map(
      (r) => parseAuthorization(String(r.headers.authorization))?.nonce_str,
    );
    expect(new Set(nonces).size).toBe(2);
  });

  it("extra headers are sent but cannot override protocol headers", async () => {
    server.requests.length = 0;
    await client.request(
      queryStockOp,
      { stock_id: "1", stock_creator_mchid: MCHID },
      { headers: { "X-Sandbox-Fault": "none" } },
    );
    expect(server.requests[0]?.headers["x-sandbox-fault"]).toBe("none");
    await expect(
      client.request(
        queryStockOp,
        { stock_id: "1", stock_creator_mchid: MCHID },
        { headers: { Authorization: "x" } },
      ),
    ).rejects.toBeInstanceOf(RequestValidationError);
  });

  it.each([
    ["a NUL in the value", { "X-Trace": "a\u0000b" }, "headers.X-Trace"],
    ["a non-Latin-1 value", { "X-Trace": "日本" }, "headers.X-Trace"],
    ["a space in the name", { "X Trace": "v" }, "headers.X Trace"],
  ])(
    "an extra header with %s is a RequestValidationError and nothing is sent",
    async (_name, headers, path) => {
      server.requests.length = 0;
      const error = await client
        .request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID }, { headers })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual([path]);
      expect(server.requests).toHaveLength(0);
    },
  );
});

describe("responses", () => {
  it("requestRaw exposes status, headers and Request-ID", async () => {
    const raw = await client.requestRaw<{ ok: boolean }>(queryStockOp, {
      stock_id: "1",
      stock_creator_mchid: MCHID,
    });
    expect(raw.status).toBe(200);
    expect(raw.requestId).toBe("08F78BB5AF0610D302");
    expect(raw.headers["wechatpay-serial"]).toBe(PUB_KEY_ID);
    expect(raw.data).toEqual({ ok: true });
  });

  it("204 with a signed empty body gives undefined", async () => {
    server.setHandler(() =>
      signedResponse(keys.wechatPrivate, PUB_KEY_ID, "", NOW, { status: 204 }),
    );
    try {
      expect(
        await client.request(startStockOp, { stock_id: "1", stock_creator_mchid: MCHID }),
      ).toBeUndefined();
    } finally {
      server.setHandler(() => signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', NOW));
    }
  });

  it("unsigned operations (use-flow) skip verification", async () => {
    server.setHandler(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"url":"u","hash_value":"h","hash_type":"SHA1"}',
    }));
    try {
      expect(await client.request(useFlowOp, { stock_id: "1" })).toEqual({
        url: "u",
        hash_value: "h",
        hash_type: "SHA1",
      });
    } finally {
      server.setHandler(() => signedResponse(keys.wechatPrivate, PUB_KEY_ID, '{"ok":true}', NOW));
    }
  });
});

describe("input errors before sending", () => {
  it.each([
    ["slash", "a/b"],
    ["dot-dot", ".."],
    ["control character", "a\u0000b"],
    ["empty", ""],
  ])("path param with %s is rejected and nothing is sent", async (_name, stockId) => {
    server.requests.length = 0;
    const error = await client
      .request(queryStockOp, { stock_id: stockId, stock_creator_mchid: MCHID })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]?.path).toBe("stock_id");
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["year 10000", new Date("+010000-01-01T00:00:00Z")],
    ["an invalid Date", new Date(Number.NaN)],
  ])(
    "a body Date that cannot be written as RFC 3339 (%s) is a RequestValidationError naming the field",
    async (_name, date) => {
      server.requests.length = 0;
      const error = await client
        .request(createStockOp, {
          stock_name: "s",
          available_begin_time: date,
          out_request_no: "n1",
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual([
        "available_begin_time",
      ]);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("a body JSON cannot hold (BigInt) is a RequestValidationError, not a TypeError", async () => {
    const error = await client
      .request(
        createStockOp,
        { stock_name: "s", comment: 1n as unknown as string, out_request_no: "n1" },
        { validate: false },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
  });

  it("unknown params are rejected even without a validation schema", async () => {
    const error = await client
      .request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID, stockId: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      { path: "stockId", message: "is not a parameter of queryStock" },
    ]);
  });

  it("schema validation lists every offending path", async () => {
    const error = await client
      .request(listStocksOp, { offset: -1, limit: 11, status: "RUNNING", extra: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path).sort()).toEqual(
      ["extra", "limit", "offset", "status", "stock_creator_mchid"].sort(),
    );
  });
});

describe("call options", () => {
  it.each([
    [{ timeout: 0 }, "options.timeout"],
    [{ timeout: Number.NaN }, "options.timeout"],
    [{ maxRetries: -1 }, "options.maxRetries"],
    // Node clamps a timer over 2^31−1 ms to 1 ms: such a timeout would fail every attempt at once.
    [{ timeout: 2 ** 31 }, "options.timeout"],
  ])("%j is refused before sending", async (options, path) => {
    server.requests.length = 0;
    const error = await client
      .request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID }, options)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]?.path).toBe(path);
    expect(server.requests).toHaveLength(0);
  });
});

describe("transport", () => {
  it("keeps the connection alive between calls", async () => {
    server.requests.length = 0;
    for (let i = 0; i < 6; i++)
      await client.request(queryStockOp, { stock_id: String(i), stock_creator_mchid: MCHID });
    const ports = new Set(server.requests.map((r) => r.remotePort));
    expect(server.requests).toHaveLength(6);
    // Without keep-alive every call would open a new connection (6 ports); undici's pool may
    // alternate between two warm connections, so allow a couple.
    expect(ports.size).toBeLessThanOrEqual(2);
  });

  it("a baseUrl path prefix is part of the signed target", async () => {
    const prefixed = new WechatPayClient({
      mchid: MCHID,
      serialNo: SERIAL_NO,
      privateKey: keys.merchantPrivate,
      wechatpayPublicKeyId: PUB_KEY_ID,
      wechatpayPublicKey: keys.wechatPublic,
      baseUrl: `${server.baseUrl}/gateway/`,
      now: () => NOW,
    });
    try {
      server.requests.length = 0;
      await prefixed.request(queryStockOp, { stock_id: "1", stock_creator_mchid: MCHID });
      const [request] = server.requests;
      expect(request?.url).toBe(
        "/gateway/v3/marketing/favor/stocks/1?stock_creator_mchid=1900000001",
      );
      if (request) verifyCaptured(request);
    } finally {
      await prefixed.close();
    }
  });
});
