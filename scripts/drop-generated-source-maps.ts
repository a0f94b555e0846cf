/**
 * Build step after tsc: removes the source maps of dist/generated/ (and the comments that point at
 * them). tsc's output for generated code is the generated TypeScript minus its types, readable as it
 * is, and its `.d.ts` files carry the documented types; the maps only repeated that text
 * (`inlineSources`): ~650 KB of the package, most of it for the spec document literal and for
 * type-only modules whose JavaScript is `export {};`. Hand-written code (runtime, sandbox, shared)
 * keeps its maps, so stack traces through it still show the TypeScript.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const generatedDist = fileURLToPath(new URL("../dist/generated", import.meta.url));
const MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\.js\.map\s*$/;

function dropMaps(directory: string): number {
  let dropped = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      dropped += dropMaps(path);
    } else if (entry.name.endsWith(".js.map")) {
      rmSync(path);
      dropped += 1;
    } else if (entry.name.endsWith(".js")) {
      const code = readFileSync(path, "utf8");
      if (MAP_COMMENT.test(code)) writeFileSync(path, `${code.replace(MAP_COMMENT, "")}\n`);
    }
  }
  return dropped;
}

if (dropMaps(generatedDist) === 0) {
  // tsc always writes maps here (tsconfig.build.json: sourceMap): none means the build layout
  // changed and this step no longer does what its comment says.
  process.stderr.write(`drop-generated-source-maps: no source maps found in ${generatedDist}\n`);
  process.exit(2);
}
