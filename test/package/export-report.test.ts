/**
 * The export report (etc/exports.txt, written by `npm run exports:write`) still lists exactly what
 * each entry point of the package exports, so every change of the public surface is a reviewed
 * line of that file; and the root entry holds what a service needs, not the protocol internals.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { entryPoints, exportReport, REPORT_PATH } from "../../scripts/export-report.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Signing, verification and encryption internals: runtime/protocol.ts, never the root entry. */
const PROTOCOL = [
  "AUTH_SCHEME",
  "buildAuthorization",
  "buildRequestSigningString",
  "buildResponseVerifyMessage",
  "buildResponseVerifyString",
  "encryptResource",
  "parseAuthorization",
  "signMessage",
  "SIGNATURE_PROBE_PREFIX",
  "validate",
  "verifyMessage",
  "verifyWechatpaySignature",
];

/** Export names of one section of a report ("." → the root entry's names). */
function sectionNames(report: string, subpath: string): string[] {
  const section = report.split("\n\n").find((s) => s.startsWith(`## "${subpath}"`));
  if (section === undefined) throw new Error(`the report has no section for "${subpath}"`);
  return section
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[1] ?? "");
}

describe("export report", () => {
  let current: string;
  beforeAll(() => {
    current = exportReport(root);
  }, 60_000);

  it(`${REPORT_PATH} matches the sources (after an intended change: npm run exports:write)`, () => {
    const committed = readFileSync(path.join(root, REPORT_PATH), "utf8");
    expect(current, `${REPORT_PATH} is stale: run \`npm run exports:write\``).toBe(committed);
  });

  it("has one section per entry point of package.json exports", () => {
    expect(entryPoints(root).map((e) => e.subpath)).toEqual([
      ".",
      "./sandbox",
      "./openapi",
      "./redis",
    ]);
    for (const entry of entryPoints(root))
      expect(sectionNames(current, entry.subpath).length).toBeGreaterThan(0);
  });

  it("the root entry holds the client, operations, models and errors, and no protocol internals", () => {
    const rootNames = sectionNames(current, ".");
    for (const name of [
      "WechatPayClient",
      "queryStock",
      "Stock",
      "StockStatus",
      "ApiError",
      "paginate",
    ])
      expect(rootNames).toContain(name);
    expect(rootNames.filter((name) => PROTOCOL.includes(name))).toEqual([]);
    // openapi-typescript's types are the ./openapi subpath; no <Op>Body model nothing accepts.
    expect(rootNames.filter((name) => ["components", "paths"].includes(name))).toEqual([]);
    expect(rootNames.filter((name) => /^[A-Z]\w*Body$/.test(name))).toEqual([]);
    expect(sectionNames(current, "./openapi")).toEqual(
      expect.arrayContaining(["components", "paths"]),
    );
  });
});
