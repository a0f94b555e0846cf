/**
 * Child-process entry: a deliberately cheap WeChat-Pay-like server for the client benchmark.
 * It does NOT verify requests and answers every GET of the list-stocks path with one body it
 * signed ahead of time, so almost all measured cost is the clients'. It re-signs in the
 * background every minute so the timestamp stays inside the clients' ±300 s window.
 *
 * argv: <fixtures dir>. Reports `{ port }` over IPC once listening on 127.0.0.1 (random port);
 * exits when the parent disconnects.
 */
import { createPrivateKey, randomBytes, sign } from "node:crypto";
import { createServer } from "node:http";
import { loadFixtures } from "./fixtures.js";
import { stockPageBody } from "./stock-page.js";

const LIST_STOCKS_PATH = "/v3/marketing/favor/stocks";

const fixturesDir = process.argv[2];
if (!fixturesDir) throw new Error("usage: server.ts <fixtures dir>");
const fixtures = loadFixtures(fixturesDir);
const platformKey = createPrivateKey(fixtures.platformPrivateKeyPem);
const body = Buffer.from(stockPageBody(fixtures.stockCreatorMchid));

function signedHeaders(): Record<string, string | number> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString("hex");
  const message = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, Buffer.from("\n")]);
  return {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": body.length,
    "Request-ID": "08F78BB5AF0610D302A38D7E19A0B56D",
    "Wechatpay-Timestamp": timestamp,
    "Wechatpay-Nonce": nonce,
    "Wechatpay-Serial": fixtures.pubKeyId,
    "Wechatpay-Signature": sign("sha256", message, platformKey).toString("base64"),
    "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
  };
}

let headers = signedHeaders();
const resign = setInterval(() => (headers = signedHeaders()), 60_000);

const server = createServer((req, res) => {
  const path = req.url ?? "";
  if (req.method === "GET" && (path === LIST_STOCKS_PATH || path.startsWith(`${LIST_STOCKS_PATH}?`))) {
    res.writeHead(200, headers);
    res.end(body);
    return;
  }
  // Anything else is a bug in a client adapter: fail loudly, unsigned.
  res.writeHead(404, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ code: "RESOURCE_NOT_EXISTS", message: `bench server serves only ${LIST_STOCKS_PATH}` }));
});
server.keepAliveTimeout = 30_000;

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("unexpected server address");
  process.send?.({ port: address.port });
});

process.on("disconnect", () => {
  clearInterval(resign);
  server.closeAllConnections();
  server.close();
});
