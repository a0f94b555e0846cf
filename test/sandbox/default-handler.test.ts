/**
 * The spec default handler: every operation of the spec without hand-written business rules is
 * served from the spec (signature check, request validation, the documented example as answer,
 * signed, logged as the default). Checked two ways: for every operation of the bundled spec the
 * default answer matches the response schema (with the spec's examples, and with every example
 * stripped so the schema synthesis is exercised), and end to end with operations added to a
 * copy of the spec.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specDocument } from "../../generated/spec-document.js";
import { systemClock } from "../../sandbox/clock.js";
import { operationHandlers } from "../../sandbox/handlers/index.js";
import { specDefaultHandler } from "../../sandbox/handlers/spec-default.js";
import type { Sandbox } from "../../sandbox/index.js";
import { DEFAULT_HANDLER_NOTE } from "../../sandbox/pipeline.js";
import { handlerContext } from "../../sandbox/start/handler-context.js";
import { loadServedSpec } from "../../sandbox/start/served-spec.js";
import { LiveState } from "../../sandbox/state/live-state.js";
import { startTestSandbox } from "./fixtures.js";
import { jsonOf, rawRequest, responseSignatureValid } from "./raw-client.js";

/** A deep copy of `value` without any `example`/`examples` key (schemas and media types alike). */
function withoutExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "example" && key !== "examples")
      .map(([key, inner]) => [key, withoutExamples(inner)]),
  );
}

async function defaultAnswers(doc: object): Promise<string[]> {
  const served = loadServedSpec(doc);
  const ctx = handlerContext({
    live: await LiveState.open(undefined),
    clock: systemClock,
    appid: "wx0000000000000000",
    baseUrl: () => "http://127.0.0.1:1",
    allowLoopbackHttpCallbacks: true,
  });
  const problems: string[] = [];
  for (const route of served.routes) {
    const handle = specDefaultHandler(served.document, route, served.validators);
    const result = handle(ctx, {
      operationId: route.operationId,
      mchid: "1900000109",
      pathParams: {},
      query: {},
      body: {},
    });
    const validate = served.validators.for(route.operationId).responses.get(String(result.status));
    if (!(result.status >= 200 && result.status < 300))
      problems.push(`${route.operationId}: status ${result.status}`);
    else if (validate !== undefined && !validate(result.body))
      problems.push(
        `${route.operationId} ${result.status}: ${JSON.stringify(validate.errors?.[0])}`,
      );
    else if (validate !== undefined && result.body === undefined)
      problems.push(`${route.operationId}: no body although the spec documents one`);
  }
  expect(served.routes.length).toBeGreaterThan(0);
  return problems;
}

describe("the default answer of every operation in the spec", () => {
  it("is the documented success response and matches its schema", async () => {
    expect(await defaultAnswers(specDocument)).toEqual([]);
  });

  it("still matches when the spec gives no example at all (built from the schema)", async () => {
    expect(await defaultAnswers(withoutExamples(specDocument) as object)).toEqual([]);
  });
});

const PROBE_PATH = "/v3/marketing/favor/stocks/{stock_id}/sandbox-probe";
const NOTES_PATH = "/v3/marketing/favor/sandbox-notes";

/** The bundled spec plus two operations no business rule knows: one with an example, one without. */
function specWithNewOperations(): object {
  const doc = structuredClone(specDocument) as unknown as {
    paths: Record<string, unknown>;
  };
  const errors = { "401": { $ref: "#/components/responses/SignError" } };
  doc.paths[PROBE_PATH] = {
    get: {
      operationId: "probeStockBudget",
      summary: "probe",
      parameters: [
        { $ref: "#/components/parameters/StockIdPath" },
        {
          name: "limit",
          in: "query",
          required: true,
          schema: { type: "integer", minimum: 1, maximum: 10 },
        },
      ],
      responses: {
        "200": {
          description: "ok",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["stock_id", "remaining"],
                properties: {
                  stock_id: { type: "string" },
                  remaining: { type: "integer", minimum: 0 },
                  limit: { type: "integer" },
                },
              },
              examples: { one: { value: { stock_id: "9856000", remaining: 42, limit: 1 } } },
            },
          },
        },
        ...errors,
      },
    },
  };
  doc.paths[NOTES_PATH] = {
    post: {
      operationId: "addSandboxNote",
      summary: "note",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              additionalProperties: false,
              required: ["note"],
              properties: { note: { type: "string", maxLength: 10 } },
            },
          },
        },
      },
      responses: {
        "200": {
          description: "ok",
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/StartStockResponse" } },
          },
        },
        ...errors,
      },
    },
  };
  return withoutExamplesAt(doc, "/components/schemas/StartStockResponse");
}

/** Removes the examples of one component schema so the answer must be synthesized. */
function withoutExamplesAt(doc: object, pointer: string): object {
  const parts = pointer.split("/").slice(1);
  let holder = doc as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) holder = holder[part] as Record<string, unknown>;
  const last = parts[parts.length - 1] ?? "";
  holder[last] = withoutExamples(holder[last]);
  return doc;
}

describe("an operation added to the spec without business rules", () => {
  let sandbox: Sandbox;
  const lines: string[] = [];
  beforeAll(async () => {
    sandbox = await startTestSandbox({
      spec: specWithNewOperations(),
      log: (line) => lines.push(line),
    });
  });
  afterAll(async () => {
    expect(sandbox.selfCheckFailures).toEqual([]);
    await sandbox.close();
  });

  it("is listed as served by the default handler, as is every operation without rules", () => {
    const withoutRules = loadServedSpec(specWithNewOperations())
      .routes.map((r) => r.operationId)
      .filter((id) => !Object.hasOwn(operationHandlers, id));
    expect(withoutRules).toEqual(expect.arrayContaining(["addSandboxNote", "probeStockBudget"]));
    expect([...sandbox.defaultHandledOperations].sort()).toEqual(withoutRules.sort());
  });

  it("answers the documented example, signed, echoing the request's values, and logs it is the default", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      "/v3/marketing/favor/stocks/777/sandbox-probe?limit=3",
    );
    expect(response.status).toBe(200);
    expect(jsonOf(response)).toEqual({ stock_id: "777", remaining: 42, limit: 3 });
    expect(responseSignatureValid(sandbox, response)).toBe(true);
    const line = lines.find((l) => l.includes("probeStockBudget"));
    expect(line).toContain("→ 200");
    expect(line).toContain(DEFAULT_HANDLER_NOTE.trim());
  });

  it("builds the answer from the schema when the spec has no example", async () => {
    const response = await rawRequest(
      sandbox,
      "POST",
      NOTES_PATH,
      JSON.stringify({ note: "hello" }),
    );
    expect(response.status).toBe(200);
    const body = jsonOf(response);
    expect(body["stock_id"]).toEqual(expect.any(String));
    expect(Number.isNaN(Date.parse(String(body["start_time"])))).toBe(false);
    expect(responseSignatureValid(sandbox, response)).toBe(true);
  });

  it("validates the request against the spec first", async () => {
    const tooLong = await rawRequest(
      sandbox,
      "POST",
      NOTES_PATH,
      JSON.stringify({ note: "x".repeat(11) }),
    );
    expect(tooLong.status).toBe(400);
    expect(jsonOf(tooLong)).toMatchObject({ code: "PARAM_ERROR", detail: { field: "/note" } });
    const unknown = await rawRequest(
      sandbox,
      "POST",
      NOTES_PATH,
      JSON.stringify({ note: "ok", extra: 1 }),
    );
    expect(unknown.status).toBe(400);
    const outOfRange = await rawRequest(
      sandbox,
      "GET",
      "/v3/marketing/favor/stocks/777/sandbox-probe?limit=11",
    );
    expect(outOfRange.status).toBe(400);
    expect(jsonOf(outOfRange)).toMatchObject({ code: "PARAM_ERROR" });
  });

  it("checks the signature first", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      "/v3/marketing/favor/stocks/777/sandbox-probe?limit=3",
      "",
      { authorization: 'WECHATPAY2-SHA256-RSA2048 mchid="1"' },
    );
    expect(response.status).toBe(401);
    expect(jsonOf(response)).toMatchObject({ code: "SIGN_ERROR" });
  });

  it("keeps the hand-written rules of the existing operations", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/1234/merchants?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}`,
    );
    expect(response.status).toBe(404);
    expect(jsonOf(response)).toMatchObject({ code: "RESOURCE_NOT_EXISTS" });
    expect(lines.find((l) => l.includes("listAvailableMerchants"))).not.toContain(
      DEFAULT_HANDLER_NOTE.trim(),
    );
  });
});
