/**
 * `npm run readme:sync`: copies tools/spec-review/README-section.md (owned by the spec-review tool)
 * into README.md in place of its "## Updating the spec after a docs change" section, so the README
 * never drifts from the tool it documents. test/readme fails until this has been run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const HEADING = "## Updating the spec after a docs change";
const readmePath = fileURLToPath(new URL("../README.md", import.meta.url));
const sectionPath = fileURLToPath(
  new URL("../tools/spec-review/README-section.md", import.meta.url),
);

const readme = readFileSync(readmePath, "utf8");
const section = readFileSync(sectionPath, "utf8").trim();
if (!section.startsWith(HEADING)) throw new Error(`${sectionPath} must start with "${HEADING}"`);
const start = readme.indexOf(HEADING);
if (start === -1) throw new Error(`README.md has no "${HEADING}" section`);
const next = readme.indexOf("\n## ", start + HEADING.length);
const end = next === -1 ? readme.length : next + 1;
writeFileSync(readmePath, `${readme.slice(0, start)}${section}\n\n${readme.slice(end)}`);
