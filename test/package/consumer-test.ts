/**
 * Consumer test (`npm run test:consumer`): does what the README tells a new user, on this machine,
 * without network. Runs the README's install commands (`npm pack` in the repository, `npm install`
 * of the tarball into a fresh project, offline first), checks the installed tree holds nothing but
 * the package's runtime dependencies, compiles a user's program with `tsc --strict` under nodenext
 * and bundler resolution and runs it against the sandbox, starts `npx wechatpay-favor-sandbox`,
 * bundles a service with the README's exact esbuild commands (ESM and CommonJS) and its rollup and
 * webpack recipes (configuration files verbatim) and runs each bundle against that sandbox with
 * validation on, checks the failures the README quotes (no banner; rollup without its node:sqlite
 * ignore, on Node 20), and checks what a one-operation import loads.
 * Quiet when it passes (a short summary); CONSUMER_TEST_VERBOSE=1 prints each step. Exits
 * non-zero with the reason on the first failed check.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import {
  createConsumerProject,
  dependencyClosure,
  installedPackages,
  linkBundler,
  linkCompiler,
  outDirFor,
  RESOLUTIONS,
  treeBytes,
  writeSources,
  type Resolution,
} from "./consumer-project.js";
import {
  bundleBreakdown,
  bundledInputs,
  forbiddenAmong,
  importedPackages,
  recordLoadedModules,
  relativeTo,
} from "./module-checks.js";
import { run, runAsync } from "./process.js";
import { buildJsRecipes, rollupWithoutSqliteIgnore } from "./bundler-recipes.js";
import { readmeCommands } from "./readme-commands.js";
import { startStandaloneSandbox, type StandaloneSandbox } from "./standalone-sandbox.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const consumerSources = join(repoRoot, "scripts", "consumer-app");
const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
/** The whole test must finish within this (each command has its own, shorter limit too). */
const WHOLE_TEST_MS = 10 * 60_000;

const started = performance.now();
const verbose = process.env["CONSUMER_TEST_VERBOSE"] === "1";
function step(label: string): void {
  if (verbose) console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${label}`);
}
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

interface AppFacts {
  createdStockId: string;
  listedStockIds: string[];
  totalCount: number;
  iteratedStockIds: string[];
  missingStock: string;
  invalidParams: string;
  deepImport: string;
  sandboxStockStatus: string;
}

interface ServiceFacts {
  stockId: string;
  couponId: string;
  notifiedCouponId: string;
  notifiedStatus: string;
  listStatus: number;
  listedStockIds: string[];
  requestId: string | null;
  requestIdHeader: string | null;
}

let sandbox: StandaloneSandbox | undefined;

async function main(scratch: string): Promise<void> {
  // --- install, exactly as the README says -------------------------------------------------
  const install = readmeCommands(repoRoot, "install");
  const tarballName = `${manifest.name}-${manifest.version}.tgz`;
  assert.equal(
    install.length,
    2,
    "the README's install block: one command in the clone, one in the service",
  );
  assert.equal(
    install[0],
    "npm ci && npm pack --pack-destination ~",
    "the README builds and packs in the clone, into the home folder",
  );
  assert.equal(
    install[1],
    `npm install ~/${tarballName}`,
    `the README installs ~/${tarballName} (the version in package.json), wherever the service is`,
  );

  // `npm ci` is skipped: this repository is already installed. `npm pack` runs as the README says
  // (its prepack script rebuilds dist/, so the tarball can never hold a stale build), with the
  // scratch folder standing in for ~ so the test leaves nothing in the home folder.
  step("npm pack --pack-destination (README), which rebuilds dist/");
  const packedName = run("npm", ["pack", "--pack-destination", scratch], {
    cwd: repoRoot,
    timeoutMs: 300_000,
  })
    .trim()
    .split("\n")
    .at(-1);
  assert.equal(packedName, tarballName, "npm pack writes the file the README installs");
  const tarball = join(scratch, tarballName);
  const shipped = run("tar", ["-tzf", tarball], { cwd: scratch })
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/^package\//, ""));
  assert.deepEqual(
    shipped.filter((path) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(path)),
    [],
    "the tarball must hold only dist/, package.json, README and LICENSE",
  );
  assert.ok(
    shipped.includes("dist/index.js") && shipped.includes("dist/sandbox/index.d.ts"),
    "the tarball must hold both entries",
  );
  assert.ok(shipped.includes("dist/sandbox/cli.js"), "the tarball holds the bin's target");
  assert.deepEqual(
    shipped.filter((path) => path.endsWith(".d.ts.map")),
    [],
    "no declaration maps (they would point at sources that are not shipped)",
  );
  assert.deepEqual(
    shipped.filter((path) => path.startsWith("dist/generated/") && path.endsWith(".map")),
    [],
    "no source maps for generated code (scripts/drop-generated-source-maps.ts)",
  );
  assert.ok(shipped.includes("dist/runtime/client.js.map"), "hand-written code keeps its maps");

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

  step("npm install <tarball> (README) into a fresh project, offline");
  const project = join(scratch, "consumer");
  createConsumerProject(project, tarball);

  // --- a lean install --------------------------------------------------------------------------
  const installed = installedPackages(project);
  assert.deepEqual(
    installed,
    dependencyClosure(project, manifest.name),
    "installing the package brings its runtime dependencies and nothing else",
  );
  const devOnly = Object.keys(manifest.devDependencies ?? {});
  assert.deepEqual(
    installed.filter((name) => devOnly.includes(name) || /^ajv/.test(name)),
    [],
    "no devDependency and no sandbox-only validator (ajv is bundled into the sandbox) is installed",
  );
  const installedDist = join(project, "node_modules", manifest.name, "dist");
  assert.deepEqual(
    // The bundled validator's text holds ajv's standalone-mode code strings such as
    // `require("ajv-formats/dist/formats")`; it imports nothing (the sandbox runs below without ajv).
    importedPackages([installedDist]).filter((name) => !name.startsWith("ajv")),
    Object.keys(manifest.dependencies ?? {}).sort(),
    "dependencies must be exactly the packages the shipped JavaScript imports",
  );
  const installedBytes = treeBytes(join(project, "node_modules"));
  const perPackageBytes = installed.map(
    (name) => `${name} ${kb(treeBytes(join(project, "node_modules", name)))}`,
  );

  linkCompiler(project, repoRoot);
  linkBundler(project, repoRoot);
  writeSources(project, consumerSources);
  const tsc = join(project, "node_modules", "typescript", "bin", "tsc");
  const resolutions = Object.keys(RESOLUTIONS) as Resolution[];
  step(`tsc --strict, moduleResolution ${resolutions.join(" and ")} (in parallel)`);
  await Promise.all(
    resolutions.map((resolution) =>
      runAsync(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], {
        cwd: project,
        timeoutMs: 180_000,
      }),
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
      facts.sandboxStockStatus,
      "unactivated",
      "sandbox.getStock returns the stock as queryStock would",
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

  step("opt-in full response validation works from the installed package (bundled validator)");
  const validatorProbe = `import { createSpecResponseValidator } from "${manifest.name}/sandbox"; import { queryStockOperation as op } from "${manifest.name}"; const validate = createSpecResponseValidator(); console.log(typeof validate, validate(op, 200, {}).length > 0);`;
  assert.equal(
    run(process.execPath, ["--input-type=module", "-e", validatorProbe], { cwd: project }).trim(),
    "function true",
    "createSpecResponseValidator runs without ajv installed and refuses an empty stock",
  );

  // --- the bin, and bundles built with the README's exact recipe ------------------------------
  step("npx wechatpay-favor-sandbox (the package's bin)");
  sandbox = await startStandaloneSandbox(project, join(scratch, "sandbox-keys"));
  const bundleCommands = readmeCommands(repoRoot, "bundle");
  const outputs = bundleCommands.map((command) => /--outfile=(\S+)/.exec(command)?.[1] ?? "");
  assert.deepEqual(
    outputs.map((file) => file.split(".").at(-1)),
    ["mjs", "cjs"],
    "the README bundles to ESM (.mjs) and to CommonJS (.cjs)",
  );
  const bundles: { file: string; facts: ServiceFacts }[] = [];
  for (const [index, command] of bundleCommands.entries()) {
    step(`README: ${command}`);
    run("sh", ["-c", command], {
      cwd: project,
      env: { ...process.env, npm_config_offline: "true" },
    });
    const file = outputs[index] ?? "";
    bundles.push({ file, facts: runServiceBundle(project, file) });
  }

  step("README: rollup and webpack recipes (configuration files verbatim, on the tsc output)");
  for (const file of buildJsRecipes(repoRoot, project, outDirFor("nodenext")))
    bundles.push({ file, facts: runServiceBundle(project, file) });
  step("the rollup recipe without its node:sqlite ignore fails as the README says (Node 20)");
  const withoutIgnore = rollupWithoutSqliteIgnore(project, (file) => failureOf(project, file));
  if (withoutIgnore !== undefined)
    assert.match(withoutIgnore, /No such built-in module: node:sqlite/);

  step("the ESM bundle without the README's banner fails as the README says");
  const bannerless = (bundleCommands[0] ?? "")
    .replace(/ --banner:js=("[^"]*"|\S+)/, "")
    .replace(/--outfile=\S+/, "--outfile=dist/no-banner.mjs");
  assert.notEqual(bannerless, bundleCommands[0], "the ESM recipe carries a banner");
  run("sh", ["-c", bannerless], { cwd: project });
  // The README names the module a node:http service stops on first (undici's node:assert).
  assert.match(
    failureOf(project, "dist/no-banner.mjs"),
    /Error: Dynamic require of "node:assert" is not supported/,
  );
  await sandbox.stop();
  sandbox = undefined;

  const esmBanner = /--banner:js="([^"]*)"/.exec(bundleCommands[0] ?? "")?.[1];
  const breakdown = await bundleBreakdown(project, "src/service.ts", {
    format: "esm",
    ...(esmBanner === undefined ? {} : { banner: esmBanner }),
  });

  // --- what a one-operation import loads and bundles -----------------------------------------
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

  step("bundle the one-operation program (esbuild, tree-shaken)");
  const kept = await bundledInputs(project, join(outDirFor("nodenext"), "one-operation.js"));
  assert.deepEqual(
    forbiddenAmong(kept),
    [],
    "a one-operation bundle must not contain build tools or the sandbox",
  );
  assert.deepEqual(
    kept
      .filter((path) => path.includes("/dist/generated/operations/"))
      .map((path) => path.split("/").at(-1)),
    ["listStocks.js"],
    "sideEffects:false lets a bundler drop every other operation",
  );

  const sizes = bundles
    .map(({ file }) => `${file} ${kb(statSync(join(project, file)).size)}`)
    .join(", ");
  const holds = [...breakdown.bySource]
    .sort((a, b) => b[1] - a[1])
    .map(([source, bytes]) => `${source} ${kb(bytes)}`)
    .join(", ");
  console.log(
    `consumer test passed in ${((performance.now() - started) / 1000).toFixed(0)} s on Node.js ${process.version}: README install (npm pack, ${shipped.length} files; npm install offline), tsc --strict ${resolutions.join("+")}, npx wechatpay-favor-sandbox, README bundler recipes (esbuild ESM+CJS, rollup, webpack) run with validation on`,
  );
  console.log(`installed: ${kb(installedBytes)} in node_modules (${perPackageBytes.join(", ")})`);
  console.log(`bundles: ${sizes}; the ESM one holds ${holds}`);
}

/** Runs a bundled service against the standalone sandbox and checks what it reports. */
function runServiceBundle(project: string, file: string): ServiceFacts {
  if (sandbox === undefined) throw new Error("the standalone sandbox is not running");
  step(`run ${file} against the standalone sandbox`);
  const output = run(process.execPath, [file, sandbox.configFile, sandbox.appid], {
    cwd: project,
  });
  const facts = JSON.parse(output.trim().split("\n").at(-1) ?? "") as ServiceFacts;
  assert.match(facts.stockId, /^\d+$/, `${file}: createCouponStock returns a stock_id`);
  assert.equal(
    facts.notifiedCouponId,
    facts.couponId,
    `${file}: the COUPON.USE notification reached the service's loopback server and verified`,
  );
  assert.equal(facts.notifiedStatus, "USED");
  assert.equal(facts.listStatus, 200);
  assert.ok(facts.listedStockIds.includes(facts.stockId), `${file}: listStocks lists the stock`);
  assert.ok(
    facts.requestId !== null && facts.requestId.length > 0,
    `${file}: the typed response carries the Request-ID`,
  );
  assert.equal(facts.requestId, facts.requestIdHeader, "requestId is the Request-ID header");
  return facts;
}

/** What running a bundle that must fail printed (its error), or "ran" when it did not fail. */
function failureOf(project: string, file: string): string {
  if (sandbox === undefined) throw new Error("the standalone sandbox is not running");
  try {
    run(process.execPath, [file, sandbox.configFile, sandbox.appid], { cwd: project });
    return "ran";
  } catch (error) {
    return String(error);
  }
}

const scratch = mkdtempSync(join(tmpdir(), "wechatpay-favor-consumer-"));
const watchdog = setTimeout(() => {
  console.error(`consumer test FAILED: still running after ${WHOLE_TEST_MS / 60_000} minutes`);
  process.exit(1);
}, WHOLE_TEST_MS);
try {
  await main(scratch);
} catch (error) {
  // An assertion or a failed command already says what went wrong; no need for our stack.
  console.error(`consumer test FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await sandbox?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
