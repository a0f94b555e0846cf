/**
 * Compares a page model with the spec: per operation, every difference with the page's value, the
 * spec's value and the page line, split into differences and acknowledged deviations
 * (`x-wechatpay-doc-deviation` on the field or operation). What the page does not state is unknown,
 * never a difference.
 */
import { isDeepStrictEqual } from "node:util";
import type { Layout, Limits, PageField, PageModel, PartialSection, RateLimit } from "./model.js";
import { atOrAfterCut } from "./page-checks.js";
import { openPage, readOpened } from "./read-page.js";
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
  "partner-field",
] as const;
export type Kind = (typeof KINDS)[number];
export type DiffLocation = "path" | "query" | "body" | "resource" | "response" | "operation";

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
  readonly layout: Layout;
  readonly kind: PageModel["kind"];
  /** Who the page is for (支持商户 / 适用对象), when it says. */
  readonly audience: { merchant: boolean; partner: boolean; text: string } | null;
  /** The page text ends inside a section: no removal is inferred after `line`. */
  readonly partial: { line: number; section: PartialSection } | null;
  /** Page rows compared with a spec field at the same path, of all parameter-looking rows. */
  readonly coverage: { compared: number; rows: number };
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
    operations.find(
      (o) =>
        o.kind === "operation" &&
        o.method === method.toUpperCase() &&
        pathKey(o.path) === pathKey(p),
    ) ?? null
  );
}

/** The operation a page describes: by method + path, or the spec's webhook for a notification page. */
function operationFor(
  operations: readonly SpecOperation[],
  page: Pick<PageModel, "kind" | "method" | "path">,
): SpecOperation | null {
  if (page.kind === "notification") return operations.find((o) => o.kind === "webhook") ?? null;
  return findOperation(operations, page.method, page.path);
}

/** Reads one page against the spec (the spec settles nesting the legacy layout leaves open). */
export function comparePage(files: SpecFiles, file: string, text: string): Comparison {
  const operations = listOperations(files);
  // The page's method + path (or its being a notification) name the operation, whose fields then
  // settle the nesting the page's tables leave open.
  const opened = openPage(file, text);
  const op = operationFor(operations, opened);
  const known = new Set(op?.fields.map((f) => `${f.location} ${f.parent ?? ""} ${f.name}`));
  const page = readOpened(opened, (location, parent, name) =>
    known.has(`${location} ${parent ?? ""} ${name}`),
  );
  return { report: compareWith(page, op), page, operation: op };
}

function compareWith(page: PageModel, op: SpecOperation | null): PageReport {
  const base = {
    file: page.file,
    layout: page.layout,
    kind: page.kind,
    audience: page.audience
      ? {
          merchant: page.audience.merchant,
          partner: page.audience.partner,
          text: page.audience.text,
        }
      : null,
    partial: page.partial,
    updated: page.updated,
    method: page.method,
    path: page.kind === "notification" && op ? op.path : page.path,
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
    return {
      ...base,
      operation: null,
      ...findings.lists(),
      fieldsCompared: 0,
      coverage: { compared: 0, rows: page.parameterRows },
    };
  }
  const specByKey = new Map<string, SpecField>();
  for (const f of op.fields) specByKey.set(`${group(f.location)} ${f.path}`, f);
  const pageByKey = new Map<string, PageField>();
  for (const f of compared) pageByKey.set(`${group(f.location)} ${f.path}`, f);
  const partnerOnly = page.audience !== null && page.audience.partner && !page.audience.merchant;
  comparePageFields(compared, specByKey, findings, partnerOnly, op.kind === "webhook");
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
    coverage: {
      compared: compared.filter((f) => specByKey.has(`${group(f.location)} ${f.path}`)).length,
      rows: page.parameterRows,
    },
  };
}

/** Names only the partner (服务商) mode of an API has: the service provider's and sub-merchant's IDs. */
const PARTNER_FIELD = /^(sp|sub)_|^partner_|_sub_mchid$|^sub_/;

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
  partnerOnly: boolean,
  received: boolean,
): void {
  for (const pf of compared) {
    const sf = specByKey.get(`${group(pf.location)} ${pf.path}`);
    if (sf) {
      compareField(pf, sf, (d) => findings.record(d, sf.deviations), received);
      continue;
    }
    // Only the outermost new field is reported; its children come with it.
    if (pf.parent !== null && !specByKey.has(`${group(pf.location)} ${stripItems(pf.parent)}`))
      continue;
    // A partner (服务商) page's own fields (sp_mchid, sub_mchid, sub_appid, …) are not the
    // merchant spec's: marked, never applied.
    findings.differ({
      kind: partnerOnly && PARTNER_FIELD.test(pf.name) ? "partner-field" : "field-added",
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
  const cut = cutFilter(page, op, pageByKey);
  for (const sf of op.fields) {
    if (sf.location === "header") continue;
    if (pageByKey.has(`${group(sf.location)} ${sf.path}`)) continue;
    if (cut(sf)) continue;
    // A line the reader did not understand may be this field: unknown, not removed.
    const word = new RegExp(`(^|[^A-Za-z0-9_])${sf.name}([^A-Za-z0-9_]|$)`);
    if (page.notUnderstood.some((n) => word.test(n.text))) continue;
    let line: number | null;
    if (sf.parent === null) {
      // A section the page does not have (a notification page without the decrypted resource)
      // lists nothing: its fields are unknown, not removed.
      line =
        sf.location === "response"
          ? page.sections.response
          : sf.location === "resource"
            ? page.sections.resource
            : page.sections.request;
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

function sectionOf(location: string): PartialSection {
  return location === "response" ? "response" : location === "resource" ? "resource" : "request";
}

/**
 * For a partial page: is this spec field beyond the cut? Every field of a section after the one
 * the text ends in is; in that section, the fields the spec lists after the last one the page
 * still has (the page and the spec list fields in the same order).
 */
function cutFilter(
  page: PageModel,
  op: SpecOperation,
  pageByKey: ReadonlyMap<string, PageField>,
): (sf: SpecField) => boolean {
  const cut = page.partial;
  if (!cut) return () => false;
  let lastSeen = -1;
  op.fields.forEach((f, i) => {
    if (sectionOf(f.location) === cut.section && pageByKey.has(`${group(f.location)} ${f.path}`))
      lastSeen = i;
  });
  return (sf) => {
    const section = sectionOf(sf.location);
    if (!atOrAfterCut(cut.section, section)) return false;
    return section !== cut.section || op.fields.indexOf(sf) > lastSeen;
  };
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

/** `received`: the spec describes what WeChat Pay sends (a webhook), unconstrained like a response. */
function compareField(
  pf: PageField,
  sf: SpecField,
  push: (d: Difference) => void,
  received: boolean,
): void {
  const location = pf.location as DiffLocation;
  const at = (kind: Kind, field: string, doc: unknown, spec: unknown, line: number): void =>
    push({ kind, location, field, doc, spec, line });
  const st = specType(sf.schema);
  if (pf.type && st && pf.type !== st && !(pf.type === "integer" && st === "number"))
    at("type", pf.path, pf.type, st, pf.line);
  if (pf.required !== null && pf.required !== sf.required)
    at("required", pf.path, pf.required, sf.required, pf.line);
  compareLimits(pf.limits, sf.schema, pf.path, received ? "response" : location, at);
  if (pf.type === "array" && sf.items) {
    const it = specType(sf.items.schema);
    if (pf.itemType && it && pf.itemType !== it)
      at("type", `${pf.path}[]`, pf.itemType, it, pf.line);
    compareLimits(
      pf.itemLimits,
      sf.items.schema,
      `${pf.path}[]`,
      received ? "response" : location,
      at,
    );
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
    if (spec === null && (location === "response" || location === "resource")) continue;
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
  // A partial page may have lost the rest of the table: codes are only added, never removed.
  const removals = page.partial === null;
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
    if (shared || seen.has(key) || !removals) continue;
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
