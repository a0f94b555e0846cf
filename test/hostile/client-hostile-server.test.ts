/**
 * The client against a hostile server (and a careless caller): endless bodies, bodies that are
 * not the promised shape, headers undici refuses, a closed client, every shape of Retry-After,
 * inherited params and broken clocks. Each case asserts the typed error AND what was (not) sent
 * or retried.
 */
import type { ServerResponse } from "node:http";
import { Pool } from "undici";
import { describe, expect, it } from "vitest";
import {
  createCouponStockOperation,
  queryStockOperation,
  restartStockOperation,
} from "../../generated/metadata.js";
import {
  ConfigurationError,
  InternalServerError,
  RateLimitError,
  RequestNotSentError,
  RequestValidationError,
  ResponseShapeError,
  ResponseTooLargeError,
} from "../../runtime/errors.js";
import {
  answerSigned,
  hostileServerPerFile,
  makeClient,
  NOW,
  QUERY,
  rejectionOf,
  STOCK_BODY,
} from "./helpers.js";

const server = hostileServerPerFile((_req, res) => answerSigned(res, STOCK_BODY));

/** Streams 16 KiB chunks until the client hangs up (bounded: 256 MiB or 10 s at most). */
function endless(status: number, headers: Record<string, string> = {}) {
  const stats = { written: 0, closedByClient: false };
  const handler = (_req: unknown, res: ServerResponse): void => {
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const started = Date.now();
    res.on("close", () => {
      stats.closedByClient = !res.writableFinished;
    });
    res.writeHead(status, { "content-type": "application/json", ...headers });
    const pump = (): void => {
      while (!res.destroyed && stats.written < 256 * 1024 * 1024 && Date.now() - started < 10_000) {
        stats.written += chunk.length;
        if (!res.write(chunk)) {
          res.once("drain", pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
  return { stats, handler };
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe("response size limit", () => {
  it("an endless 200 body stops at maxResponseBytes: typed error, connection closed, no retry", async () => {
    const { client, sleeps } = makeClient(server, { maxResponseBytes: 64 * 1024 });
    const { stats, handler } = endless(200);
    server.setHandler(handler);
    const error = await rejectionOf(client.request(queryStockOperation, QUERY));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(64 * 1024);
    expect((error as Error).message).toContain("65536");
    await waitFor(() => stats.closedByClient);
    expect(stats.closedByClient).toBe(true);
    // The server could only push what fits in the socket buffers before the hang-up.
    expect(stats.written).toBeLessThan(64 * 1024 * 1024);
    expect(server.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
    await client.close();
  });

  it("an endless 5xx body is refused the same way (a retry-safe GET is not retried for it)", async () => {
    const { client, sleeps } = makeClient(server, { maxResponseBytes: 4096 });
    const { stats, handler } = endless(502);
    server.setHandler(handler);
    const error = await rejectionOf(client.request(queryStockOperation, QUERY));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).status).toBe(502);
    await waitFor(() => stats.closedByClient);
    expect(stats.closedByClient).toBe(true);
    expect(server.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
    await client.close();
  });

  it("a declared Content-Length over the limit is refused before reading", async () => {
    const { client } = makeClient(server, { maxResponseBytes: 1000 });
    server.setHandler((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "5000000" });
      res.write("{");
    });
    const error = await rejectionOf(client.request(queryStockOperation, QUERY));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(1000);
    await client.close();
  });

  it("the per-call limit overrides the client's; the default lets normal answers through", async () => {
    const { client } = makeClient(server);
    await expect(client.request(queryStockOperation, QUERY)).resolves.toMatchObject({
      stock_id: "9856000",
    });
    const error = await rejectionOf(
      client.request(queryStockOperation, QUERY, { maxResponseBytes: 100 }),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(100);
    // A body exactly at the limit is accepted.
    await expect(
      client.request(queryStockOperation, QUERY, {
        maxResponseBytes: Buffer.byteLength(STOCK_BODY),
      }),
    ).resolves.toBeDefined();
    await client.close();
  });
});

describe("response shape", () => {
  const bodies: [string, string][] = [
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"ok"'],
    ["an array", "[]"],
    ["an empty body", ""],
    ["an object without the required fields", '{"stock_id":"9856000"}'],
    [
      "a required field that is null",
      STOCK_BODY.replace('"stock_name":"满二减一"', '"stock_name":null'),
    ],
  ];
  for (const [what, body] of bodies) {
    it(`a signed 200 with ${what} is a ResponseShapeError, not the model (and not retried)`, async () => {
      const { client, sleeps } = makeClient(server);
      server.setHandler((_req, res) => answerSigned(res, body));
      const error = await rejectionOf(client.request(queryStockOperation, QUERY));
      expect(error).toBeInstanceOf(ResponseShapeError);
      const shape = error as ResponseShapeError;
      expect(shape.operationId).toBe("queryStock");
      expect(shape.issues.length).toBeGreaterThan(0);
      if (what.startsWith("an object"))
        expect(shape.issues.map((i) => i.path)).toContain("stock_name");
      expect(server.seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
      await client.close();
    });
  }

  it("extra unknown fields are fine (the server may add fields at any time)", async () => {
    const { client } = makeClient(server);
    server.setHandler((_req, res) => answerSigned(res, STOCK_BODY.replace("{", '{"brand_new":1,')));
    await expect(client.request(queryStockOperation, QUERY)).resolves.toMatchObject({
      brand_new: 1,
    });
    await client.close();
  });
});

describe("requests that never left the process", () => {
  const refused: Record<string, string>[] = [
    { Expect: "100-continue" },
    { Upgrade: "websocket" },
    { "Keep-Alive": "timeout=5" },
    { Connection: "keep-alive, bad header" },
  ];
  for (const headers of refused) {
    it(`undici refusing ${Object.keys(headers)[0]} is RequestNotSentError, not retried, nothing sent`, async () => {
      const { client, sleeps } = makeClient(server);
      for (const [op, params] of [
        [queryStockOperation, QUERY],
        [restartStockOperation, QUERY],
      ] as const) {
        const error = await rejectionOf(client.request(op, params, { headers }));
        expect(error).toBeInstanceOf(RequestNotSentError);
        expect((error as RequestNotSentError).mayHaveReachedServer).toBe(false);
        expect((error as RequestNotSentError).reason).toBe("invalid_request");
      }
      expect(server.seen).toHaveLength(0);
      expect(sleeps).toEqual([]);
      await client.close();
    });
  }

  it("a call after close() is RequestNotSentError(client_closed), nothing sent", async () => {
    const { client, sleeps } = makeClient(server);
    await client.request(queryStockOperation, QUERY);
    await client.close();
    server.seen.length = 0;
    for (const op of [queryStockOperation, createCouponStockOperation]) {
      const error = await rejectionOf(client.request(op, op === queryStockOperation ? QUERY : {}));
      expect(error).toBeInstanceOf(RequestNotSentError);
      expect((error as RequestNotSentError).reason).toBe("client_closed");
      expect((error as RequestNotSentError).mayHaveReachedServer).toBe(false);
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({ mayHaveReachedServer: false });
    }
    expect(server.seen).toHaveLength(0);
    expect(sleeps).toEqual([]);
  });

  it("a caller's dispatcher closed or destroyed before the call is RequestNotSentError too", async () => {
    for (const end of ["close", "destroy"] as const) {
      const pool = new Pool(server.baseUrl);
      const { client, sleeps } = makeClient(server, { dispatcher: pool });
      await pool[end]();
      const error = await rejectionOf(client.request(queryStockOperation, QUERY));
      expect(error).toBeInstanceOf(RequestNotSentError);
      expect((error as RequestNotSentError).reason).toBe("client_closed");
      expect(sleeps).toEqual([]);
    }
    expect(server.seen).toHaveLength(0);
  });
});

describe("retry honesty", () => {
  it("501 and the other answers that cannot change are not retried; 503 is", async () => {
    for (const status of [501, 505, 506, 508, 510, 511]) {
      const { client, sleeps } = makeClient(server);
      server.seen.length = 0;
      server.setHandler((_req, res) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end('{"code":"NOT_IMPLEMENTED","message":"no"}');
      });
      const error = await rejectionOf(client.request(queryStockOperation, QUERY));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(server.seen, String(status)).toHaveLength(1);
      expect(sleeps).toEqual([]);
      await client.close();
    }
    const { client, sleeps } = makeClient(server, { maxRetries: 2 });
    server.seen.length = 0;
    server.setHandler((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    await expect(client.request(queryStockOperation, QUERY)).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.seen).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    await client.close();
  });
});

describe("Retry-After", () => {
  /** The first wait after a 429 carrying `value`. */
  async function waitFor429(value: string): Promise<number | undefined> {
    const { client, sleeps } = makeClient(server, { maxRetries: 1 });
    server.setHandler((_req, res, index) => {
      if (index > 0) return answerSigned(res, STOCK_BODY);
      res.writeHead(429, { "retry-after": value, "content-type": "application/json" });
      res.end('{"code":"FREQUENCY_LIMITED","message":"请求过于频繁"}');
    });
    server.seen.length = 0;
    await client.request(queryStockOperation, QUERY);
    await client.close();
    return sleeps[0];
  }
  const backoff = (ms: number | undefined): boolean => ms !== undefined && ms >= 375 && ms <= 500;

  it("delta-seconds and a future IMF-fixdate are honoured", async () => {
    expect(await waitFor429("3")).toBe(3000);
    expect(await waitFor429(" 0 ")).toBe(0);
    expect(await waitFor429(new Date(NOW + 7000).toUTCString())).toBe(7000);
  });

  const malformed = [
    "-1",
    "+1",
    "5, 7",
    "1 2",
    "1.5",
    "0x10",
    "1e3",
    "",
    "soon",
    "Friday, 14-Nov-23 22:13:27 GMT", // RFC 850: obsolete, not accepted
    "Tue Nov 14 22:13:27 2023", // asctime: obsolete, not accepted
    "Tue, 14 Nov 2023 22:13:27 +0000", // not GMT
    "Mon, 14 Nov 2023 22:13:27 GMT", // wrong weekday
    "Tue, 31 Feb 2023 22:13:27 GMT", // no such day
    "Tue, 14 Nov 2023 22:13:27 GMT", // a past date (NOW is 2023-11-14T22:13:20Z + 7 s later…)
    new Date(NOW - 60_000).toUTCString(), // the past
  ];
  for (const value of malformed) {
    it(`Retry-After ${JSON.stringify(value)} falls back to the normal backoff`, async () => {
      const wait = await waitFor429(value);
      // "Tue, 14 Nov 2023 22:13:27 GMT" is 7 s after NOW: a real future date, honoured.
      if (value === "Tue, 14 Nov 2023 22:13:27 GMT") expect(wait).toBe(7000);
      else expect(backoff(wait), `${value} → ${wait}`).toBe(true);
    });
  }

  it("two Retry-After headers (5 and 7) are malformed: the normal backoff", async () => {
    const { client, sleeps } = makeClient(server, { maxRetries: 1 });
    server.setHandler((_req, res, index) => {
      if (index > 0) return answerSigned(res, STOCK_BODY);
      res.setHeader("retry-after", ["5", "7"]);
      res.writeHead(429);
      res.end();
    });
    server.seen.length = 0;
    await client.request(queryStockOperation, QUERY);
    expect(backoff(sleeps[0])).toBe(true);
    await client.close();
  });

  it("a Retry-After beyond maxRetryAfterMs is capped to the backoff", async () => {
    expect(backoff(await waitFor429("3600"))).toBe(true);
    expect(backoff(await waitFor429("99999999999999999999"))).toBe(true);
  });

  it("a 429 that is never lifted surfaces as RateLimitError after the retries", async () => {
    const { client, sleeps } = makeClient(server, { maxRetries: 1 });
    server.setHandler((_req, res) => {
      res.writeHead(429, { "retry-after": "-1" });
      res.end();
    });
    await expect(client.request(queryStockOperation, QUERY)).rejects.toBeInstanceOf(RateLimitError);
    expect(sleeps).toHaveLength(1);
    await client.close();
  });
});

describe("params: own enumerable properties only", () => {
  it("a param inherited through the prototype is an error naming it; nothing is sent", async () => {
    const { client } = makeClient(server);
    const inherited = Object.create({ stock_creator_mchid: "1900000001" }) as Record<
      string,
      unknown
    >;
    inherited["stock_id"] = "9856000";
    const error = await rejectionOf(client.request(queryStockOperation, inherited));
    expect(error).toBeInstanceOf(RequestValidationError);
    const issue = (error as RequestValidationError).issues.find(
      (i) => i.path === "stock_creator_mchid",
    );
    expect(issue?.message).toMatch(/inherited/);
    // Also with validation off: inherited values are never sent or signed.
    const off = await rejectionOf(
      client.request(queryStockOperation, inherited, { validate: false }),
    );
    expect(off).toBeInstanceOf(RequestValidationError);
    expect(server.seen).toHaveLength(0);
    await client.close();
  });

  it("a polluted Object.prototype cannot add a field to a request", async () => {
    const { client } = makeClient(server);
    const proto = Object.prototype as Record<string, unknown>;
    proto["stock_creator_mchid"] = "6666666666";
    try {
      const error = await rejectionOf(client.request(queryStockOperation, { stock_id: "9856000" }));
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(server.seen).toHaveLength(0);
    } finally {
      delete proto["stock_creator_mchid"];
    }
    await client.close();
  });

  it("a null-prototype object and a class instance with own fields are fine; a getter is read once", async () => {
    const { client } = makeClient(server);
    const bare = Object.assign(Object.create(null) as object, QUERY);
    await expect(client.request(queryStockOperation, bare)).resolves.toBeDefined();
    class Query {
      stock_id = "9856000";
      stock_creator_mchid = "1900000001";
    }
    await expect(client.request(queryStockOperation, new Query())).resolves.toBeDefined();
    let reads = 0;
    const shifty = {
      stock_creator_mchid: "1900000001",
      get stock_id(): string {
        reads += 1;
        return reads === 1 ? "9856000" : "../../evil";
      },
    };
    server.seen.length = 0;
    await client.request(queryStockOperation, shifty);
    expect(reads).toBe(1);
    expect(server.seen[0]?.url).toContain("/stocks/9856000?");
    await client.close();
  });
});

describe("a broken clock fails closed", () => {
  for (const [what, now] of [
    ["NaN", () => Number.NaN],
    ["undefined", () => undefined as unknown as number],
    ["Infinity", () => Number.POSITIVE_INFINITY],
    ["a string", () => "1700000000000" as unknown as number],
    ["0 (1970)", () => 0],
    ["seconds instead of ms", () => 1_700_000_000],
    ["year 275760", () => 8.64e15],
  ] as const) {
    it(`a clock returning ${what} sends nothing and throws ConfigurationError(now)`, async () => {
      const { client } = makeClient(server, { now });
      const error = await rejectionOf(client.request(queryStockOperation, QUERY));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).field).toBe("now");
      expect(server.seen).toHaveLength(0);
      await client.close();
    });
  }

  it("a clock that breaks after signing refuses the answer instead of skipping the window", async () => {
    let calls = 0;
    const { client } = makeClient(server, { now: () => (++calls === 1 ? NOW : Number.NaN) });
    const error = await rejectionOf(client.request(queryStockOperation, QUERY));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(1);
    await client.close();
  });
});
