/**
 * The smallest real use of the package: one operation plus the client from the root entry. The
 * consumer test records every module Node loads for it, and bundles it, to prove that neither the
 * sandbox nor any build-time tool (generator, ts-morph, prettier, yaml) comes along.
 */
import { listStocks, WechatPayClient } from "wechatpay-favor";

console.log(
  JSON.stringify({ listStocks: typeof listStocks, WechatPayClient: typeof WechatPayClient }),
);
