/**
 * The one directory walk of the architecture tests: source files below a folder, as
 * repository-relative paths with `/` separators, skipping build output, caches and installed
 * packages (and whatever else the caller names).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Build output, caches and installed packages: never source. */
const NOT_SOURCE = [".git", "node_modules", "dist", ".tmp", ".sandbox", "coverage", ".out"];

export interface SourceFileOptions {
  /** Which file names count (default: TypeScript and JavaScript, not declarations). */
  readonly pattern?: RegExp;
  /** More directory names to skip anywhere below. */
  readonly skip?: readonly string[];
}

export function sourceFilesBelow(directory: string, options: SourceFileOptions = {}): string[] {
  const pattern = options.pattern ?? /\.(?:m|c)?[jt]s$/;
  const skipped = new Set([...NOT_SOURCE, ...(options.skip ?? [])]);
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const relative = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) visit(relative);
      } else if (pattern.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        files.push(relative);
      }
    }
  };
  visit(directory);
  return files;
}
