import type { BundledDocument } from "../load/index.js";
import { tsHeader } from "./header.js";
import { tsLiteralPretty } from "./literal.js";

/**
 * `generated/spec-document.ts`: the bundled spec as one object literal (all `$ref`s internal),
 * for the sandbox to validate requests with ajv without reading YAML at runtime. Keys are sorted
 * so the file does not change when only the key order of the YAML changes.
 *
 * It stays whole with or without `--experimental`, unlike the type layer (schema.ts): it describes
 * the server, not this client. The sandbox serves and validates every operation of the spec
 * (experimental ones included), so a client generated with `--experimental` can be tested against
 * it; the object is internal (not re-exported from index.ts), so users see no types from it.
 *
 * Printed as text rather than through ts-morph: it is one declaration of pure data, and ts-morph
 * re-indents a multi-line initializer, which would fight the pre-formatted literal.
 */
export function emitSpecDocument(document: BundledDocument): string {
  return [
    tsHeader(),
    "",
    "/** The whole favor OpenAPI document, bundled into one JSON-compatible object. Not re-exported from index.ts. */",
    // Annotated rather than inferred: the sandbox reads it as data (ajv, the served spec), and an
    // inferred type would copy the whole literal into the published spec-document.d.ts (~200 KB).
    `export const specDocument: Readonly<Record<string, unknown>> = ${tsLiteralPretty(document, true)};`,
    "",
  ].join("\n");
}
