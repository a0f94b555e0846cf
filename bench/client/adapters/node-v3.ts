/**
 * `wechatpay-node-v3` 2.2.1 used as its README shows: `new WxPay({ appid, mchid, publicKey:
 * apiclient_cert.pem, privateKey })` (it derives the merchant serial from the certificate with
 * @fidm/x509, so it needs an X.509 merchant cert), `getSignature` + `getAuthorization`, the
 * request sent with superagent (the HTTP library the README uses, and its own dependency).
 *
 * Verification: the library's built-in API methods never verify responses; the README lists
 * `verifySign({ timestamp, nonce, body, serial, signature })` for the user to call, which we do.
 * It looks keys up in the static `Pay.certificates` map, which it fills only by downloading
 * platform certificates from the hard-coded https://api.mch.weixin.qq.com/v3/certificates —
 * it has no 微信支付公钥 (PUB_KEY_ID) mode — so we seed that map with the public key under the
 * PUB_KEY_ID. It does not check the ±300 s window, and it re-parses the PEM on every verify.
 */
import { createRequire } from "node:module";
import WxPay from "wechatpay-node-v3";
import { assertStockPage, type ClientAdapter } from "../adapter.js";

/** The slice of superagent's API the README uses (superagent ships no types; @types/superagent isn't installed). */
interface SuperagentResponse {
  readonly status: number;
  readonly text: string;
  readonly headers: Record<string, string | undefined>;
}
interface Superagent {
  get(url: string): { set(headers: Record<string, string>): Promise<SuperagentResponse> };
}

const require = createRequire(import.meta.url);
// Resolved from wechatpay-node-v3's own location so we use exactly the copy it depends on.
const superagent = require(
  require.resolve("superagent", { paths: [require.resolve("wechatpay-node-v3")] }),
) as Superagent;

export const nodeV3Adapter: ClientAdapter = {
  name: "wechatpay-node-v3 2.2.1 (superagent)",
  verification:
    "user calls verifySign() (README); no PUB_KEY_ID mode, so Pay.certificates is seeded by hand; no ±300 s check",
  async create({ baseUrl, fixtures }) {
    const pay = new WxPay({
      appid: "wx0000000000000000",
      mchid: fixtures.mchid,
      publicKey: Buffer.from(fixtures.merchantCertificatePem),
      privateKey: Buffer.from(fixtures.merchantPrivateKeyPem),
    });
    // See the file comment: the only way to give it a key for a PUB_KEY_ID serial.
    Reflect.set(WxPay, "certificates", { [fixtures.pubKeyId]: fixtures.platformPublicKeyPem });
    const url = `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${fixtures.stockCreatorMchid}`;

    return async () => {
      // Exactly the README's nonce and timestamp recipes.
      const nonce_str = Math.random().toString(36).substr(2, 15);
      const timestamp = parseInt(String(+new Date() / 1000)).toString();
      const signature = pay.getSignature("GET", nonce_str, timestamp, url);
      const authorization = pay.getAuthorization(nonce_str, timestamp, signature);
      const result = await superagent.get(baseUrl + url).set({
        Accept: "application/json",
        "User-Agent": "wechatpay-favor-bench-node-v3/1",
        "Wechatpay-Serial": fixtures.pubKeyId,
        Authorization: authorization,
      });
      const ok = await pay.verifySign({
        timestamp: result.headers["wechatpay-timestamp"] ?? "",
        nonce: result.headers["wechatpay-nonce"] ?? "",
        body: result.text,
        serial: result.headers["wechatpay-serial"] ?? "",
        signature: result.headers["wechatpay-signature"] ?? "",
      });
      if (!ok) throw new Error("wechatpay-node-v3: response signature does not verify");
      assertStockPage(JSON.parse(result.text));
    };
  },
};
