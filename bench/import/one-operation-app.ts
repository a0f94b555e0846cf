/**
 * The program the bundle-size benchmark compiles: what a merchant's service that needs one
 * operation looks like. Imports from the package root (`index.ts`, i.e. `from "wechatpay-favor"`),
 * so tree-shaking (not a deep import) is what keeps the other operations, the generator and the
 * sandbox out of the bundle.
 */
import { listStocks, WechatPayClient } from "../../index.js";
import type { StockCollection, WechatPayClientConfig } from "../../index.js";

export async function firstPageOfStocks(
  config: WechatPayClientConfig,
  stockCreatorMchid: string,
): Promise<StockCollection> {
  const client = new WechatPayClient(config);
  try {
    return await listStocks(client, {
      offset: 0,
      limit: 10,
      stock_creator_mchid: stockCreatorMchid,
    });
  } finally {
    await client.close();
  }
}
