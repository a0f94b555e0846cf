/**
 * Root entry of the wechatpay-favor package (`import … from "wechatpay-favor"`): the generated
 * operations, models and enums plus the runtime's public API (client, errors, pagination,
 * notifications). Kept as plain re-exports so bundlers can drop every operation a service doesn't call.
 */
export * from "./generated/index.js";
export * from "./runtime/index.js";
