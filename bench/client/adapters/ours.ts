/**
 * Our generated client exactly as a user calls it: `new WechatPayClient(config)` with PEM
 * strings (the client parses them once), then the generated `listStocks(client, params)`.
 * Default options: request validation on, retries configured, the client's own keep-alive agent.
 */
import { listStocks } from "../../../generated/index.js";
import { WechatPayClient, type WechatPayClientConfig } from "../../../runtime/index.js";
import { assertStockPage, type ClientAdapter } from "../adapter.js";

export const oursAdapter: ClientAdapter = oursWith(
  "ours (generated listStocks)",
  "built in, always on (headers, ±300 s, serial → key map, RSA-SHA256)",
  () => ({}),
);

/**
 * Our client with `options()` on top of the default configuration (read once per client), so a
 * variant such as ours-validated.ts measures exactly one option's cost.
 */
export function oursWith(
  name: string,
  verification: string,
  options: () => Partial<WechatPayClientConfig>,
): ClientAdapter {
  return {
    name,
    verification,
    async create({ baseUrl, fixtures, dispatcher }) {
      const client = new WechatPayClient({
        mchid: fixtures.mchid,
        serialNo: fixtures.merchantSerial,
        privateKey: fixtures.merchantPrivateKeyPem,
        wechatpayPublicKeyId: fixtures.pubKeyId,
        wechatpayPublicKey: fixtures.platformPublicKeyPem,
        baseUrl,
        ...options(),
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
}
