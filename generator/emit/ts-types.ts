import { componentSchemaName, isRecord } from "../walk/json.js";
import type { SchemaNode } from "../model/types.js";
import { propertyKey } from "./literal.js";

/** Named types a piece of emitted code refers to, so the file can import exactly those. */
export class TypeImports {
  readonly models = new Set<string>();
  readonly enums = new Set<string>();
  /** Types from the runtime's public entry (e.g. `UploadFile`). */
  readonly runtime = new Set<string>();
  constructor(private readonly enumNames: ReadonlySet<string>) {}

  use(name: string): string {
    (this.enumNames.has(name) ? this.enums : this.models).add(name);
    return name;
  }

  useRuntime(name: string): string {
    this.runtime.add(name);
    return name;
  }
}

export interface TsTypeOptions {
  /** Request side: `date-time` strings also accept a `Date` (the runtime converts it). */
  readonly acceptDate: boolean;
  /** A named schema to write out in place instead of by name (undefined: use the name). */
  readonly expandNamed?: (name: string) => SchemaNode | undefined;
  /** Names being written out around this node: a recursive schema is named the second time. */
  readonly expanding?: readonly string[];
}

/**
 * TypeScript type text for a field schema. Named components print as their name (an interface
 * in models.ts or an enum in enums.ts) so hovers show `StockRule`, not an indexed-access chain.
 */
export function tsType(schema: SchemaNode, imports: TypeImports, options: TsTypeOptions): string {
  const name = componentSchemaName(schema);
  if (name !== undefined) {
    const expanding = options.expanding ?? [];
    const expanded = expanding.includes(name) ? undefined : options.expandNamed?.(name);
    if (expanded === undefined) return imports.use(name);
    return tsType(expanded, imports, { ...options, expanding: [...expanding, name] });
  }
  const values = "const" in schema ? [schema["const"]] : schema["enum"];
  if (Array.isArray(values) && values.length > 0)
    return values.map((v) => JSON.stringify(v)).join(" | ");
  switch (schema["type"]) {
    case "string":
      if (
        schema["format"] === "binary" ||
        (typeof schema["contentMediaType"] === "string" &&
          !schema["contentMediaType"].includes("json"))
      )
        // Whatever the runtime reads as a file (one exported type, so the two cannot drift).
        return imports.useRuntime("UploadFile");
      return schema["format"] === "date-time" && options.acceptDate ? "string | Date" : "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const item = isRecord(schema["items"])
        ? tsType(schema["items"], imports, options)
        : "unknown";
      return `${/[|&]/.test(item) ? `(${item})` : item}[]`;
    }
    case "object": {
      const properties = isRecord(schema["properties"]) ? schema["properties"] : undefined;
      if (!properties) return "Record<string, unknown>";
      const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
      const members = Object.keys(properties)
        .sort()
        .map((key) => {
          const child = properties[key];
          return `${propertyKey(key)}${required.has(key) ? "" : "?"}: ${isRecord(child) ? tsType(child, imports, options) : "unknown"}`;
        });
      return `{ ${members.join("; ")} }`;
    }
    default:
      return "unknown";
  }
}
