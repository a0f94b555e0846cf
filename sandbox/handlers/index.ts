/**
 * operationId → hand-written business rules. An operation of the spec missing here is served by
 * the spec default handler (handlers/spec-default.ts); an entry for an operation the spec does not
 * have fails test/sandbox/validation.test.ts.
 */
import type { OperationHandler } from "../context.js";
import { setCallback, queryCallback } from "./callbacks.js";
import { listCouponsByFilter, queryCoupon } from "./coupon-queries.js";
import { createCouponStock } from "./create-stock.js";
import { refundFlow, refundFlowByDay, useFlow, useFlowByDay } from "./flows.js";
import { uploadImage } from "./media.js";
import { modifyAvailableSingleitem } from "./modify-items.js";
import { sendCoupon } from "./send-coupon.js";
import { pauseStock, restartStock, startStock, stopStock } from "./stock-lifecycle.js";
import {
  listAvailableMerchants,
  listAvailableSingleitems,
  listStocks,
  queryStock,
} from "./stock-queries.js";

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
