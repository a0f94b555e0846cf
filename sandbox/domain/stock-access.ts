/** Finding a stock and checking that the caller may act on it. */
import type { SandboxContext } from "../context.js";
import { notFound, requestBlocked } from "../errors.js";
import { getOwn, type StockRecord } from "../state/store.js";

export function loadStock(ctx: SandboxContext, stockId: string): StockRecord {
  const stock = getOwn(ctx.state.stocks, stockId);
  if (stock === undefined) throw notFound(`批次不存在 (stock ${stockId} does not exist)`);
  return stock;
}

/**
 * `stock_creator_mchid` must name the stock's creator and the caller must be that creator
 * (the sandbox knows no cross-merchant authorisations).
 */
export function requireCreator(
  stock: StockRecord,
  claimedCreator: string | undefined,
  callerMchid: string,
): void {
  if (claimedCreator !== undefined && claimedCreator !== stock.creator_mchid) {
    throw requestBlocked(
      `stock_creator_mchid ${claimedCreator} 不是该批次的创建商户 (not the creator of stock ${stock.stock_id})`,
    );
  }
  if (callerMchid !== stock.creator_mchid) {
    throw requestBlocked(
      `调用商户无权操作该批次 (merchant ${callerMchid} may not act on stock ${stock.stock_id})`,
    );
  }
}
