/** Table-driven tests of the sandbox's small building blocks. */
import { describe, expect, it } from "vitest";
import { formatChinaTime, parseRfc3339 } from "../../sandbox/clock.js";
import { parseFault, UnknownFaultError, FaultController } from "../../sandbox/faults.js";
import { MultipartError, parseMultipart, boundaryOf } from "../../sandbox/http/multipart.js";
import { parseQuery, QueryError } from "../../sandbox/http/query.js";
import { isLoopbackHttpUrl } from "../../sandbox/http/loopback-callbacks.js";
import { tamper } from "../../sandbox/http/respond.js";
import { pageOf } from "../../sandbox/domain/paging.js";
import { RateLimiter, readRateLimits } from "../../sandbox/spec/rate-limits.js";
import { Router, type OperationRoute } from "../../sandbox/spec/routes.js";
import { canonicalJson } from "../../shared/json.js";
import { seededRandom } from "../../shared/random.js";

describe("parseFault", () => {
  it.each([
    ["500", { kind: "500", once: false }],
    ["500-once", { kind: "500", once: true }],
    ["429", { kind: "429", once: false, retryAfterSeconds: 1 }],
    ["429-once:7", { kind: "429", once: true, retryAfterSeconds: 7 }],
    ["drop", { kind: "drop", once: false }],
    ["drop-once", { kind: "drop", once: true }],
    ["slow:250", { kind: "slow", ms: 250 }],
    [" SIGNTEST ", { kind: "signtest" }],
    ["tamper-body", { kind: "tamper-body" }],
    ["stale-timestamp", { kind: "stale-timestamp" }],
    ["wrong-serial", { kind: "wrong-serial" }],
    ["unsigned", { kind: "unsigned" }],
    ["drop-after", { kind: "drop-after" }],
  ])("%s", (text, expected) => {
    expect(parseFault(text)).toEqual(expected);
  });

  it.each(["", "slow", "slow:-1", "501", "429:x", "boom"])("rejects %j", (text) => {
    expect(() => parseFault(text)).toThrow(UnknownFaultError);
  });

  it("a seeded RNG repeats its sequence", () => {
    const a = seededRandom(9);
    const b = seededRandom(9);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("once-faults hit a given request once", () => {
    const faults = new FaultController();
    const fault = parseFault("500-once");
    if (fault.kind !== "500") throw new Error("unexpected");
    expect(faults.firstTime(fault, "GET", "/a", Buffer.alloc(0))).toBe(true);
    expect(faults.firstTime(fault, "GET", "/a", Buffer.alloc(0))).toBe(false);
    expect(faults.firstTime(fault, "GET", "/b", Buffer.alloc(0))).toBe(true);
  });
});

describe("RateLimiter", () => {
  const clock = {
    t: 1_000_000,
    now() {
      return this.t;
    },
  };
  it("counts per operation, scope and window", () => {
    const limiter = new RateLimiter(clock, { enabled: true, scale: 1 });
    const rules = readRateLimits([{ limit: 2, per: "second", scope: "ip" }], "test");
    const hit = (ip: string) => limiter.hit("op", rules, { mchid: "m", ip });
    expect([hit("a"), hit("a"), hit("a")]).toEqual([undefined, undefined, 1]);
    expect(hit("b")).toBeUndefined();
    clock.t += 1000;
    expect(hit("a")).toBeUndefined();
  });

  it("slides: reports the seconds until the oldest call leaves the window, and does not count refusals", () => {
    const t = { now: 600_000 };
    const limiter = new RateLimiter({ now: () => t.now }, { enabled: true, scale: 1 });
    const rules = readRateLimits([{ limit: 2, per: "minute", scope: "all" }], "test");
    const hit = () => limiter.hit("op", rules, { mchid: "m", ip: "i" });
    expect(hit()).toBeUndefined();
    t.now += 15_000;
    expect(hit()).toBeUndefined();
    t.now += 10_000;
    expect(hit()).toBe(35); // the first call leaves the window at 660 000
    t.now += 35_000;
    expect(hit()).toBeUndefined();
    expect(hit()).toBe(15);
  });

  it("every rule must have room before a call is counted", () => {
    const limiter = new RateLimiter({ now: () => 0 }, { enabled: true, scale: 1 });
    const rules = readRateLimits(
      [
        { limit: 5, per: "minute", scope: "all" },
        { limit: 1, per: "minute", scope: "ip" },
      ],
      "test",
    );
    expect(limiter.hit("op", rules, { mchid: "m", ip: "a" })).toBeUndefined();
    expect(limiter.hit("op", rules, { mchid: "m", ip: "a" })).toBeDefined();
    for (const ip of ["b", "c", "d", "e"])
      expect(limiter.hit("op", rules, { mchid: "m", ip })).toBeUndefined();
    expect(limiter.hit("op", rules, { mchid: "m", ip: "f" })).toBeDefined(); // "all" is full: 5 counted, refusals not
  });

  it("rejects a malformed extension with its location", () => {
    expect(() => readRateLimits([{ limit: 1, per: "hour", scope: "all" }], "GET /x")).toThrow(
      /GET \/x: x-wechatpay-rate-limits\[0\]/,
    );
  });
});

describe("parseMultipart", () => {
  const body = (parts: string[], boundary = "XyZ") =>
    Buffer.from(
      parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("") + `--${boundary}--\r\n`,
      "latin1",
    );
  it("reads parts in any order with their exact bytes", () => {
    const parsed = parseMultipart(
      body([
        'Content-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\nbytes',
        'Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"a":1}',
      ]),
      "XyZ",
    );
    expect(parsed.map((p) => p.name)).toEqual(["file", "meta"]);
    expect(parsed[0]).toMatchObject({ filename: "a.png", contentType: "image/png" });
    expect(parsed[0]?.data.toString("latin1")).toBe("\u0089PNG\r\nbytes");
    expect(parsed[1]?.data.toString()).toBe('{"a":1}');
  });

  it.each([
    ["no boundary", Buffer.from("hello")],
    [
      "no terminator",
      Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue'),
    ],
    ["a nameless part", Buffer.from("--XyZ\r\nContent-Type: text/plain\r\n\r\nv\r\n--XyZ--")],
  ])("rejects %s", (_label, data) => {
    expect(() => parseMultipart(data, "XyZ")).toThrow(MultipartError);
  });

  it("finds quoted and bare boundaries", () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(boundaryOf("multipart/form-data; boundary=abc")).toBe("abc");
    expect(boundaryOf("multipart/form-data")).toBeUndefined();
  });
});

describe("parseQuery", () => {
  it("decodes percent-escapes and reads + as a space", () => {
    expect(Object.fromEntries(parseQuery("a=1%2B1&b=x+y&c="))).toEqual({
      a: "1+1",
      b: "x y",
      c: "",
    });
  });
  it.each(["a=%zz", "a=1&a=2"])("rejects %s", (query) => {
    expect(() => parseQuery(query)).toThrow(QueryError);
  });
});

describe("Router", () => {
  const route = (operationId: string, method: string, template: string) =>
    ({ operationId, method, template }) as OperationRoute;
  const router = new Router([
    route("byId", "GET", "/s/{id}"),
    route("list", "GET", "/s"),
    route("items", "GET", "/s/{id}/items"),
    route("literal", "GET", "/s/special"),
  ]);
  it.each([
    ["/s", "list", {}],
    ["/s/42", "byId", { id: "42" }],
    ["/s/a%2Fb", "byId", { id: "a/b" }],
    ["/s/42/items", "items", { id: "42" }],
    ["/s/special", "literal", {}],
  ])("%s → %s", (path, operationId, params) => {
    const match = router.match("GET", path);
    expect(match !== undefined && match !== "method" && match.route.operationId).toBe(operationId);
    expect(match !== undefined && match !== "method" && match.pathParams).toEqual(params);
  });
  it("tells a wrong method from an unknown path", () => {
    expect(router.match("POST", "/s")).toBe("method");
    expect(router.match("GET", "/nope")).toBeUndefined();
  });
});

describe("small helpers", () => {
  it("canonicalJson ignores key order", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(
      canonicalJson({ a: [{ c: 2, d: 1 }], b: 1 }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
  it("formats China time and parses RFC 3339 with or without fractions", () => {
    expect(formatChinaTime(Date.parse("2015-05-20T05:29:35.999Z"))).toBe(
      "2015-05-20T13:29:35+08:00",
    );
    expect(parseRfc3339("2015-05-20T13:29:35.120+08:00")).toBe(
      Date.parse("2015-05-20T05:29:35.120Z"),
    );
    expect(parseRfc3339("2015-05-20 13:29:35")).toBeNaN();
  });
  it("pages by page index", () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual({
      total_count: 5,
      offset: 1,
      limit: 2,
      data: [3, 4],
    });
    expect(pageOf([1, 2], 5, 2).data).toEqual([]);
  });
  it("tamper keeps JSON valid but changes it", () => {
    const body = '{"stock_id":"123"}';
    expect(tamper(body)).not.toBe(body);
    expect(() => JSON.parse(tamper(body))).not.toThrow();
    expect(tamper("{}")).not.toBe("{}");
  });
  it.each([
    ["http://127.0.0.1:8080/n", true],
    ["http://localhost/n", true],
    ["http://[::1]:1/n", true],
    ["http://127.0.0.1.evil.com/n", false],
    ["http://example.com/n", false],
    ["https://127.0.0.1/n", false],
  ])("loopback http %s → %s", (url, expected) => {
    expect(isLoopbackHttpUrl(url)).toBe(expected);
  });
});
