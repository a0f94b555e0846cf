import type { SpecError } from "../errors.js";
import type { LoadedSpec } from "../load/index.js";

export interface CheckOptions {
  readonly experimental: boolean;
}

export function checkSpec(_spec: LoadedSpec, _options: CheckOptions): SpecError[] {
  return [];
}
