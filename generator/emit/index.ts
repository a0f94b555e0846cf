import type { LoadedSpec } from "../load/index.js";
import { clientDocument } from "../model/client-document.js";
import type { SpecModel } from "../model/types.js";
import { emitApiMarkdown } from "./api-md.js";
import { emitEnums } from "./enums.js";
import { emitIndex } from "./index-file.js";
import { emitMetadata } from "./metadata.js";
import { emitModels } from "./models.js";
import { emitOperation } from "./operation.js";
import { TsPrinter } from "./project.js";
import type { SchemaTypesPrinter } from "./schema.js";
import { emitSpecDocument } from "./spec-document.js";
import { DEFAULT_RUNTIME } from "./runtime-import.js";
import { emitWebhooks } from "./webhooks.js";

/**
 * Output path (relative to the out dir, `/` separated) → unformatted file content; a promise for
 * files still being printed elsewhere (schema.ts, on its worker), so formatting need not wait.
 */
export type EmittedFiles = Map<string, string | Promise<string>>;

/**
 * Runs every emitter; one entry per output file. The type layer is printed by `schemaTypes`
 * (a worker thread) while the ts-morph emitters run here.
 */
export async function emitAll(
  spec: LoadedSpec,
  model: SpecModel,
  schemaTypes: SchemaTypesPrinter,
  runtime: string = DEFAULT_RUNTIME,
): Promise<EmittedFiles> {
  // The type layer covers the generated operations only; spec-document.ts stays whole (see there).
  const schemaText = schemaTypes.print(clientDocument(spec.document, model.skippedOperations));
  // Awaited by the caller; this only keeps an early throw below from also leaving an unhandled rejection.
  schemaText.catch(() => undefined);
  const printer = new TsPrinter();
  const enumNames = new Set(model.schemas.filter((s) => s.enumValues).map((s) => s.name));
  const files: EmittedFiles = new Map();
  files.set("models.ts", emitModels(printer, model));
  files.set("enums.ts", emitEnums(printer, model));
  files.set("metadata.ts", emitMetadata(model, runtime));
  const components = new Map(model.schemas.map((s) => [s.name, s.schema]));
  for (const op of model.operations)
    files.set(
      `operations/${op.id}.ts`,
      emitOperation(printer, op, enumNames, { runtime, components }),
    );
  files.set("webhooks.ts", emitWebhooks(printer, model, runtime));
  files.set("index.ts", emitIndex(printer, model));
  files.set("spec-document.ts", emitSpecDocument(spec.document));
  files.set("API.md", emitApiMarkdown(model));
  files.set("schema.ts", schemaText);
  return files;
}
