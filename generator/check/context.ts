import { SpecError, type SourceLocation } from "../errors.js";
import type { LoadedSpec } from "../load/index.js";

/** Shared by every check: the spec, and an error sink that turns bundled pointers into file:line:col. */
export class CheckContext {
  readonly errors: SpecError[] = [];
  constructor(readonly spec: LoadedSpec) {}

  get document(): Readonly<Record<string, unknown>> {
    return this.spec.document;
  }

  /** A problem with the value at `pointer`: reported at the scalar itself, or a mapping's key. */
  error(pointer: string, message: string, fix: string): void {
    this.errors.push(new SpecError(this.spec.locateValue(pointer), message, fix));
  }

  /** A problem found somewhere the bundled document does not map back to (e.g. a `$ref` line). */
  errorAt(location: SourceLocation | undefined, message: string, fix: string): void {
    this.errors.push(new SpecError(location, message, fix));
  }

  /** A problem with the key itself (an unknown or misplaced name): reported at the key. */
  errorAtKey(pointer: string, message: string, fix: string): void {
    this.errors.push(new SpecError(this.spec.locate(pointer), message, fix));
  }
}
