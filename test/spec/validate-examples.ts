/**
 * Validates collected spec examples against their schemas with a real JSON Schema 2020-12
 * validator (ajv). Our own `x-` schema keywords are registered as annotations so ajv can stay in
 * strict mode: any OTHER unknown keyword (a typo like `maxlength`) makes compilation fail loudly.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ErrorObject } from "ajv";
import type { CollectedExample } from "./spec-walker.js";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

/** Schema-level vendor extensions used in spec/ (annotations only). */
export const SCHEMA_EXTENSION_KEYWORDS = [
  "x-enum-descriptions",
  "x-wechatpay-doc-deviation",
  "x-wechatpay-client-default",
] as const;

export interface ExampleFailure {
  readonly where: string;
  readonly message: string;
}

export function createValidator(): Ajv2020 {
  // `example` (singular) is an OpenAPI 3.1 schema keyword; JSON Schema only knows `examples`.
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addVocabulary(["example", ...SCHEMA_EXTENSION_KEYWORDS]);
  return ajv;
}

export function validateExamples(examples: readonly CollectedExample[]): ExampleFailure[] {
  const ajv = createValidator();
  const failures: ExampleFailure[] = [];
  for (const example of examples) {
    let check;
    try {
      check = ajv.compile(example.schema as object);
    } catch (error) {
      failures.push({
        where: example.where,
        message: `schema does not compile: ${(error as Error).message}`,
      });
      continue;
    }
    if (!check(example.value)) {
      const detail = (check.errors ?? [])
        .map((e: ErrorObject) => `${e.instancePath || "(root)"} ${e.message ?? ""}`)
        .join("; ");
      failures.push({ where: example.where, message: detail });
    }
  }
  return failures;
}
