// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

export * from "./models.js";
export * from "./enums.js";
export * from "./metadata.js";
export * from "./webhooks.js";
export * from "./operations/createCouponStock.js";
export * from "./operations/listAvailableMerchants.js";
export * from "./operations/listAvailableSingleitems.js";
export * from "./operations/listCouponsByFilter.js";
export * from "./operations/listStocks.js";
export * from "./operations/pauseStock.js";
export * from "./operations/queryCallback.js";
export * from "./operations/queryCoupon.js";
export * from "./operations/queryStock.js";
export * from "./operations/refundFlow.js";
export * from "./operations/restartStock.js";
export * from "./operations/sendCoupon.js";
export * from "./operations/setCallback.js";
export * from "./operations/startStock.js";
export * from "./operations/stopStock.js";
export * from "./operations/uploadImage.js";
export * from "./operations/useFlow.js";
