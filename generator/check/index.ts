import { SpecError, sortErrors } from "../errors.js";
import type { LoadedSpec } from "../load/index.js";
import { CheckContext } from "./context.js";
import { checkConventions } from "./conventions.js";
import { checkExtensions } from "./extensions.js";
import { checkOperations } from "./operations.js";
import { checkSchemas } from "./schemas.js";
import { checkShapes } from "./shapes.js";
import { checkValues } from "./values.js";
import { quote } from "../quote.js";

/**
 * Every structural rule the generator relies on, checked before anything is emitted. Returns
 * all problems (sorted by file:line) so the author can fix them in one pass; empty means OK.
 * Experimental operations are checked too: `--experimental` must never meet a broken spec.
 */
export function checkSpec(spec: LoadedSpec): SpecError[] {
  const ctx = new CheckContext(spec);
  const version = spec.document["openapi"];
  if (typeof version !== "string" || !/^3\.1\.\d+$/.test(version)) {
    ctx.error(
      "/openapi",
      `unsupported OpenAPI version ${quote(version)}`,
      "the generator reads OpenAPI 3.1 (`openapi: 3.1.0`)",
    );
  }
  checkShapes(ctx);
  checkOperations(ctx);
  checkSchemas(ctx);
  checkExtensions(ctx);
  checkValues(ctx);
  checkConventions(ctx);
  const seen = new Set<string>();
  return sortErrors(ctx.errors).filter((e) => {
    const key = e.format("/");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
