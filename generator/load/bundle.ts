import { realpathSync } from "node:fs";
import path from "node:path";
import { SpecError, sortErrors, type SourceLocation } from "../errors.js";
import { getAtPointer, joinPointer } from "../../shared/json-pointer.js";
import {
  describeShape,
  refLeavesSpecFolder,
  registerComponents,
  resolveTarget,
  shortKey,
  targetKey,
  type RefTarget,
} from "./refs.js";
import { parseYamlFile, type ParsedFile } from "./yaml-file.js";
import { quote } from "../quote.js";

/** The spec as one JSON-compatible object whose `$ref`s all point inside it (`#/components/...`). */
export type BundledDocument = Record<string, unknown>;

export interface BundleResult {
  readonly document: BundledDocument;
  /** Every file the bundle read, entry first. */
  readonly files: readonly ParsedFile[];
  /** Pointer inside the bundled document → where that node was written. */
  readonly positions: ReadonlyMap<string, SourceLocation>;
  /** Pointer → where a scalar value itself was written. */
  readonly valuePositions: ReadonlyMap<string, SourceLocation>;
  /** Every `$ref` to another file that was inlined (its target is not a registered component). */
  readonly inlinedRefs: readonly InlinedRef[];
}

export interface InlinedRef {
  /** Where the inlined content sits in the bundled document. */
  readonly pointer: string;
  readonly ref: string;
  /** Absolute path of the file the `$ref` points into. */
  readonly targetFile: string;
  /** The `$ref` line. */
  readonly location: SourceLocation | undefined;
}

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
  const cache = new Map<string, ParsedFile | SpecError[]>();
  const entryFile = parseYamlFile(entry);
  cache.set(entry, entryFile);
  if (Array.isArray(entryFile)) return entryFile;
  if (!isMapping(entryFile.value)) {
    return [
      new SpecError(
        entryFile.positions.get(""),
        "the entry file must be a YAML map (an OpenAPI document)",
        "start the file with `openapi: 3.1.0`",
      ),
    ];
  }
  return new Bundler(entry, entryFile, cache).run();
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * How many nodes the bundled document may have. Every `$ref` to an unregistered target copies
 * the target, and copies of files that `$ref` other files several times multiply like YAML
 * aliases do (ten refs per file, eight files deep: 10^8 copies). favor's spec bundles to about
 * 5 000 nodes.
 */
export const MAX_BUNDLE_NODES = 100_000;

/** One bundling run: the file cache, the component registry, and what was found so far. */
class Bundler {
  private readonly errors: SpecError[] = [];
  private readonly positions = new Map<string, SourceLocation>();
  private readonly valuePositions = new Map<string, SourceLocation>();
  private readonly inlinedRefs: InlinedRef[] = [];
  /** Non-mapping targets already reported (once per target, not once per `$ref`). */
  private readonly reportedTargets = new Set<string>();
  private readonly registry: Map<string, string>;
  /** Nodes copied into the bundle so far, and the `$ref` being inlined (where an overflow is reported). */
  private produced = 0;
  private inlining: SourceLocation | undefined;
  private overflowed = false;
  /** The folder of the entry file, as given and with symlinks resolved: no `$ref` leaves it. */
  private readonly specFolder: string;
  private readonly realSpecFolder: string;
  private readonly realpaths = new Map<string, string | null>();

  constructor(
    private readonly entry: string,
    private readonly entryFile: ParsedFile,
    private readonly cache: Map<string, ParsedFile | SpecError[]>,
  ) {
    this.registry = registerComponents(entryFile, this.errors);
    this.specFolder = path.dirname(entry);
    this.realSpecFolder = realpathSync(this.specFolder);
  }

  run(): BundleResult | SpecError[] {
    const document = this.node(this.entryFile, "", this.entryFile.value, "", [], false);
    const files = [...this.cache.values()].filter((f): f is ParsedFile => !Array.isArray(f));
    // A file that does not parse reported its own YAML errors (with positions) when first loaded.
    for (const result of this.cache.values())
      if (Array.isArray(result) && result.some((e) => e.location)) this.errors.push(...result);
    if (this.errors.length > 0) return sortErrors(dedupe(this.errors));
    return {
      document: document as BundledDocument,
      files,
      positions: this.positions,
      valuePositions: this.valuePositions,
      inlinedRefs: this.inlinedRefs,
    };
  }

  private load(file: string): ParsedFile | SpecError[] {
    let parsed = this.cache.get(file);
    if (parsed === undefined) {
      parsed = parseYamlFile(file);
      this.cache.set(file, parsed);
    }
    return parsed;
  }

  private relative(file: string): string {
    return path.relative(path.dirname(this.entry), file);
  }

  /** Copies one node into the bundle at `outPointer`, following `$ref`s and recording positions. */
  private node(
    file: ParsedFile,
    pointer: string,
    value: unknown,
    outPointer: string,
    stack: readonly string[],
    inlineOwnRef: boolean,
  ): unknown {
    if (this.overflowed || ++this.produced > MAX_BUNDLE_NODES) return this.overflow();
    const here = file.positions.get(pointer);
    if (here && !this.positions.has(outPointer)) this.positions.set(outPointer, here);
    const valueHere = file.valuePositions.get(pointer);
    if (valueHere && !this.valuePositions.has(outPointer))
      this.valuePositions.set(outPointer, valueHere);
    if (Array.isArray(value)) {
      return value.map((item, i) =>
        this.node(file, joinPointer(pointer, i), item, joinPointer(outPointer, i), stack, false),
      );
    }
    if (!isMapping(value)) return value;
    const ref = value["$ref"];
    if (typeof ref === "string")
      return this.ref(file, pointer, value, ref, outPointer, stack, inlineOwnRef);
    // An entry component that is just a $ref to another file IS the definition: inline it.
    const ownRef = file === this.entryFile && /^\/components\/[^/]+$/.test(pointer);
    return this.children(file, pointer, value, outPointer, stack, ownRef, false);
  }

  /** The members of a mapping (without `$ref` when `skipRef`), each bundled in turn. */
  private children(
    file: ParsedFile,
    pointer: string,
    record: Record<string, unknown>,
    outPointer: string,
    stack: readonly string[],
    inlineOwnRef: boolean,
    skipRef: boolean,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(record)) {
      if (skipRef && name === "$ref") continue;
      out[name] = this.node(
        file,
        joinPointer(pointer, name),
        child,
        joinPointer(outPointer, name),
        stack,
        inlineOwnRef,
      );
    }
    return out;
  }

  /**
   * A `$ref` node: an internal ref to a registered component, or the target inlined in its place
   * (siblings of `$ref` kept). Dangling, non-mapping and cyclic targets are reported here.
   */
  private ref(
    file: ParsedFile,
    pointer: string,
    record: Record<string, unknown>,
    ref: string,
    outPointer: string,
    stack: readonly string[],
    inlineOwnRef: boolean,
  ): unknown {
    const refLocation =
      file.positions.get(joinPointer(pointer, "$ref")) ?? file.positions.get(pointer);
    const target = resolveTarget(file.path, ref);
    const key = targetKey(target);
    const siblings = this.children(file, pointer, record, outPointer, stack, false, true);
    if (this.refused(ref, target, refLocation)) return siblings;
    const found = this.resolve(ref, target, refLocation);
    if (found === undefined) return siblings;
    const registered = this.registry.get(key);
    if (target.file === this.entry) return { $ref: `#${target.pointer}`, ...siblings };
    if (registered !== undefined && !inlineOwnRef) {
      // The `$ref` line itself, so a problem with this reference is reported where it is written.
      const at = joinPointer(outPointer, "$ref");
      if (refLocation && !this.positions.has(at)) this.positions.set(at, refLocation);
      return { $ref: registered, ...siblings };
    }
    if (stack.includes(key)) {
      this.errors.push(
        new SpecError(
          refLocation,
          `cyclic $ref ${quote(ref)}: ${[...stack.slice(stack.indexOf(key)), key].map((k) => shortKey(this.entry, k)).join(" → ")}`,
          "break the cycle, or register the schema under components.schemas in the entry file and reference it by name",
        ),
      );
      return siblings;
    }
    // The entry's own `components.<kind>.<Name>: { $ref }` is the definition, not an inlining.
    if (!inlineOwnRef)
      this.inlinedRefs.push({
        pointer: outPointer,
        ref,
        targetFile: target.file,
        location: refLocation,
      });
    const outer = this.inlining;
    this.inlining = refLocation;
    const inlined = this.node(
      found.file,
      target.pointer,
      found.value,
      outPointer,
      [...stack, key],
      false,
    );
    this.inlining = outer;
    return isMapping(inlined) ? { ...inlined, ...siblings } : inlined;
  }

  /** Reports, once, that the bundle passed MAX_BUNDLE_NODES; the bundling then stops copying. */
  private overflow(): null {
    if (!this.overflowed)
      this.errors.push(
        new SpecError(
          this.inlining,
          `the bundled spec would pass ${MAX_BUNDLE_NODES} nodes: $refs inlined into $refs multiply (this $ref is where the limit was reached), so bundling stopped`,
          "register repeated definitions under components in the entry file and reference them by name, instead of inlining one file many times",
        ),
      );
    this.overflowed = true;
    return null;
  }

  /** True after reporting a `$ref` that leads out of the spec folder (its target is never read). */
  private refused(
    ref: string,
    target: RefTarget,
    refLocation: SourceLocation | undefined,
  ): boolean {
    const why = refLeavesSpecFolder(
      ref,
      target,
      this.specFolder,
      this.realSpecFolder,
      this.realpaths,
    );
    if (why === undefined) return false;
    this.errors.push(
      new SpecError(
        refLocation,
        `$ref ${quote(ref)} ${why}; it was not followed`,
        "keep every spec file in the entry file's folder or below it, and point $refs at them with relative paths",
      ),
    );
    return true;
  }

  /** The target's file and value, or undefined after reporting why the `$ref` cannot be followed. */
  private resolve(
    ref: string,
    target: RefTarget,
    refLocation: SourceLocation | undefined,
  ): { file: ParsedFile; value: Record<string, unknown> } | undefined {
    const targetFile = this.load(target.file);
    if (Array.isArray(targetFile)) {
      // A file that exists but does not parse already reported its own YAML errors.
      if (!targetFile.some((e) => e.location))
        this.errors.push(
          new SpecError(
            refLocation,
            `dangling $ref ${quote(ref)}: file ${this.relative(target.file)} cannot be read`,
            "point the $ref at an existing file (paths are relative to the file containing the $ref)",
          ),
        );
      return undefined;
    }
    const value = getAtPointer(targetFile.value, target.pointer);
    if (value === undefined) {
      this.errors.push(
        new SpecError(
          refLocation,
          `dangling $ref ${quote(ref)}: nothing at ${quote(`#${target.pointer}`)} in ${this.relative(target.file)}`,
          "fix the JSON pointer after `#` or add the missing definition",
        ),
      );
      return undefined;
    }
    if (!isMapping(value)) {
      this.reportNonMapping(targetFile, target, value, refLocation);
      return undefined;
    }
    return { file: targetFile, value };
  }

  /**
   * Every OpenAPI $ref (schema, parameter, path item, response) names a mapping. Report the
   * target itself, once, rather than every $ref to it or the confusing consequences downstream.
   */
  private reportNonMapping(
    targetFile: ParsedFile,
    target: RefTarget,
    value: unknown,
    refLocation: SourceLocation | undefined,
  ): void {
    const key = targetKey(target);
    if (this.reportedTargets.has(key)) return;
    this.reportedTargets.add(key);
    const where = targetFile.positions.get(target.pointer) ?? {
      file: target.file,
      line: 1,
      col: 1,
    };
    const what =
      target.pointer === ""
        ? `file ${this.relative(target.file)}`
        : `#${target.pointer} in ${this.relative(target.file)}`;
    const refAt = refLocation
      ? ` (used by $ref at ${this.relative(refLocation.file)}:${refLocation.line})`
      : "";
    this.errors.push(
      new SpecError(
        where,
        `${what} is ${describeShape(value)}, but a $ref target must be a mapping${refAt}`,
        "write the definition as a YAML mapping (`key: value` lines), e.g. a parameter's `name:`, `in:`, `schema:`",
      ),
    );
  }
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
