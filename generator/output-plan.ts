/**
 * Decides what a run does to the output folder, before anything is written: which files it
 * owns (manifest.json), what is added, changed and removed, and whether it may write at all.
 */
import { MANIFEST_NAME, isLegacyGeneratedFile, parseManifest } from "./manifest.js";
import type { FileTree } from "./write.js";

export interface OutputPlan {
  readonly added: string[];
  readonly changed: string[];
  /** Owned files the new output no longer has. */
  readonly removed: string[];
  readonly unchanged: string[];
  /** Files in the folder the generator does not own: never touched. */
  readonly foreign: string[];
  /** True when every existing file is owned, so the whole folder may be swapped at once. */
  readonly ownsWholeFolder: boolean;
}

/** Why the generator will not write into the folder; `--force` overrides. */
export class OutputRefused extends Error {
  override readonly name = "OutputRefused";
}

export function planOutput(current: FileTree, next: FileTree, force: boolean): OutputPlan {
  const owned = ownedFiles(current, force);
  const foreign = [...current.keys()].filter((rel) => !owned.has(rel)).sort();
  const clobbered = foreign.filter((rel) => next.has(rel));
  if (clobbered.length > 0 && !force)
    throw new OutputRefused(
      `would overwrite ${clobbered.length} file(s) the generator did not write (not in ${MANIFEST_NAME}): ${clobbered.join(", ")}`,
    );
  const plan: OutputPlan = {
    added: [],
    changed: [],
    removed: [],
    unchanged: [],
    foreign: foreign.filter((rel) => !next.has(rel)),
    ownsWholeFolder: foreign.length === 0,
  };
  for (const [rel, content] of next) {
    const old = current.get(rel);
    if (old === undefined) plan.added.push(rel);
    else if (old === content) plan.unchanged.push(rel);
    else plan.changed.push(rel);
  }
  for (const rel of owned) if (!next.has(rel) && current.has(rel)) plan.removed.push(rel);
  for (const list of [plan.added, plan.changed, plan.removed, plan.unchanged]) list.sort();
  return plan;
}

/**
 * The files of `current` the generator may rewrite or remove: those its manifest lists (plus the
 * manifest), or, in a folder from before manifests, files that all carry the generated notice.
 * An empty or missing folder owns nothing and needs nothing. Anything else is refused.
 */
function ownedFiles(current: FileTree, force: boolean): Set<string> {
  if (current.size === 0) return new Set();
  const text = current.get(MANIFEST_NAME);
  if (text !== undefined) {
    const manifest = parseManifest(text);
    if (typeof manifest !== "string") return new Set([MANIFEST_NAME, ...manifest.files]);
    if (!force)
      throw new OutputRefused(
        `${manifest}; it says which files the generator may replace, so nothing is written`,
      );
    return new Set();
  }
  if ([...current.values()].every(isLegacyGeneratedFile)) return new Set(current.keys());
  if (force) return new Set();
  throw new OutputRefused(
    `the folder is not empty and has no ${MANIFEST_NAME}, so it was not written by the generator (${current.size} file(s), e.g. ${[...current.keys()].sort().slice(0, 3).join(", ")})`,
  );
}
