/**
 * Our generated client with full response validation on (`validateResponses` with the spec's
 * schemas, ajv): the cost of the option, measured beside the default client in the probe.
 */
import { listStocks } from "../../../generated/index.js";
import { WechatPayClient } from "../../../runtime/index.js";
import { createSpecResponseValidator } from "../../../sandbox/index.js";
import { assertStockPage, type ClientAdapter } from "../adapter.js";

export const oursValidatedAdapter: ClientAdapter = {
  name: "ours + validateResponses",
  verification: "as ours, plus every answer checked against the spec's response schema",
  async create({ baseUrl, fixtures, dispatcher }) {
    const client = new WechatPayClient({
      mchid: fixtures.mchid,
      serialNo: fixtures.merchantSerial,
      privateKey: fixtures.merchantPrivateKeyPem,
      wechatpayPublicKeyId: fixtures.pubKeyId,
      wechatpayPublicKey: fixtures.platformPublicKeyPem,
      baseUrl,
      validateResponses: createSpecResponseValidator(),
      ...(dispatcher ? { dispatcher } : {}),
    });
    return async () => {
      const page = await listStocks(client, {
        offset: 0,
        limit: 10,
        stock_creator_mchid: fixtures.stockCreatorMchid,
      });
      assertStockPage(page);
    };
  },
};
