/**
 * The optional full response validation (`validateResponses`): deeper mismatches than the
 * always-on top-level check are typed errors naming the field; real sandbox answers pass.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCouponStock,
  listStocks,
  queryStock,
  queryStockOperation,
} from "../../generated/index.js";
import { specDocument } from "../../generated/spec-document.js";
import { ConfigurationError, ResponseShapeError, WechatPayClient } from "../../runtime/index.js";
import { createSpecResponseValidator, startSandbox, type Sandbox } from "../../sandbox/index.js";
import { stockParams } from "../e2e/harness.js";
import {
  answerSigned,
  makeClient,
  QUERY,
  rejectionOf,
  startHostileServer,
  STOCK,
} from "./helpers.js";

const validator = createSpecResponseValidator(specDocument);
describe("validateResponses against a hostile server", () => {
  it("a wrong nested type passes the top-level check but not full validation", async () => {
    const server = await startHostileServer((_req, res) =>
      answerSigned(res, JSON.stringify({ ...STOCK, stock_name: 5, distributed_coupons: "many" })),
    );
    try {
      const plain = makeClient(server).client;
      await expect(plain.request(queryStockOperation, QUERY)).resolves.toMatchObject({
        stock_name: 5,
      });
      await plain.close();
      const strict = makeClient(server, { validateResponses: validator }).client;
      const error = await rejectionOf(strict.request(queryStockOperation, QUERY));
      expect(error).toBeInstanceOf(ResponseShapeError);
      const paths = (error as ResponseShapeError).issues.map((i) => i.path);
      expect(paths).toContain("stock_name");
      expect(paths).toContain("distributed_coupons");
      await strict.close();
    } finally {
      await server.close();
    }
  });

  it("refuses a document without paths and a non-function option", () => {
    expect(() => createSpecResponseValidator({})).toThrow(ConfigurationError);
    const server = { baseUrl: "http://127.0.0.1:9" };
    expect(() =>
      makeClient(server, { validateResponses: true as unknown as typeof validator }),
    ).toThrow(ConfigurationError);
  });
});

describe("validateResponses against the sandbox", () => {
  let sandbox: Sandbox;
  let client: WechatPayClient;
  beforeAll(async () => {
    sandbox = await startSandbox();
    client = new WechatPayClient({ ...sandbox.clientConfig, validateResponses: validator });
  });
  afterAll(async () => {
    await client.close();
    await sandbox.close();
  });

  it("real answers pass full validation", async () => {
    const { stock_id } = await createCouponStock(client, stockParams(sandbox));
    await expect(
      queryStock(client, { stock_id, stock_creator_mchid: sandbox.mchid }),
    ).resolves.toMatchObject({ stock_id });
    const page = await listStocks(client, {
      offset: 0,
      limit: 10,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(page.total_count).toBeGreaterThan(0);
  });
});
