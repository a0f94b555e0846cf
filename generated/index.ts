// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: e33ba3ed88071f06a89fed8f1fc460278d5cef3a9c001a78596ddc96df98ca1d
export type { components, operations, paths, webhooks } from "./schema.js";
export * from "./models.js";
export * from "./enums.js";
export * from "./metadata.js";
export * from "./webhooks.js";
export * from "./operations/createCouponStock.js";
export * from "./operations/listStocks.js";
