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
import { CANARY_API_V3_KEY, CANARY_MCHID, CANARY_PUB_KEY_ID, CANARY_SERIAL_NO, canaryKeys } from "./helpers/canary.js";
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
  const body = Buffer.from("{}");
  server = await startLocalServer(() => ({ status: 200, headers: { ...signedHeaders(keys.platformPrivate, body), "content-type": "application/json" }, body }));
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

const ops = (operationMetas as readonly OperationMeta[]).filter((op) => op.validation !== undefined);

/**
 * KNOWN DEFECT (spec layer, reported to the coordinator): the runtime refuses path parameters that
 * contain '/', '..' or control characters (runtime/encoding.ts encodePathParam, a deliberate
 * path-traversal guard) and upload filenames with quotes, backslashes or control characters
 * (runtime/multipart.ts), but the spec's schemas for those fields (StockIdPath, OpenidPath, the
 * coupon_id path parameter, UploadImageBody/ImageMeta filename) allow them. So values the spec
 * accepts are refused by the client. Fix: give those schemas a `pattern` (ids: digits / openid
 * alphabet; filename: no quotes, backslash or controls). Until then the strict property is kept as
 * `it.fails`, and the rest of each schema is still checked with those fields narrowed.
 */
function fieldsRefusedBeyondSchema(op: OperationMeta): string[] {
  const names = op.params.filter((p) => p.in === "path").map((p) => p.name);
  if (op.multipart !== undefined) names.push("filename");
  return names;
}

const RUNTIME_REFUSED = /[\u0000-\u001f\u007f-\u009f"\\/]|\.\./;

function narrowed(op: OperationMeta, params: unknown): boolean {
  const values = params as Record<string, unknown>;
  return fieldsRefusedBeyondSchema(op).every((name) => typeof values[name] !== "string" || !RUNTIME_REFUSED.test(values[name] as string));
}

async function sendsValidValues(op: OperationMeta, onlyNarrowed: boolean): Promise<void> {
  const schema = op.validation;
  if (schema === undefined) return;
  const values = onlyNarrowed ? validValue(schema).filter((p) => narrowed(op, p)) : validValue(schema);
  await fc.assert(
    fc.asyncProperty(values, async (params) => {
      tally.validCases += 1;
      const before = server.requests.length;
      const outcome = await client.request(op, params as object).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (outcome !== undefined) leaks.addError(`valid ${op.operationId}`, outcome);
      expect(outcome, `schema-valid params refused: ${outcome instanceof Error ? outcome.message : ""}`).toBeUndefined();
      expect(server.requests.length).toBe(before + 1);
    }),
    { numRuns: size(12, 150), seed: SEED },
  );
}

describe("values drawn from each operation's request schema are accepted and sent once", () => {
  const strict = ops.filter((op) => fieldsRefusedBeyondSchema(op).length === 0);
  const gaps = ops.filter((op) => fieldsRefusedBeyondSchema(op).length > 0);
  it.each(strict.map((op) => [op.operationId, op] as const))("%s", async (_id, op) => {
    await sendsValidValues(op, false);
  }, size(30_000, 300_000));
  // Expected to fail until the spec constrains these fields (see the comment above).
  it.fails.each(gaps.map((op) => [op.operationId, fieldsRefusedBeyondSchema(op).join(", "), op] as const))("%s — spec gap: %s accept values the runtime refuses", async (_id, _fields, op) => {
    await sendsValidValues(op, false);
  }, size(30_000, 300_000));
  it.each(gaps.map((op) => [op.operationId, fieldsRefusedBeyondSchema(op).join(", "), op] as const))("%s with %s narrowed to what the runtime sends", async (_id, _fields, op) => {
    await sendsValidValues(op, true);
  }, size(30_000, 300_000));
});

describe("each single constraint violation is rejected before sending, naming the field path", () => {
  const cases = ops.flatMap((op) => constraintSites(op.validation as NonNullable<OperationMeta["validation"]>).map((site) => [`${op.operationId} ${site.reportedPath || "(root)"} ${site.constraint}`, op, site] as const));

  it("the spec has constraints to break", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)("%s", async (_name, op, site) => {
    tally.sites += 1;
    const schema = op.validation as NonNullable<OperationMeta["validation"]>;
    const arbitrary = fc.tuple(validValue(schema, site.path), site.bad).map(([valid, bad]) => setAt(valid, site.path, bad, site.remove === true));
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
        for (const issue of issues) expect(issue.path.startsWith(site.reportedPath), `unrelated issue ${issue.path}: ${issue.message}`).toBe(true);
        expect((error as RequestValidationError).message).toContain(site.reportedPath);
        leaks.addError(`violation ${op.operationId}`, error);
      }),
      { numRuns: size(2, 10), seed: SEED },
    );
  }, size(30_000, 300_000));
});
