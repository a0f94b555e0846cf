/**
 * Consumer test (`npm run test:consumer`, after `npm run build`): packs the package as npm would
 * publish it, installs the tarball into a fresh project without network, compiles a user's program
 * with `tsc --strict` under nodenext and bundler resolution, runs it against the sandbox, and checks
 * what a one-operation import loads. Exits non-zero with the reason on the first failed check.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import {
  createConsumerProject,
  installedPackages,
  linkCompiler,
  outDirFor,
  RESOLUTIONS,
  writeSources,
  type Resolution,
} from "./consumer-project.js";
import { assertDistIsFresh } from "./dist-freshness.js";
import {
  bundledInputs,
  forbiddenAmong,
  importedPackages,
  recordLoadedModules,
  relativeTo,
} from "./module-checks.js";
import { run, runAsync } from "./process.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const consumerSources = join(repoRoot, "scripts", "consumer-app");
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

const started = performance.now();
function step(label: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${label}`);
}

interface AppFacts {
  createdStockId: string;
  listedStockIds: string[];
  totalCount: number;
  iteratedStockIds: string[];
  missingStock: string;
  invalidParams: string;
  deepImport: string;
}

async function main(scratch: string): Promise<void> {
  assertDistIsFresh(repoRoot);

  step("npm pack");
  // --ignore-scripts: prepack would rebuild; the freshness check above already vouches for dist/.
  const packed = JSON.parse(
    run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], {
      cwd: repoRoot,
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(scratch, packed[0]?.filename ?? "missing.tgz");
  const shipped = (packed[0]?.files ?? []).map((file) => file.path);
  const unexpected = shipped.filter(
    (path) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(path),
  );
  assert.deepEqual(
    unexpected,
    [],
    "the tarball must hold only dist/, package.json, README and LICENSE",
  );
  assert.ok(
    shipped.includes("dist/index.js") && shipped.includes("dist/sandbox/index.d.ts"),
    "the tarball must hold both entries",
  );

  step("publint and attw on the tarball");
  const bin = (name: string): string => join(repoRoot, "node_modules", ".bin", name);
  run(bin("publint"), ["run", tarball, "--strict"], { cwd: scratch });
  // Profile esm-only: the package ships ES modules only, so TypeScript's view from CommonJS (node16
  // from CJS: "dynamic import only") and pre-exports node10 resolution are expected to differ and
  // are ignored; node16-from-ESM and bundler resolution must be clean.
  run(
    bin("attw"),
    [tarball, "--profile", "esm-only", "--no-definitely-typed", "--format", "ascii", "--no-color"],
    { cwd: scratch },
  );

  step("install the tarball into a fresh project (offline)");
  const project = join(scratch, "consumer");
  createConsumerProject(project, tarball);
  const devOnly = Object.keys(manifest.devDependencies ?? {});
  const leaked = installedPackages(project).filter((name) => devOnly.includes(name));
  assert.deepEqual(leaked, [], "installing the package must not bring any of our devDependencies");
  const installedDist = join(project, "node_modules", manifest.name, "dist");
  assert.deepEqual(
    importedPackages([installedDist]),
    Object.keys(manifest.dependencies ?? {}).sort(),
    "dependencies must be exactly the packages the shipped JavaScript imports",
  );

  linkCompiler(project, repoRoot);
  writeSources(project, consumerSources);
  const tsc = join(project, "node_modules", "typescript", "bin", "tsc");
  const resolutions = Object.keys(RESOLUTIONS) as Resolution[];
  step(`tsc --strict, moduleResolution ${resolutions.join(" and ")} (in parallel)`);
  await Promise.all(
    resolutions.map((resolution) =>
      runAsync(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: project }),
    ),
  );
  for (const resolution of resolutions) {
    step(`run the compiled program (${resolution}) against the sandbox`);
    const output =
      run(process.execPath, [join(outDirFor(resolution), "app.js")], { cwd: project })
        .trim()
        .split("\n")
        .at(-1) ?? "";
    const facts = JSON.parse(output) as AppFacts;
    assert.match(facts.createdStockId, /^\d+$/, "createCouponStock returns a stock_id");
    assert.deepEqual(
      facts.listedStockIds,
      [facts.createdStockId],
      "listStocks lists the created stock",
    );
    assert.equal(facts.totalCount, 1);
    assert.deepEqual(
      facts.iteratedStockIds,
      [facts.createdStockId],
      "iterateListStocks walks every page",
    );
    assert.match(facts.missingStock, /^NotFoundError 404 /, "an unknown stock is a NotFoundError");
    assert.equal(
      facts.invalidParams,
      "RequestValidationError limit",
      "limit 11 is rejected before sending, naming the field",
    );
    assert.equal(
      facts.deepImport,
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
      "internal files are not importable",
    );
  }

  // Node ≥ 20.19 can require() ES modules; the "default" export condition lets CommonJS users do so.
  if ((process.features as { require_module?: boolean }).require_module === true) {
    step("require() from CommonJS (require(esm))");
    const probe = `const favor = require("${manifest.name}"); const { startSandbox } = require("${manifest.name}/sandbox"); console.log(typeof favor.listStocks, typeof favor.WechatPayClient, typeof startSandbox);`;
    const kinds = run(process.execPath, ["--no-warnings", "--input-type=commonjs", "-e", probe], {
      cwd: project,
    }).trim();
    assert.equal(kinds, "function function function", "require() returns the same public API");
  }

  step("modules loaded by a one-operation import");
  const nodenextOut = join(project, outDirFor("nodenext"));
  const loaded = recordLoadedModules(
    project,
    join(nodenextOut, "record-loads.js"),
    join(nodenextOut, "one-operation.js"),
  );
  const loadedFromPackages = relativeTo(
    project,
    loaded.filter((path) => path.includes("/node_modules/")),
  );
  assert.ok(
    loadedFromPackages.some((path) =>
      path.endsWith(`${manifest.name}/dist/generated/operations/listStocks.js`),
    ),
    "the loader saw the operation",
  );
  assert.ok(
    loadedFromPackages.some((path) => path.startsWith("node_modules/undici/")),
    "the loader saw undici (CommonJS)",
  );
  assert.deepEqual(
    forbiddenAmong(loaded),
    [],
    "a one-operation import must not load build tools or the sandbox",
  );
  const perPackage = new Map<string, number>();
  for (const path of loadedFromPackages)
    perPackage.set(path.split("/")[1] ?? "", (perPackage.get(path.split("/")[1] ?? "") ?? 0) + 1);
  const packagesLoaded = [...perPackage].map(([name, count]) => `${name} (${count} files)`).sort();

  step("bundle the one-operation program (esbuild, tree-shaken)");
  const kept = await bundledInputs(project, join(outDirFor("nodenext"), "one-operation.js"));
  assert.deepEqual(
    forbiddenAmong(kept),
    [],
    "a one-operation bundle must not contain build tools or the sandbox",
  );
  const operationsKept = kept
    .filter((path) => path.includes("/dist/generated/operations/"))
    .map((path) => path.split("/").at(-1));
  assert.deepEqual(
    operationsKept,
    ["listStocks.js"],
    "sideEffects:false lets a bundler drop every other operation",
  );

  const ownKept = kept
    .filter((path) => path.includes(`/${manifest.name}/dist/`))
    .map((path) => path.slice(path.indexOf("/dist/") + 6));

  step("done");
  console.log(
    `consumer test passed: ${shipped.length} files packed; compiled with tsc --strict and ran under ${resolutions.join(" and ")}`,
  );
  console.log(
    `one-operation import: Node loads ${packagesLoaded.join(", ")}; nothing from the sandbox, the generator or build tools`,
  );
  console.log(
    `one-operation bundle keeps ${kept.length} inputs, ${ownKept.length} of ours: ${ownKept.join(", ")}`,
  );
}

const scratch = mkdtempSync(join(tmpdir(), "wechatpay-favor-consumer-"));
try {
  await main(scratch);
} catch (error) {
  // An assertion or a failed command already says what went wrong; no need for our stack.
  console.error(`consumer test FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
