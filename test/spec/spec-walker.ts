/**
 * Test-local reader for the multi-file spec: loads YAML files lazily, resolves relative file
 * `$ref`s (`./x.yaml`, `../a.yaml#/json/pointer`), and walks the document from its entry file the
 * way an OpenAPI tool would, remembering for every example WHERE it is written (file + JSON
 * pointer) so a failing example can be reported at its source, not at some inlined copy.
 *
 * Kept independent of generator/load on purpose: the spec checks must not pass or fail because of
 * the generator's own resolver.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parse } from "yaml";
import { escapeToken, getAtPointer } from "../../shared/json-pointer.js";
import { isRecord } from "../../shared/json.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A place in the spec: absolute file path + JSON pointer inside that file ("" = whole file). */
export interface Loc {
  readonly file: string;
  readonly pointer: string;
}

export interface CollectedExample {
  /** Human-readable location, e.g. `spec/paths/listStocks.yaml#/get/parameters/0/example`. */
  readonly where: string;
  readonly kind: "parameter" | "media-type" | "schema";
  /** The example value as written. */
  readonly value: Json;
  /** The schema it must satisfy, with every `$ref` inlined. */
  readonly schema: Json;
}

export interface WalkedOperation {
  readonly operationId: string;
  readonly method: string;
  /** Path template, or `webhook:<name>` for webhooks. */
  readonly path: string;
  readonly node: JsonObject;
  readonly loc: Loc;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** shared/json.ts's guard, typed for this file's JSON union. */
export function isObject(v: Json | undefined): v is JsonObject {
  return isRecord(v);
}

function child(loc: Loc, ...tokens: (string | number)[]): Loc {
  return {
    file: loc.file,
    pointer: loc.pointer + tokens.map((t) => "/" + escapeToken(String(t))).join(""),
  };
}

export class SpecWalker {
  private readonly files = new Map<string, Json>();
  readonly examples: CollectedExample[] = [];
  readonly operations: WalkedOperation[] = [];
  /** Every `file#pointer` a walk from paths/webhooks reached (to find unreferenced components). */
  readonly reached = new Set<string>();
  private readonly visited = new Set<string>();

  constructor(
    readonly entryFile: string,
    private readonly displayRoot: string,
  ) {}

  where(loc: Loc): string {
    return `${relative(this.displayRoot, loc.file)}#${loc.pointer}`;
  }

  load(file: string): Json {
    const cached = this.files.get(file);
    if (cached !== undefined) return cached;
    const doc = parse(readFileSync(file, "utf8")) as Json;
    this.files.set(file, doc);
    return doc;
  }

  /** Node at a location. Throws with the location when the pointer does not exist. */
  at(loc: Loc): Json {
    const node = getAtPointer(this.load(loc.file), loc.pointer) as Json | undefined;
    if (node === undefined) throw new Error(`unresolvable location ${this.where(loc)}`);
    return node;
  }

  /** Where a `$ref` written at `from` points. Only relative file refs (+ optional pointer) are allowed. */
  target(ref: string, from: Loc): Loc {
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? "" : decodeURIComponent(ref.slice(hash + 1));
    const file = filePart === "" ? from.file : resolve(dirname(from.file), filePart);
    return { file, pointer };
  }

  /** Follow `$ref` chains to the real node. */
  follow(loc: Loc): { node: Json; loc: Loc } {
    let current = loc;
    for (let hops = 0; hops < 32; hops++) {
      const node = this.at(current);
      if (isObject(node) && typeof node["$ref"] === "string") {
        current = this.target(node["$ref"], current);
        continue;
      }
      return { node, loc: current };
    }
    throw new Error(`$ref chain too long at ${this.where(loc)}`);
  }

  /** A copy of the schema at `loc` with every `$ref` replaced by its target (the spec has no recursion). */
  inline(loc: Loc, depth = 0): Json {
    if (depth > 64)
      throw new Error(`schema nesting too deep (recursive $ref?) at ${this.where(loc)}`);
    const { node, loc: real } = this.follow(loc);
    if (Array.isArray(node)) return node.map((_, i) => this.inline(child(real, i), depth + 1));
    if (!isObject(node)) return node;
    const out: JsonObject = {};
    for (const key of Object.keys(node)) out[key] = this.inline(child(real, key), depth + 1);
    return out;
  }

  /** Visit a `$ref`-able object once per real location; returns the real node or undefined if seen. */
  private enter(loc: Loc, track: boolean): { node: JsonObject; loc: Loc } | undefined {
    const { node, loc: real } = this.follow(loc);
    const key = `${real.file}#${real.pointer}`;
    if (track) this.reached.add(key);
    if (this.visited.has(key) || !isObject(node)) return undefined;
    this.visited.add(key);
    return { node, loc: real };
  }

  private tracking = true;

  private pathItem(loc: Loc, path: string): void {
    const entered = this.enter(loc, true);
    if (!entered) return;
    const { node, loc: real } = entered;
    for (const method of HTTP_METHODS) {
      const op = node[method];
      if (!isObject(op)) continue;
      const opLoc = child(real, method);
      if (typeof op["operationId"] === "string") {
        this.operations.push({
          operationId: op["operationId"],
          method: method.toUpperCase(),
          path,
          node: op,
          loc: opLoc,
        });
      }
      this.operation(opLoc, op);
    }
  }

  private operation(loc: Loc, op: JsonObject): void {
    const params = op["parameters"];
    if (Array.isArray(params))
      params.forEach((_, i) => this.parameter(child(loc, "parameters", i)));
    if (isObject(op["requestBody"])) this.content(child(loc, "requestBody"));
    const responses = op["responses"];
    if (isObject(responses))
      for (const status of Object.keys(responses)) this.response(child(loc, "responses", status));
  }

  private parameter(loc: Loc): void {
    const entered = this.enter(loc, this.tracking);
    if (!entered) return;
    const { node, loc: real } = entered;
    if (!("schema" in node)) return;
    const schemaLoc = child(real, "schema");
    this.schema(schemaLoc);
    if ("example" in node) this.push("parameter", child(real, "example"), schemaLoc);
    this.namedExamples("parameter", node, real, schemaLoc);
  }

  private response(loc: Loc): void {
    this.content(loc);
  }

  /** A request body or response: look at every media type. */
  private content(loc: Loc): void {
    const entered = this.enter(loc, this.tracking);
    if (!entered) return;
    const { node, loc: real } = entered;
    const content = node["content"];
    if (!isObject(content)) return;
    for (const mime of Object.keys(content)) {
      const media = content[mime];
      if (!isObject(media)) continue;
      const mediaLoc = child(real, "content", mime);
      if (!("schema" in media)) continue;
      const schemaLoc = child(mediaLoc, "schema");
      this.schema(schemaLoc);
      if ("example" in media) this.push("media-type", child(mediaLoc, "example"), schemaLoc);
      this.namedExamples("media-type", media, mediaLoc, schemaLoc);
    }
  }

  private namedExamples(
    kind: CollectedExample["kind"],
    node: JsonObject,
    loc: Loc,
    schemaLoc: Loc,
  ): void {
    const examples = node["examples"];
    if (!isObject(examples)) return;
    for (const name of Object.keys(examples)) {
      const { node: ex, loc: exLoc } = this.follow(child(loc, "examples", name));
      if (isObject(ex) && "value" in ex) this.push(kind, child(exLoc, "value"), schemaLoc);
    }
  }

  /** Schema keywords that hold one subschema / a map of subschemas / a list of subschemas. */
  private static readonly SINGLE = [
    "items",
    "additionalProperties",
    "not",
    "contentSchema",
    "propertyNames",
    "if",
    "then",
    "else",
  ];
  private static readonly MAP = ["properties", "patternProperties", "$defs"];
  private static readonly LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];

  schema(loc: Loc): void {
    const entered = this.enter(loc, this.tracking);
    if (!entered) return;
    const { node, loc: real } = entered;
    if ("example" in node) this.push("schema", child(real, "example"), real);
    const list = node["examples"];
    if (Array.isArray(list))
      list.forEach((_, i) => this.push("schema", child(real, "examples", i), real));
    for (const key of SpecWalker.SINGLE) if (isObject(node[key])) this.schema(child(real, key));
    for (const key of SpecWalker.MAP) {
      const map = node[key];
      if (isObject(map)) for (const name of Object.keys(map)) this.schema(child(real, key, name));
    }
    for (const key of SpecWalker.LIST) {
      const arr = node[key];
      if (Array.isArray(arr)) arr.forEach((_, i) => this.schema(child(real, key, i)));
    }
  }

  private push(kind: CollectedExample["kind"], valueLoc: Loc, schemaLoc: Loc): void {
    this.examples.push({
      where: this.where(valueLoc),
      kind,
      value: this.at(valueLoc),
      schema: this.inline(schemaLoc),
    });
  }

  /**
   * Walk the whole document from the entry file: paths and webhooks first (tracking what they
   * reach), then the components map without tracking, so `reached` tells which component files an
   * operation or webhook really uses.
   */
  walk(): void {
    const root: Loc = { file: this.entryFile, pointer: "" };
    const doc = this.at(root);
    if (!isObject(doc)) throw new Error(`${this.where(root)} is not a mapping`);
    this.tracking = true;
    for (const section of ["paths", "webhooks"] as const) {
      const map = doc[section];
      if (isObject(map))
        for (const key of Object.keys(map))
          this.pathItem(
            child(root, section, key),
            (section === "webhooks" ? "webhook:" : "") + key,
          );
    }
    this.tracking = false;
    this.walkComponentsOnly(root, doc);
  }

  private walkComponentsOnly(root: Loc, doc: JsonObject): void {
    const components = doc["components"];
    if (!isObject(components)) return;
    const visitors: Record<string, (loc: Loc) => void> = {
      schemas: (l) => this.schema(l),
      parameters: (l) => this.parameter(l),
      responses: (l) => this.response(l),
    };
    for (const [kind, visit] of Object.entries(visitors)) {
      const map = components[kind];
      if (!isObject(map)) continue;
      for (const name of Object.keys(map)) visit(child(root, "components", kind, name));
    }
  }
}
