/** operationId → handler. Every operation of the spec must appear here (a test checks it). */
import type { OperationHandler } from "./context.js";
import { setCallback, queryCallback } from "./rules/callbacks.js";
import { listCouponsByFilter, queryCoupon } from "./rules/coupon-queries.js";
import { createCouponStock } from "./rules/create-stock.js";
import { refundFlow, refundFlowByDay, useFlow, useFlowByDay } from "./rules/flows.js";
import { uploadImage } from "./rules/media.js";
import { modifyAvailableSingleitem } from "./rules/modify-items.js";
import { sendCoupon } from "./rules/send-coupon.js";
import { pauseStock, restartStock, startStock, stopStock } from "./rules/stock-lifecycle.js";
import {
  listAvailableMerchants,
  listAvailableSingleitems,
  listStocks,
  queryStock,
} from "./rules/stock-queries.js";

export const operationHandlers: Readonly<Record<string, OperationHandler>> = {
  createCouponStock,
  startStock,
  pauseStock,
  restartStock,
  stopStock,
  listStocks,
  queryStock,
  listAvailableMerchants,
  listAvailableSingleitems,
  useFlow,
  refundFlow,
  useFlowByDay,
  refundFlowByDay,
  modifyAvailableSingleitem,
  sendCoupon,
  listCouponsByFilter,
  queryCoupon,
  setCallback,
  queryCallback,
  uploadImage,
};
