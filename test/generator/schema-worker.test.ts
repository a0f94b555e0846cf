/**
 * schema.ts is printed by openapi-typescript on a worker thread when one is available, else on
 * the main thread. Where it ran must never show in the bytes, and a failure there must come back
 * as an InternalError of the emit stage naming the problem (not a hang, not an unhandled
 * rejection, not a line openapi-typescript printed itself).
 */
import { describe, expect, it, vi } from "vitest";
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
      // openapi-typescript console.error's each problem, then throws only the last one: on the
      // main thread those lines would reach this spy, on a worker the worker's own stderr. Both
      // problems must end up in the error instead.
      const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const printer = startSchemaTypesPrinter({ worker });
      try {
        const error = await printer
          .print({
            openapi: "3.1.0",
            paths: {
              "/x": { get: { responses: { "200": { $ref: "#/nowhere" } } } },
              "/y": { get: { responses: { "200": { $ref: "#/elsewhere" } } } },
            },
          })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(error).toBeInstanceOf(InternalError);
        expect((error as InternalError).stage).toBe("emit");
        expect((error as InternalError).message).toBe(
          "printing schema.ts: openapi-typescript: Can't resolve $ref at #/paths/~1x/get/responses/200; Can't resolve $ref at #/paths/~1y/get/responses/200",
        );
        expect(consoleError).not.toHaveBeenCalled();
      } finally {
        printer.close();
        consoleError.mockRestore();
      }
    },
    60_000,
  );

  it("close() before print stops the worker without leaving anything pending", () => {
    const printer = startSchemaTypesPrinter({ worker: true });
    printer.close();
    printer.close();
  });
});
