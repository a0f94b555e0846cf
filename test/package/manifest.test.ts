/**
 * Fast checks of the package manifest against the sources, before anything is built: the public
 * entries, what gets published, and that runtime `dependencies` are exactly what the shipped code
 * imports (so generator- or test-only packages never reach users). The consumer test repeats the
 * dependency check on the real tarball.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../runtime/index.js";
import { importedPackages } from "./module-checks.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as Record<
  string,
  unknown
> & {
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const buildConfig = JSON.parse(
  // tsconfig allows comments; strip whole-line ones before parsing.
  readFileSync(join(repoRoot, "tsconfig.build.json"), "utf8").replace(/^\s*\/\/.*$/gm, ""),
) as { include: string[]; compilerOptions: { outDir: string; rootDir: string } };

/** Packages scripts/vendor-ajv.ts bundles into dist/sandbox/spec/ajv.js (sandbox/spec/ajv.ts imports them). */
const VENDORED = ["ajv", "ajv-formats"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** dist/x/y.js (or .d.ts) → the source x/y.ts it is compiled from. */
function sourceOf(distPath: string): string {
  return distPath.replace(/^\.\/dist\//, "").replace(/\.(d\.ts|js)$/, ".ts");
}

describe("package.json", () => {
  it("is an ESM package for Node ≥ 20.18.1 with no import-time side effects", () => {
    expect(manifest["type"]).toBe("module");
    expect(manifest["engines"]).toEqual({ node: ">=20.18.1" });
    expect(manifest["sideEffects"]).toBe(false);
    expect(manifest["files"]).toEqual(["dist"]);
  });

  it("exposes exactly the root entry, the sandbox, the OpenAPI types, the Redis stores and package.json, each built from a source in the build", () => {
    expect(Object.keys(manifest.exports)).toEqual([
      ".",
      "./sandbox",
      "./openapi",
      "./redis",
      "./package.json",
    ]);
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === "string") continue;
      // "types" must come first (the first matching condition wins); "default" rather than "import"
      // so Node versions with require(esm) (≥ 20.19) can also require() the package.
      expect(Object.keys(target), subpath).toEqual(["types", "default"]);
      expect(sourceOf(target.types)).toBe(sourceOf(target.default));
      const source = sourceOf(target.default);
      expect(existsSync(join(repoRoot, source)), `${subpath} → ${source}`).toBe(true);
      expect(
        buildConfig.include.some((root) => source === root || source.startsWith(`${root}/`)),
        `${source} is compiled by tsconfig.build.json`,
      ).toBe(true);
    }
    expect(manifest["types"]).toBe((manifest.exports["."] as { types: string }).types);
    expect(manifest["main"]).toBe((manifest.exports["."] as { default: string }).default);
  });

  it("bin is an object of commands, each a built source starting with a node shebang", () => {
    const bin = manifest["bin"] as Record<string, string>;
    expect(typeof bin).toBe("object");
    expect(bin["wechatpay-favor-sandbox"]).toBe("./dist/sandbox/cli.js");
    expect(bin["wechatpay-favor"]).toBe("./dist/runtime/cli.js");
    for (const [command, target] of Object.entries(bin)) {
      const source = sourceOf(target.startsWith("./") ? target : `./${target}`);
      expect(readFileSync(join(repoRoot, source), "utf8"), `${command} → ${source}`).toMatch(
        /^#!\/usr\/bin\/env node\n/,
      );
    }
  });

  it("ships no declaration maps: they would point at sources the package does not ship", () => {
    expect(buildConfig.compilerOptions).not.toHaveProperty("declarationMap", true);
  });

  it("builds only the shipped code into dist/ mirroring the tree", () => {
    expect(buildConfig.include.sort()).toEqual([
      "generated",
      "index.ts",
      "runtime",
      "sandbox",
      "shared",
    ]);
    expect(buildConfig.compilerOptions).toMatchObject({ outDir: "dist", rootDir: "." });
  });

  it("lists as dependencies exactly the packages the shipped sources import, except those the build bundles", () => {
    const shipped = ["shared", "runtime", "generated", "sandbox"].map((dir) => join(repoRoot, dir));
    const imported = importedPackages(shipped, ".ts").filter(
      (name) => name !== manifest["name"] && !VENDORED.includes(name),
    );
    expect(imported).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it("bundles the sandbox's validator (ajv) at build time: a devDependency, never installed for users", () => {
    const devDependencies = manifest["devDependencies"] as Record<string, string>;
    for (const name of VENDORED) {
      expect(manifest.dependencies, name).not.toHaveProperty(name);
      expect(devDependencies, name).toHaveProperty(name);
    }
    expect(manifest.scripts["build"]).toContain("scripts/vendor-ajv.ts");
    const importers = ["runtime", "generated", "sandbox"].flatMap((dir) =>
      filesUnder(join(repoRoot, dir)).filter(
        (file) =>
          file.endsWith(".ts") &&
          importedPackages([], ".ts", [file]).some((name) => VENDORED.includes(name)),
      ),
    );
    // The sandbox reaches ajv through its bundled module only (full response validation, the
    // client's opt-in `validateResponses`, is built by the sandbox entry over that module).
    expect(importers.map((file) => file.slice(repoRoot.length))).toEqual(["sandbox/spec/ajv.ts"]);
    // The one peer is the Redis client of `wechatpay-favor/redis`, optional: a service without
    // Redis installs nothing more (that entry only takes a client the service created).
    expect(manifest["peerDependencies"]).toEqual({ ioredis: expect.any(String) });
    expect(manifest["peerDependenciesMeta"]).toEqual({ ioredis: { optional: true } });
  });

  it("sends the package version in the User-Agent", () => {
    expect(VERSION).toBe(manifest.version);
  });
});
