/**
 * `wechatpay-axios-plugin` 0.9.6 used as its README shows: `new Wechatpay({ mchid, serial,
 * privateKey, certs: { [PUB_KEY_ID]: publicKey } })` (its 微信支付公钥 mode), with `baseURL`
 * pointed at the bench server (the README says axios options merge into the same object),
 * and the chained call `wxpay.v3.marketing.favor.stocks.get({ params })`.
 *
 * Verification: built in and on by default (a transformResponse hook checks the 4 headers,
 * ±300 s, the serial and the RSA signature of every 2xx).
 */
import { Wechatpay } from "wechatpay-axios-plugin";
import { assertStockPage, type ClientAdapter } from "../adapter.js";

export const axiosPluginAdapter: ClientAdapter = {
  name: "wechatpay-axios-plugin 0.9.6 (axios)",
  verification: "built in, on by default (headers, ±300 s, serial, RSA-SHA256)",
  async create({ baseUrl, fixtures }) {
    const wxpay = new Wechatpay({
      mchid: fixtures.mchid,
      serial: fixtures.merchantSerial,
      privateKey: fixtures.merchantPrivateKeyPem,
      certs: { [fixtures.pubKeyId]: fixtures.platformPublicKeyPem },
      baseURL: `${baseUrl}/`,
    });
    const params = { offset: 0, limit: 10, stock_creator_mchid: fixtures.stockCreatorMchid };

    return async () => {
      // The chain is resolved per call, as in the README (it is a Proxy; that cost is the user's).
      // `!`: its typings declare the chain as an index signature, which strict mode sees as optional.
      const res = await wxpay.v3!.marketing!.favor!.stocks!.get({ params });
      assertStockPage(res.data);
    };
  },
};
