/**
 * Build step after tsc: replaces dist/sandbox/spec/ajv.js with one ES module that bundles ajv,
 * ajv-formats and their dependencies (minified), and writes their licence texts next to it. The
 * sandbox is the only user of ajv, so the published package depends on no validator and a service
 * that installs it for the client gets no sandbox-only packages (tsc's ajv.d.ts, which names no
 * ajv type, is kept).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const source = join(repoRoot, "sandbox", "spec", "ajv.ts");
const outfile = join(repoRoot, "dist", "sandbox", "spec", "ajv.js");

const result = await build({
  entryPoints: [source],
  absWorkingDir: repoRoot,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
  outfile,
  banner: {
    js: "// ajv, ajv-formats and their dependencies, bundled for the sandbox; licences in ajv.LICENSES.txt",
  },
});

/** The package folders (node_modules/<name>) whose files went into the bundle. */
const packages = new Set<string>();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match?.[1] !== undefined) packages.add(match[1]);
}
const notices = [...packages].sort().map((dir) => {
  const folder = join(repoRoot, dir);
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
    name: string;
    version: string;
    license?: string;
  };
  const licenceFile = ["LICENSE", "license", "LICENSE.md", "LICENSE.txt"]
    .map((name) => join(folder, name))
    .find((path) => {
      try {
        readFileSync(path);
        return true;
      } catch {
        return false;
      }
    });
  if (licenceFile === undefined)
    throw new Error(`${manifest.name}: no licence file to ship with the bundled copy`);
  return `${manifest.name}@${manifest.version} (${manifest.license ?? "see text"})\n\n${readFileSync(licenceFile, "utf8").trim()}\n`;
});
writeFileSync(join(dirname(outfile), "ajv.LICENSES.txt"), `${notices.join("\n---\n\n")}`);
// tsc's source map describes the unbundled module; the bundle has none.
rmSync(`${outfile}.map`, { force: true });
