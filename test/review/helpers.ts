/**
 * Helpers for the review tests: write edited copies of the fixture spec into temp folders and
 * diff them through the same loader + model path `spec:diff` uses.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import type { ReportItem } from "../../tools/spec-review/group.js";
import { diffSurfaces } from "../../tools/spec-review/run-diff.js";
import { loadSurface } from "../../tools/spec-review/surface.js";

export const FIXTURE = fileURLToPath(new URL("./fixtures/base/openapi.yaml", import.meta.url));

/**
 * The parsed fixture, mutated in place by edits. Loosely typed on purpose: each edit pokes at a
 * different spec path and the loader under test is what checks the result's shape.
 */
export type Doc = Record<string, any>;

export type Edit = (doc: Doc) => void;

const tempDirs: string[] = [];

export function fixtureDoc(): Doc {
  return parse(fs.readFileSync(FIXTURE, "utf8")) as Doc;
}

/** Writes the fixture with `edit` applied to a fresh temp folder; returns the entry path. */
export function writeSpec(edit: Edit = () => {}): string {
  const doc = fixtureDoc();
  edit(doc);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "review-spec-"));
  tempDirs.push(dir);
  const entry = path.join(dir, "openapi.yaml");
  fs.writeFileSync(entry, stringify(doc));
  return entry;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Diff of fixture+baseEdit → fixture+baseEdit+edit. */
export function diffEdit(edit: Edit, baseEdit: Edit = () => {}): readonly ReportItem[] {
  // Without the generator's checks: the table also classifies changes the generator refuses
  // (a null type, an anyOf). The CLI (`spec:diff`, `review`) loads through the checks.
  const before = loadSurface(writeSpec(baseEdit), { checks: false });
  const after = loadSurface(
    writeSpec((doc) => {
      baseEdit(doc);
      edit(doc);
    }),
    { checks: false },
  );
  return diffSurfaces(before, after).items;
}

export const schemas = (doc: Doc): Doc => doc["components"]["schemas"];
