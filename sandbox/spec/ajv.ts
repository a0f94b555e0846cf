/**
 * The JSON Schema 2020-12 validator (ajv + ajv-formats) the sandbox compiles the spec with, behind
 * local types. The package build bundles this one module, ajv included, into dist
 * (scripts/vendor-ajv.ts), so installing the package pulls no validator into a service that only
 * uses the client: ajv and ajv-formats are devDependencies. Nothing outside this file may import
 * ajv, and its exported types must not mention ajv (the shipped .d.ts could not resolve them).
 */
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv and ajv-formats are CommonJS; under NodeNext the default import is the module object.
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

/** One validation failure, as ajv reports it (the fields the sandbox reads). */
export interface SchemaError {
  readonly keyword: string;
  /** JSON pointer of the offending value in the validated data ("" for the root). */
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string | undefined;
}

/** A compiled schema: true when `data` is valid, else false with `errors` set. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null | undefined;
}

export interface SchemaCompiler {
  /** Registers a whole document (with an `$id`) so `$ref`s into it resolve. */
  addSchema(schema: object): void;
  compile(schema: object): SchemaValidator;
  /** The registered schema a `$ref` names, or undefined. */
  schemaAt(ref: string): unknown;
}

export function createSchemaCompiler(options: { allErrors?: boolean } = {}): SchemaCompiler {
  // strict: false because OpenAPI schemas carry keywords ajv does not know (example,
  // x-enum-descriptions, …); they are annotations, not rules. allErrors: every issue of a
  // response for the client's full validation; the sandbox's own checks stop at the first.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: options.allErrors ?? false,
    validateFormats: true,
  });
  addFormats(ajv);
  return {
    addSchema: (schema) => void ajv.addSchema(schema),
    compile: (schema) => ajv.compile(schema),
    schemaAt: (ref) => ajv.getSchema(ref)?.schema,
  };
}
