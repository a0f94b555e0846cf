/**
 * The project's layering as data: which top-level area may import which. `layering.test.ts`
 * parses every import of every source file and fails on an edge this table does not allow.
 *
 * Read a row as "files in <from> may import <to>". Imports inside one area are always allowed.
 * `entryOnly` means only the area's public entry (`<area>/index.ts`, or the edge's `entries`) may
 * be imported, so its internals can move without breaking the importer; `typeOnly` means only `import type` /
 * `export type` (nothing of the target is loaded at run time).
 *
 * The table checks itself too (`staleRules`): an edge no import takes, or a file it names that
 * does not exist, fails the test, so a row is removed when the last import using it goes.
 */

export type Area =
  | "shared"
  | "runtime"
  | "generated"
  | "generator"
  | "sandbox"
  | "tools"
  | "bench"
  | "scripts"
  | "test"
  | "package-entry"
  | "config";

export interface Edge {
  readonly to: Area;
  readonly entryOnly?: boolean;
  readonly typeOnly?: boolean;
  /**
   * With `entryOnly`: the files of the target this area may import, when more than its public
   * entry (`ENTRY_FILE`). Each must exist and be imported (`staleRules` in layering.ts).
   */
  readonly entries?: readonly string[];
  /** Why the edge exists: a reviewer adding a row has to say it. */
  readonly why: string;
}

/** The file that is an area's public entry, for `entryOnly` edges. */
export const ENTRY_FILE: Partial<Record<Area, string>> = {
  runtime: "runtime/index.ts",
  generated: "generated/index.ts",
};

const runtimeEntry: Edge = {
  to: "runtime",
  entryOnly: true,
  why: "the runtime's public API, as users see it",
};
const shared: Edge = { to: "shared", why: "leaf helpers with no project imports" };

export const ALLOWED: Readonly<Record<Area, readonly Edge[]>> = {
  // A leaf: node builtins and nothing of the project, so every area may use it.
  shared: [],
  // The runtime is generic: it knows OperationMeta, never a particular generated operation.
  runtime: [shared],
  generated: [runtimeEntry],
  generator: [
    shared,
    {
      to: "runtime",
      entryOnly: true,
      typeOnly: true,
      why: "the OperationMeta/ValidationSchema contract the emitted code is written against",
    },
  ],
  sandbox: [
    shared,
    {
      ...runtimeEntry,
      entries: ["runtime/index.ts", "runtime/protocol.ts"],
      why: "the public API, and one definition of the signing strings and notification encryption (protocol.ts, which the package does not export)",
    },
    { to: "generated", why: "the bundled spec document it serves, and the demo's client calls" },
  ],
  tools: [
    shared,
    { to: "generator", why: "spec-review reads specs with the generator's loader and model" },
  ],
  bench: [
    runtimeEntry,
    { to: "package-entry", why: 'measures what `import … from "wechatpay-favor"` costs' },
    { to: "generated", why: "calls operations the way users do" },
    { to: "sandbox", why: "serves the client benchmarks" },
    { to: "tools", why: "measures docs:diff in-process (bench/docs)" },
  ],
  scripts: [],
  test: [
    { to: "shared", why: "tests may reach anything they test" },
    { to: "runtime", why: "unit tests exercise runtime internals" },
    { to: "generated", why: "tests call generated operations" },
    { to: "generator", why: "generator tests" },
    { to: "sandbox", why: "sandbox tests and e2e" },
    { to: "tools", why: "spec-review tests" },
    { to: "bench", why: "benchmark smoke test" },
    { to: "scripts", why: "the export report test runs the script that writes it" },
  ],
  "package-entry": [runtimeEntry, { to: "generated", entryOnly: true, why: "re-exports" }],
  config: [
    { to: "scripts", why: "vitest.config.ts builds its projects from the suites npm test runs" },
  ],
};

/**
 * Areas that ship in the npm package: they may import only node builtins and the package's
 * `dependencies` (a devDependency would be missing from a user's install).
 */
export const SHIPPED: ReadonlySet<Area> = new Set<Area>([
  "shared",
  "runtime",
  "generated",
  "sandbox",
  "package-entry",
]);

/**
 * Shipped files that may import a package outside `dependencies`, each with the reason a user's
 * install still works.
 */
export const PACKAGE_EXCEPTIONS: Readonly<
  Record<string, { readonly packages: readonly string[]; readonly why: string }>
> = {
  "sandbox/spec/ajv.ts": {
    packages: ["ajv", "ajv-formats"],
    why: "the build bundles this one module, ajv included, into dist (scripts/vendor-ajv.ts)",
  },
};

/** The area of a repository-relative path (forward slashes), or undefined outside the layering. */
export function areaOf(relativePath: string): Area | undefined {
  if (!relativePath.includes("/")) return relativePath === "index.ts" ? "package-entry" : "config";
  const top = relativePath.slice(0, relativePath.indexOf("/"));
  switch (top) {
    case "shared":
    case "runtime":
    case "generated":
    case "generator":
    case "sandbox":
    case "tools":
    case "bench":
    case "scripts":
    case "test":
      return top;
    default:
      return undefined;
  }
}
