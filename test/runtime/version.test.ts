/**
 * runtime/version.ts hard-codes the version (importing package.json at run time would ship a JSON
 * import in the package and read a file on every start); this test keeps the two in step.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../runtime/version.js";

describe("VERSION", () => {
  it("equals package.json's version (bump runtime/version.ts with it)", () => {
    const manifest = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as { version?: unknown };
    expect(typeof manifest.version).toBe("string");
    expect(VERSION).toBe(manifest.version);
  });
});
