/**
 * `clientDefault` fields (spec `x-wechatpay-client-default`): on the wire, an omitted field carries
 * the client's mchid, in exactly the bytes (and so under the signature) an explicit value would
 * give; an explicit value is sent as given.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import { RequestValidationError } from "../../runtime/errors.js";
import {
  createCouponStockOperation,
  queryCallbackOperation,
  sendCouponOperation,
  setCallbackOperation,
} from "../../generated/metadata.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { signedResponse, startTestServer, type TestServer } from "./helpers/server.js";

const keys = makeTestKeys();
const NOW = 1_700_000_000_000;
// Every field the three answers require, so the response shape check passes whatever was called.
const ANSWER = JSON.stringify({
  update_time: "2026-01-01T00:00:00+08:00",
  create_time: "2026-01-01T00:00:00+08:00",
  notify_url: "https://example.com/notify",
  mchid: MCHID,
  stock_id: "9856000",
  coupon_id: "1",
});
let server: TestServer;
let client: WechatPayClient;

beforeAll(async () => {
  server = await startTestServer(() => signedResponse(keys.wechatPrivate, PUB_KEY_ID, ANSWER, NOW));
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

/** The body and target the server received for one call. */
async function sent(call: () => Promise<unknown>): Promise<{ url: string; body: string }> {
  const before = server.requests.length;
  await call();
  expect(server.requests.length).toBe(before + 1);
  const request = server.requests[before];
  return { url: request?.url ?? "", body: request?.body.toString("utf8") ?? "" };
}

describe("client defaults on the wire", () => {
  it("metadata records which fields the client fills", () => {
    const defaulted = (op: { params: readonly { name: string; clientDefault?: string }[] }) =>
      op.params.filter((p) => p.clientDefault === "mchid").map((p) => p.name);
    expect(defaulted(setCallbackOperation)).toEqual(["mchid"]);
    expect(defaulted(queryCallbackOperation)).toEqual(["mchid"]);
    expect(defaulted(createCouponStockOperation)).toEqual(["belong_merchant"]);
    // Cross-merchant sending names another merchant's stock: no default.
    expect(defaulted(sendCouponOperation)).toEqual([]);
  });

  it("a JSON body field left out carries the client's mchid, same bytes as passing it", async () => {
    const omitted = await sent(() =>
      client.request(setCallbackOperation, { notify_url: "https://example.com/notify" }),
    );
    const explicit = await sent(() =>
      client.request(setCallbackOperation, {
        mchid: MCHID,
        notify_url: "https://example.com/notify",
      }),
    );
    expect(omitted.body).toBe(`{"mchid":"${MCHID}","notify_url":"https://example.com/notify"}`);
    expect(omitted.body).toBe(explicit.body);
    // `undefined` counts as left out.
    const undefinedValue = await sent(() =>
      client.request(setCallbackOperation, {
        mchid: undefined,
        notify_url: "https://example.com/notify",
      }),
    );
    expect(undefinedValue.body).toBe(explicit.body);
  });

  it("keeps the body's key order when the default lands between other fields", async () => {
    // belong_merchant sits among createCouponStock's fields; validation off keeps the call short.
    const fields = {
      available_end_time: "2026-02-01T00:00:00+08:00",
      comment: "c",
      stock_name: "s",
    };
    const omitted = await sent(() =>
      client.request(createCouponStockOperation, fields, { validate: false }),
    );
    const explicit = await sent(() =>
      client.request(
        createCouponStockOperation,
        {
          stock_name: "s",
          belong_merchant: MCHID,
          comment: "c",
          available_end_time: fields.available_end_time,
        },
        { validate: false },
      ),
    );
    expect(omitted.body).toBe(explicit.body);
    expect(Object.keys(JSON.parse(omitted.body) as object)).toEqual([
      "available_end_time",
      "belong_merchant",
      "comment",
      "stock_name",
    ]);
  });

  it("a query parameter left out carries the client's mchid", async () => {
    const { url } = await sent(() => client.request(queryCallbackOperation, {}));
    expect(url).toBe(`/v3/marketing/favor/callbacks?mchid=${MCHID}`);
  });

  it("an explicit value is sent as given", async () => {
    const body = await sent(() =>
      client.request(setCallbackOperation, {
        mchid: "1900000999",
        notify_url: "https://example.com/notify",
      }),
    );
    expect(body.body).toBe('{"mchid":"1900000999","notify_url":"https://example.com/notify"}');
    const query = await sent(() => client.request(queryCallbackOperation, { mchid: "1900000999" }));
    expect(query.url).toBe("/v3/marketing/favor/callbacks?mchid=1900000999");
  });

  it("an explicit value is still validated; nothing is sent", async () => {
    const before = server.requests.length;
    await expect(
      client.request(setCallbackOperation, { mchid: "abc", notify_url: "https://example.com/n" }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.requests.length).toBe(before);
  });

  it("a field without a default is still required", async () => {
    await expect(
      client.request(sendCouponOperation, {
        openid: "o1",
        stock_id: "1",
        out_request_no: "n1",
        appid: "wx1",
      }),
    ).rejects.toMatchObject({ issues: [{ path: "stock_creator_mchid" }] });
  });
});
