/**
 * A loopback HTTP server that records every request exactly as received (raw request target from
 * the request line, raw body bytes) and answers through a handler. Used where the sandbox would
 * hide what we need to see: the wire target, or responses we forge on purpose.
 */
import { createServer } from "node:http";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  readonly method: string;
  /** Raw request target (`req.url`), untouched by any URL parser. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

export type AnswerFn = (request: ReceivedRequest) => Answer;

export interface LocalServer {
  readonly baseUrl: string;
  readonly requests: ReceivedRequest[];
  setHandler(handler: AnswerFn): void;
  close(): Promise<void>;
}

export async function startLocalServer(handler: AnswerFn): Promise<LocalServer> {
  let current = handler;
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const received: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(received);
      let answer: Answer;
      try {
        answer = current(received);
      } catch (error) {
        answer = { status: 599, body: `test handler failed: ${(error as Error).message}` };
      }
      try {
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      } catch {
        // A header node:http cannot write (e.g. non-Latin-1): fail fast instead of leaving the client waiting.
        req.socket.destroy();
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    setHandler: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
