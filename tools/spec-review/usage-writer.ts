/**
 * `npm run usage:write` — writes `test/usage/<operationId>.ts`: one typed call of every generated
 * (non-experimental) operation, as a careful caller would write it: every request field set,
 * the response read through an explicit shape, every enum constant it touches referenced.
 *
 * The files are snapshots of how callers use today's client. They are committed, and the usage
 * check compiles the BASE ref's copies against the CURRENT generated client, so a spec change that
 * breaks such a call shows up as a compile error. Rewrite them (this script) whenever the spec
 * changes: test/review/usage-files.test.ts fails (so `npm test` fails) when they differ from what
 * this script writes today.
 */
import fs from "node:fs";
import path from "node:path";
import { format } from "prettier";
import {
  componentSchemaName,
  deref,
  isRecord,
  iteratorName,
  pascalCase,
  listRawOperations,
  loadCheckedSpec,
  successResponseOf,
  type Json,
  type LoadedSpec,
  type OperationModel,
} from "../../generator/index.js";

const MAX_DEPTH = 12;

interface Writer {
  readonly spec: LoadedSpec;
  /** Enum component name → const object keys, for the enums the generator emits. */
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** Enum components the current operation touches (their constants get referenced). */
  readonly touched: Set<string>;
}

function resolved(w: Writer, schema: Json): { node: Json; names: string[] } {
  const names: string[] = [];
  let current: Json = schema;
  for (let i = 0; i < 32; i++) {
    const name = componentSchemaName(current);
    if (name === undefined) break;
    names.push(name);
    if (w.enums.has(name)) w.touched.add(name);
    const next = deref(w.spec.document, current, "")?.node;
    if (!next || next === current) break;
    current = next;
  }
  if (typeof current["$ref"] === "string")
    current = deref(w.spec.document, current, "")?.node ?? {};
  return { node: current, names };
}

/** A TypeScript expression a caller would pass for this field (example values where the spec has them). */
function valueFor(w: Writer, schema: Json, depth: number, ownExample?: unknown): string {
  const { node } = resolved(w, schema);
  const example =
    ownExample ?? (Array.isArray(node["examples"]) ? node["examples"][0] : node["example"]);
  if (node["format"] === "binary" || node["contentMediaType"] !== undefined)
    return "new Uint8Array([0xff, 0xd8, 0xff, 0xe0])";
  const type = node["type"];
  if (type === "object" || isRecord(node["properties"])) {
    if (depth >= MAX_DEPTH || !isRecord(node["properties"])) return "{}";
    const entries = Object.entries(node["properties"])
      .filter((entry): entry is [string, Json] => isRecord(entry[1]))
      .map(([name, child]) => `${JSON.stringify(name)}: ${valueFor(w, child, depth + 1)}`);
    return `{ ${entries.join(", ")} }`;
  }
  if (type === "array")
    return isRecord(node["items"]) ? `[${valueFor(w, node["items"], depth + 1)}]` : "[]";
  if (Array.isArray(node["enum"]) && node["enum"].length > 0)
    return JSON.stringify(
      example !== undefined && node["enum"].includes(example) ? example : node["enum"][0],
    );
  if (
    example !== undefined &&
    (typeof example === type ||
      (typeof example === "number" && (type === "integer" || type === "number")))
  )
    return JSON.stringify(example);
  if (type === "integer" || type === "number")
    return String(typeof node["minimum"] === "number" ? node["minimum"] : 1);
  if (type === "boolean") return "false";
  return JSON.stringify("x".repeat(typeof node["minLength"] === "number" ? node["minLength"] : 1));
}

/**
 * The shape a caller relies on when reading a response: required fields as non-optional, enum
 * values as plain strings (so a server adding a value is "needs attention", not a compile error).
 */
function typeFor(w: Writer, schema: Json, depth: number, seen: readonly string[]): string {
  const { node, names } = resolved(w, schema);
  if (names.some((n) => seen.includes(n)) || depth >= MAX_DEPTH) return "unknown";
  const chain = [...seen, ...names];
  const types = Array.isArray(node["type"]) ? node["type"] : [node["type"]];
  const parts = types.map((t) => {
    if (t === "null") return "null";
    if (t === "string") return "string";
    if (t === "integer" || t === "number") return "number";
    if (t === "boolean") return "boolean";
    if (t === "array")
      return isRecord(node["items"])
        ? `(${typeFor(w, node["items"], depth + 1, chain)})[]`
        : "unknown[]";
    if (t === "object" || (t === undefined && isRecord(node["properties"]))) {
      if (!isRecord(node["properties"])) return "unknown";
      const required = new Set(Array.isArray(node["required"]) ? node["required"].map(String) : []);
      const fields = Object.entries(node["properties"])
        .filter((entry): entry is [string, Json] => isRecord(entry[1]))
        .map(
          ([name, child]) =>
            `${JSON.stringify(name)}${required.has(name) ? "" : "?"}: ${typeFor(w, child, depth + 1, chain)}`,
        );
      return `{ ${fields.join("; ")} }`;
    }
    return "unknown";
  });
  return parts.join(" | ");
}

function usageFile(w: Writer, op: OperationModel): string {
  w.touched.clear();
  const fn = op.id;
  const params = op.params.map(
    (p) =>
      `${JSON.stringify(p.name)}: ${p.validation.type === "binary" ? "new Uint8Array([0xff, 0xd8, 0xff, 0xe0])" : valueFor(w, p.schema, 0, p.example)}`,
  );
  const raw = listRawOperations(w.spec.document).find((r) => r.id === op.id);
  const success = raw ? successResponseOf(w.spec.document, raw) : undefined;
  const shape = success?.schema ? typeFor(w, success.schema, 0, []) : undefined;
  const itemShape = op.pagination ? typeFor(w, op.pagination.itemSchema, 0, []) : undefined;
  const iterator = iteratorName(op.id);
  const enumRefs = [...w.touched]
    .sort()
    .flatMap((name) => (w.enums.get(name) ?? []).map((key) => `${name}.${key}`));
  const valueImports = [fn, ...(itemShape ? [iterator] : []), ...[...w.touched].sort()];
  const body = [
    `// One typed call of \`${fn}\` (${op.method} ${op.path}) as a careful caller writes it.`,
    "// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy",
    "// of this file against the current generated client: a call that stops compiling is a breaking change.",
    "// Written by `npm run usage:write`; safe to edit by hand.",
    `import { ${valueImports.join(", ")} } from "../../generated/index.js";`,
    `import type { WechatPayClient } from "../../runtime/index.js";`,
    "",
    `export async function use${pascalCase(fn)}(client: WechatPayClient): Promise<void> {`,
    `  const result = await ${fn}(client, { ${params.join(", ")} }, { timeout: 10_000 });`,
    shape ? `  const view: ${shape} = result;` : "  const view: unknown = result;",
    "  void view;",
    ...(itemShape
      ? [
          `  for await (const item of ${iterator}(client, { ${params.filter((p) => !p.startsWith('"offset"')).join(", ")} })) {`,
          `    const row: ${itemShape} = item;`,
          "    void row;",
          "    break;",
          "  }",
        ]
      : []),
    ...(enumRefs.length > 0
      ? [`  const enumValues: readonly string[] = [${enumRefs.join(", ")}];`, "  void enumValues;"]
      : []),
    "}",
    "",
  ];
  return body.join("\n");
}

export async function writeUsageFiles(specPath: string, outDir: string): Promise<string[]> {
  const { spec, model } = loadCheckedSpec(specPath, { experimental: false });
  const enums = new Map(
    model.schemas
      .filter((s) => s.enumValues)
      .map((s) => [s.name, (s.enumValues ?? []).map((v) => v.key)]),
  );
  const w: Writer = { spec, enums, touched: new Set() };
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const op of model.operations) {
    const text = await format(usageFile(w, op), {
      parser: "typescript",
      printWidth: 100,
      trailingComma: "all",
    });
    const file = path.join(outDir, `${op.id}.ts`);
    fs.writeFileSync(file, text);
    written.push(file);
  }
  return written;
}

/** `usage:write [spec] [outDir]`: writes the files and says where; exit 0, or 2 on bad arguments. */
export async function runUsageWriter(
  argv: readonly string[],
  io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void },
): Promise<number> {
  if (argv.length > 2 || argv.some((arg) => arg.startsWith("-"))) {
    io.stderr("usage: usage:write [spec/openapi.yaml] [test/usage]\n");
    return 2;
  }
  const files = await writeUsageFiles(argv[0] ?? "spec/openapi.yaml", argv[1] ?? "test/usage");
  io.stdout(
    `usage:write: ${files.length} files → ${path.relative(process.cwd(), path.dirname(files[0] ?? "test/usage/x")) || "."}/\n`,
  );
  return 0;
}
