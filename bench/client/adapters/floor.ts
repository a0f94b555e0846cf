/**
 * The floor: the least a CORRECT client must do per call. undici Pool with keep-alive,
 * keys parsed into KeyObjects once, one RSA-SHA256 sign of the 5-line string, one verify of
 * the 3-line response string (with header presence, ±300 s and serial checks), JSON.parse.
 * Anything our client spends beyond this is overhead we added.
 */
import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import { Pool } from "undici";
import { assertStockPage, type ClientAdapter } from "../adapter.js";

export const floorAdapter: ClientAdapter = {
  name: "floor (bench/, undici Pool + node:crypto)",
  verification:
    "verifies every 2xx: 4 headers present, |Δt| ≤ 300 s, serial = PUB_KEY_ID, RSA-SHA256",
  async create({ baseUrl, fixtures, dispatcher }) {
    const pool = dispatcher ?? new Pool(baseUrl);
    const privateKey = createPrivateKey(fixtures.merchantPrivateKeyPem);
    const publicKey = createPublicKey(fixtures.platformPublicKeyPem);
    const target = `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${encodeURIComponent(fixtures.stockCreatorMchid)}`;

    return async () => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = randomBytes(16).toString("hex");
      const signature = sign(
        "sha256",
        Buffer.from(`GET\n${target}\n${timestamp}\n${nonce}\n\n`),
        privateKey,
      ).toString("base64");
      const res = await pool.request({
        method: "GET",
        path: target,
        headers: {
          accept: "application/json",
          "user-agent": "wechatpay-favor-bench-floor/1",
          "wechatpay-serial": fixtures.pubKeyId,
          authorization:
            `WECHATPAY2-SHA256-RSA2048 mchid="${fixtures.mchid}",nonce_str="${nonce}",` +
            `timestamp="${timestamp}",serial_no="${fixtures.merchantSerial}",signature="${signature}"`,
        },
      });
      const text = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`floor: HTTP ${res.statusCode}`);
      const h = res.headers;
      const ts = h["wechatpay-timestamp"];
      const rn = h["wechatpay-nonce"];
      const serial = h["wechatpay-serial"];
      const sig = h["wechatpay-signature"];
      if (
        typeof ts !== "string" ||
        typeof rn !== "string" ||
        typeof serial !== "string" ||
        typeof sig !== "string"
      ) {
        throw new Error("floor: response signature headers missing");
      }
      if (Math.abs(Date.now() / 1000 - Number(ts)) > 300)
        throw new Error("floor: response timestamp outside ±300 s");
      if (serial !== fixtures.pubKeyId) throw new Error("floor: unknown Wechatpay-Serial");
      if (
        !verify(
          "sha256",
          Buffer.from(`${ts}\n${rn}\n${text}\n`),
          publicKey,
          Buffer.from(sig, "base64"),
        )
      ) {
        throw new Error("floor: response signature does not verify");
      }
      assertStockPage(JSON.parse(text));
    };
  },
};
