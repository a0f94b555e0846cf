import { StructureKind, type StatementStructures } from "ts-morph";
import type { NamedSchemaModel, SchemaNode, SpecModel } from "../model/types.js";
import { componentSchemaName, isRecord } from "../walk/json.js";
import { tsHeader } from "./header.js";
import { docText } from "./jsdoc.js";
import {
  admitsOtherKeys,
  fieldType,
  hasProperties,
  modelFieldContext,
  propertySignatures,
  type ModelFieldContext,
} from "./model-fields.js";
import type { TsPrinter } from "./project.js";
import { TypeImports } from "./ts-types.js";

/**
 * `generated/models.ts`: a named interface for every non-enum component schema, written out by
 * the generator (as the request params are) so that hovering any field shows its description,
 * constraints and example, and nested types by name (`StockUseRule`, `StockStatus`). Enum
 * schemas live in enums.ts. openapi-typescript's `components` stay in schema.ts (the
 * `wechatpay-favor/openapi` subpath), and a type test proves both describe the same values.
 *
 * A request body schema that no operation takes as a type (operations take flat params) and no
 * other schema or param names is left out: it would be a public model nothing accepts.
 */
export function emitModels(printer: TsPrinter, model: SpecModel): string {
  const enumNames = new Set(model.schemas.filter((s) => s.enumValues).map((s) => s.name));
  const imports = new TypeImports(enumNames);
  const ctx = modelFieldContext(imports, model.schemas);
  const declarations = publicModels(model).map((schema) => modelStatement(schema, ctx));
  // Built after the declarations, which record the enums the file must import.
  const statements: StatementStructures[] =
    imports.enums.size > 0
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            isTypeOnly: true,
            moduleSpecifier: "./enums.js",
            namedImports: [...imports.enums].sort(),
          },
          ...declarations,
        ]
      : declarations;
  return printer.print("models.ts", tsHeader(), statements);
}

/** The non-enum schemas models.ts declares: all but request bodies nothing refers to by name. */
export function publicModels(model: SpecModel): NamedSchemaModel[] {
  const bodies = new Set(model.operations.flatMap((op) => op.requestBodySchemaName ?? []));
  const named = new Set<string>();
  for (const schema of model.schemas)
    if (!bodies.has(schema.name)) collectRefs(schema.schema, named);
  for (const op of model.operations) {
    for (const param of op.params) collectRefs(param.schema, named);
    if (op.successSchemaName !== undefined) named.add(op.successSchemaName);
  }
  for (const webhook of model.webhooks)
    if (webhook.bodySchemaName !== undefined) named.add(webhook.bodySchemaName);
  return model.schemas.filter((s) => !s.enumValues && (!bodies.has(s.name) || named.has(s.name)));
}

/** Adds every component name `node` refers to (at any depth) to `into`. */
function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into);
  if (!isRecord(node)) return;
  const name = componentSchemaName(node);
  if (name !== undefined) into.add(name);
  for (const value of Object.values(node)) collectRefs(value, into);
}

/** An interface for an object schema with properties, else a type alias. */
function modelStatement(schema: NamedSchemaModel, ctx: ModelFieldContext): StatementStructures {
  const docs = schema.description ? [{ description: docText(schema.description) }] : [];
  const node: SchemaNode = schema.schema;
  if (!hasProperties(node))
    return {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: schema.name,
      type: fieldType(node, ctx),
      docs,
    };
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: schema.name,
    docs,
    properties: propertySignatures(node, ctx),
    indexSignatures: admitsOtherKeys(node)
      ? [{ keyName: "key", keyType: "string", returnType: "unknown" }]
      : [],
  };
}
