/**
 * listStocks, queryStock, listAvailableMerchants, listAvailableSingleitems (https://pay.weixin.qq.com/doc/v3/merchant/4012460489,
 * 4012460564, 4012463358, 4012463442 under the same address).
 */
import { parseRfc3339 } from "../clock.js";
import type { OperationHandler } from "../context.js";
import { requestBlocked, SandboxApiError } from "../errors.js";
import { pageOf, queryInt, queryString } from "../domain/paging.js";
import { loadStock, requireCreator } from "../domain/stock-access.js";
import { effectiveStatus, stockTerms, stockView } from "../domain/stock-view.js";

export const listStocks: OperationHandler = (ctx, req) => {
  const creator = queryString(req.query, "stock_creator_mchid") ?? req.mchid;
  if (creator !== req.mchid)
    throw requestBlocked(
      `无权查询其他商户创建的批次 (merchant ${req.mchid} may not list stocks of ${creator})`,
    );
  const status = queryString(req.query, "status");
  const from = queryString(req.query, "create_start_time");
  const to = queryString(req.query, "create_end_time");
  const fromMs = from === undefined ? Number.NEGATIVE_INFINITY : parseRfc3339(from);
  const toMs = to === undefined ? Number.POSITIVE_INFINITY : parseRfc3339(to);
  const stocks = Object.values(ctx.state.stocks)
    .filter((s) => s.creator_mchid === creator)
    .filter((s) => status === undefined || effectiveStatus(s, ctx.clock) === status)
    .filter((s) => {
      const created = parseRfc3339(s.create_time);
      return created >= fromMs && created <= toMs;
    })
    .sort((a, b) => Number(a.stock_id) - Number(b.stock_id));
  const page = pageOf(stocks, queryInt(req.query, "offset", 0), queryInt(req.query, "limit", 10));
  return { status: 200, body: { ...page, data: page.data.map((s) => stockView(s, ctx.clock)) } };
};

export const queryStock: OperationHandler = (ctx, req) => {
  const stock = loadStock(ctx, req.pathParams["stock_id"] ?? "");
  requireCreator(stock, queryString(req.query, "stock_creator_mchid"), req.mchid);
  return { status: 200, body: stockView(stock, ctx.clock) };
};

export const listAvailableMerchants: OperationHandler = (ctx, req) => {
  const stock = loadStock(ctx, req.pathParams["stock_id"] ?? "");
  requireCreator(stock, queryString(req.query, "stock_creator_mchid"), req.mchid);
  const offset = queryInt(req.query, "offset", 0);
  const page = pageOf(
    stockTerms(stock).availableMerchants,
    offset,
    queryInt(req.query, "limit", 10),
  );
  // Reported by developers (developers.weixin.qq.com thread 00044ecf4000104ee59b85f5951c00): a page
  // index past the last page is refused this way.
  if (offset > 0 && page.data.length === 0) {
    throw new SandboxApiError(
      400,
      "MCH_NOT_EXISTS",
      "商户号不合法 (page index past the last page)",
      { field: "offset", value: offset, issue: "past the last page", location: "query" },
    );
  }
  return { status: 200, body: { ...page, stock_id: stock.stock_id } };
};

export const listAvailableSingleitems: OperationHandler = (ctx, req) => {
  const stock = loadStock(ctx, req.pathParams["stock_id"] ?? "");
  requireCreator(stock, queryString(req.query, "stock_creator_mchid"), req.mchid);
  const page = pageOf(
    stockTerms(stock).availableItems,
    queryInt(req.query, "offset", 0),
    queryInt(req.query, "limit", 10),
  );
  return { status: 200, body: { ...page, stock_id: stock.stock_id } };
};
