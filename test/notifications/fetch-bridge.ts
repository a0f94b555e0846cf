/**
 * Serves a fetch-style handler (`(request: Request) => Promise<Response>`) on a node:http server,
 * the way Hono's and Next.js's Node servers do: the request body is streamed into the Request
 * untouched, the Response is written back as is.
 */
import { createServer, type Server } from "node:http";
import { Readable } from "node:stream";

export function fetchServer(handle: (request: Request) => Response | Promise<Response>): Server {
  return createServer((req, res) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
      }
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
        method: req.method ?? "GET",
        headers,
        ...(hasBody
          ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" }
          : {}),
      } as RequestInit);
      const response = await handle(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
}
