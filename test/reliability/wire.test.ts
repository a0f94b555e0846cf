/**
 * Suite 1 — wire properties. For arbitrary parameter values (BMP Unicode, `+ & = % '`, spaces,
 * RFC 3339 times with and without milliseconds, Dates):
 *   - the encoded query/path decodes back to the original values,
 *   - the target the runtime signed (line 2 of its signing string) is byte for byte the request
 *     target undici put on the wire (req.url on a loopback server), and the Authorization signature
 *     verifies server-side with the merchant public key over what was received,
 *   - the signing string has exactly five `\n`-terminated lines.
 */
import { createPublicKey } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formatRfc3339, WechatPayClient } from "../../runtime/index.js";
import { parseAuthorization, verifyMessage } from "../../runtime/protocol.js";
import type { OperationMeta } from "../../runtime/index.js";
import { instant, pathText, rfc3339Text, wireText } from "./helpers/arbitraries.js";
import {
  CANARY_API_V3_KEY,
  CANARY_MCHID,
  CANARY_PUB_KEY_ID,
  CANARY_SERIAL_NO,
  canaryKeys,
} from "./helpers/canary.js";
import { recordFigures } from "./helpers/figures.js";
import { LeakCollector } from "./helpers/leak-scan.js";
import { startLocalServer } from "./helpers/local-server.js";
import type { LocalServer } from "./helpers/local-server.js";
import { SEED, size } from "./helpers/sizes.js";

// Records every signing string the runtime builds, unchanged (a pass-through spy, not a stub).
const signingStrings = vi.hoisted(() => [] as string[]);
vi.mock("../../runtime/signing.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../runtime/signing.js")>();
  return {
    ...actual,
    buildRequestSigningString: (
      ...args: Parameters<typeof actual.buildRequestSigningString>
    ): string => {
      const text = actual.buildRequestSigningString(...args);
      signingStrings.push(text);
      return text;
    },
  };
});

const getOp: OperationMeta = {
  operationId: "reliabilityWireGet",
  method: "GET",
  path: "/v3/marketing/favor/reliability/{item_id}/things",
  params: [
    { name: "item_id", in: "path" },
    { name: "q_text", in: "query" },
    { name: "q_other", in: "query" },
    { name: "q_time", in: "query" },
    { name: "q_date", in: "query" },
    { name: "q_num", in: "query" },
  ],
  retrySafe: true,
  signedResponse: false,
};

const postOp: OperationMeta = {
  operationId: "reliabilityWirePost",
  method: "POST",
  path: "/v3/marketing/favor/reliability/{item_id}/things",
  params: [
    { name: "item_id", in: "path" },
    { name: "b_text", in: "body" },
    { name: "b_time", in: "body" },
    { name: "b_date", in: "body" },
    { name: "b_list", in: "body" },
  ],
  retrySafe: false,
  signedResponse: false,
};

const leaks = new LeakCollector();
let server: LocalServer;
let client: WechatPayClient;
const merchantPublic = createPublicKey(canaryKeys().merchantPublicPem);

beforeAll(async () => {
  server = await startLocalServer(() => ({
    status: 200,
    headers: { "content-type": "application/json" },
    body: "{}",
  }));
  client = new WechatPayClient({
    mchid: CANARY_MCHID,
    serialNo: CANARY_SERIAL_NO,
    privateKey: canaryKeys().merchantPrivatePem,
    wechatpayPublicKeyId: CANARY_PUB_KEY_ID,
    wechatpayPublicKey: canaryKeys().platformPublicPem,
    apiV3Key: CANARY_API_V3_KEY,
    baseUrl: server.baseUrl,
    maxRetries: 0,
    timeout: 10_000,
  });
});

afterAll(async () => {
  await client.close();
  await server.close();
});

/** Sends one call and returns the signing string and the request as the server saw it. */
async function sendAndCapture(op: OperationMeta, params: Record<string, unknown>) {
  const before = server.requests.length;
  signingStrings.length = 0;
  await client.request(op, params);
  expect(server.requests.length).toBe(before + 1);
  expect(signingStrings.length).toBe(1);
  const received = server.requests[before];
  const signing = signingStrings[0];
  if (received === undefined || signing === undefined) throw new Error("nothing captured");
  return { received, signing };
}

/** The checks shared by GET and POST: five lines, line 2 = wire target, signature valid over what arrived. */
function checkSigningString(
  method: string,
  signing: string,
  received: { url: string; headers: Record<string, unknown>; body: Buffer },
): void {
  expect(signing.endsWith("\n")).toBe(true);
  const lines = signing.split("\n");
  // 5 lines, each terminated by "\n": splitting gives 5 parts plus the empty rest after the last "\n".
  expect(lines.length).toBe(6);
  expect(lines[5]).toBe("");
  expect(lines[0]).toBe(method);
  expect(lines[1]).toBe(received.url);
  expect(lines[4]).toBe(received.body.toString("utf8"));
  const auth = parseAuthorization(String(received.headers["authorization"]));
  expect(auth).toBeDefined();
  if (auth === undefined) return;
  expect(lines[2]).toBe(auth.timestamp);
  expect(lines[3]).toBe(auth.nonce_str);
  const rebuilt = `${method}\n${received.url}\n${auth.timestamp}\n${auth.nonce_str}\n${received.body.toString("utf8")}\n`;
  expect(verifyMessage(merchantPublic, rebuilt, auth.signature)).toBe(true);
}

/** The request target may only contain unreserved characters, percent escapes and the query delimiters. */
const WIRE_SAFE_TARGET = /^[A-Za-z0-9\-._~%/?&=]+$/;

let getCases = 0;
let postCases = 0;

describe("wire properties", () => {
  it(
    "GET: query and path decode back to the originals; the signed target is the wire target",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            item_id: pathText(),
            q_text: wireText(),
            q_other: fc.option(wireText(1), { nil: undefined }),
            q_time: rfc3339Text,
            q_date: instant,
            q_num: fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
          }),
          async (params) => {
            getCases += 1;
            const { received, signing } = await sendAndCapture(getOp, params);
            checkSigningString("GET", signing, received);
            expect(received.url).toMatch(WIRE_SAFE_TARGET);
            const [pathPart, query = ""] = received.url.split("?", 2) as [string, string?];
            const segments = pathPart.split("/");
            expect(decodeURIComponent(segments[5] ?? "")).toBe(params.item_id);
            const decoded = new URLSearchParams(query);
            expect(decoded.get("q_text")).toBe(params.q_text);
            expect(decoded.get("q_other")).toBe(params.q_other ?? null);
            expect(decoded.get("q_time")).toBe(params.q_time);
            expect(Date.parse(decoded.get("q_time") ?? "")).toBe(Date.parse(params.q_time));
            expect(decoded.get("q_date")).toBe(formatRfc3339(params.q_date));
            expect(Date.parse(decoded.get("q_date") ?? "")).toBe(
              Math.floor(params.q_date.getTime() / 1000) * 1000,
            );
            expect(decoded.get("q_num")).toBe(String(params.q_num));
            // Keys go out in op.params order, undefined ones omitted (never `key=`).
            const expectedKeys = ["q_text", "q_other", "q_time", "q_date", "q_num"].filter(
              (k) => (params as Record<string, unknown>)[k] !== undefined,
            );
            expect([...decoded.keys()]).toEqual(expectedKeys);
          },
        ),
        { numRuns: size(250, 2000), seed: SEED },
      );
    },
    size(30_000, 600_000),
  );

  it(
    "POST: body bytes = signed line 5 and parse back to the originals; the signed target is the wire target",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            item_id: pathText(),
            b_text: wireText(),
            b_time: rfc3339Text,
            b_date: instant,
            b_list: fc.array(wireText(0, 10), { maxLength: 4 }),
          }),
          async (params) => {
            postCases += 1;
            const { received, signing } = await sendAndCapture(postOp, params);
            checkSigningString("POST", signing, received);
            expect(received.url).toMatch(WIRE_SAFE_TARGET);
            expect(received.headers["content-type"]).toBe("application/json");
            const body = JSON.parse(received.body.toString("utf8")) as Record<string, unknown>;
            expect(body).toEqual({
              b_text: params.b_text,
              b_time: params.b_time,
              b_date: formatRfc3339(params.b_date),
              b_list: params.b_list,
            });
            expect(Object.keys(body)).not.toContain("item_id");
          },
        ),
        { numRuns: size(120, 1000), seed: SEED },
      );
    },
    size(30_000, 600_000),
  );

  afterAll(() => {
    for (const text of signingStrings) leaks.addText("signing string", text);
    const hits = leaks.scan();
    recordFigures("1-wire", "Wire properties", {
      cases: getCases + postCases,
      getCases,
      postCases,
      requestsOnWire: server.requests.length,
      leaksFound: hits.length,
    });
  });
});
