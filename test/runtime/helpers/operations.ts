/** Hand-written OperationMeta fixtures (the generator emits the real ones into generated/). */
import type { OperationMeta } from "../../../runtime/operation.js";

export const listStocksOp: OperationMeta = {
  operationId: "listStocks",
  method: "GET",
  path: "/v3/marketing/favor/stocks",
  params: [
    { name: "offset", in: "query" },
    { name: "limit", in: "query" },
    { name: "stock_creator_mchid", in: "query" },
    { name: "create_start_time", in: "query" },
    { name: "create_end_time", in: "query" },
    { name: "status", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
  validation: {
    type: "object",
    additionalProperties: false,
    required: ["offset", "limit", "stock_creator_mchid"],
    properties: {
      offset: { type: "integer", minimum: 0 },
      limit: { type: "integer", minimum: 1, maximum: 10 },
      stock_creator_mchid: { type: "string", minLength: 1, maxLength: 20 },
      create_start_time: { type: "string", format: "date-time", maxLength: 64 },
      create_end_time: { type: "string", format: "date-time", maxLength: 64 },
      status: { type: "string", enum: ["unactivated", "audit", "running", "stoped", "paused"] },
    },
  },
};

export const queryStockOp: OperationMeta = {
  operationId: "queryStock",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "query" },
  ],
  retrySafe: true,
  signedResponse: true,
};

export const startStockOp: OperationMeta = {
  operationId: "startStock",
  method: "POST",
  path: "/v3/marketing/favor/stocks/{stock_id}/start",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
};

/** A POST that must never be replayed once it may have reached the server. */
export const nonIdempotentOp: OperationMeta = {
  operationId: "restartStock",
  method: "POST",
  path: "/v3/marketing/favor/stocks/{stock_id}/restart",
  params: [
    { name: "stock_id", in: "path" },
    { name: "stock_creator_mchid", in: "body" },
  ],
  retrySafe: false,
  signedResponse: true,
};

export const createStockOp: OperationMeta = {
  operationId: "createCouponStock",
  method: "POST",
  path: "/v3/marketing/favor/coupon-stocks",
  params: [
    { name: "stock_name", in: "body" },
    { name: "available_begin_time", in: "body" },
    { name: "out_request_no", in: "body" },
    { name: "comment", in: "body" },
  ],
  retrySafe: true,
  signedResponse: true,
};

export const useFlowOp: OperationMeta = {
  operationId: "useFlow",
  method: "GET",
  path: "/v3/marketing/favor/stocks/{stock_id}/use-flow",
  params: [{ name: "stock_id", in: "path" }],
  retrySafe: true,
  signedResponse: false,
};

export const uploadImageOp: OperationMeta = {
  operationId: "uploadImage",
  method: "POST",
  path: "/v3/marketing/favor/media/image-upload",
  params: [
    { name: "filename", in: "body" },
    { name: "file", in: "body" },
  ],
  retrySafe: false,
  signedResponse: true,
  multipart: { metaPart: "meta", filePart: "file" },
  validation: {
    type: "object",
    additionalProperties: false,
    required: ["filename", "file"],
    properties: {
      filename: { type: "string", minLength: 1, maxLength: 128, pattern: "\\.(jpg|jpeg|bmp|png)$" },
      file: { type: "binary", maxBytes: 2 * 1024 * 1024 },
    },
  },
};
