/**
 * The top-level shape check every verified 2xx body gets: where the spec promises a JSON object,
 * `null`, `42`, an array or an empty body is not silently returned as the model, and a required
 * top-level field that is missing is reported by name. Deeper checks are the optional full
 * validation (`validateResponses`, see sandbox/spec/response-validator.ts). Unknown extra fields are fine: the
 * server may add fields at any time.
 */
import type { ValidationIssue } from "./errors.js";
import type { OperationMeta } from "./operation.js";

export function checkResponseShape(
  op: OperationMeta,
  status: number,
  data: unknown,
): ValidationIssue[] {
  const expected = op.response;
  // A 2xx other than the documented one (e.g. 204 where 200 is documented) still has to carry the
  // promised object when it carries anything; only a bodiless documented answer skips the check.
  if (expected === undefined || expected.body === "none") return [];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return [
      {
        path: "",
        message: `expected a JSON object (HTTP ${expected.status}), got ${describe(data)}${status === expected.status ? "" : ` with HTTP ${status}`}`,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  for (const field of expected.required ?? []) {
    const value = Object.hasOwn(data, field) ? (data as Record<string, unknown>)[field] : undefined;
    if (value === undefined || value === null)
      issues.push({
        path: field,
        message: `is required by the spec but ${value === null ? "null" : "missing"}`,
      });
  }
  return issues;
}

function describe(value: unknown): string {
  if (value === undefined) return "an empty body";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
