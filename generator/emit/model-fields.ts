import type { OptionalKind, PropertySignatureStructure } from "ts-morph";
import { toValidationSchema } from "../model/validation.js";
import type { NamedSchemaModel, SchemaNode } from "../model/types.js";
import { componentSchemaName, exampleOf, isRecord, stringOrUndefined } from "../walk/json.js";
import { compare } from "../walk/operations.js";
import { describeConstraints, docText } from "./jsdoc.js";
import { propertyKey, tsLiteral } from "./literal.js";
import type { TypeImports } from "./ts-types.js";

/**
 * Types and JSDoc of the fields of a named model (models.ts). Written out here rather than
 * aliased into openapi-typescript's `components`, because an alias shows `components[...]`
 * chains on hover and carries no documentation on a `$ref` field. A test checks that the two
 * stay the same type (test/generator/models-types.test.ts).
 */
export interface ModelFieldContext {
  readonly imports: TypeImports;
  /** Every component schema by name: a `$ref` field is documented with its target's text. */
  readonly schemas: ReadonlyMap<string, NamedSchemaModel>;
  /** `{ components: { schemas } }`, for resolving refs while describing constraints. */
  readonly document: unknown;
}

/** A context over `schemas`, with the document the constraint describer resolves refs in. */
export function modelFieldContext(
  imports: TypeImports,
  schemas: readonly NamedSchemaModel[],
): ModelFieldContext {
  return {
    imports,
    schemas: new Map(schemas.map((s) => [s.name, s])),
    document: {
      components: { schemas: Object.fromEntries(schemas.map((s) => [s.name, s.schema])) },
    },
  };
}

/** True for an object schema with named properties: it becomes an interface. */
export function hasProperties(schema: SchemaNode): boolean {
  return schema["type"] === "object" && isRecord(schema["properties"]);
}

/** True when the object admits keys beyond its properties (openapi-typescript's index signature). */
export function admitsOtherKeys(schema: SchemaNode): boolean {
  const extra = schema["additionalProperties"];
  return extra === true || isRecord(extra);
}

/**
 * One documented property signature per property of an object schema, sorted by name (code
 * units): the output must not depend on the key order of the spec's YAML.
 */
export function propertySignatures(
  schema: SchemaNode,
  ctx: ModelFieldContext,
): OptionalKind<PropertySignatureStructure>[] {
  const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
  const keys = Object.keys(properties).sort(compare);
  return keys.map((key) => {
    const child = properties[key];
    const field: SchemaNode = isRecord(child) ? child : {};
    const doc = fieldDoc(field, ctx);
    return {
      name: propertyKey(key),
      type: fieldType(field, ctx),
      hasQuestionToken: !required.has(key),
      docs: doc === undefined ? [] : [{ description: doc }],
    };
  });
}

/**
 * TypeScript type text of a field: a named component prints as its name (an interface here or an
 * enum in enums.ts), an inline object as a documented object type.
 */
export function fieldType(schema: SchemaNode, ctx: ModelFieldContext): string {
  const name = componentSchemaName(schema);
  if (name !== undefined) return ctx.imports.use(name);
  const values = "const" in schema ? [schema["const"]] : schema["enum"];
  if (Array.isArray(values) && values.length > 0)
    return values.map((v) => JSON.stringify(v)).join(" | ");
  switch (schema["type"]) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const item = isRecord(schema["items"]) ? fieldType(schema["items"], ctx) : "unknown";
      return `${/[|&]/.test(item) ? `(${item})` : item}[]`;
    }
    case "object":
      return objectType(schema, ctx);
    default:
      return "unknown";
  }
}

/** An inline object: members with their JSDoc, so a nested field explains itself on hover too. */
function objectType(schema: SchemaNode, ctx: ModelFieldContext): string {
  if (!hasProperties(schema)) return "Record<string, unknown>";
  const members = propertySignatures(schema, ctx).map((p) => {
    const doc = p.docs?.[0];
    const comment =
      doc !== undefined && typeof doc !== "string" && doc.description !== undefined
        ? `/**\n${String(doc.description)
            .split("\n")
            .map((line) => ` *${line === "" ? "" : ` ${line}`}`)
            .join("\n")}\n */\n`
        : "";
    return `${comment}${p.name}${p.hasQuestionToken ? "?" : ""}: ${String(p.type)};`;
  });
  if (admitsOtherKeys(schema)) members.push("[key: string]: unknown;");
  return `{\n${members.join("\n")}\n}`;
}

/**
 * A field's JSDoc: its description (a `$ref` field without one of its own carries its target's,
 * an array its items'), its constraints, and its example. Undefined when there is nothing to say.
 */
export function fieldDoc(field: SchemaNode, ctx: ModelFieldContext): string | undefined {
  const target = referencedSchema(field, ctx);
  const lines: string[] = [];
  const description = stringOrUndefined(field["description"]) ?? target?.description;
  if (description !== undefined) lines.push(description);
  const constraints = describeConstraints(
    toValidationSchema(ctx.document, field, "", []),
    "response",
  );
  if (constraints !== "") lines.push(constraints);
  // A whole object as an example is noise on a field's hover; its own fields carry theirs.
  const example = exampleOf(field, target?.schema);
  if (example !== undefined && !holdsObject(example))
    lines.push(`@example ${tsLiteral(example, true)}`);
  return lines.length > 0 ? docText(lines.join("\n\n")) : undefined;
}

/** The component a field refers to, directly or as the items of an array. */
function referencedSchema(field: SchemaNode, ctx: ModelFieldContext): NamedSchemaModel | undefined {
  const name = componentSchemaName(field) ?? componentSchemaName(field["items"]);
  return name === undefined ? undefined : ctx.schemas.get(name);
}

function holdsObject(value: unknown): boolean {
  return Array.isArray(value)
    ? value.some(holdsObject)
    : value !== null && typeof value === "object";
}
