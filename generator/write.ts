import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Relative path (`/` separated) → file content. */
export type FileTree = ReadonlyMap<string, string>;

export interface TreeDiff {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: string[];
}

export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.set(rel, readFileSync(path.join(dir, rel), "utf8"));
    }
  };
  walk("");
  return out;
}

export function diffTrees(current: FileTree, next: FileTree): TreeDiff {
  const diff: TreeDiff = { added: [], changed: [], removed: [], unchanged: [] };
  for (const [rel, content] of next) {
    const old = current.get(rel);
    if (old === undefined) diff.added.push(rel);
    else if (old === content) diff.unchanged.push(rel);
    else diff.changed.push(rel);
  }
  for (const rel of current.keys()) if (!next.has(rel)) diff.removed.push(rel);
  for (const list of Object.values(diff) as string[][]) list.sort();
  return diff;
}

/**
 * Replaces `outDir` with exactly `files`. Everything is written to a sibling temp folder first
 * and swapped in with renames, so a crash or error mid-way leaves the old `outDir` as it was
 * (a half-written client would compile against nothing and confuse every other helper).
 */
export function writeTreeAtomically(outDir: string, files: FileTree): void {
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const temp = path.join(parent, `.${base}.tmp-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      const target = path.join(temp, ...rel.split("/"));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(abs)) {
      renameSync(abs, old);
      try {
        renameSync(temp, abs);
      } catch (e) {
        renameSync(old, abs);
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, abs);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * A readable, unified-style diff of one file: the changed region between the common prefix and
 * suffix, with a few lines of context. Enough to see what went stale without a diff library.
 */
export function describeFileDiff(rel: string, before: string | undefined, after: string | undefined, maxLines = 40): string {
  const a = before === undefined ? [] : before.split("\n");
  const b = after === undefined ? [] : after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const context = 2;
  const from = Math.max(0, start - context);
  const lines = [`--- ${before === undefined ? "/dev/null" : `committed/${rel}`}`, `+++ ${after === undefined ? "/dev/null" : `regenerated/${rel}`}`, `@@ -${from + 1},${endA - from} +${from + 1},${endB - from} @@`];
  for (let i = from; i < start; i++) lines.push(`  ${a[i]}`);
  for (let i = start; i < endA; i++) lines.push(`- ${a[i]}`);
  for (let i = start; i < endB; i++) lines.push(`+ ${b[i]}`);
  for (let i = endA; i < Math.min(a.length, endA + context); i++) lines.push(`  ${a[i]}`);
  if (lines.length > maxLines + 3) return [...lines.slice(0, maxLines + 3), `  … ${lines.length - maxLines - 3} more lines`].join("\n");
  return lines.join("\n");
}
