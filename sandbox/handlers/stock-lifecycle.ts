/**
 * start / pause / restart / stop (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/start-stock.html
 * and the pause/restart pages beside it; stop is only in the official SDKs):
 * unactivated →start→ running →pause→ paused →restart→ running; stop only while unactivated.
 * start and pause are documented as idempotent: repeating them on a stock already in the
 * target state returns the first call's time instead of an error.
 */
import { formatChinaTime } from "../clock.js";
import type { OperationHandler, OperationRequest, SandboxContext } from "../context.js";
import { invalidRequest, paramError } from "../errors.js";
import type { StockRecord, StockStatus } from "../state/store.js";
import { requireString } from "../domain/fields.js";
import { loadStock, requireCreator } from "../domain/stock-access.js";
import { effectiveStatus } from "../domain/stock-view.js";

function illegalStatus(
  stock: StockRecord,
  status: StockStatus,
  action: string,
  expected: string,
): never {
  throw paramError(`批次状态不合法 (stock is ${status}; ${action} needs ${expected})`, {
    field: "stock_id",
    value: stock.stock_id,
    issue: `stock status ${status} does not allow ${action} (needs ${expected})`,
    location: "path",
  });
}

function prepare(
  ctx: SandboxContext,
  req: OperationRequest,
): { stock: StockRecord; status: StockStatus; now: string } {
  const stockId = req.pathParams["stock_id"] ?? "";
  const stock = loadStock(ctx, stockId);
  requireCreator(stock, requireString(req.body, "stock_creator_mchid", "body"), req.mchid);
  return {
    stock,
    status: effectiveStatus(stock, ctx.clock),
    now: formatChinaTime(ctx.clock.now()),
  };
}

export const startStock: OperationHandler = (ctx, req) => {
  const { stock, status, now } = prepare(ctx, req);
  if (status === "running" && stock.start_time !== undefined) {
    return { status: 200, body: { stock_id: stock.stock_id, start_time: stock.start_time } };
  }
  if (status === "stoped" && stock.stop_time === undefined)
    throw invalidRequest("活动已结束 (the stock's availability window has ended)");
  if (status !== "unactivated") illegalStatus(stock, status, "start", "unactivated");
  stock.status = "running";
  stock.start_time = now;
  ctx.changed();
  return { status: 200, body: { stock_id: stock.stock_id, start_time: now } };
};

export const pauseStock: OperationHandler = (ctx, req) => {
  const { stock, status, now } = prepare(ctx, req);
  if (status === "paused" && stock.pause_time !== undefined) {
    return { status: 200, body: { stock_id: stock.stock_id, pause_time: stock.pause_time } };
  }
  if (status !== "running") illegalStatus(stock, status, "pause", "running");
  stock.status = "paused";
  stock.pause_time = now;
  ctx.changed();
  return { status: 200, body: { stock_id: stock.stock_id, pause_time: now } };
};

export const restartStock: OperationHandler = (ctx, req) => {
  const { stock, status, now } = prepare(ctx, req);
  if (status !== "paused") illegalStatus(stock, status, "restart", "paused");
  stock.status = "running";
  stock.restart_time = now;
  delete stock.pause_time;
  ctx.changed();
  return { status: 200, body: { stock_id: stock.stock_id, restart_time: now } };
};

export const stopStock: OperationHandler = (ctx, req) => {
  const { stock, status, now } = prepare(ctx, req);
  if (status !== "unactivated") illegalStatus(stock, status, "stop", "unactivated");
  stock.status = "stoped";
  stock.stop_time = now;
  ctx.changed();
  return { status: 200, body: { stock_id: stock.stock_id, stop_time: now } };
};
