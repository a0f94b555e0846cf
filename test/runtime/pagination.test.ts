/** paginate walks `offset` as a page index and stops on total_count or an empty page. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import { paginate } from "../../runtime/pagination.js";
import { makeTestKeys, MCHID, PUB_KEY_ID, SERIAL_NO } from "./helpers/keys.js";
import { listStocksOp } from "./helpers/operations.js";
import { signedResponse, startTestServer } from "./helpers/server.js";
import type { TestServer } from "./helpers/server.js";

const keys = makeTestKeys();
const NOW = 1_700_000_000_000;
let server: TestServer;
let client: WechatPayClient;
let total = 23;
/** When set, the server pretends total_count is this while only serving `total` rows. */
let claimedTotal: number | undefined;

beforeAll(async () => {
  server = await startTestServer((request) => {
    const query = new URLSearchParams(request.url.split("?")[1] ?? "");
    const page = Number(query.get("offset"));
    const limit = Number(query.get("limit"));
    const ids = Array.from({ length: total }, (_v, i) => `s${i}`).slice(
      page * limit,
      page * limit + limit,
    );
    const body = JSON.stringify({
      data: ids.map((stock_id) => ({ stock_id })),
      total_count: claimedTotal ?? total,
      offset: page,
      limit,
    });
    return signedResponse(keys.wechatPrivate, PUB_KEY_ID, body, NOW);
  });
  client = new WechatPayClient({
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivate,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublic,
    baseUrl: server.baseUrl,
    now: () => NOW,
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  total = 23;
  claimedTotal = undefined;
});

async function collect(params: { offset?: number; limit: number }): Promise<string[]> {
  const out: string[] = [];
  const pages = paginate<{ stock_id: string }, typeof params & { stock_creator_mchid: string }>(
    client,
    listStocksOp,
    { stock_creator_mchid: MCHID, ...params },
  );
  for await (const stock of pages) out.push(stock.stock_id);
  return out;
}

describe("paginate", () => {
  it("requests pages 0,1,2 (page index, not row offset) and yields every item once", async () => {
    const ids = await collect({ limit: 10 });
    expect(ids).toEqual(Array.from({ length: 23 }, (_v, i) => `s${i}`));
    expect(
      server.requests.map((r) => new URLSearchParams(r.url.split("?")[1]).get("offset")),
    ).toEqual(["0", "1", "2"]);
  });

  it("stops without an extra request when the last page is exactly full", async () => {
    total = 20;
    expect(await collect({ limit: 10 })).toHaveLength(20);
    expect(server.requests).toHaveLength(2);
  });

  it("stops on an empty page even if total_count claims more", async () => {
    claimedTotal = 100;
    expect(await collect({ limit: 10 })).toHaveLength(23);
    expect(server.requests).toHaveLength(4);
  });

  it("starts at the given page and counts earlier rows as seen", async () => {
    const ids = await collect({ offset: 1, limit: 10 });
    expect(ids[0]).toBe("s10");
    expect(ids).toHaveLength(13);
    expect(server.requests).toHaveLength(2);
  });

  it("an empty list makes one request", async () => {
    total = 0;
    expect(await collect({ limit: 10 })).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("breaking out early stops fetching", async () => {
    for await (const _stock of paginate(client, listStocksOp, {
      stock_creator_mchid: MCHID,
      limit: 10,
    }))
      break;
    expect(server.requests).toHaveLength(1);
  });
});
