/**
 * Reading the caller's flat params object. Policy (documented in runtime/README.md):
 * - only OWN ENUMERABLE string-keyed properties count, read once into a snapshot that validation,
 *   the request target and the body all use (a getter cannot show one value to validation and
 *   another to the wire);
 * - any prototype is accepted (plain object, `Object.create(null)`, a class instance), but a
 *   parameter name that is reachable only through the prototype chain, or is an own
 *   non-enumerable property, is an error rather than silently dropped or sent: a polluted
 *   `Object.prototype.stock_id` can neither add a field nor fill a missing one;
 * - own keys that are not parameters of the operation are errors (unless their value is undefined).
 */
import type { ValidationIssue } from "./errors.js";
import { RequestValidationError } from "./errors.js";
import type { OperationMeta } from "./operation.js";

export interface OwnParams {
  /** Null-prototype snapshot of the own enumerable properties. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Unknown or inherited parameter names (validation adds the rest). */
  readonly issues: ValidationIssue[];
}

export function ownParams(
  op: OperationMeta,
  params: unknown,
  knownNames: ReadonlySet<string>,
): OwnParams {
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw new RequestValidationError(op.operationId, [
      { path: "", message: "params must be an object" },
    ]);
  }
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const name of Object.keys(params)) {
    let value: unknown;
    try {
      value = (params as Record<string, unknown>)[name];
    } catch {
      issues.push({ path: name, message: "reading this property threw" });
      continue;
    }
    if (!knownNames.has(name)) {
      if (value !== undefined)
        issues.push({ path: name, message: `is not a parameter of ${op.operationId}` });
      continue;
    }
    values[name] = value;
  }
  for (const name of knownNames) {
    if (Object.hasOwn(values, name) || !(name in params)) continue;
    issues.push({
      path: name,
      message: Object.hasOwn(params, name)
        ? "is not an enumerable property; only own enumerable properties of params are read"
        : "is inherited through the prototype; only own enumerable properties of params are read",
    });
  }
  return { values, issues };
}
