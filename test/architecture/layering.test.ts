/**
 * The layering of `layers.ts`, enforced: a forbidden import anywhere in the repository fails here
 * with `file:line` and the edge it takes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { moduleReferences } from "./imports.js";
import { layeringViolations, staleRules, type SourceFile } from "./layering.js";
import { PACKAGE_EXCEPTIONS } from "./layers.js";
import { repoRoot as root, sourceFilesBelow } from "./source-files.js";

function sourceFiles(): SourceFile[] {
  return sourceFilesBelow("").map((file) => ({
    path: file,
    text: readFileSync(path.join(root, file), "utf8"),
  }));
}

const packageJson = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Peer dependencies (none today) would count too: shipped code may import what the user installs.
const dependencies = new Set([
  ...Object.keys(packageJson.dependencies ?? {}),
  ...Object.keys(packageJson.peerDependencies ?? {}),
]);

describe("layering", () => {
  it("no source file imports across a boundary the table forbids", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) =>
      layeringViolations(
        [file],
        new Set([...dependencies, ...(PACKAGE_EXCEPTIONS[file.path]?.packages ?? [])]),
      ),
    );
    expect(violations).toEqual([]);
  });

  it("every rule of the table is still used: each edge taken, each file it names present", () => {
    expect(staleRules(sourceFiles())).toEqual([]);
  });

  it("reports a rule that no longer describes the code (a fixture with stale rows)", () => {
    const fixture: SourceFile[] = [
      { path: "runtime/index.ts", text: "" },
      { path: "generated/index.ts", text: "" },
      { path: "sandbox/a.ts", text: 'import { x } from "../runtime/index.js";' },
      { path: "sandbox/spec/ajv.ts", text: 'import Ajv from "ajv";' },
    ];
    const stale = staleRules(fixture);
    expect(stale).toContain("sandbox → runtime: runtime/protocol.ts does not exist");
    expect(stale).toContain("sandbox → generated: no import takes this edge");
    expect(stale).toContain(
      "PACKAGE_EXCEPTIONS: sandbox/spec/ajv.ts no longer imports ajv-formats",
    );
    expect(stale).not.toContain("sandbox → runtime: no import takes this edge");
    expect(
      staleRules([...fixture, { path: "runtime/protocol.ts", text: "" }]).filter((r) =>
        r.startsWith("sandbox → runtime"),
      ),
    ).toEqual(["sandbox → runtime: no import names runtime/protocol.ts"]);
  });

  it("finds every form of import, with its line and whether it is type-only", () => {
    const text = [
      'import a from "./a.js";',
      'import type { B } from "./b.js";',
      'import "./c.js";',
      'export * from "./d.js";',
      'export type { E } from "./e.js";',
      "const f = await import(",
      '  "./f.js"',
      ");",
      'type G = import("./g.js").G;',
      'import h = require("./h.js");',
      'const i = require("./i.js");',
      '// import "./not-a-comment.js";',
      "const text = \"import './not-a-string.js'\";",
      "import {",
      "  type J,",
      '} from "./j.js";',
    ].join("\n");
    expect(moduleReferences("x.ts", text)).toEqual([
      { specifier: "./a.js", line: 1, typeOnly: false },
      { specifier: "./b.js", line: 2, typeOnly: true },
      { specifier: "./c.js", line: 3, typeOnly: false },
      { specifier: "./d.js", line: 4, typeOnly: false },
      { specifier: "./e.js", line: 5, typeOnly: true },
      { specifier: "./f.js", line: 7, typeOnly: false },
      { specifier: "./g.js", line: 9, typeOnly: true },
      { specifier: "./h.js", line: 10, typeOnly: false },
      { specifier: "./i.js", line: 11, typeOnly: false },
      // `import { type J }` still loads the module under verbatimModuleSyntax.
      { specifier: "./j.js", line: 14 + 2, typeOnly: false },
    ]);
  });

  it("reports forbidden edges with file:line (a fixture that breaks each kind of rule)", () => {
    const fixture: SourceFile[] = [
      { path: "runtime/client.ts", text: '\nimport { x } from "../generator/run.js";\n' },
      { path: "generated/metadata.ts", text: 'import type { M } from "../runtime/operation.js";' },
      { path: "generator/emit/a.ts", text: 'import { validate } from "../../runtime/index.js";' },
      { path: "sandbox/http/b.ts", text: 'export * from "../../generator/load/index.js";' },
      { path: "runtime/c.ts", text: 'const m = await import("ts-morph");' },
      { path: "shared/d.ts", text: 'import "../runtime/index.js";' },
      { path: "sandbox/e.ts", text: 'import x from "../../outside.js";' },
    ];
    expect(layeringViolations(fixture, new Set(["undici"]))).toEqual([
      'runtime/client.ts:2: runtime → generator ("../generator/run.js") is not an allowed edge',
      'generated/metadata.ts:1: generated may import runtime only through runtime/index.ts, not "../runtime/operation.js"',
      'generator/emit/a.ts:1: generator may import runtime only with `import type`, "../../runtime/index.js" loads it at run time',
      'sandbox/http/b.ts:1: sandbox → generator ("../../generator/load/index.js") is not an allowed edge',
      'runtime/c.ts:1: runtime ships in the package and imports "ts-morph", which is not in package.json dependencies',
      'shared/d.ts:1: shared → runtime ("../runtime/index.js") is not an allowed edge',
      'sandbox/e.ts:1: "../../outside.js" points outside the layered areas',
    ]);
  });

  it("allows the edges the table lists", () => {
    const fixture: SourceFile[] = [
      { path: "generated/ops/a.ts", text: 'import { x } from "../../runtime/index.js";' },
      { path: "generator/b.ts", text: 'import type { M } from "../runtime/index.js";' },
      { path: "runtime/c.ts", text: 'import { request } from "undici";\nimport "node:crypto";' },
      { path: "test/d.ts", text: 'import { x } from "../runtime/transport.js";' },
    ];
    expect(layeringViolations(fixture, new Set(["undici"]))).toEqual([]);
  });
});
