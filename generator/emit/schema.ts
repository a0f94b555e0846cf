import openapiTS, { astToString } from "openapi-typescript";
import type { OpenAPI3 } from "openapi-typescript";
import type { BundledDocument } from "../load/index.js";
import { tsHeader } from "./header.js";

/**
 * `generated/schema.ts`: the type layer, printed by openapi-typescript from the bundled document
 * object (never a file path, so it does not resolve refs or read config on its own).
 * `alphabetize` makes the output independent of key order in the spec. It still runs Redocly's
 * `minimal` lint on the object; our own check stage has already reported anything that matters,
 * so `silent` keeps its warnings out of the summary. Its AST is printed to text here and never
 * handed to ts-morph (they use different TypeScript copies).
 */
export async function emitSchemaTypes(document: BundledDocument, specSha256: string): Promise<string> {
  // A key-sorted deep copy: openapi-typescript may add to the object it is given, and
  // `alphabetize` does not cover everything it prints (e.g. `@example` JSON follows key order).
  const sorted = sortKeysDeep(document) as OpenAPI3;
  const nodes = await openapiTS(sorted, { alphabetize: true, silent: true });
  return `${tsHeader(specSha256)}\n\n${astToString(nodes)}`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeysDeep(v)]));
}
