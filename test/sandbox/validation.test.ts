/** Spec-driven validation: 400 PARAM_ERROR with detail {field, value, issue, location} (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationHandlers } from "../../sandbox/handlers/index.js";
import type { Sandbox } from "../../sandbox/index.js";
import { loadServedSpec } from "../../sandbox/start/served-spec.js";
import { STOCKS, startTestSandbox, validStockBody } from "./fixtures.js";
import { jsonOf, rawRequest } from "./raw-client.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  expect(sandbox.selfCheckFailures).toEqual([]);
  await sandbox.close();
});

function detailOf(body: Record<string, unknown>): Record<string, unknown> {
  expect(body["code"]).toBe("PARAM_ERROR");
  return body["detail"] as Record<string, unknown>;
}

describe("body validation against the spec", () => {
  it.each([
    ["a too long stock_name", { stock_name: "x".repeat(21) }, "/stock_name"],
    ["an unknown top-level field", { surprise: true }, "/surprise"],
    ["a stock_type outside the create enum", { stock_type: "DISCOUNT" }, "/stock_type"],
    [
      "a non-RFC-3339 begin time",
      { available_begin_time: "2026-12-01 00:00:00" },
      "/available_begin_time",
    ],
  ])("rejects %s with the JSON pointer of the field", async (_label, override, field) => {
    const response = await rawRequest(
      sandbox,
      "POST",
      STOCKS,
      JSON.stringify(validStockBody(sandbox, override)),
    );
    expect(response.status).toBe(400);
    const detail = detailOf(jsonOf(response));
    expect(detail["field"]).toBe(field);
    expect(detail["location"]).toBe("body");
    expect(typeof detail["issue"]).toBe("string");
  });

  it("names a missing nested required field", async () => {
    const body = validStockBody(sandbox);
    const rule = { ...(body["stock_use_rule"] as Record<string, unknown>) };
    delete rule["max_coupons"];
    const response = await rawRequest(
      sandbox,
      "POST",
      STOCKS,
      JSON.stringify({ ...body, stock_use_rule: rule }),
    );
    expect(response.status).toBe(400);
    const detail = detailOf(jsonOf(response));
    expect(detail["field"]).toBe("/stock_use_rule/max_coupons");
    expect(detail["issue"]).toBe("is required");
  });

  it("reports the offending value", async () => {
    const body = validStockBody(sandbox);
    const response = await rawRequest(
      sandbox,
      "POST",
      STOCKS,
      JSON.stringify({
        ...body,
        stock_use_rule: { ...(body["stock_use_rule"] as object), max_coupons_per_user: 61 },
      }),
    );
    const detail = detailOf(jsonOf(response));
    expect(detail["field"]).toBe("/stock_use_rule/max_coupons_per_user");
    expect(detail["value"]).toBe(61);
  });

  it("rejects a body that is not JSON", async () => {
    const response = await rawRequest(sandbox, "POST", STOCKS, "{not json");
    expect(response.status).toBe(400);
    expect(detailOf(jsonOf(response))["location"]).toBe("body");
  });

  it("rejects a JSON body sent with another Content-Type", async () => {
    const response = await rawRequest(
      sandbox,
      "POST",
      STOCKS,
      JSON.stringify(validStockBody(sandbox)),
      { contentType: "text/plain" },
    );
    expect(response.status).toBe(400);
    expect(jsonOf(response)["code"]).toBe("INVALID_REQUEST");
  });

  it("refuses a body over the size limit with 400 INVALID_REQUEST, without reading it into memory", async () => {
    const small = await startTestSandbox({ credentials: sandbox.credentials, maxBodyBytes: 256 });
    try {
      const response = await rawRequest(
        small,
        "POST",
        STOCKS,
        JSON.stringify(validStockBody(small, { comment: "x".repeat(300) })),
      );
      expect(response.status).toBe(400);
      expect(jsonOf(response)["code"]).toBe("INVALID_REQUEST");
    } finally {
      await small.close();
    }
  });

  it("rejects a 4-byte UTF-8 character (emoji) with the field that carries it", async () => {
    const response = await rawRequest(
      sandbox,
      "POST",
      STOCKS,
      JSON.stringify(validStockBody(sandbox, { comment: "好券😀" })),
    );
    expect(response.status).toBe(400);
    expect(detailOf(jsonOf(response))["field"]).toBe("/comment");
  });
});

describe("query and path validation against the spec", () => {
  it("rejects limit above the spec's maximum with field = parameter name", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks?offset=0&limit=11&stock_creator_mchid=${sandbox.mchid}`,
    );
    expect(response.status).toBe(400);
    expect(detailOf(jsonOf(response))).toMatchObject({
      field: "limit",
      value: 11,
      location: "query",
    });
  });

  it("rejects a missing required query parameter", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      "/v3/marketing/favor/stocks?offset=0&limit=10",
    );
    expect(response.status).toBe(400);
    expect(detailOf(jsonOf(response))).toMatchObject({
      field: "stock_creator_mchid",
      issue: "is required",
      location: "query",
    });
  });

  it("rejects a non-integer offset", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks?offset=first&limit=10&stock_creator_mchid=${sandbox.mchid}`,
    );
    expect(response.status).toBe(400);
    expect(detailOf(jsonOf(response))).toMatchObject({
      field: "offset",
      value: "first",
      location: "query",
    });
  });

  it("decodes an unencoded '+' as a space, so the RFC 3339 offset breaks (as on the real server)", async () => {
    const plus = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}&create_start_time=2026-01-01T00:00:00+08:00`,
    );
    expect(plus.status).toBe(400);
    expect(detailOf(jsonOf(plus))["field"]).toBe("create_start_time");
    const encoded = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}&create_start_time=2026-01-01T00%3A00%3A00%2B08%3A00`,
    );
    expect(encoded.status).toBe(200);
  });

  it("rejects an enum value the spec does not list", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}&status=RUNNING`,
    );
    expect(detailOf(jsonOf(response))).toMatchObject({ field: "status", location: "query" });
  });

  it("validates path parameters with location path", async () => {
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/${"9".repeat(21)}?stock_creator_mchid=${sandbox.mchid}`,
    );
    expect(response.status).toBe(400);
    expect(detailOf(jsonOf(response))).toMatchObject({ field: "stock_id", location: "path" });
  });
});

describe("routing", () => {
  it("answers 404 for a path the spec does not have", async () => {
    const response = await rawRequest(sandbox, "GET", "/v3/marketing/favor/nothing-here");
    expect(response.status).toBe(404);
  });

  it("answers 405 for a known path with another method", async () => {
    const response = await rawRequest(sandbox, "POST", "/v3/marketing/favor/stocks", "{}");
    expect(response.status).toBe(405);
  });

  it("answers paths outside /v3/ with an unsigned 404 pointing at the API and control prefixes", async () => {
    const response = await fetch(`${sandbox.baseUrl}/`);
    expect(response.status).toBe(404);
    expect(response.headers.get("wechatpay-signature")).toBeNull();
    expect(((await response.json()) as { message: string }).message).toContain("/sandbox/v1/");
  });

  it("serves every operation of the spec, by its business rules or the spec default", () => {
    // Derived from the spec: an operation added to it is served by the default handler (see
    // default-handler.test.ts) without any change here.
    const specOperations = loadServedSpec().routes.map((r) => r.operationId);
    const ruled = specOperations.filter((id) => Object.hasOwn(operationHandlers, id));
    expect([...ruled, ...sandbox.defaultHandledOperations].sort()).toEqual(
      [...specOperations].sort(),
    );
  });

  it("has no business rules for an operation the spec does not have", () => {
    const specOperations = new Set(loadServedSpec().routes.map((r) => r.operationId));
    expect(Object.keys(operationHandlers).filter((id) => !specOperations.has(id))).toEqual([]);
  });
});
