/**
 * A scripted loopback HTTP server for wire tests: records every request exactly as received (raw
 * request target and body bytes) and answers with whatever the test's handler returns.
 */
import { createServer } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { KeyObject } from "node:crypto";
import { buildResponseVerifyMessage, signMessage } from "../../../runtime/signing.js";

export interface CapturedRequest {
  readonly method: string;
  /** The raw request target from the request line, untouched by any URL parser. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Client-side port of the TCP connection (equal ports = a reused keep-alive connection). */
  readonly remotePort: number | undefined;
}

export interface ScriptedResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Destroy the socket instead of answering (connection reset). */
  readonly reset?: boolean;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Send the headers and the first half of the body, then wait this long before the rest. */
  readonly stallBodyMs?: number;
}

export type Handler = (request: CapturedRequest, index: number) => ScriptedResponse;

export interface TestServer {
  readonly baseUrl: string;
  readonly requests: CapturedRequest[];
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTestServer(handler: Handler): Promise<TestServer> {
  let current = handler;
  const requests: CapturedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const captured: CapturedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
        remotePort: req.socket.remotePort,
      };
      requests.push(captured);
      const scripted = current(captured, requests.length - 1);
      const respond = (): void => {
        if (scripted.reset === true) {
          req.socket.destroy();
          return;
        }
        if (scripted.stallBodyMs === undefined) {
          res.writeHead(scripted.status ?? 200, scripted.headers ?? {});
          res.end(scripted.body ?? "");
          return;
        }
        // A declared length makes the client wait for the missing half instead of ending early.
        const body = Buffer.from(scripted.body ?? "");
        res.writeHead(scripted.status ?? 200, {
          ...scripted.headers,
          "content-length": String(body.length),
        });
        const half = Math.floor(body.length / 2);
        res.write(body.subarray(0, half));
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) res.end(body.subarray(half));
        }, scripted.stallBodyMs);
        timers.add(timer);
      };
      if (scripted.delayMs !== undefined) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) respond();
        }, scripted.delayMs);
        timers.add(timer);
      } else {
        respond();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    setHandler(next) {
      current = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A 2xx answer signed like WeChat Pay does (timestamp from `nowMs`). */
export function signedResponse(
  wechatPrivate: KeyObject,
  serial: string,
  body: string,
  nowMs: number,
  extra: { status?: number; headers?: Record<string, string>; nonce?: string } = {},
): ScriptedResponse {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = extra.nonce ?? "c5ac7061fccab6bf3e254dcf98995b8c";
  const signature = signMessage(
    wechatPrivate,
    buildResponseVerifyMessage(timestamp, nonce, Buffer.from(body)),
  );
  return {
    status: extra.status ?? 200,
    body,
    headers: {
      "content-type": "application/json",
      "request-id": "08F78BB5AF0610D302",
      "wechatpay-timestamp": timestamp,
      "wechatpay-nonce": nonce,
      "wechatpay-signature": signature,
      "wechatpay-serial": serial,
      "wechatpay-signature-type": "WECHATPAY2-SHA256-RSA2048",
      ...extra.headers,
    },
  };
}
