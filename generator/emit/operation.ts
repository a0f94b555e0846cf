import {
  StructureKind,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from "ts-morph";
import type {
  ErrorResponseModel,
  OperationModel,
  ParamModel,
  RateLimit,
  SchemaNode,
} from "../model/types.js";
import { iteratorName, operationMetaName, paramsTypeName } from "../naming.js";
import { tsHeader } from "./header.js";
import { holdsDateTime } from "./date-fields.js";
import { describeConstraints, docText } from "./jsdoc.js";
import { propertyKey, tsLiteral } from "./literal.js";
import type { TsPrinter } from "./project.js";
import { DEFAULT_RUNTIME, runtimeSpecifier } from "./runtime-import.js";
import { TypeImports, tsType } from "./ts-types.js";

/** What an operation file needs beyond its operation; every member has this repository's default. */
export interface OperationEmitContext {
  /** `generate --runtime`: the runtime's module specifier, relative paths from the output folder. */
  readonly runtime?: string;
  /**
   * Named schemas by name: a request field whose named type holds a `date-time` at any depth is
   * written out, so those nested fields accept a `Date` too (the runtime converts every Date).
   */
  readonly components?: ReadonlyMap<string, SchemaNode>;
}

/** Names of the success body type: a component name, or `void` when the spec gives no body. */
export function resultTypeName(op: OperationModel): string {
  return op.successSchemaName ?? "void";
}

/**
 * `generated/operations/<operationId>.ts`: the flat params interface and one function that hands
 * the params and the operation's metadata to `client.request`, plus `iterate<Op>` for the
 * page-indexed list operations.
 */
export function emitOperation(
  printer: TsPrinter,
  op: OperationModel,
  enumNames: ReadonlySet<string>,
  context: OperationEmitContext = {},
): string {
  const imports = new TypeImports(enumNames);
  const components = context.components ?? new Map<string, SchemaNode>();
  const paramsName = paramsTypeName(op.id);
  const result = op.successSchemaName !== undefined ? imports.use(op.successSchemaName) : "void";
  const properties = op.params.map((p) => ({
    name: propertyKey(p.name),
    type: tsType(p.schema, imports, {
      acceptDate: true,
      expandNamed: (name) => (holdsDateTime(name, components) ? components.get(name) : undefined),
    }),
    hasQuestionToken: !p.required || p.clientDefault !== undefined,
    docs: [{ description: fieldDoc(p) }],
  }));
  const itemType = op.pagination
    ? tsType(op.pagination.itemSchema, imports, { acceptDate: false })
    : undefined;
  // Nothing the caller must pass (no params, or only optional/client-filled ones): `params` may be left out.
  const paramsOptional = properties.every((p) => p.hasQuestionToken);
  // Built after the types above, which record the names the imports must bring in.
  const statements: (StatementStructures | string)[] = [
    ...importStatements(
      op,
      imports,
      itemType !== undefined,
      runtimeSpecifier(context.runtime ?? DEFAULT_RUNTIME, "operations"),
    ),
    paramsStatement(op, paramsName, properties),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: op.id,
      docs: [{ description: operationDoc(op) }],
      parameters: [
        { name: "client", type: "WechatPayClient" },
        paramsOptional
          ? { name: "params", type: paramsName, initializer: "{}" }
          : { name: "params", type: paramsName },
        { name: "options", type: "RequestOptions", hasQuestionToken: true },
      ],
      returnType: `Promise<${result}>`,
      statements: [
        `return client.request<${result}>(${operationMetaName(op.id)}, params, options);`,
      ],
    },
    withResponseStatement(op, paramsName, paramsOptional, result),
  ];
  if (itemType !== undefined) statements.push(iteratorStatement(op, paramsName, itemType));
  return printer.print(`operations/${op.id}.ts`, tsHeader(), statements);
}

/** The runtime types, `paginate` for list operations, and the enums/models the file names. */
function importStatements(
  op: OperationModel,
  imports: TypeImports,
  paginated: boolean,
  runtime: string,
): StatementStructures[] {
  const runtimeTypes = [
    ...new Set(["RawResponse", "RequestOptions", "WechatPayClient", ...imports.runtime]),
  ].sort();
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: runtime,
      namedImports: runtimeTypes,
    },
  ];
  if (paginated)
    statements.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtime,
      namedImports: ["paginate"],
    });
  for (const [names, moduleSpecifier] of [
    [imports.enums, "../enums.js"],
    [imports.models, "../models.js"],
  ] as const)
    if (names.size > 0)
      statements.push({
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier,
        namedImports: [...names].sort(),
      });
  statements.push({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: "../metadata.js",
    namedImports: [operationMetaName(op.id)],
  });
  return statements;
}

/** `<Op>Params`: the flat params interface, or `Record<string, never>` when there are none. */
function paramsStatement(
  op: OperationModel,
  paramsName: string,
  properties: OptionalKind<PropertySignatureStructure>[],
): StatementStructures {
  if (properties.length === 0)
    return {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: paramsName,
      type: "Record<string, never>",
      docs: [{ description: `{@link ${op.id}} takes no parameters.` }],
    };
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: paramsName,
    properties,
    docs: [
      {
        description: `Parameters of {@link ${op.id}}: path, query and body fields in one flat object (the runtime knows where each goes).`,
      },
    ],
  };
}

/** `iterate<Op>(client, params)`: every item of a page-indexed list operation. */
function iteratorStatement(
  op: OperationModel,
  paramsName: string,
  itemType: string,
): StatementStructures {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: iteratorName(op.id),
    docs: [
      {
        description: docText(
          `Iterates every item of {@link ${op.id}}, page by page.\n\n\`offset\` is a page INDEX (0, 1, 2, …), not a row offset; iteration stops once \`total_count\` items were seen or a page comes back empty.\n\n@example\n\`\`\`ts\nfor await (const item of ${iteratorName(op.id)}(client, ${exampleLiteral(callerRequired(op).filter((p) => p.name !== "offset"))})) {\n  console.log(item);\n}\n\`\`\``,
        ),
      },
    ],
    parameters: [
      { name: "client", type: "WechatPayClient" },
      { name: "params", type: `Omit<${paramsName}, "offset">` },
      { name: "options", type: "RequestOptions", hasQuestionToken: true },
    ],
    returnType: `AsyncIterableIterator<${itemType}>`,
    statements: [
      `return paginate<${itemType}>(client, ${operationMetaName(op.id)}, params, options);`,
    ],
  };
}

/**
 * `<op>.withResponse(client, params, options)`: the same call returning `{ data, status, headers,
 * requestId }`, typed from the spec. An expando property keeps one import per operation and lets
 * a bundler drop it with the operation's module; TypeScript declares it as a namespace member.
 */
function withResponseStatement(
  op: OperationModel,
  paramsName: string,
  paramsOptional: boolean,
  result: string,
): string {
  const doc = docText(
    `{@link ${op.id}} with the HTTP status, the response headers and the \`Request-ID\` (quote it to WeChat Pay support): resolves to \`{ data, status, headers, requestId }\`.\n\n@example\n\`\`\`ts\nconst { data, requestId } = await ${op.id}.withResponse(client, ${exampleLiteral(callerRequired(op))});\n\`\`\``,
  );
  return [
    `/**\n${doc
      .split("\n")
      .map((line) => ` *${line === "" ? "" : ` ${line}`}`)
      .join("\n")}\n */`,
    `${op.id}.withResponse = function ${op.id}WithResponse(client: WechatPayClient, params: ${paramsName}${paramsOptional ? " = {}" : ""}, options?: RequestOptions): Promise<RawResponse<${result}>> {`,
    `  return client.requestRaw<${result}>(${operationMetaName(op.id)}, params, options);`,
    "};",
  ].join("\n");
}

function fieldDoc(p: ParamModel): string {
  const lines: string[] = [];
  if (p.description) lines.push(p.description);
  const constraints = describeConstraints(p.validation);
  const presence =
    p.clientDefault !== undefined
      ? `optional: defaults to the client's ${p.clientDefault} (\`new WechatPayClient({ ${p.clientDefault} })\`); a value passed is sent as given`
      : p.required
        ? "required"
        : "optional";
  lines.push(`${p.in} · ${presence}${constraints ? ` · ${constraints}` : ""}`);
  if (p.example !== undefined) lines.push(`@example ${tsLiteral(p.example, true)}`);
  return docText(lines.join("\n\n"));
}

function operationDoc(op: OperationModel): string {
  const parts: string[] = [];
  if (op.summary) parts.push(op.summary);
  if (op.description) parts.push(op.description);
  parts.push(`\`${op.method} ${op.path}\``);
  if (op.rateLimits.length > 0)
    parts.push(`Rate limits: ${op.rateLimits.map(rateLimitText).join("; ")}.`);
  if (op.method === "GET") parts.push("Retry: safe (read-only).");
  else if (op.idempotent)
    parts.push(
      `Idempotent: safe to retry${op.idempotencyKey ? `; replays with the same \`${op.idempotencyKey}\` return the original result` : ""}.`,
    );
  else parts.push("Not idempotent: not retried automatically once it may have reached the server.");
  if (op.unsignedResponse)
    parts.push(
      "The 2xx response carries no WeChat Pay signature (documented), so it is not verified.",
    );
  if (op.multipart)
    parts.push(
      `Sent as multipart/form-data: part \`${op.multipart.metaPart}\` (JSON, signed; the runtime adds the file's SHA-256) and part \`${op.multipart.filePart}\`.`,
    );
  if (op.experimental)
    parts.push(
      "Experimental: low-confidence operation (single weak source); its contract may change.",
    );
  const errorLines = op.errors.filter((e) => e.shared === undefined).flatMap(errorLinesOf);
  const sharedStatuses = [
    ...new Set(op.errors.filter((e) => e.shared !== undefined).map((e) => e.status)),
  ];
  if (sharedStatuses.length > 0)
    errorLines.push(
      `- ${sharedStatuses.join(", ")}: shared errors, documented once: see {@link SHARED_ERRORS} (exported with the operations; listed in API.md).`,
    );
  if (errorLines.length > 0) parts.push(`Errors:\n${errorLines.join("\n")}`);
  parts.push(
    `@example\n\`\`\`ts\nconst result = await ${op.id}(client, ${exampleLiteral(callerRequired(op))});\n\`\`\``,
  );
  return docText(parts.join("\n\n"));
}

/** `- 400 \`PARAM_ERROR\`: …` per documented code, or one line for a status without codes. */
export function errorLinesOf(e: ErrorResponseModel): string[] {
  return e.codes.length > 0
    ? e.codes.map((c) => `- ${e.status} \`${c.code}\`${c.description ? `: ${c.description}` : ""}`)
    : [`- ${e.status}${e.description ? `: ${e.description}` : ""}`];
}

/** The params a caller must pass: required ones the client does not fill itself. */
function callerRequired(op: OperationModel): ParamModel[] {
  return op.params.filter((p) => p.required && p.clientDefault === undefined);
}

function rateLimitText(r: RateLimit): string {
  const scope =
    r.scope === "all" ? "across all callers" : r.scope === "ip" ? "per source IP" : "per merchant";
  return `${r.limit}/${r.per} ${scope}`;
}

/** The example call's params: spec examples where given, else a placeholder of the right type. */
function exampleLiteral(params: readonly ParamModel[]): string {
  if (params.length === 0) return "{}";
  // A file part reads as a file read (Node's Buffer is a Uint8Array), named after the example filename.
  const filename = params.find(
    (p) => p.name === "filename" && typeof p.example === "string",
  )?.example;
  const entries = params.map(
    (p) =>
      `${propertyKey(p.name)}: ${p.validation.type === "binary" ? `await readFile(${JSON.stringify(filename ?? "image.png")})` : tsLiteral(p.example ?? placeholder(p), true)}`,
  );
  return `{ ${entries.join(", ")} }`;
}

function placeholder(p: ParamModel): unknown {
  switch (p.validation.type) {
    case "string":
      return (
        p.validation.enum?.[0] ??
        (p.validation.format === "date-time" ? "2026-01-01T00:00:00+08:00" : `<${p.name}>`)
      );
    case "integer":
    case "number":
      return p.validation.minimum ?? 0;
    case "boolean":
      return false;
    case "array":
      return [];
    default:
      return {};
  }
}
