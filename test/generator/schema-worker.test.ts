/**
 * schema.ts is printed by openapi-typescript on a worker thread when one is available, else on
 * the main thread. Where it ran must never show in the bytes, and a failure there must come back
 * as an InternalError of the emit stage (not a hang, not an unhandled rejection).
 */
import { describe, expect, it } from "vitest";
import { startSchemaTypesPrinter } from "../../generator/emit/schema.js";
import { InternalError } from "../../generator/errors.js";
import { loadSpec } from "../../generator/load/index.js";
import { REAL_SPEC } from "./helpers.js";

describe("schema.ts printer", () => {
  it("prints the same bytes on a worker thread and on the main thread", async () => {
    const spec = loadSpec(REAL_SPEC);
    const onWorker = await startSchemaTypesPrinter({ worker: true }).print(spec.document);
    const inThread = await startSchemaTypesPrinter({ worker: false }).print(spec.document);
    expect(onWorker.length).toBeGreaterThan(10_000);
    expect(onWorker).toBe(inThread);
  }, 60_000);

  it.each([true, false])(
    "a failure inside openapi-typescript is an InternalError of the emit stage (worker: %s)",
    async (worker) => {
      const printer = startSchemaTypesPrinter({ worker });
      const error = await printer
        .print({
          openapi: "3.1.0",
          paths: { "/x": { get: { responses: { "200": { $ref: "#/nowhere" } } } } },
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      printer.close();
      expect(error).toBeInstanceOf(InternalError);
      expect((error as InternalError).stage).toBe("emit");
      expect((error as InternalError).message).toMatch(/^printing schema\.ts: \S/);
    },
    60_000,
  );

  it("close() before print stops the worker without leaving anything pending", () => {
    const printer = startSchemaTypesPrinter({ worker: true });
    printer.close();
    printer.close();
  });
});
