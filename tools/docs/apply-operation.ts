/**
 * A page whose method + path the spec lacks becomes a new operation: `spec/paths/<operationId>.yaml`
 * (or a new method in the existing path item file), its body and response schemas in
 * `spec/components/schemas/`, all registered in `spec/openapi.yaml`.
 */
import path from "node:path";
import { descriptionOf, objectFor } from "./page-schema.js";
import type { PageModel } from "./model.js";
import { listOperations, isJson, type SpecFiles } from "./spec-index.js";

/** Shared error responses every operation references (spec/components/responses). */
const SHARED: Record<string, string> = {
  "401": "SignError",
  "429": "RateLimited",
  "500": "SystemError",
};

function pascal(words: readonly string[]): string {
  return words
    .flatMap((w) => w.split(/[^A-Za-z0-9]+/))
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** `POST /v3/marketing/favor/stocks/{stock_id}/modify-merchants` → `postStocksModifyMerchants`. */
export function deriveOperationId(method: string, p: string, taken: ReadonlySet<string>): string {
  const segments = p
    .replace(/^\/v3\/(marketing\/favor\/)?/, "")
    .split("/")
    .filter((s) => s !== "" && !s.startsWith("{"));
  const base = method.toLowerCase() + pascal(segments.length > 0 ? segments : ["root"]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  return id;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Writes the page as a new operation (files and registrations) and returns its operationId. */
export function createOperation(files: SpecFiles, page: PageModel): string {
  const operations = listOperations(files);
  const id = deriveOperationId(
    page.method,
    page.path,
    new Set(operations.map((o) => o.operationId)),
  );
  const { tags, security } = neighbourDefaults(operations, page);
  const name = pascal([id]);
  const params = parametersOf(page);
  const hasBody = page.fields.some((f) => f.location === "body");
  const schemaFiles = schemaFilesOf(page, id, name, hasBody);
  const operation: Record<string, unknown> = {
    operationId: id,
    tags,
    summary: page.title ?? id,
    description: `${page.title ?? id}。Added by docs:apply from ${path.basename(page.file)}${page.updated ? ` (page updated ${page.updated})` : ""}; review the wording.`,
    ...(page.rateLimits
      ? { "x-wechatpay-rate-limits": page.rateLimits.limits.map((l) => ({ ...l })) }
      : {}),
    ...(page.idempotent?.value ? { "x-wechatpay-idempotent": true } : {}),
    security,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(hasBody
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: `../components/schemas/${name}Body.yaml` } },
            },
          },
        }
      : {}),
    responses: responsesOf(page, name),
  };
  writeOperation(files, operations, page, id, operation, schemaFiles);
  return id;
}

type Operations = ReturnType<typeof listOperations>;

/** Tags and security copied from the operation whose path shares the longest prefix with the page's. */
function neighbourDefaults(
  operations: Operations,
  page: PageModel,
): { tags: unknown; security: unknown } {
  const nearest = [...operations].sort(
    (a, b) => commonPrefix(b.path, page.path) - commonPrefix(a.path, page.path),
  )[0];
  return {
    tags: nearest && Array.isArray(nearest.node["tags"]) ? nearest.node["tags"] : ["stocks"],
    security: nearest?.node["security"] ?? [{ WechatPayAuthorization: [], WechatPaySerial: [] }],
  };
}

/** The page's top-level path and query fields as OpenAPI parameters. */
function parametersOf(page: PageModel): Record<string, unknown>[] {
  return page.fields
    .filter((f) => (f.location === "path" || f.location === "query") && f.parent === null)
    .map((f) => {
      const schema = objectFor(page, null, f.location, true);
      const own = (schema["properties"] as Record<string, Record<string, unknown>>)[f.name]!;
      delete own["description"];
      return {
        name: f.name,
        in: f.location,
        required: f.location === "path" ? true : f.required === true,
        description: descriptionOf(f),
        schema: own,
      };
    });
}

/** `<Name>Body` (when the page has body fields) and `<Name>Response`, each for its own schema file. */
function schemaFilesOf(
  page: PageModel,
  id: string,
  name: string,
  hasBody: boolean,
): [string, Record<string, unknown>][] {
  const schemaFiles: [string, Record<string, unknown>][] = [];
  if (hasBody)
    schemaFiles.push([
      `${name}Body`,
      {
        title: `${name}Body`,
        description: `${page.title ?? id} 请求体。Request body of ${id} (added by docs:apply).`,
        ...objectFor(page, null, "body", true),
      },
    ]);
  schemaFiles.push([
    `${name}Response`,
    {
      title: `${name}Response`,
      description: `${page.title ?? id} 应答。Response of ${id} (added by docs:apply).`,
      ...objectFor(page, null, "response", false),
    },
  ]);
  return schemaFiles;
}

/**
 * 200 with the response schema, one error response per status in the page's error-code table
 * (always 400), the shared error responses by reference.
 */
function responsesOf(page: PageModel, name: string): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    "200": {
      description: `成功。Success (added by docs:apply from the docs page).`,
      content: {
        "application/json": { schema: { $ref: `../components/schemas/${name}Response.yaml` } },
      },
    },
  };
  const statuses = new Map<number, { code: string; description: string }[]>();
  for (const e of page.errorCodes) {
    const list = statuses.get(e.status) ?? [];
    if (!list.some((x) => x.code === e.code))
      list.push({ code: e.code, description: e.description || e.code });
    statuses.set(e.status, list);
  }
  if (!statuses.has(400)) statuses.set(400, []);
  for (const [status, codes] of [...statuses].sort((a, b) => a[0] - b[0])) {
    const shared = SHARED[String(status)];
    responses[String(status)] = shared
      ? { $ref: `../components/responses/${shared}.yaml` }
      : {
          description: `错误 ${status}（文档错误码表）。Error ${status} as listed on the docs page.`,
          content: {
            "application/json": { schema: { $ref: "../components/schemas/ErrorResponse.yaml" } },
          },
          ...(codes.length > 0 ? { "x-wechatpay-error-codes": codes } : {}),
        };
  }
  for (const status of Object.keys(SHARED))
    responses[status] ??= { $ref: `../components/responses/${SHARED[status]}.yaml` };
  return responses;
}

/**
 * The operation goes into the existing path item file when the path is known, else into a new
 * `paths/<id>.yaml` registered in the entry file; each schema file is created and registered.
 */
function writeOperation(
  files: SpecFiles,
  operations: Operations,
  page: PageModel,
  id: string,
  operation: Record<string, unknown>,
  schemaFiles: readonly [string, Record<string, unknown>][],
): void {
  const entry = files.entry;
  const entryDoc = files.edit(entry);
  const existing = operations.find((o) => o.path === page.path);
  if (existing) {
    const doc = files.edit(existing.at.file);
    doc.setIn(
      [...existing.at.path.slice(0, -1), page.method.toLowerCase()],
      doc.createNode(operation),
    );
  } else {
    files.create(path.join(files.root, "paths", `${id}.yaml`), {
      [page.method.toLowerCase()]: operation,
    });
    entryDoc.setIn(["paths", page.path], entryDoc.createNode({ $ref: `./paths/${id}.yaml` }));
  }
  for (const [schemaName, schema] of schemaFiles) {
    files.create(path.join(files.root, "components", "schemas", `${schemaName}.yaml`), schema);
    const components = files.value({ file: entry, path: ["components", "schemas"] });
    if (!isJson(components) || !(schemaName in components))
      entryDoc.setIn(
        ["components", "schemas", schemaName],
        entryDoc.createNode({ $ref: `./components/schemas/${schemaName}.yaml` }),
      );
  }
}
