/**
 * Child-process entry: a deliberately cheap WeChat-Pay-like server for the client benchmark.
 * It does NOT verify requests and answers every GET of the list-stocks path with one body it
 * signed ahead of time, so almost all measured cost is the clients'. It re-signs in the
 * background every minute so the timestamp stays inside the clients' ±300 s window.
 *
 * argv: <fixtures dir>. Reports `{ port }` over IPC once listening on 127.0.0.1 (random port);
 * exits when the parent disconnects.
 */
import { createServer } from "node:http";
import { loadFixtures } from "./fixtures.js";
import { signedResponseHeaders } from "./signed-response.js";
import { stockPageBody } from "./stock-page.js";

const LIST_STOCKS_PATH = "/v3/marketing/favor/stocks";

const fixturesDir = process.argv[2];
if (!fixturesDir) throw new Error("usage: server.ts <fixtures dir>");
const fixtures = loadFixtures(fixturesDir);
const body = Buffer.from(stockPageBody(fixtures.stockCreatorMchid));

let headers = signedResponseHeaders(fixtures, body);
const resign = setInterval(() => (headers = signedResponseHeaders(fixtures, body)), 60_000);

const server = createServer((req, res) => {
  const path = req.url ?? "";
  if (
    req.method === "GET" &&
    (path === LIST_STOCKS_PATH || path.startsWith(`${LIST_STOCKS_PATH}?`))
  ) {
    res.writeHead(200, headers);
    res.end(body);
    return;
  }
  // Anything else is a bug in a client adapter: fail loudly, unsigned.
  res.writeHead(404, { "Content-Type": "application/json" });
  res.end(
    JSON.stringify({
      code: "RESOURCE_NOT_EXISTS",
      message: `bench server serves only ${LIST_STOCKS_PATH}`,
    }),
  );
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
