import { SpecError } from "../errors.js";
import type { LoadedSpec } from "../load/index.js";

/** Shared by every check: the spec, and an error sink that turns bundled pointers into file:line:col. */
export class CheckContext {
  readonly errors: SpecError[] = [];
  constructor(readonly spec: LoadedSpec) {}

  get document(): Readonly<Record<string, unknown>> {
    return this.spec.document;
  }

  error(pointer: string, message: string, fix: string): void {
    this.errors.push(new SpecError(this.spec.locate(pointer), message, fix));
  }
}
