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
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly at: NodeRef;
  readonly node: Json;
  readonly fields: SpecField[];
  /** Object schema of the JSON request body / 200 response, when there is one. */
  readonly bodyAt: NodeRef | null;
  readonly responseAt: NodeRef | null;
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
      hit = { text, doc: parseDocument(text, { keepSourceTokens: false }) };
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

  /** The text of every file edited so far, as yaml prints it. */
  edited(): Map<string, string> {
    const out = new Map<string, string>();
    for (const file of this.touched) out.set(file, print(this.doc(file)));
    return out;
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
  return out;
}

function buildOperation(
  files: SpecFiles,
  p: string,
  method: string,
  at: NodeRef,
  node: Json,
): SpecOperation {
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
  let bodyAt: NodeRef | null = null;
  const bodySchemaAt: NodeRef = {
    file: at.file,
    path: [...at.path, "requestBody", "content", "application/json", "schema"],
  };
  if (files.value(bodySchemaAt) !== undefined) {
    const body = files.resolve(bodySchemaAt);
    bodyAt = body.at;
    walk(files, body, null, "body", fields, 0);
  }
  let responseAt: NodeRef | null = null;
  const ok = files.resolve({ file: at.file, path: [...at.path, "responses", "200"] });
  const okSchema: NodeRef = {
    file: ok.at.file,
    path: [...ok.at.path, "content", "application/json", "schema"],
  };
  if (files.value(okSchema) !== undefined) {
    const response = files.resolve(okSchema);
    responseAt = response.at;
    walk(files, response, null, "response", fields, 0);
  }
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
  return {
    errorCodes,
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
