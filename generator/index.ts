/**
 * The generator's public API: what tools/ (spec-review, usage files) and other code outside
 * generator/ may import. Everything else under generator/ is internal and may move.
 */
import { checkSpec } from "./check/index.js";
import { SpecErrors } from "./errors.js";
import { issuesToErrors } from "./generate.js";
import { loadSpec, type LoadedSpec } from "./load/index.js";
import type { ValidationIssue } from "./model/validation.js";
import { buildModel } from "./model/build.js";
import type { SpecModel } from "./model/types.js";

export { SpecError, SpecErrors, type SourceLocation } from "./errors.js";
export { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
export { runGenerate, type RunIo } from "./run.js";
export { loadSpec, type BundledDocument, type LoadedSpec } from "./load/index.js";
export { getAtPointer, joinPointer, splitPointer } from "../shared/json-pointer.js";
export { checkSpec } from "./check/index.js";
export { buildModel } from "./model/build.js";
export type { OperationModel, ParamModel, SpecModel, WebhookModel } from "./model/types.js";
export { componentSchemaName, deref, isRecord, type Json } from "./walk/json.js";
export {
  collectParameters,
  listRawOperations,
  listRawWebhooks,
  requestBodyOf,
  successResponseOf,
  type RawOperation,
} from "./walk/operations.js";
export {
  iteratorName,
  namesOfOperation,
  notificationParserName,
  operationMetaName,
  paramsTypeName,
  pascalCase,
} from "./naming.js";

/**
 * Loads a spec exactly as `npm run generate` does: the loader (YAML, `$ref`s, the OpenAPI 3.1
 * schema), every check, and the request-field conversion of the model stage. Throws `SpecErrors`
 * for any problem the generator would refuse, so a tool never reports on a spec that cannot be
 * generated. The model includes experimental operations only when asked.
 */
export function loadCheckedSpec(
  entryPath: string,
  options: { readonly experimental: boolean },
): { spec: LoadedSpec; model: SpecModel } {
  const spec = loadSpec(entryPath);
  const errors = checkSpec(spec);
  if (errors.length > 0) throw new SpecErrors(errors);
  const issues: ValidationIssue[] = [];
  const model = buildModel(spec.document, options, issues);
  if (issues.length > 0) throw new SpecErrors(issuesToErrors(spec, issues));
  return { spec, model };
}
