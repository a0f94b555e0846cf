/**
 * `<operation>.withResponse(...)`: every generated operation has it, and against the sandbox it
 * resolves to the same parsed data as the plain call plus the status, the headers and the
 * Request-ID the server sent (types are checked in test/types/generated-client.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as generated from "../../generated/index.js";
import {
  createCouponStock,
  listStocks,
  operationMetas,
  queryStock,
} from "../../generated/index.js";
import { NotFoundError } from "../../runtime/index.js";
import { startE2E, stockParams, type E2E } from "./harness.js";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe("withResponse", () => {
  it("exists on every generated operation (derived from the spec's operation list)", () => {
    const exports = generated as unknown as Record<string, unknown>;
    const missing = operationMetas
      .map((meta) => meta.operationId)
      .filter((id) => {
        const operation = exports[id];
        return (
          typeof operation !== "function" ||
          typeof (operation as { withResponse?: unknown }).withResponse !== "function"
        );
      });
    expect(operationMetas.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("returns the parsed data with status, lower-case headers and the Request-ID header", async () => {
    const { client, sandbox } = e2e;
    const created = await createCouponStock.withResponse(client, stockParams(sandbox));
    expect(created.status).toBe(200);
    expect(created.data.stock_id).toMatch(/^\d+$/);
    expect(created.requestId).toMatch(/\S/);
    expect(created.headers["request-id"]).toBe(created.requestId);
    expect(created.headers["wechatpay-signature"]).toBeDefined();

    const params = { stock_id: created.data.stock_id, stock_creator_mchid: sandbox.mchid };
    const raw = await queryStock.withResponse(client, params);
    expect(raw.data).toEqual(await queryStock(client, params));
    expect(raw.data.stock_id).toBe(created.data.stock_id);

    // Each answer carries its own Request-ID.
    const page = await listStocks.withResponse(client, {
      offset: 0,
      limit: 10,
      stock_creator_mchid: sandbox.mchid,
    });
    expect(page.requestId).not.toBe(created.requestId);
    expect(page.data.total_count).toBeGreaterThan(0);
  });

  it("errors are thrown exactly as by the plain call (with the Request-ID on the error)", async () => {
    const error = await queryStock
      .withResponse(e2e.client, { stock_id: "9999999999", stock_creator_mchid: e2e.sandbox.mchid })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toMatch(/\S/);
  });
});
