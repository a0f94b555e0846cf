/**
 * Checks module references against the table in `layers.ts`. Pure: given file texts and the
 * package's dependency names, returns one violation per forbidden reference, as `file:line`.
 */
import { builtinModules } from "node:module";
import path from "node:path";
import { moduleReferences } from "./imports.js";
import { ALLOWED, areaOf, ENTRY_FILE, SHIPPED } from "./layers.js";

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
      } else if (edge.entryOnly && target !== ENTRY_FILE[to]) {
        violations.push(
          `${where}: ${from} may import ${to} only through ${ENTRY_FILE[to]}, not "${ref.specifier}"`,
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
