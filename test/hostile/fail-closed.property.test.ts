/**
 * Property tests: every numeric option and the clock hook either hold a sane value or fail with a
 * typed error naming them — NaN, undefined, ±Infinity, strings, negatives and out-of-range values
 * never switch a check off. The validity rules are restated here, independently of the runtime.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryStockOperation } from "../../generated/metadata.js";
import { WechatPayClient } from "../../runtime/client.js";
import type { WechatPayClientConfig } from "../../runtime/config.js";
import {
  ConfigurationError,
  RequestValidationError,
  SignatureVerificationError,
} from "../../runtime/errors.js";
import { verifyWechatpaySignature } from "../../runtime/verify.js";
import { PUB_KEY_ID } from "../runtime/helpers/keys.js";
import {
  answerSigned,
  clientConfig,
  hostileServerPerFile,
  keys,
  makeClient,
  NOW,
  QUERY,
  signedHeaders,
  STOCK_BODY,
} from "./helpers.js";

const MAX_TIMER = 2 ** 31 - 1;

/** Anything a careless config or a broken computation can produce in a numeric slot. */
const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -10, max: 1000 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.5,
    1,
    MAX_TIMER,
    MAX_TIMER + 1,
    2 ** 53,
    Number.MAX_VALUE,
    undefined,
    null,
    "5",
    true,
    [],
  ),
);

const valid: Record<string, (v: unknown) => boolean> = {
  timeout: (v) => typeof v === "number" && v > 0 && v <= MAX_TIMER,
  maxRetries: (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 100,
  maxResponseBytes: (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 1,
  initialDelayMs: (v) => typeof v === "number" && v >= 0 && v <= MAX_TIMER,
  maxDelayMs: (v) => typeof v === "number" && v >= 0 && v <= MAX_TIMER,
  maxRetryAfterMs: (v) => typeof v === "number" && v >= 0 && v <= MAX_TIMER,
};

const server = hostileServerPerFile((_req, res) => answerSigned(res, STOCK_BODY));

function configWith(name: string, value: unknown): Partial<WechatPayClientConfig> {
  const retryOption = ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"].includes(name);
  return (
    retryOption ? { retry: { [name]: value } } : { [name]: value }
  ) as Partial<WechatPayClientConfig>;
}

describe("client numeric options fail closed", () => {
  for (const name of Object.keys(valid)) {
    it(`config ${name}: a sane value or ConfigurationError naming it`, () => {
      fc.assert(
        fc.property(hostileNumber, (value) => {
          let error: unknown;
          try {
            makeClient(server, configWith(name, value));
          } catch (caught) {
            error = caught;
          }
          const ok = value === undefined || (valid[name] ?? (() => false))(value);
          if (ok) expect(error).toBeUndefined();
          else {
            expect(error).toBeInstanceOf(ConfigurationError);
            expect((error as ConfigurationError).field).toContain(name);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const name of ["timeout", "maxRetries", "maxResponseBytes"] as const) {
    it(`per-call ${name}: a sane value or RequestValidationError before anything is sent`, async () => {
      const { client } = makeClient(server);
      await fc.assert(
        fc.asyncProperty(hostileNumber, async (value) => {
          const before = server.seen.length;
          let error: unknown;
          try {
            await client.request(queryStockOperation, QUERY, { [name]: value });
          } catch (caught) {
            error = caught;
          }
          const ok = value === undefined || (valid[name] ?? (() => false))(value);
          const tight =
            (name === "maxResponseBytes" &&
              (value as number) < Buffer.byteLength(STOCK_BODY) * 2) ||
            (name === "timeout" && (value as number) < 5000);
          if (ok && !tight) {
            expect(error).toBeUndefined();
          } else if (ok) {
            // A legal but tight limit may really be hit: then it is its own typed error.
            if (error !== undefined)
              expect(["ResponseTooLargeError", "TimeoutError"]).toContain((error as Error).name);
          } else {
            expect(error).toBeInstanceOf(RequestValidationError);
            expect((error as RequestValidationError).issues[0]?.path).toBe(`options.${name}`);
            expect(server.seen.length).toBe(before);
          }
        }),
        { numRuns: 60 },
      );
      await client.close();
    });
  }
});

describe("the clock hook fails closed", () => {
  const clockValue = fc.oneof(
    hostileNumber,
    fc.double({ min: 946_684_800_000, max: 253_402_300_799_999, noNaN: true }),
  );

  it("a request is signed with the clock's time or refused (ConfigurationError, nothing sent)", async () => {
    await fc.assert(
      fc.asyncProperty(clockValue, async (value) => {
        const { client } = makeClient(server, {
          now: () => value as number,
          maxRetries: 0,
          validateRequests: true,
        });
        const before = server.seen.length;
        let error: unknown;
        try {
          await client.request(queryStockOperation, QUERY);
        } catch (caught) {
          error = caught;
        }
        const sane =
          typeof value === "number" && value >= 946_684_800_000 && value <= 253_402_300_799_999;
        if (!sane) {
          expect(error).toBeInstanceOf(ConfigurationError);
          expect((error as ConfigurationError).field).toBe("now");
          expect(server.seen.length).toBe(before);
        } else {
          // Sent; the answer (signed at NOW) is accepted only within ±300 s of the clock.
          expect(server.seen.length).toBe(before + 1);
          if (Math.abs((value as number) / 1000 - NOW / 1000) <= 299) expect(error).toBeUndefined();
          else if (Math.abs((value as number) / 1000 - NOW / 1000) > 301)
            expect(error).toBeInstanceOf(SignatureVerificationError);
        }
        await client.close();
      }),
      { numRuns: 80 },
    );
  });

  it("verification accepts a signed answer only when nowMs is finite and within ±300 s", () => {
    const body = '{"ok":true}';
    const headers = signedHeaders(body, NOW);
    const keyMap = new Map([[PUB_KEY_ID, keys.wechatPublic]]);
    fc.assert(
      fc.property(
        fc.oneof(hostileNumber, fc.double({ min: NOW - 600_000, max: NOW + 600_000, noNaN: true })),
        (nowMs) => {
          let error: unknown;
          try {
            verifyWechatpaySignature({ headers, body, keys: keyMap, nowMs: nowMs as number });
          } catch (caught) {
            error = caught;
          }
          const within =
            typeof nowMs === "number" &&
            Number.isFinite(nowMs) &&
            Math.abs(nowMs / 1000 - Math.floor(NOW / 1000)) <= 300;
          if (within) expect(error).toBeUndefined();
          else {
            expect(error).toBeInstanceOf(SignatureVerificationError);
            expect((error as SignatureVerificationError).reason).toBe("timestamp_out_of_window");
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a 25-year-old notification is refused whatever the broken clock returns", () => {
    const body = '{"id":"x"}';
    const headers = signedHeaders(body, Date.UTC(2001, 0, 1));
    for (const now of [Number.NaN, undefined, Number.POSITIVE_INFINITY, "x", null]) {
      const client = new WechatPayClient(
        clientConfig(server, {
          apiV3Key: "0123456789abcdef0123456789abcdef",
          now: () => now as number,
        }),
      );
      expect(() => client.parseNotification({ headers, body })).toThrow(ConfigurationError);
      expect(() =>
        verifyWechatpaySignature({
          headers,
          body,
          keys: new Map([[PUB_KEY_ID, keys.wechatPublic]]),
          nowMs: now as number,
        }),
      ).toThrow(SignatureVerificationError);
    }
  });
});
