import path from "node:path";
import { SpecError, sortErrors, type SourceLocation } from "../errors.js";
import { getAtPointer, joinPointer } from "./pointer.js";
import { parseYamlFile, type ParsedFile } from "./yaml-file.js";

/** The spec as one JSON-compatible object whose `$ref`s all point inside it (`#/components/...`). */
export type BundledDocument = Record<string, unknown>;

export interface BundleResult {
  readonly document: BundledDocument;
  /** Every file the bundle read, entry first. */
  readonly files: readonly ParsedFile[];
  /** Pointer inside the bundled document → where that node was written. */
  readonly positions: ReadonlyMap<string, SourceLocation>;
}

type FileCache = Map<string, ParsedFile | SpecError[]>;

/**
 * Bundles a spec split over several files into one document.
 *
 * Rules (the same a person would apply by hand):
 * - an entry-file `components.<kind>.<Name>: { $ref: ./file.yaml#/ptr }` registers that target
 *   under `#/components/<kind>/<Name>`; every other `$ref` to the same target becomes that
 *   internal ref, so named schemas stay named in the output;
 * - a `$ref` to a target nobody registered is inlined (path items, shared parameters, …);
 * - `#/...` inside a non-entry file means "inside that file".
 * Missing files/pointers are dangling refs; inlining a target that is already being inlined is a
 * cyclic ref. Both are reported at the `$ref` that caused them.
 */
export function bundleSpec(entryPath: string): BundleResult | SpecError[] {
  const entry = path.resolve(entryPath);
  const cache: FileCache = new Map();
  const entryFile = load(cache, entry);
  if (Array.isArray(entryFile)) return entryFile;
  if (
    entryFile.value === null ||
    typeof entryFile.value !== "object" ||
    Array.isArray(entryFile.value)
  ) {
    return [
      new SpecError(
        entryFile.positions.get(""),
        "the entry file must be a YAML map (an OpenAPI document)",
        "start the file with `openapi: 3.1.0`",
      ),
    ];
  }

  const errors: SpecError[] = [];
  const positions = new Map<string, SourceLocation>();
  const reportedTargets = new Set<string>();
  const registry = registerComponents(entryFile, errors);

  const bundleNode = (
    file: ParsedFile,
    pointer: string,
    value: unknown,
    outPointer: string,
    stack: readonly string[],
    inlineOwnRef: boolean,
  ): unknown => {
    const here = file.positions.get(pointer);
    if (here && !positions.has(outPointer)) positions.set(outPointer, here);
    if (Array.isArray(value)) {
      return value.map((item, i) =>
        bundleNode(file, joinPointer(pointer, i), item, joinPointer(outPointer, i), stack, false),
      );
    }
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    const ref = record["$ref"];
    if (typeof ref === "string") {
      const refLocation = file.positions.get(joinPointer(pointer, "$ref")) ?? here;
      const target = resolveTarget(file.path, ref);
      const key = `${target.file}#${target.pointer}`;
      const siblings = bundleSiblings(file, pointer, record, outPointer, stack);
      const targetFile = load(cache, target.file);
      if (Array.isArray(targetFile)) {
        // A file that exists but does not parse already reported its own YAML errors.
        if (!targetFile.some((e) => e.location))
          errors.push(
            new SpecError(
              refLocation,
              `dangling $ref "${ref}": file ${path.relative(path.dirname(entry), target.file)} cannot be read`,
              "point the $ref at an existing file (paths are relative to the file containing the $ref)",
            ),
          );
        return siblings;
      }
      const targetValue = getAtPointer(targetFile.value, target.pointer);
      if (targetValue === undefined) {
        errors.push(
          new SpecError(
            refLocation,
            `dangling $ref "${ref}": nothing at #${target.pointer} in ${path.relative(path.dirname(entry), target.file)}`,
            "fix the JSON pointer after `#` or add the missing definition",
          ),
        );
        return siblings;
      }
      if (targetValue === null || typeof targetValue !== "object" || Array.isArray(targetValue)) {
        // Every OpenAPI $ref (schema, parameter, path item, response) names a mapping. Report the
        // target itself, once, rather than every $ref to it or the confusing consequences downstream.
        if (!reportedTargets.has(key)) {
          reportedTargets.add(key);
          const where = targetFile.positions.get(target.pointer) ?? {
            file: target.file,
            line: 1,
            col: 1,
          };
          const what =
            target.pointer === ""
              ? `file ${path.relative(path.dirname(entry), target.file)}`
              : `#${target.pointer} in ${path.relative(path.dirname(entry), target.file)}`;
          const refAt = refLocation
            ? ` (used by $ref at ${path.relative(path.dirname(entry), refLocation.file)}:${refLocation.line})`
            : "";
          errors.push(
            new SpecError(
              where,
              `${what} is ${describeShape(targetValue)}, but a $ref target must be a mapping${refAt}`,
              "write the definition as a YAML mapping (`key: value` lines), e.g. a parameter's `name:`, `in:`, `schema:`",
            ),
          );
        }
        return siblings;
      }
      const registered = registry.get(key);
      if (target.file === entry) return { $ref: `#${target.pointer}`, ...siblings };
      if (registered !== undefined && !inlineOwnRef) return { $ref: registered, ...siblings };
      if (stack.includes(key)) {
        errors.push(
          new SpecError(
            refLocation,
            `cyclic $ref "${ref}": ${[...stack.slice(stack.indexOf(key)), key].map((k) => shortKey(entry, k)).join(" → ")}`,
            "break the cycle, or register the schema under components.schemas in the entry file and reference it by name",
          ),
        );
        return siblings;
      }
      const inlined = bundleNode(
        targetFile,
        target.pointer,
        targetValue,
        outPointer,
        [...stack, key],
        false,
      );
      if (inlined !== null && typeof inlined === "object" && !Array.isArray(inlined))
        return { ...inlined, ...siblings };
      return inlined;
    }
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(record)) {
      const childPointer = joinPointer(pointer, name);
      const childOut = joinPointer(outPointer, name);
      // An entry component that is just a $ref to another file IS the definition: inline it.
      const ownRef = file === entryFile && /^\/components\/[^/]+$/.test(pointer);
      out[name] = bundleNode(file, childPointer, child, childOut, stack, ownRef);
    }
    return out;
  };

  const bundleSiblings = (
    file: ParsedFile,
    pointer: string,
    record: Record<string, unknown>,
    outPointer: string,
    stack: readonly string[],
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(record)) {
      if (name === "$ref") continue;
      out[name] = bundleNode(
        file,
        joinPointer(pointer, name),
        child,
        joinPointer(outPointer, name),
        stack,
        false,
      );
    }
    return out;
  };

  const document = bundleNode(entryFile, "", entryFile.value, "", [], false) as BundledDocument;
  const files = [...cache.values()].filter((f): f is ParsedFile => !Array.isArray(f));
  for (const result of cache.values())
    if (Array.isArray(result) && result.some((e) => e.location)) errors.push(...result);
  if (errors.length > 0) return sortErrors(dedupe(errors));
  return { document, files, positions };
}

function load(cache: FileCache, file: string): ParsedFile | SpecError[] {
  let parsed = cache.get(file);
  if (parsed === undefined) {
    parsed = parseYamlFile(file);
    cache.set(file, parsed);
  }
  return parsed;
}

function resolveTarget(fromFile: string, ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf("#");
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
  return {
    file: filePart === "" ? fromFile : path.resolve(path.dirname(fromFile), filePart),
    pointer,
  };
}

/** Entry components that are a bare external `$ref` define where that target lives in the bundle. */
function registerComponents(entry: ParsedFile, errors: SpecError[]): Map<string, string> {
  const registry = new Map<string, string>();
  const components = getAtPointer(entry.value, "/components");
  if (components === null || typeof components !== "object") return registry;
  for (const [kind, group] of Object.entries(components as Record<string, unknown>)) {
    if (group === null || typeof group !== "object") continue;
    for (const [name, def] of Object.entries(group as Record<string, unknown>)) {
      const ref = (def as Record<string, unknown> | null)?.["$ref"];
      if (typeof ref !== "string" || ref.startsWith("#")) continue;
      const target = resolveTarget(entry.path, ref);
      const key = `${target.file}#${target.pointer}`;
      const internal = `#${joinPointer(joinPointer("/components", kind), name)}`;
      const previous = registry.get(key);
      if (previous !== undefined) {
        errors.push(
          new SpecError(
            entry.positions.get(joinPointer(joinPointer("/components", kind), name)),
            `components ${previous.slice(2)} and ${internal.slice(2)} both point at ${ref}`,
            "register each definition once",
          ),
        );
        continue;
      }
      registry.set(key, internal);
    }
  }
  return registry;
}

function shortKey(entry: string, key: string): string {
  const [file = "", pointer = ""] = key.split("#");
  return `${path.relative(path.dirname(entry), file)}#${pointer}`;
}

function dedupe(errors: SpecError[]): SpecError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = e.format("/");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function describeShape(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a YAML list";
  return `a ${typeof value} (${JSON.stringify(value)})`;
}
