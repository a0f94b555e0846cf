/**
 * A hostile client against the sandbox's control endpoints: a web page (cross-site "simple"
 * requests, DNS rebinding under a foreign Host), malformed escapes and JSON, absurd clock moves.
 * Each refusal is asserted by status AND by the state it must leave untouched.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClockRangeError } from "../../sandbox/clock.js";
import type { Sandbox } from "../../sandbox/index.js";
import { createStock, startTestSandbox } from "../sandbox/fixtures.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** node:http, not fetch: only it lets a test send any Host, Origin and raw path it likes. */
function control(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: sandbox.port,
        method,
        path,
        headers: { host: `127.0.0.1:${sandbox.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: Record<string, unknown> = {};
          try {
            parsed = JSON.parse(text) as Record<string, unknown>;
          } catch {
            parsed = { raw: text };
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const JSON_TYPE = { "content-type": "application/json" };

async function clockOffset(): Promise<unknown> {
  const answer = await control("POST", "/sandbox/v1/clock", JSON_TYPE, '{"advance_seconds":0}');
  expect(answer.status).toBe(200);
  return answer.body["offset_seconds"];
}

describe("sandbox control endpoints refuse a web page", () => {
  it("a cross-site simple POST (text/plain, foreign Origin) cannot reset the state", async () => {
    await createStock(sandbox);
    const before = sandbox.countStocks();
    expect(before).toBeGreaterThan(0);
    const forms: Record<string, string>[] = [
      { "content-type": "text/plain;charset=UTF-8", origin: "https://evil.example" },
      { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      { "content-type": "multipart/form-data; boundary=x", origin: "null" },
      // A no-body fetch() from a page sends no Content-Type at all.
      { origin: "https://evil.example" },
      { "content-type": "application/json", origin: "https://evil.example" },
      { "content-type": "application/json", origin: `http://127.0.0.1:${sandbox.port + 1}` },
      { "content-type": "application/json", "sec-fetch-site": "cross-site" },
      { "content-type": "application/json", "sec-fetch-site": "same-site" },
    ];
    for (const headers of forms) {
      const answer = await control("POST", "/sandbox/v1/reset", headers, "{}");
      expect([403, 415], JSON.stringify(headers)).toContain(answer.status);
      expect(sandbox.countStocks()).toBe(before);
    }
  });

  it("a non-JSON state change without any Origin is refused too (415)", async () => {
    const before = sandbox.countStocks();
    expect((await control("POST", "/sandbox/v1/reset")).status).toBe(415);
    expect(
      (await control("POST", "/sandbox/v1/reset", { "content-type": "text/plain" })).status,
    ).toBe(415);
    expect((await control("DELETE", "/sandbox/v1/faults")).status).toBe(415);
    expect(sandbox.countStocks()).toBe(before);
  });

  it("a foreign Host (DNS rebinding) can neither read nor change anything", async () => {
    const before = sandbox.countStocks();
    const hosts = [
      `evil.example:${sandbox.port}`,
      "evil.example",
      `127.0.0.1:${sandbox.port + 1}`,
      `127.0.0.1.evil.example:${sandbox.port}`,
      `localhost.:${sandbox.port}`,
    ];
    for (const host of hosts) {
      const read = await control("GET", "/sandbox/v1/state", { host });
      expect(read.status, host).toBe(403);
      expect(read.body["stocks"]).toBeUndefined();
      const reset = await control("POST", "/sandbox/v1/reset", { host, ...JSON_TYPE }, "{}");
      expect(reset.status, host).toBe(403);
    }
    expect(sandbox.countStocks()).toBe(before);
  });

  it("the developer's own tools still work: loopback names, same origin, JSON", async () => {
    for (const host of [`localhost:${sandbox.port}`, `127.0.0.1:${sandbox.port}`]) {
      expect((await control("GET", "/sandbox/v1/health", { host })).status).toBe(200);
    }
    const sameOrigin = await control(
      "PUT",
      "/sandbox/v1/faults",
      {
        ...JSON_TYPE,
        origin: `http://localhost:${sandbox.port}`,
        host: `localhost:${sandbox.port}`,
      },
      '{"mode":"500"}',
    );
    expect(sameOrigin.status).toBe(200);
    expect((await control("DELETE", "/sandbox/v1/faults", JSON_TYPE)).status).toBe(200);
    expect((await control("POST", "/sandbox/v1/reset", JSON_TYPE)).status).toBe(200);
    expect(sandbox.countStocks()).toBe(0);
  });
});

describe("sandbox control endpoints answer malformed input with 400, never 500", () => {
  it("bad percent-escapes in a path", async () => {
    for (const path of [
      "/sandbox/v1/coupons/%E0%A4%A/use",
      "/sandbox/v1/coupons/%/use",
      "/sandbox/v1/coupons/%FF%FE/use",
    ]) {
      expect((await control("POST", path, JSON_TYPE, "{}")).status, path).toBe(400);
    }
    expect((await control("GET", "/sandbox/v1/media/%ZZ")).status).toBe(400);
    expect((await control("GET", "/sandbox/v1/health")).status).toBe(200);
  });

  it("bad JSON, a non-object body, wrong field types, an unknown path or method", async () => {
    const cases: [string, string, string | undefined, number][] = [
      ["PUT", "/sandbox/v1/faults", "{not json", 400],
      ["PUT", "/sandbox/v1/faults", "[1,2]", 400],
      ["PUT", "/sandbox/v1/faults", '{"mode":5}', 400],
      ["PUT", "/sandbox/v1/faults", '{"mode":"500","probability":1e400}', 400],
      ["POST", "/sandbox/v1/coupons/1/use", '{"consume_mchid":1}', 400],
      ["POST", "/sandbox/v1/nope", "{}", 404],
      ["PATCH", "/sandbox/v1/faults", "{}", 405],
    ];
    for (const [method, path, body, status] of cases) {
      const answer = await control(method, path, JSON_TYPE, body);
      expect(answer.status, `${method} ${path} ${body}`).toBe(status);
      expect(typeof answer.body["code"]).toBe("string");
    }
    expect((await control("GET", "/sandbox/v1/faults")).body["mode"]).toBeNull();
  });

  it("absurd clock moves are refused and leave the clock and /health working", async () => {
    const offset = await clockOffset();
    for (const raw of [
      "1e300",
      "-1e300",
      "1e400",
      "-1e400",
      "1e13",
      "-1e11",
      '"60"',
      "null",
      "true",
      "[60]",
    ]) {
      const answer = await control(
        "POST",
        "/sandbox/v1/clock",
        JSON_TYPE,
        `{"advance_seconds":${raw}}`,
      );
      expect(answer.status, raw).toBe(400);
      expect(await clockOffset()).toBe(offset);
      const health = await control("GET", "/sandbox/v1/health");
      expect(health.status).toBe(200);
    }
    // A sane move still works.
    const moved = await control("POST", "/sandbox/v1/clock", JSON_TYPE, '{"advance_seconds":60}');
    expect(moved.status).toBe(200);
    expect(moved.body["offset_seconds"]).toBe((offset as number) + 60);
  });

  it("the programmatic advanceClock refuses the same values", () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, 1e300, -1e300]) {
      expect(() => sandbox.advanceClock(ms)).toThrow(ClockRangeError);
    }
  });
});

describe("the WeChat-Pay-like endpoints answer bad escapes with 400 too", () => {
  it("a malformed escape in a /v3 path or query is not a 500", async () => {
    for (const path of [
      "/v3/marketing/favor/stocks/%E0%A4%A",
      "/v3/marketing/favor/stocks?offset=%ZZ",
    ]) {
      const answer = await control("GET", path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
    }
  });
});
