/**
 * Checks module references against the table in `layers.ts`. Pure: given file texts and the
 * package's dependency names, returns one violation per forbidden reference, as `file:line`.
 */
import { builtinModules } from "node:module";
import path from "node:path";
import { moduleReferences } from "./imports.js";
import {
  ALLOWED,
  areaOf,
  ENTRY_FILE,
  PACKAGE_EXCEPTIONS,
  SHIPPED,
  type Area,
  type Edge,
} from "./layers.js";

export interface SourceFile {
  /** Repository-relative, forward slashes. */
  readonly path: string;
  readonly text: string;
}

const builtins = new Set(builtinModules);

/** `pkg` of `pkg/sub/path` and `@scope/pkg` of `@scope/pkg/sub`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** `runtime/index.js` → `runtime/index.ts`, as TypeScript's NodeNext resolution maps it. */
function sourcePathOf(resolved: string): string {
  return resolved.replace(/\.(m|c)?js$/, ".$1ts");
}

export function layeringViolations(
  files: readonly SourceFile[],
  dependencies: ReadonlySet<string>,
): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const from = areaOf(file.path);
    if (from === undefined) continue;
    for (const ref of moduleReferences(file.path, file.text)) {
      const where = `${file.path}:${ref.line}`;
      if (!ref.specifier.startsWith(".")) {
        if (!SHIPPED.has(from)) continue;
        const name = packageName(ref.specifier);
        if (ref.specifier.startsWith("node:") || builtins.has(name) || dependencies.has(name)) {
          continue;
        }
        violations.push(
          `${where}: ${from} ships in the package and imports "${ref.specifier}", which is not in package.json dependencies`,
        );
        continue;
      }
      const target = sourcePathOf(path.posix.join(path.posix.dirname(file.path), ref.specifier));
      const to = target.startsWith("../") ? undefined : areaOf(target);
      if (to === undefined) {
        violations.push(`${where}: "${ref.specifier}" points outside the layered areas`);
        continue;
      }
      if (to === from) continue;
      const edge = ALLOWED[from].find((candidate) => candidate.to === to);
      if (!edge) {
        violations.push(`${where}: ${from} → ${to} ("${ref.specifier}") is not an allowed edge`);
      } else if (edge.entryOnly && !entriesOf(edge).includes(target)) {
        violations.push(
          `${where}: ${from} may import ${to} only through ${entriesOf(edge).join(" or ")}, not "${ref.specifier}"`,
        );
      } else if (edge.typeOnly && !ref.typeOnly) {
        violations.push(
          `${where}: ${from} may import ${to} only with \`import type\`, "${ref.specifier}" loads it at run time`,
        );
      }
    }
  }
  return violations;
}

/** The files an `entryOnly` edge admits: its own list, else the target's public entry. */
function entriesOf(edge: Edge): readonly string[] {
  return edge.entries ?? [ENTRY_FILE[edge.to] ?? `${edge.to}/index.ts`];
}

/** One project import, as the rules see it: which area imports which file of which area. */
interface ResolvedImport {
  readonly from: Area;
  readonly to: Area;
  readonly target: string;
}

function resolvedImports(files: readonly SourceFile[]): ResolvedImport[] {
  return files.flatMap((file) => {
    const from = areaOf(file.path);
    if (from === undefined) return [];
    return moduleReferences(file.path, file.text).flatMap((ref) => {
      if (!ref.specifier.startsWith(".")) return [];
      const target = sourcePathOf(path.posix.join(path.posix.dirname(file.path), ref.specifier));
      const to = target.startsWith("../") ? undefined : areaOf(target);
      return to === undefined || to === from ? [] : [{ from, to, target }];
    });
  });
}

/**
 * Rules that no longer describe the code: an allowed edge no import takes, an entry file no
 * import of that edge names, a file named by the table that does not exist, and a package
 * exception whose file no longer imports the package. A table that only grows stops saying
 * anything; this keeps every row earning its place.
 */
export function staleRules(files: readonly SourceFile[]): string[] {
  const existing = new Set(files.map((file) => file.path));
  const imports = resolvedImports(files);
  const stale: string[] = [];
  for (const [from, edges] of Object.entries(ALLOWED) as [Area, readonly Edge[]][]) {
    for (const edge of edges) {
      const taken = imports.filter((i) => i.from === from && i.to === edge.to);
      if (taken.length === 0) stale.push(`${from} → ${edge.to}: no import takes this edge`);
      for (const entry of edge.entries ?? []) {
        if (!existing.has(entry)) stale.push(`${from} → ${edge.to}: ${entry} does not exist`);
        else if (!taken.some((i) => i.target === entry))
          stale.push(`${from} → ${edge.to}: no import names ${entry}`);
      }
    }
  }
  for (const [area, entry] of Object.entries(ENTRY_FILE))
    if (!existing.has(entry)) stale.push(`ENTRY_FILE ${area}: ${entry} does not exist`);
  for (const [file, exception] of Object.entries(PACKAGE_EXCEPTIONS)) {
    const source = files.find((f) => f.path === file);
    if (source === undefined) {
      stale.push(`PACKAGE_EXCEPTIONS: ${file} does not exist`);
      continue;
    }
    const imported = new Set(
      moduleReferences(file, source.text).map((r) => packageName(r.specifier)),
    );
    for (const name of exception.packages)
      if (!imported.has(name)) stale.push(`PACKAGE_EXCEPTIONS: ${file} no longer imports ${name}`);
  }
  return stale;
}
