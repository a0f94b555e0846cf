import { createHash } from "node:crypto";
import path from "node:path";
import { SpecError, SpecErrors, sortErrors, type SourceLocation } from "../errors.js";
import { bundleSpec, type BundledDocument, type InlinedRef } from "./bundle.js";
import { canonicalJson } from "../../shared/json.js";
import { validateOpenApi } from "./openapi-schema.js";
import { getAtPointer, joinPointer } from "../../shared/json-pointer.js";
import { quote } from "../quote.js";

export type { BundledDocument, InlinedRef } from "./bundle.js";
export { getAtPointer, joinPointer, splitPointer } from "../../shared/json-pointer.js";

export interface SpecSourceFile {
  /** Path relative to the entry file's folder, with `/` separators (stable across machines). */
  readonly relativePath: string;
  readonly absolutePath: string;
  readonly text: string;
}

export interface LoadedSpec {
  readonly entryPath: string;
  readonly document: BundledDocument;
  readonly files: readonly SpecSourceFile[];
  /**
   * sha256 of the bundled document with every map's keys sorted: identifies what the spec SAYS, so
   * reordering keys, reformatting, YAML comments or CRLF checkouts do not touch generated headers.
   */
  readonly sha256: string;
  /**
   * Where the node at a JSON pointer of the bundled document was written. Falls back to the
   * nearest ancestor that has a position, so any pointer (e.g. from an ajv error) maps somewhere.
   */
  locate(pointer: string): SourceLocation | undefined;
  /**
   * Where the value at a pointer was written: the scalar itself (`4` in `maximum: 4`), else the
   * same as `locate` (a mapping or list is found at its key).
   */
  locateValue(pointer: string): SourceLocation | undefined;
  /** Every `$ref` to another file that was inlined rather than kept as a named component. */
  readonly inlinedRefs: readonly InlinedRef[];
}

/**
 * Reads the spec starting at `entryPath`, following relative `$ref`s into other files, and
 * returns one bundled document plus a position lookup. Throws `SpecErrors` listing every YAML
 * error, dangling `$ref` and cyclic `$ref` found.
 */
export function loadSpec(entryPath: string): LoadedSpec {
  const result = bundleSpec(entryPath);
  if (Array.isArray(result)) throw new SpecErrors(result);
  const entryAbs = path.resolve(entryPath);
  const root = path.dirname(entryAbs);
  const locate = (pointer: string): SourceLocation | undefined => {
    let p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
    for (;;) {
      const hit = result.positions.get(p);
      if (hit || p === "") return hit;
      p = p.slice(0, p.lastIndexOf("/"));
    }
  };
  const locateValue = (pointer: string): SourceLocation | undefined => {
    const p = pointer.startsWith("#") ? pointer.slice(1) : pointer;
    return result.valuePositions.get(p) ?? locate(p);
  };
  const internalErrors = checkInternalRefs(result.document, locate);
  if (internalErrors.length > 0) throw new SpecErrors(sortErrors(internalErrors));
  const schemaErrors = validateOpenApi(result.document, locate, locateValue);
  if (schemaErrors.length > 0) throw new SpecErrors(sortErrors(dedupe(schemaErrors)));

  const files = result.files
    .map((f) => ({
      absolutePath: f.path,
      relativePath: path.relative(root, f.path).split(path.sep).join("/"),
      text: f.text,
    }))
    .sort((a, b) =>
      a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0,
    );
  const sha256 = createHash("sha256").update(canonicalJson(result.document)).digest("hex");
  return {
    entryPath: entryAbs,
    document: result.document,
    files,
    sha256,
    locate,
    locateValue,
    inlinedRefs: result.inlinedRefs,
  };
}

/**
 * After bundling every `$ref` is internal. Check each one resolves, and that following refs
 * from ref to ref never loops (`A: {$ref: B}`, `B: {$ref: A}` describes no type at all).
 */
function checkInternalRefs(
  document: BundledDocument,
  locate: (pointer: string) => SourceLocation | undefined,
): SpecError[] {
  const errors: SpecError[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, joinPointer(pointer, i)));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const ref = (node as Record<string, unknown>)["$ref"];
    if (typeof ref === "string") {
      const seen = [pointer];
      let current: string = ref;
      for (;;) {
        const target = current.startsWith("#") ? current.slice(1) : undefined;
        const value = target === undefined ? undefined : getAtPointer(document, target);
        if (target === undefined || value === undefined) {
          errors.push(
            new SpecError(
              locate(joinPointer(seen[seen.length - 1] ?? pointer, "$ref")),
              `dangling $ref ${quote(current)}`,
              "point the $ref at an existing definition, e.g. #/components/schemas/Name",
            ),
          );
          break;
        }
        if (seen.includes(target)) {
          if (target === seen[0] || seen.indexOf(target) > 0) {
            errors.push(
              new SpecError(
                locate(joinPointer(pointer, "$ref")),
                `cyclic $ref: ${[...seen, target].map((p) => `#${p}`).join(" → ")}`,
                "one of these definitions must be a real schema, not only a $ref",
              ),
            );
          }
          break;
        }
        const next = (value as Record<string, unknown> | null)?.["$ref"];
        if (typeof next !== "string") break;
        seen.push(target);
        current = next;
      }
    }
    for (const [key, child] of Object.entries(node))
      if (key !== "$ref") visit(child, joinPointer(pointer, key));
  };
  visit(document, "");
  return errors;
}

function dedupe(errors: readonly SpecError[]): SpecError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = e.format("/");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
