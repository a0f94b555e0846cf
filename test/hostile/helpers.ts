/**
 * What every test/hostile file shares: a loopback server whose every answer the test writes by
 * hand (node:http), one per file with its lifecycle hooks, a client for it with an injected clock
 * and sleep, and the stock both the server and the assertions use.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll } from "vitest";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import { buildResponseVerifyMessage, signMessage } from "../../runtime/signing.js";
import {
  makeTestKeys,
  MCHID,
  PUB_KEY_ID,
  SERIAL_NO,
  type TestKeys,
} from "../runtime/helpers/keys.js";

export const NOW = 1_700_000_000_000;

/** queryStock parameters matching {@link STOCK}. */
export const QUERY = { stock_id: "9856000", stock_creator_mchid: "1900000001" } as const;

/** A queryStock answer that passes the client's top-level response check. */
export const STOCK = {
  stock_id: "9856000",
  stock_creator_mchid: "1900000001",
  stock_name: "满二减一",
  status: "running",
  create_time: "2026-01-01T00:00:00+08:00",
  description: "",
  available_begin_time: "2026-01-01T00:00:00+08:00",
  available_end_time: "2026-02-01T00:00:00+08:00",
  distributed_coupons: 0,
  no_cash: false,
  singleitem: false,
  stock_type: "NORMAL",
} as const;

/** {@link STOCK} as the body a server sends. */
export const STOCK_BODY = JSON.stringify(STOCK);

export type RawHandler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

export interface HostileServer {
  readonly baseUrl: string;
  /** Requests that reached the server (the request line was read). */
  readonly seen: { method: string; url: string }[];
  setHandler(handler: RawHandler): void;
  close(): Promise<void>;
}

export async function startHostileServer(handler: RawHandler): Promise<HostileServer> {
  let current = handler;
  const seen: { method: string; url: string }[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", url: req.url ?? "" });
    // Drain the request body first, as a real server would, then answer.
    req.resume();
    req.on("end", () => current(req, res, seen.length - 1));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    setHandler(next) {
      current = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * One hostile server for the calling test file: started before its tests, closed after them, and
 * after each test back to `handler` with its `seen` list emptied, so a test that swaps the
 * handler cannot leak into the next. The returned object reads through to the running server.
 */
export function hostileServerPerFile(handler: RawHandler): HostileServer {
  let started: HostileServer | undefined;
  const server = (): HostileServer => {
    if (started === undefined) throw new Error("the hostile server is used before beforeAll ran");
    return started;
  };
  beforeAll(async () => {
    started = await startHostileServer(handler);
  });
  afterAll(async () => {
    await started?.close();
  });
  afterEach(() => {
    if (started === undefined) return;
    started.seen.length = 0;
    started.setHandler(handler);
  });
  return {
    get baseUrl() {
      return server().baseUrl;
    },
    get seen() {
      return server().seen;
    },
    setHandler: (next) => server().setHandler(next),
    close: () => server().close(),
  };
}

export const keys: TestKeys = makeTestKeys();

/** Headers that make `body` a correctly signed WeChat Pay answer at `nowMs`. */
export function signedHeaders(body: string | Buffer, nowMs = NOW): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = "c5ac7061fccab6bf3e254dcf98995b8c";
  return {
    "content-type": "application/json",
    "request-id": "08F78BB5AF0610D302",
    "wechatpay-timestamp": timestamp,
    "wechatpay-nonce": nonce,
    "wechatpay-signature": signMessage(
      keys.wechatPrivate,
      buildResponseVerifyMessage(timestamp, nonce, Buffer.from(body)),
    ),
    "wechatpay-serial": PUB_KEY_ID,
  };
}

/** Answers `body`, signed. */
export function answerSigned(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, signedHeaders(body));
  res.end(body);
}

export interface ClientRecord {
  readonly client: WechatPayClient;
  /** Every retry wait the client asked for (the injected sleep does not really wait). */
  readonly sleeps: number[];
}

/** The test merchant's configuration for a client of `server`, its clock fixed at {@link NOW}. */
export function clientConfig(
  server: Pick<HostileServer, "baseUrl">,
  overrides: Partial<WechatPayClientConfig> = {},
): WechatPayClientConfig {
  return {
    mchid: MCHID,
    serialNo: SERIAL_NO,
    privateKey: keys.merchantPrivate,
    wechatpayPublicKeyId: PUB_KEY_ID,
    wechatpayPublicKey: keys.wechatPublic,
    baseUrl: server.baseUrl,
    now: () => NOW,
    ...overrides,
  };
}

/** A client of `server` whose retry waits are recorded, not slept (unless `overrides.retry` says otherwise). */
export function makeClient(
  server: Pick<HostileServer, "baseUrl">,
  overrides: Partial<WechatPayClientConfig> = {},
): ClientRecord {
  const sleeps: number[] = [];
  const client = new WechatPayClient(
    clientConfig(server, {
      retry: {
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      },
      ...overrides,
    }),
  );
  return { client, sleeps };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, it succeeded");
}
