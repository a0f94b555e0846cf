/**
 * Suite 2 — verifier under mutation. For arbitrary validly signed responses and notifications,
 * every single mutation is rejected with the right error class and a reason; none is accepted and
 * none escapes as another error type. Checked on the verifier directly (many cases) and through
 * WechatPayClient over a loopback server (every mutation kind, fewer cases).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DecryptionError,
  NOTIFICATION_ALGORITHM,
  NotificationError,
  NotificationFormatError,
  openNotification,
  SignatureVerificationError,
  UnsupportedAlgorithmError,
  WechatPayClient,
} from "../../runtime/index.js";
import { encryptResource, verifyWechatpaySignature } from "../../runtime/protocol.js";
import type { OperationMeta, SignatureFailureReason } from "../../runtime/index.js";
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
import { responseMutations } from "./helpers/mutations.js";
import type { Mutation, MutationDraw, SignedMessage } from "./helpers/mutations.js";
import { signedHeaders } from "./helpers/signed-answer.js";
import { SEED, size } from "./helpers/sizes.js";
import { isHeaderValue } from "../../shared/http.js";

const NOW_MS = 1_790_000_000_000;
const NOW_S = NOW_MS / 1000;
const keys = canaryKeys();
const keyMap = new Map([[CANARY_PUB_KEY_ID, keys.platformPublic]]);
const leaks = new LeakCollector();
const tally = {
  cases: 0,
  mutations: 0,
  accepted: 0,
  wrongType: 0,
  wireMutations: 0,
  notificationCases: 0,
  notificationMutations: 0,
};
const kinds = new Set<string>();

const alnum = fc.string({
  unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
  minLength: 1,
  maxLength: 32,
});

const draw: fc.Arbitrary<MutationDraw> = fc
  .record({
    position: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    xor: fc.integer({ min: 1, max: 255 }),
    k: fc.integer({ min: 1, max: 10_000_000 }),
    smallShift: fc.integer({ min: 1, max: 299 }),
    nonce: alnum,
    serial: fc.oneof(
      alnum.map((s) => `PUB_KEY_ID_${s}`),
      fc.constantFrom(
        `${CANARY_PUB_KEY_ID}0`,
        CANARY_PUB_KEY_ID.toLowerCase(),
        CANARY_SERIAL_NO,
        ` ${CANARY_PUB_KEY_ID}`,
      ),
    ),
    badTimestamp: fc.constantFrom(
      " ",
      "1.79e9",
      "+1790000000",
      "-1790000000",
      "1790000000.5",
      "0x6AB3F080",
      "１７９０000000",
      "1790000000 ",
      "NaN",
      "1234567890123",
    ),
  })
  .filter((d) => d.nonce !== "");

const body: fc.Arbitrary<Buffer> = fc.oneof(
  fc.json({ maxDepth: 3 }).map((j) => Buffer.from(j, "utf8")),
  fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.alloc(0)),
);

/** A response signed validly at some time within ±299 s of NOW. */
const validResponse: fc.Arbitrary<SignedMessage> = fc
  .record({ body, skew: fc.integer({ min: -299, max: 299 }), nonce: alnum, requestId: alnum })
  .map(({ body: b, skew, nonce, requestId }) => ({
    headers: {
      ...signedHeaders(keys.platformPrivate, b, { timestamp: NOW_S + skew, nonce }),
      "request-id": requestId,
    },
    body: b,
  }));

function expectRejected(mutation: Mutation, verify: () => unknown): void {
  tally.mutations += 1;
  kinds.add(mutation.kind);
  let caught: unknown;
  try {
    verify();
  } catch (error) {
    caught = error;
  }
  if (caught === undefined) tally.accepted += 1;
  if (caught !== undefined && !(caught instanceof SignatureVerificationError)) tally.wrongType += 1;
  expect(caught, `${mutation.kind} was accepted`).toBeDefined();
  expect(caught, `${mutation.kind} threw ${String(caught)}`).toBeInstanceOf(
    SignatureVerificationError,
  );
  const error = caught as SignatureVerificationError;
  expect(mutation.reasons, `${mutation.kind}: reason ${error.reason}`).toContain(error.reason);
  expect(error.message).toContain(error.reason);
  leaks.addError(mutation.kind, error);
}

describe("responses: every single mutation is rejected by the verifier", () => {
  it(
    "valid responses verify; mutated ones fail with SignatureVerificationError and the expected reason",
    () => {
      fc.assert(
        fc.property(validResponse, draw, (valid, d) => {
          tally.cases += 1;
          // The unmutated message must pass, otherwise rejecting the mutants proves nothing.
          expect(
            verifyWechatpaySignature({
              headers: valid.headers,
              body: valid.body,
              keys: keyMap,
              nowMs: NOW_MS,
            }).serial,
          ).toBe(CANARY_PUB_KEY_ID);
          for (const mutation of responseMutations(valid, NOW_S, d, {
            platform: keys.platformPrivate,
            other: keys.otherPrivate,
          })) {
            expectRejected(mutation, () =>
              verifyWechatpaySignature({
                headers: mutation.message.headers,
                body: mutation.message.body,
                keys: keyMap,
                nowMs: NOW_MS,
              }),
            );
          }
        }),
        { numRuns: size(80, 1000), seed: SEED },
      );
    },
    size(30_000, 600_000),
  );
});

const ALL_REASONS: readonly SignatureFailureReason[] = [
  "missing_header",
  "invalid_timestamp",
  "timestamp_out_of_window",
  "unknown_serial",
  "malformed_signature",
  "signature_probe",
  "signature_mismatch",
];

/** What a mutation looks like after HTTP has trimmed header values. */
function onTheWire(mutation: Mutation): Mutation {
  const headers = Object.fromEntries(
    Object.entries(mutation.message.headers).map(([k, v]) => [k, v.trim()]),
  );
  const emptied = Object.values(headers).some((v) => v === "");
  const trimmed = Object.entries(mutation.message.headers).some(([k, v]) => headers[k] !== v);
  // A trimmed value is a different mutation (e.g. "1790000000 " becomes a valid but wrong timestamp):
  // it must still be rejected, for whichever reason applies to what actually arrived.
  const reasons: readonly SignatureFailureReason[] = emptied
    ? ["missing_header"]
    : trimmed
      ? ALL_REASONS
      : mutation.reasons;
  return { ...mutation, message: { headers, body: mutation.message.body }, reasons };
}

/** node:http can only write Latin-1 header values without control characters. */
function sendable(message: SignedMessage): boolean {
  return Object.values(message.headers).every((v) => isHeaderValue(v));
}

function sameMessage(a: SignedMessage, b: SignedMessage): boolean {
  const keysOf = (m: SignedMessage): string => JSON.stringify(Object.entries(m.headers).sort());
  return keysOf(a) === keysOf(b) && a.body.equals(b.body);
}

describe("responses over the wire: the client rejects every mutation kind", () => {
  const op: OperationMeta = {
    operationId: "reliabilityVerify",
    method: "GET",
    path: "/v3/marketing/favor/reliability",
    params: [],
    retrySafe: true,
    signedResponse: true,
  };
  let server: LocalServer;
  let client: WechatPayClient;
  let answer: SignedMessage = { headers: {}, body: Buffer.alloc(0) };
  beforeAll(async () => {
    server = await startLocalServer(() => ({
      status: 200,
      headers: { ...answer.headers, "content-type": "application/json" },
      body: answer.body,
    }));
    client = new WechatPayClient({
      mchid: CANARY_MCHID,
      serialNo: CANARY_SERIAL_NO,
      privateKey: keys.merchantPrivatePem,
      wechatpayPublicKeyId: CANARY_PUB_KEY_ID,
      wechatpayPublicKey: keys.platformPublicPem,
      apiV3Key: CANARY_API_V3_KEY,
      baseUrl: server.baseUrl,
      maxRetries: 2,
      timeout: 5_000,
      now: () => NOW_MS,
    });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it(
    "client.request throws SignatureVerificationError (never parses, never retries) for each mutation",
    async () => {
      await fc.assert(
        fc.asyncProperty(validResponse, draw, async (valid, d) => {
          // Bodies must be JSON for the positive control to parse.
          const json = Buffer.from(JSON.stringify({ n: d.nonce }));
          const signedValid = {
            headers: {
              ...signedHeaders(keys.platformPrivate, json, {
                timestamp: Number(valid.headers["wechatpay-timestamp"]),
              }),
            },
            body: json,
          };
          answer = signedValid;
          expect(await client.request(op, {})).toEqual({ n: d.nonce });
          for (const raw of responseMutations(signedValid, NOW_S, d, {
            platform: keys.platformPrivate,
            other: keys.otherPrivate,
          })) {
            // HTTP strips surrounding whitespace from header values: a padded value arrives unchanged,
            // or as an empty (= missing) header.
            const mutation = onTheWire(raw);
            if (sameMessage(mutation.message, signedValid) || !sendable(mutation.message)) continue;
            answer = mutation.message;
            const before = server.requests.length;
            tally.wireMutations += 1;
            const error = await client.request(op, {}).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error, `${mutation.kind} accepted over the wire`).toBeInstanceOf(
              SignatureVerificationError,
            );
            expect(mutation.reasons).toContain((error as SignatureVerificationError).reason);
            // A forged answer is final: retrying would only ask for another forgery.
            expect(server.requests.length).toBe(before + 1);
            leaks.addError(`wire ${mutation.kind}`, error);
          }
        }),
        { numRuns: size(6, 40), seed: SEED },
      );
    },
    size(30_000, 600_000),
  );
});

describe("notifications: every single mutation is rejected", () => {
  interface Envelope {
    readonly text: string;
    readonly resource: {
      original_type: string;
      algorithm: string;
      ciphertext: string;
      nonce: string;
      associated_data?: string;
    };
    readonly rest: Record<string, unknown>;
  }

  const envelopeArb = fc
    .record({
      plaintext: fc
        .dictionary(alnum, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
        .map((o) => JSON.stringify(o)),
      nonce: fc.string({
        unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
        minLength: 12,
        maxLength: 12,
      }),
      aad: fc.option(fc.string({ minLength: 1, maxLength: 16 }), { nil: undefined }),
      id: alnum,
    })
    .map(({ plaintext, nonce, aad, id }) => {
      const resource = {
        original_type: "coupon",
        algorithm: NOTIFICATION_ALGORITHM,
        ciphertext: encryptResource(CANARY_API_V3_KEY, plaintext, nonce, aad ?? ""),
        nonce,
        ...(aad === undefined ? {} : { associated_data: aad }),
      };
      const rest = {
        id,
        create_time: "2026-11-27T15:00:00+08:00",
        resource_type: "encrypt-resource",
        event_type: "COUPON.USE",
        summary: "用券成功",
      };
      return { text: JSON.stringify({ ...rest, resource }), resource, rest, plaintext };
    });

  const notificationDraw = fc.record({
    byte: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    xor: fc.integer({ min: 1, max: 255 }),
    otherNonce: fc.string({ minLength: 1, maxLength: 16 }),
    otherAad: fc.string({ maxLength: 16 }),
    algorithm: fc.oneof(
      fc.constantFrom(
        "aead_aes_256_gcm",
        "AEAD_AES_128_GCM",
        "AEAD_AES_256_GCM ",
        "AES-256-GCM",
        "AEAD_CHACHA20_POLY1305",
        "none",
      ),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    otherKey: fc.string({ unit: "grapheme-ascii", minLength: 32, maxLength: 32 }),
  });

  type Expected =
    | typeof DecryptionError
    | typeof UnsupportedAlgorithmError
    | typeof NotificationFormatError
    | typeof SignatureVerificationError;

  function rebuild(envelope: Envelope, resource: Record<string, unknown>): string {
    return JSON.stringify({ ...envelope.rest, resource });
  }

  function flipCiphertextByte(
    ciphertext: string,
    position: number,
    xor: number,
    inTag: boolean,
  ): string {
    const bytes = Buffer.from(ciphertext, "base64");
    const dataLength = bytes.length - 16;
    const at = inTag
      ? dataLength + Math.min(15, Math.floor(position * 16))
      : Math.min(dataLength - 1, Math.floor(position * dataLength));
    bytes[at] = (bytes[at] ?? 0) ^ xor;
    return bytes.toString("base64");
  }

  it(
    "tampered resources (validly re-signed) fail with the notification error types; unsigned tampering fails verification",
    () => {
      fc.assert(
        fc.property(
          envelopeArb,
          notificationDraw,
          validResponse,
          draw,
          (envelope, nd, _unused, d) => {
            tally.notificationCases += 1;
            const context = {
              keys: keyMap,
              nowMs: NOW_MS,
              apiV3Key: Buffer.from(CANARY_API_V3_KEY),
            };
            const sign = (text: string): SignedMessage => {
              const b = Buffer.from(text, "utf8");
              return {
                headers: signedHeaders(keys.platformPrivate, b, { timestamp: NOW_S - 10 }),
                body: b,
              };
            };
            const valid = sign(envelope.text);
            const opened = openNotification({ headers: valid.headers, body: valid.body }, context);
            expect(opened.resource).toEqual(
              JSON.parse((envelope as unknown as { plaintext: string }).plaintext),
            );

            const r = envelope.resource;
            const cases: {
              kind: string;
              text: string;
              expected: Expected;
              reason: string;
              apiV3Key?: Buffer;
            }[] = [];
            if (Buffer.from(r.ciphertext, "base64").length > 16) {
              cases.push({
                kind: "ciphertext byte",
                text: rebuild(envelope, {
                  ...r,
                  ciphertext: flipCiphertextByte(r.ciphertext, nd.byte, nd.xor, false),
                }),
                expected: DecryptionError,
                reason: "decryption_failed",
              });
            }
            cases.push({
              kind: "tag byte",
              text: rebuild(envelope, {
                ...r,
                ciphertext: flipCiphertextByte(r.ciphertext, nd.byte, nd.xor, true),
              }),
              expected: DecryptionError,
              reason: "decryption_failed",
            });
            if (nd.otherNonce !== r.nonce)
              cases.push({
                kind: "nonce",
                text: rebuild(envelope, { ...r, nonce: nd.otherNonce }),
                expected: DecryptionError,
                reason: "decryption_failed",
              });
            if (nd.otherAad !== (r.associated_data ?? "")) {
              cases.push({
                kind: "associated data",
                text: rebuild(envelope, { ...r, associated_data: nd.otherAad }),
                expected: DecryptionError,
                reason: "decryption_failed",
              });
            }
            if (r.associated_data !== undefined) {
              const { associated_data: _dropped, ...withoutAad } = r;
              cases.push({
                kind: "associated data dropped",
                text: rebuild(envelope, withoutAad),
                expected: DecryptionError,
                reason: "decryption_failed",
              });
            }
            if (nd.algorithm !== NOTIFICATION_ALGORITHM) {
              cases.push({
                kind: "algorithm",
                text: rebuild(envelope, { ...r, algorithm: nd.algorithm }),
                expected: UnsupportedAlgorithmError,
                reason: "unsupported_algorithm",
              });
            }
            cases.push({
              kind: "ciphertext shorter than a tag",
              text: rebuild(envelope, {
                ...r,
                ciphertext: Buffer.from(r.ciphertext, "base64").subarray(0, 16).toString("base64"),
              }),
              expected: NotificationFormatError,
              reason: "malformed_envelope",
            });
            cases.push({
              kind: "ciphertext wrapped (whitespace)",
              text: rebuild(envelope, {
                ...r,
                ciphertext: `${r.ciphertext.slice(0, 4)}\n${r.ciphertext.slice(4)}`,
              }),
              expected: NotificationFormatError,
              reason: "malformed_envelope",
            });
            if (nd.otherKey !== CANARY_API_V3_KEY) {
              cases.push({
                kind: "wrong APIv3 key",
                text: envelope.text,
                expected: DecryptionError,
                reason: "decryption_failed",
                apiV3Key: Buffer.from(nd.otherKey),
              });
            }

            for (const c of cases) {
              const signedMutant = sign(c.text);
              const resigned: Mutation = {
                kind: `notification ${c.kind} (re-signed)`,
                message: signedMutant,
                reasons: [],
              };
              checkNotification(
                resigned,
                { ...context, ...(c.apiV3Key ? { apiV3Key: c.apiV3Key } : {}) },
                c.expected,
                c.reason,
              );
              if (c.text !== envelope.text) {
                // The same tampering without a new signature never reaches decryption.
                const unsigned: Mutation = {
                  kind: `notification ${c.kind} (not re-signed)`,
                  message: { headers: valid.headers, body: signedMutant.body },
                  reasons: [],
                };
                checkNotification(
                  unsigned,
                  context,
                  SignatureVerificationError,
                  "signature_mismatch",
                );
              }
            }
            // Header-level mutations (drop, stale, probe, other key, …) behave as for responses.
            for (const mutation of responseMutations(valid, NOW_S, d, {
              platform: keys.platformPrivate,
              other: keys.otherPrivate,
            })) {
              expectRejected({ ...mutation, kind: `notification ${mutation.kind}` }, () =>
                openNotification(
                  { headers: mutation.message.headers, body: mutation.message.body },
                  context,
                ),
              );
              tally.notificationMutations += 1;
            }
          },
        ),
        { numRuns: size(40, 500), seed: SEED },
      );
    },
    size(30_000, 600_000),
  );

  function checkNotification(
    mutation: Mutation,
    context: Parameters<typeof openNotification>[1],
    expected: Expected,
    reason: string,
  ): void {
    tally.notificationMutations += 1;
    tally.mutations += 1;
    kinds.add(mutation.kind);
    let caught: unknown;
    try {
      openNotification({ headers: mutation.message.headers, body: mutation.message.body }, context);
    } catch (error) {
      caught = error;
    }
    if (caught === undefined) tally.accepted += 1;
    else if (!(caught instanceof expected)) tally.wrongType += 1;
    expect(caught, `${mutation.kind} was accepted`).toBeDefined();
    expect(caught, `${mutation.kind} threw ${String(caught)}`).toBeInstanceOf(expected);
    const got = caught as NotificationError | SignatureVerificationError;
    expect(got.reason, mutation.kind).toBe(reason);
    leaks.addError(mutation.kind, caught);
  }
});

afterAll(() => {
  const hits = leaks.scan();
  expect(hits).toEqual([]);
  recordFigures("2-verifier", "Verifier under mutation", {
    cases: tally.cases + tally.notificationCases,
    responseCases: tally.cases,
    notificationCases: tally.notificationCases,
    mutationsTried: tally.mutations + tally.wireMutations,
    wireMutations: tally.wireMutations,
    mutationKinds: kinds.size,
    accepted: tally.accepted,
    wrongErrorType: tally.wrongType,
    leaksFound: hits.length,
  });
});
