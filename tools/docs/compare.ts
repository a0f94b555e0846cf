/**
 * Compares a page model with the spec: per operation, every difference with the page's value, the
 * spec's value and the page line, split into differences and acknowledged deviations
 * (`x-wechatpay-doc-deviation` on the field or operation). What the page does not state is unknown,
 * never a difference.
 */
import { isDeepStrictEqual } from "node:util";
import type { Limits, PageField, PageModel, RateLimit } from "./model.js";
import { readPage } from "./read-page.js";
import {
  DEVIATION,
  isJson,
  listOperations,
  specType,
  type Json,
  type SpecField,
  type SpecFiles,
  type SpecOperation,
} from "./spec-index.js";

export const KINDS = [
  "operation-added",
  "field-added",
  "field-removed",
  "required",
  "type",
  "max-length",
  "min-length",
  "maximum",
  "minimum",
  "max-items",
  "enum-added",
  "enum-removed",
  "rate-limit",
  "error-code-added",
  "error-code-removed",
] as const;
export type Kind = (typeof KINDS)[number];
export type DiffLocation = "path" | "query" | "body" | "response" | "operation";

export interface Difference {
  readonly kind: Kind;
  readonly location: DiffLocation;
  readonly field: string | null;
  readonly doc: unknown;
  readonly spec: unknown;
  readonly line: number;
}

export interface Acknowledged extends Difference {
  readonly reason: string;
}

export interface PageReport {
  readonly file: string;
  readonly layout: "current" | "legacy";
  readonly updated: string | null;
  readonly operation: string | null;
  readonly method: string;
  readonly path: string;
  readonly differences: Difference[];
  readonly acknowledged: Acknowledged[];
  readonly notUnderstood: { line: number; text: string }[];
  readonly fieldsCompared: number;
}

/** A report plus what apply.ts needs to act on it. */
export interface Comparison {
  readonly report: PageReport;
  readonly page: PageModel;
  readonly operation: SpecOperation | null;
}

const LIMIT_KINDS: readonly [keyof Limits, Kind][] = [
  ["minLength", "min-length"],
  ["maxLength", "max-length"],
  ["minimum", "minimum"],
  ["maximum", "maximum"],
  ["maxItems", "max-items"],
];

export function pathKey(p: string): string {
  return p.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "");
}

export function findOperation(
  operations: readonly SpecOperation[],
  method: string,
  p: string,
): SpecOperation | null {
  return (
    operations.find((o) => o.method === method.toUpperCase() && pathKey(o.path) === pathKey(p)) ??
    null
  );
}

/** Reads one page against the spec (the spec settles nesting the legacy layout leaves open). */
export function comparePage(files: SpecFiles, file: string, text: string): Comparison {
  const operations = listOperations(files);
  // First pass without the spec only to learn method + path; the second pass uses the operation.
  const probe = readPage(file, text);
  const op = findOperation(operations, probe.method, probe.path);
  const page = op
    ? readPage(file, text, (location, parent, name) =>
        op.fields.some((f) => f.location === location && f.name === name && f.parent === parent),
      )
    : probe;
  return { report: compareWith(page, op), page, operation: op };
}

function compareWith(page: PageModel, op: SpecOperation | null): PageReport {
  const base = {
    file: page.file,
    layout: page.layout,
    updated: page.updated,
    method: page.method,
    path: page.path,
    notUnderstood: page.notUnderstood,
  };
  const compared = page.fields.filter((f) => f.location !== "header");
  const findings = new Findings();
  if (!op) {
    findings.differ({
      kind: "operation-added",
      location: "operation",
      field: null,
      doc: `${page.method} ${page.path}`,
      spec: null,
      line: page.methodLine,
    });
    return { ...base, operation: null, ...findings.lists(), fieldsCompared: 0 };
  }
  const specByKey = new Map<string, SpecField>();
  for (const f of op.fields) specByKey.set(`${group(f.location)} ${f.path}`, f);
  const pageByKey = new Map<string, PageField>();
  for (const f of compared) pageByKey.set(`${group(f.location)} ${f.path}`, f);
  comparePageFields(compared, specByKey, findings);
  compareRemovedFields(page, op, pageByKey, findings);
  const opDeviations = isJson(op.node[DEVIATION]) ? op.node[DEVIATION] : {};
  compareRateLimits(page, op, (d) => findings.record(d, opDeviations));
  compareErrorCodes(page, op, (d) => findings.record(d, opDeviations));
  const { differences, acknowledged } = findings.lists();
  return {
    ...base,
    operation: op.operationId,
    differences: sortDiffs(differences),
    acknowledged: sortDiffs(acknowledged),
    fieldsCompared: compared.length,
  };
}

/** Differences found so far, split from the ones a `x-wechatpay-doc-deviation` acknowledges. */
class Findings {
  readonly #differences: Difference[] = [];
  readonly #acknowledged: Acknowledged[] = [];

  /** A difference nothing can acknowledge (the spec has no place for a deviation yet). */
  differ(d: Difference): void {
    this.#differences.push(d);
  }

  /** Acknowledged when `deviations` has a reason for this kind (and, if it says so, this page value). */
  record(d: Difference, deviations: Json): void {
    const dev = deviations[d.kind];
    if (isJson(dev) && typeof dev["reason"] === "string") {
      if (!("doc" in dev) || isDeepStrictEqual(dev["doc"], d.doc)) {
        this.#acknowledged.push({ ...d, reason: dev["reason"] });
        return;
      }
    }
    this.#differences.push(d);
  }

  lists(): { differences: Difference[]; acknowledged: Acknowledged[] } {
    return { differences: this.#differences, acknowledged: this.#acknowledged };
  }
}

/** Each page field against its spec field; a field the spec lacks is added (only the outermost). */
function comparePageFields(
  compared: readonly PageField[],
  specByKey: ReadonlyMap<string, SpecField>,
  findings: Findings,
): void {
  for (const pf of compared) {
    const sf = specByKey.get(`${group(pf.location)} ${pf.path}`);
    if (sf) {
      compareField(pf, sf, (d) => findings.record(d, sf.deviations));
      continue;
    }
    // Only the outermost new field is reported; its children come with it.
    if (pf.parent !== null && !specByKey.has(`${group(pf.location)} ${stripItems(pf.parent)}`))
      continue;
    findings.differ({
      kind: "field-added",
      location: pf.location as DiffLocation,
      field: pf.path,
      doc: describeField(pf),
      spec: null,
      line: pf.line,
    });
  }
}

/** Spec fields the page does not list: removed only where the page lists the enclosing object's fields. */
function compareRemovedFields(
  page: PageModel,
  op: SpecOperation,
  pageByKey: ReadonlyMap<string, PageField>,
  findings: Findings,
): void {
  for (const sf of op.fields) {
    if (sf.location === "header") continue;
    if (pageByKey.has(`${group(sf.location)} ${sf.path}`)) continue;
    // A line the reader did not understand may be this field: unknown, not removed.
    const word = new RegExp(`(^|[^A-Za-z0-9_])${sf.name}([^A-Za-z0-9_]|$)`);
    if (page.notUnderstood.some((n) => word.test(n.text))) continue;
    let line: number | null;
    if (sf.parent === null) {
      line = sf.location === "response" ? page.sections.response : page.sections.request;
    } else {
      const parent = pageByKey.get(`${group(sf.location)} ${stripItems(sf.parent)}`);
      line = parent && parent.childrenListed ? parent.line : null;
    }
    if (line === null) continue;
    findings.record(
      {
        kind: "field-removed",
        location: sf.location as DiffLocation,
        field: sf.path,
        doc: null,
        spec: summarizeSpec(sf),
        line,
      },
      sf.deviations,
    );
  }
}

function compareRateLimits(
  page: PageModel,
  op: SpecOperation,
  push: (d: Difference) => void,
): void {
  if (!page.rateLimits) return;
  const doc = sortLimits(page.rateLimits.limits);
  const raw = op.node["x-wechatpay-rate-limits"];
  const spec = Array.isArray(raw) ? sortLimits(raw as RateLimit[]) : null;
  if (!isDeepStrictEqual(doc, spec))
    push({
      kind: "rate-limit",
      location: "operation",
      field: null,
      doc,
      spec,
      line: page.rateLimits.line,
    });
}

function sortDiffs<T extends Difference>(list: T[]): T[] {
  return list.sort((a, b) => a.line - b.line || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}

/** Path and query parameters are matched by name alone; body and response by their path. */
function group(location: string): string {
  return location === "path" || location === "query" ? "param" : location;
}

function stripItems(p: string): string {
  return p.endsWith("[]") ? p.slice(0, -2) : p;
}

function sortLimits(list: readonly RateLimit[]): RateLimit[] {
  return list
    .map((l) => ({ limit: l.limit, per: l.per, scope: l.scope }))
    .sort((a, b) =>
      `${a.scope}/${a.per}/${a.limit}`.localeCompare(`${b.scope}/${b.per}/${b.limit}`),
    );
}

export function describeField(pf: PageField): Record<string, unknown> {
  const out: Record<string, unknown> = { type: pf.typeText };
  if (pf.required !== null) out["required"] = pf.required;
  if (pf.label) out["label"] = pf.label;
  for (const [k, v] of Object.entries(pf.limits)) if (v) out[k] = v.value;
  if (pf.enumValues.length > 0 && pf.type !== "boolean")
    out["enum"] = pf.enumValues.map((e) => e.value);
  return out;
}

function summarizeSpec(sf: SpecField): Record<string, unknown> {
  return { type: specType(sf.schema), required: sf.required };
}

function compareField(pf: PageField, sf: SpecField, push: (d: Difference) => void): void {
  const location = pf.location as DiffLocation;
  const at = (kind: Kind, field: string, doc: unknown, spec: unknown, line: number): void =>
    push({ kind, location, field, doc, spec, line });
  const st = specType(sf.schema);
  if (pf.type && st && pf.type !== st && !(pf.type === "integer" && st === "number"))
    at("type", pf.path, pf.type, st, pf.line);
  if (pf.required !== null && pf.required !== sf.required)
    at("required", pf.path, pf.required, sf.required, pf.line);
  compareLimits(pf.limits, sf.schema, pf.path, location, at);
  if (pf.type === "array" && sf.items) {
    const it = specType(sf.items.schema);
    if (pf.itemType && it && pf.itemType !== it)
      at("type", `${pf.path}[]`, pf.itemType, it, pf.line);
    compareLimits(pf.itemLimits, sf.items.schema, `${pf.path}[]`, location, at);
  }
  if (pf.type === "boolean" || pf.enumValues.length === 0) return;
  const target = pf.type === "array" ? sf.items?.schema : sf.schema;
  if (!target || specType(target) !== "string") return;
  const field = pf.type === "array" ? `${pf.path}[]` : pf.path;
  const specEnum = Array.isArray(target["enum"]) ? target["enum"].map(String) : [];
  const docEnum = pf.enumValues.map((e) => e.value);
  for (const e of pf.enumValues)
    if (!specEnum.includes(e.value)) at("enum-added", field, e.value, null, e.line);
  for (const v of specEnum) if (!docEnum.includes(v)) at("enum-removed", field, null, v, pf.line);
}

function compareLimits(
  limits: Limits,
  schema: Json,
  field: string,
  location: DiffLocation,
  at: (kind: Kind, field: string, doc: unknown, spec: unknown, line: number) => void,
): void {
  const enumValues = Array.isArray(schema["enum"]) ? schema["enum"].map(String) : null;
  for (const [key, kind] of LIMIT_KINDS) {
    const stated = limits[key];
    if (!stated) continue;
    const spec = typeof schema[key] === "number" ? (schema[key] as number) : null;
    // Response schemas stay unconstrained unless the spec chose a limit (spec/README.md).
    if (spec === null && location === "response") continue;
    if (enumValues && (key === "minLength" || key === "maxLength")) {
      // An enum bounds the length already; only a value longer than the page allows differs.
      const longest = Math.max(...enumValues.map((v) => v.length));
      if (key === "maxLength" && longest > stated.value)
        at(kind, field, stated.value, longest, stated.line);
      continue;
    }
    if (spec !== stated.value) at(kind, field, stated.value, spec, stated.line);
  }
}

function compareErrorCodes(
  page: PageModel,
  op: SpecOperation,
  push: (d: Difference) => void,
): void {
  if (page.errorCodes.length === 0) return;
  const spec = new Map<string, { shared: boolean }>();
  for (const [status, { codes, shared }] of op.errorCodes)
    for (const c of codes) spec.set(`${status} ${c}`, { shared });
  const seen = new Set<string>();
  for (const e of page.errorCodes) {
    const key = `${e.status} ${e.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!spec.has(key))
      push({
        kind: "error-code-added",
        location: "operation",
        field: null,
        doc: { status: e.status, code: e.code, description: e.description },
        spec: null,
        line: e.line,
      });
  }
  const tableLine = Math.min(...page.errorCodes.map((e) => e.line));
  for (const [key, { shared }] of spec) {
    // Shared responses (401/429/500) list the codes of the whole family, not of this page.
    if (shared || seen.has(key)) continue;
    const [status, code] = key.split(" ");
    push({
      kind: "error-code-removed",
      location: "operation",
      field: null,
      doc: null,
      spec: { status: Number(status), code },
      line: tableLine,
    });
  }
}
