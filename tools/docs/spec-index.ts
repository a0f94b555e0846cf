/**
 * The spec as the docs tools need it: every YAML file parsed once with yaml's Document API (so
 * apply.ts can edit in place), operations found by method + path, and each operation's fields
 * flattened to wire paths with the file and node path where each one is written.
 */
import fs from "node:fs";
import path from "node:path";
import { Document, isMap, isSeq, parseDocument } from "yaml";
import type { FieldLocation } from "./model.js";

/** A node inside one spec file. */
export interface NodeRef {
  readonly file: string;
  readonly path: readonly (string | number)[];
}

export type Json = Record<string, unknown>;

export interface SpecField {
  readonly path: string;
  readonly name: string;
  readonly parent: string | null;
  readonly location: FieldLocation;
  readonly required: boolean;
  /** Where the property / parameter is written (a `$ref` sibling goes here). */
  readonly holder: NodeRef;
  /** The schema after following `$ref`s. */
  readonly schema: Json;
  readonly schemaAt: NodeRef;
  /** Array items, after following `$ref`s. */
  readonly items: { readonly schema: Json; readonly at: NodeRef } | null;
  /** The object schema whose `properties` hold this field (null for parameters). */
  readonly parentAt: NodeRef | null;
  /** Deviations acknowledged on this field (`x-wechatpay-doc-deviation`). */
  readonly deviations: Json;
}

export interface SpecOperation {
  /** `webhook`: a notification WeChat Pay sends (spec `webhooks:`); method POST, path `webhook:<name>`. */
  readonly kind: "operation" | "webhook";
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly at: NodeRef;
  readonly node: Json;
  readonly fields: SpecField[];
  /** Object schema of the JSON request body / 200 response, when there is one. */
  readonly bodyAt: NodeRef | null;
  readonly responseAt: NodeRef | null;
  /** A webhook's decrypted resource (the `contentSchema` of its ciphertext). */
  readonly resourceAt: NodeRef | null;
  /** Documented error codes per status; `shared` when the response is a `$ref` to a shared one. */
  readonly errorCodes: Map<string, { codes: string[]; shared: boolean; at: NodeRef }>;
}

export const DEVIATION = "x-wechatpay-doc-deviation";

export class SpecFiles {
  private readonly docs = new Map<string, { text: string; doc: Document }>();
  readonly touched = new Set<string>();
  constructor(readonly entry: string) {}

  get root(): string {
    return path.dirname(this.entry);
  }

  doc(file: string): Document {
    let hit = this.docs.get(file);
    if (!hit) {
      const text = fs.readFileSync(file, "utf8");
      const doc = parseDocument(text);
      if (doc.errors.length > 0) {
        const e = doc.errors[0]!;
        const at = e.linePos?.[0];
        throw new SpecEditError(
          `${file}${at ? `:${at.line}:${at.col}` : ""}: the spec does not parse: ${e.message.split("\n")[0]}`,
        );
      }
      hit = { text, doc };
      this.docs.set(file, hit);
    }
    return hit.doc;
  }

  original(file: string): string {
    this.doc(file);
    return this.docs.get(file)!.text;
  }

  /** Plain JS value at a node (undefined when absent). */
  value(at: NodeRef): unknown {
    const doc = this.doc(at.file);
    const node = at.path.length === 0 ? doc.contents : doc.getIn(at.path, true);
    if (node === undefined || node === null) return undefined;
    return typeof node === "object" && "toJSON" in node
      ? (node as { toJSON(): unknown }).toJSON()
      : node;
  }

  isCollection(at: NodeRef): boolean {
    const doc = this.doc(at.file);
    const node = at.path.length === 0 ? doc.contents : doc.getIn(at.path, true);
    return isMap(node) || isSeq(node);
  }

  /** Follows `$ref`s (relative file + optional JSON pointer) to the node they point at. */
  resolve(at: NodeRef, depth = 0): { at: NodeRef; value: Json } {
    const value = this.value(at);
    if (!isJson(value)) return { at, value: {} };
    const ref = value["$ref"];
    if (typeof ref !== "string" || depth > 20) return { at, value };
    const [rel, pointer = ""] = ref.split("#");
    const file = rel ? path.resolve(path.dirname(at.file), rel) : at.file;
    const parts = pointer
      .split("/")
      .filter((p) => p !== "")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    return this.resolve({ file, path: parts }, depth + 1);
  }

  /**
   * Marks a file as edited. Refuses a file yaml would not print back byte for byte: editing it
   * would reformat parts nobody asked to change.
   */
  edit(file: string): Document {
    const doc = this.doc(file);
    if (!this.touched.has(file) && !this.created.has(file)) {
      const text = this.original(file);
      if (print(parseDocument(text)) !== text)
        throw new SpecEditError(
          `${file}: yaml would reformat this file when writing it; make the change by hand`,
        );
    }
    this.touched.add(file);
    return doc;
  }

  readonly created = new Set<string>();
  private readonly claims = new Map<string, { value: unknown; by: string }>();

  /**
   * Records that page `by` sets `key` at `at` to `value`. Returns why not, when another page of the
   * same run already set that shared node to something else (the first page's value stays).
   */
  claim(at: NodeRef, key: string, value: unknown, by: string): string | null {
    const id = JSON.stringify([at.file, at.path, key]);
    const prior = this.claims.get(id);
    if (prior && prior.by !== by && JSON.stringify(prior.value) !== JSON.stringify(value))
      return `${prior.by} set the same (shared) ${key} to ${JSON.stringify(prior.value)} in this run; decide by hand`;
    this.claims.set(id, { value, by });
    return null;
  }

  /** A new spec file (written by write()). */
  create(file: string, value: unknown): void {
    if (fs.existsSync(file) || this.docs.has(file))
      throw new SpecEditError(`${file} already exists; not overwriting it`);
    const doc = new Document(value);
    this.docs.set(file, { text: "", doc });
    this.created.add(file);
    this.touched.add(file);
  }

  exists(file: string): boolean {
    return this.docs.has(file) || fs.existsSync(file);
  }

  /** Writes every file whose text changed; returns their paths. */
  write(): string[] {
    const written: string[] = [];
    for (const file of [...this.touched].sort()) {
      const text = print(this.doc(file));
      if (!this.created.has(file) && text === this.original(file)) continue;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      written.push(file);
    }
    return written;
  }
}

/** The spec cannot be edited safely (a file would be reformatted or overwritten). */
export class SpecEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpecEditError";
  }
}

/** Printing options under which every file of spec/ prints back byte for byte. */
export function print(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function isJson(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const METHODS = ["get", "post", "put", "patch", "delete"];

export function listOperations(files: SpecFiles): SpecOperation[] {
  const entry = files.value({ file: files.entry, path: [] });
  const paths = isJson(entry) && isJson(entry["paths"]) ? entry["paths"] : {};
  const out: SpecOperation[] = [];
  for (const p of Object.keys(paths)) {
    const item = files.resolve({ file: files.entry, path: ["paths", p] });
    for (const method of METHODS) {
      const node = item.value[method];
      if (!isJson(node)) continue;
      const at: NodeRef = { file: item.at.file, path: [...item.at.path, method] };
      out.push(buildOperation(files, p, method.toUpperCase(), at, node));
    }
  }
  const hooks = isJson(entry) && isJson(entry["webhooks"]) ? entry["webhooks"] : {};
  for (const name of Object.keys(hooks)) {
    const item = files.resolve({ file: files.entry, path: ["webhooks", name] });
    const node = item.value["post"];
    if (!isJson(node)) continue;
    const at: NodeRef = { file: item.at.file, path: [...item.at.path, "post"] };
    out.push({ ...buildOperation(files, `webhook:${name}`, "POST", at, node), kind: "webhook" });
  }
  return out;
}

/** The decrypted resource of a notification: the `contentSchema` of an encrypted body field. */
function walkResource(files: SpecFiles, fields: SpecField[]): NodeRef | null {
  for (const f of fields) {
    if (f.location !== "body" || f.schema["contentSchema"] === undefined) continue;
    return walkSchemaAt(
      files,
      { file: f.schemaAt.file, path: [...f.schemaAt.path, "contentSchema"] },
      "resource",
      fields,
    );
  }
  return null;
}

/** Fields in page order: parameters, then the request body's, then the 200 response's. */
function buildOperation(
  files: SpecFiles,
  p: string,
  method: string,
  at: NodeRef,
  node: Json,
): SpecOperation {
  const fields = parameterFields(files, at, node);
  // The image upload's body is multipart: its parts are the page's body fields.
  const jsonBody = bodySchemaRef(at, "application/json");
  const bodyAt = walkSchemaAt(
    files,
    files.value(jsonBody) !== undefined ? jsonBody : bodySchemaRef(at, "multipart/form-data"),
    "body",
    fields,
  );
  const ok = files.resolve({ file: at.file, path: [...at.path, "responses", "200"] });
  const okSchema: NodeRef = {
    file: ok.at.file,
    path: [...ok.at.path, "content", "application/json", "schema"],
  };
  const responseAt = walkSchemaAt(files, okSchema, "response", fields);
  const resourceAt = walkResource(files, fields);
  return {
    kind: "operation",
    resourceAt,
    errorCodes: errorCodesOf(files, at, node),
    operationId: String(node["operationId"] ?? ""),
    method,
    path: p,
    at,
    node,
    fields,
    bodyAt,
    responseAt,
  };
}

function parameterFields(files: SpecFiles, at: NodeRef, node: Json): SpecField[] {
  const fields: SpecField[] = [];
  const params = Array.isArray(node["parameters"]) ? node["parameters"] : [];
  params.forEach((_, i) => {
    const param = files.resolve({ file: at.file, path: [...at.path, "parameters", i] });
    const name = param.value["name"];
    const loc = param.value["in"];
    if (typeof name !== "string" || (loc !== "path" && loc !== "query" && loc !== "header")) return;
    const schema = files.resolve({ file: param.at.file, path: [...param.at.path, "schema"] });
    fields.push({
      path: name,
      name,
      parent: null,
      location: loc,
      required: param.value["required"] === true,
      holder: param.at,
      schema: schema.value,
      schemaAt: schema.at,
      items: itemsOf(files, schema),
      parentAt: null,
      deviations: deviationsOf(param.value),
    });
  });
  return fields;
}

function bodySchemaRef(at: NodeRef, media: string): NodeRef {
  return { file: at.file, path: [...at.path, "requestBody", "content", media, "schema"] };
}

/** Walks the schema at `ref` when there is one; returns where it resolved to (null: none). */
function walkSchemaAt(
  files: SpecFiles,
  ref: NodeRef,
  location: FieldLocation,
  fields: SpecField[],
): NodeRef | null {
  if (files.value(ref) === undefined) return null;
  const schema = files.resolve(ref);
  walk(files, schema, null, location, fields, 0);
  return schema.at;
}

/** Error codes per non-2xx status; a `$ref`'d (shared) response lists the whole family's. */
function errorCodesOf(files: SpecFiles, at: NodeRef, node: Json): SpecOperation["errorCodes"] {
  const errorCodes: SpecOperation["errorCodes"] = new Map();
  const responses = isJson(node["responses"]) ? node["responses"] : {};
  for (const [status, response] of Object.entries(responses)) {
    if (!isJson(response) || status.startsWith("2")) continue;
    const resolved = files.resolve({ file: at.file, path: [...at.path, "responses", status] });
    const list = resolved.value["x-wechatpay-error-codes"];
    const codes = Array.isArray(list) ? list.filter(isJson).map((e) => String(e["code"])) : [];
    errorCodes.set(status, {
      codes,
      shared: typeof response["$ref"] === "string",
      at: resolved.at,
    });
  }
  return errorCodes;
}

function itemsOf(files: SpecFiles, schema: { at: NodeRef; value: Json }): SpecField["items"] {
  if (schema.value["items"] === undefined) return null;
  const items = files.resolve({ file: schema.at.file, path: [...schema.at.path, "items"] });
  return { schema: items.value, at: items.at };
}

function deviationsOf(...nodes: Json[]): Json {
  const out: Json = {};
  for (const n of nodes) if (isJson(n[DEVIATION])) Object.assign(out, n[DEVIATION]);
  return out;
}

function walk(
  files: SpecFiles,
  object: { at: NodeRef; value: Json },
  prefix: string | null,
  location: FieldLocation,
  out: SpecField[],
  depth: number,
): void {
  if (depth > 12) return;
  const props = object.value["properties"];
  if (!isJson(props)) return;
  const required = Array.isArray(object.value["required"]) ? object.value["required"] : [];
  for (const name of Object.keys(props)) {
    const holder: NodeRef = { file: object.at.file, path: [...object.at.path, "properties", name] };
    const schema = files.resolve(holder);
    const holderValue = files.value(holder);
    const fieldPath = prefix === null ? name : `${prefix}.${name}`;
    const items = itemsOf(files, schema);
    out.push({
      path: fieldPath,
      name,
      parent: prefix,
      location,
      required: required.includes(name),
      holder,
      schema: schema.value,
      schemaAt: schema.at,
      items,
      parentAt: object.at,
      deviations: deviationsOf(isJson(holderValue) ? holderValue : {}, schema.value),
    });
    if (isJson(schema.value["properties"]))
      walk(files, schema, fieldPath, location, out, depth + 1);
    else if (items && isJson(items.schema["properties"]))
      walk(
        files,
        { at: items.at, value: items.schema },
        `${fieldPath}[]`,
        location,
        out,
        depth + 1,
      );
  }
}

/** JSON type of a spec schema (an enum without `type` is a string). */
export function specType(schema: Json): string | null {
  if (typeof schema["type"] === "string") return schema["type"];
  if (Array.isArray(schema["enum"])) return "string";
  if (isJson(schema["properties"])) return "object";
  return null;
}
