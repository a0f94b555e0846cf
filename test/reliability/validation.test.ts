/**
 * Suite 3 — client-side validation, driven by the spec. For every generated operation, values drawn
 * from its ValidationSchema (generated/metadata.ts) are accepted and sent exactly once; every single
 * constraint violation is rejected with RequestValidationError naming the field path, before any
 * byte reaches the (request-counting) server.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationMetas } from "../../generated/metadata.js";
import { RequestValidationError, WechatPayClient } from "../../runtime/index.js";
import type { OperationMeta } from "../../runtime/index.js";
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
import { constraintSites, setAt, validValue } from "./helpers/schema-arbitrary.js";
import { signedHeaders } from "./helpers/signed-answer.js";
import { SEED, size } from "./helpers/sizes.js";

const keys = canaryKeys();
const leaks = new LeakCollector();
const tally = { validCases: 0, violationCases: 0, sites: 0, requestsSentForViolations: 0 };
let server: LocalServer;
let client: WechatPayClient;

beforeAll(async () => {
  // One answer for every operation: this suite is about requests, so the answer only has to pass
  // the client's top-level shape check (each operation's required fields present).
  const required = (operationMetas as readonly OperationMeta[]).flatMap(
    (op) => op.response?.required ?? [],
  );
  const body = Buffer.from(JSON.stringify(Object.fromEntries(required.map((f) => [f, "x"]))));
  server = await startLocalServer(() => ({
    status: 200,
    headers: { ...signedHeaders(keys.platformPrivate, body), "content-type": "application/json" },
    body,
  }));
  client = new WechatPayClient({
    mchid: CANARY_MCHID,
    serialNo: CANARY_SERIAL_NO,
    privateKey: keys.merchantPrivatePem,
    wechatpayPublicKeyId: CANARY_PUB_KEY_ID,
    wechatpayPublicKey: keys.platformPublicPem,
    apiV3Key: CANARY_API_V3_KEY,
    baseUrl: server.baseUrl,
    maxRetries: 0,
  });
});

afterAll(async () => {
  await client.close();
  await server.close();
  const hits = leaks.scan();
  recordFigures("3-validation", "Validation from the spec", {
    operations: operationMetas.length,
    constraintSites: tally.sites,
    cases: tally.validCases + tally.violationCases,
    validCases: tally.validCases,
    violationCases: tally.violationCases,
    mutationsTried: tally.violationCases,
    requestsSentForViolations: tally.requestsSentForViolations,
    leaksFound: hits.length,
  });
  expect(hits).toEqual([]);
});

const ops = (operationMetas as readonly OperationMeta[]).filter(
  (op) => op.validation !== undefined,
);

/**
 * Regression guard for a defect this suite found (fixed in spec 5d3a4fd): path parameters and the
 * upload filename allowed '/', '..', control characters and quotes that the runtime refuses
 * (runtime/encoding.ts encodePathParam, runtime/multipart.ts), so spec-valid values were rejected.
 * The arbitraries deliberately draw those characters often (helpers/schema-arbitrary.ts plainChar).
 */
describe("values drawn from each operation's request schema are accepted and sent once", () => {
  it.each(ops.map((op) => [op.operationId, op] as const))(
    "%s",
    async (_id, op) => {
      const schema = op.validation;
      if (schema === undefined) return;
      await fc.assert(
        fc.asyncProperty(validValue(schema), async (params) => {
          tally.validCases += 1;
          const before = server.requests.length;
          const outcome = await client.request(op, params as object).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (outcome !== undefined) leaks.addError(`valid ${op.operationId}`, outcome);
          expect(
            outcome,
            `schema-valid params refused: ${outcome instanceof Error ? outcome.message : ""}`,
          ).toBeUndefined();
          expect(server.requests.length).toBe(before + 1);
        }),
        { numRuns: size(10, 250), seed: SEED },
      );
    },
    size(30_000, 300_000),
  );
});

describe("each single constraint violation is rejected before sending, naming the field path", () => {
  // A top-level field the client fills from its own configuration (`clientDefault`, e.g.
  // belong_merchant ← mchid) is not a violation when omitted: the client sends its value
  // (test/runtime/client-defaults.test.ts). Its other constraints are still broken here.
  const defaulted = (op: OperationMeta, site: { path: readonly unknown[]; constraint: string }) =>
    site.constraint === "required" &&
    site.path.length === 1 &&
    op.params.some((p) => p.name === site.path[0] && p.clientDefault !== undefined);
  const cases = ops.flatMap((op) =>
    constraintSites(op.validation as NonNullable<OperationMeta["validation"]>)
      .filter((site) => !defaulted(op, site))
      .map(
        (site) =>
          [
            `${op.operationId} ${site.reportedPath || "(root)"} ${site.constraint}`,
            op,
            site,
          ] as const,
      ),
  );

  it("the spec has constraints to break", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)(
    "%s",
    async (_name, op, site) => {
      tally.sites += 1;
      const schema = op.validation as NonNullable<OperationMeta["validation"]>;
      const arbitrary = fc
        .tuple(validValue(schema, site.path), site.bad)
        .map(([valid, bad]) => setAt(valid, site.path, bad, site.remove === true));
      await fc.assert(
        fc.asyncProperty(arbitrary, async (params) => {
          tally.violationCases += 1;
          const before = server.requests.length;
          const error = await client.request(op, params as object).then(
            () => undefined,
            (e: unknown) => e,
          );
          const sent = server.requests.length - before;
          tally.requestsSentForViolations += sent;
          expect(sent, "a request was sent for invalid params").toBe(0);
          expect(error).toBeInstanceOf(RequestValidationError);
          const issues = (error as RequestValidationError).issues;
          expect(issues.map((i) => i.path)).toContain(site.reportedPath);
          // One broken constraint: every issue is about that field (or inside it).
          for (const issue of issues)
            expect(
              issue.path.startsWith(site.reportedPath),
              `unrelated issue ${issue.path}: ${issue.message}`,
            ).toBe(true);
          expect((error as RequestValidationError).message).toContain(site.reportedPath);
          leaks.addError(`violation ${op.operationId}`, error);
        }),
        { numRuns: size(2, 10), seed: SEED },
      );
    },
    size(30_000, 300_000),
  );
});
