/**
 * Writes a page's differences into the spec through yaml's Document API, so comments, key order and
 * formatting of everything untouched stay byte for byte. Never deletes: removed fields, enum values
 * and error codes, and type changes, are left for a person. A second run finds nothing to do.
 */
import path from "node:path";
import { isSeq } from "yaml";
import type { Comparison, Difference } from "./compare.js";
import type { PageField, PageModel } from "./model.js";
import { descriptionOf, schemaFor } from "./page-schema.js";
import { createOperation } from "./apply-operation.js";
import {
  isJson,
  type Json,
  type NodeRef,
  type SpecField,
  type SpecFiles,
  type SpecOperation,
} from "./spec-index.js";

export interface ApplyOutcome {
  readonly operationId: string | null;
  readonly applied: string[];
  readonly left: string[];
}

const LIMIT_KEYS: Record<string, string> = {
  "max-length": "maxLength",
  "min-length": "minLength",
  maximum: "maximum",
  minimum: "minimum",
  "max-items": "maxItems",
};

export function applyComparison(files: SpecFiles, cmp: Comparison): ApplyOutcome {
  const { report, page, operation: op } = cmp;
  const applied: string[] = [];
  const left: string[] = [];
  const label = (d: Difference): string =>
    `${d.kind}${d.field ? ` ${d.field}` : ""} (line ${d.line})`;

  if (!op) {
    const id = createOperation(files, page);
    applied.push(`operation-added ${page.method} ${page.path} as ${id}`);
    return { operationId: id, applied, left };
  }
  for (const d of report.differences) {
    const why = applyOne(files, page, op, d);
    if (why === null) applied.push(label(d));
    else left.push(`${label(d)}: ${why}`);
  }
  return { operationId: op.operationId, applied, left };
}

function set(
  files: SpecFiles,
  at: NodeRef,
  keys: readonly (string | number)[],
  value: unknown,
): void {
  const doc = files.edit(at.file);
  doc.setIn([...at.path, ...keys], doc.createNode(value));
}

function append(
  files: SpecFiles,
  at: NodeRef,
  keys: readonly (string | number)[],
  value: unknown,
): void {
  const doc = files.edit(at.file);
  const where = [...at.path, ...keys];
  if (isSeq(doc.getIn(where, true))) doc.addIn(where, doc.createNode(value));
  else doc.setIn(where, doc.createNode([value]));
}

/** Returns null when applied, else why it is left for a person. */
function applyOne(
  files: SpecFiles,
  page: PageModel,
  op: SpecOperation,
  d: Difference,
): string | null {
  const field =
    d.field === null
      ? null
      : op.fields.find(
          (f) =>
            f.location !== "header" &&
            sameField(f.location, d.location) &&
            f.path === stripItems(d.field!),
        );
  switch (d.kind) {
    case "field-removed":
    case "enum-removed":
    case "error-code-removed":
      return "removals are made by hand (docs:apply never deletes)";
    case "type":
      return "a type change invalidates limits and examples; change the schema by hand";
    case "operation-added":
      return "unexpected";
    case "partner-field":
      return "the field appears only on a partner (服务商) page; the spec describes the merchant API";
    case "rate-limit":
      return applyRateLimit(files, page, op);
    case "error-code-added":
      return addErrorCode(
        files,
        op,
        d.doc as { status: number; code: string; description: string },
      );
    case "field-added": {
      const pf = page.fields.find((f) => f.path === d.field && f.location === d.location);
      if (!pf) return "the page field was not found";
      return addField(files, page, op, pf);
    }
    case "required":
      return field ? applyRequired(files, field, d.doc === true) : "the spec field was not found";
    case "max-length":
    case "min-length":
    case "maximum":
    case "minimum":
    case "max-items":
      return editSchema(field, d, (target) => applyLimit(files, page, target, d));
    case "enum-added":
      return editSchema(field, d, (target, found) => addEnumValue(files, page, found, target, d));
  }
}

function applyRateLimit(files: SpecFiles, page: PageModel, op: SpecOperation): string | null {
  if (!page.rateLimits) return "the page states no rate limit";
  const conflict = files.claim(op.at, "x-wechatpay-rate-limits", page.rateLimits.limits, page.file);
  if (conflict) return conflict;
  set(
    files,
    op.at,
    ["x-wechatpay-rate-limits"],
    page.rateLimits.limits.map((l) => ({ ...l })),
  );
  return null;
}

/** A top-level parameter carries its own `required`; a property is listed in its parent's. */
function applyRequired(files: SpecFiles, field: SpecField, required: boolean): null {
  if (field.parentAt === null) {
    set(files, field.holder, ["required"], required);
    return null;
  }
  const list = files.value({
    file: field.parentAt.file,
    path: [...field.parentAt.path, "required"],
  });
  if (required) append(files, field.parentAt, ["required"], field.name);
  else if (Array.isArray(list)) {
    const i = list.indexOf(field.name);
    if (i >= 0) files.edit(field.parentAt.file).deleteIn([...field.parentAt.path, "required", i]);
  }
  return null;
}

type SchemaTarget = { readonly schema: Json; readonly at: NodeRef };

/** Runs `edit` on the schema a difference on `field` (or on its items, `field[]`) is written into. */
function editSchema(
  field: SpecField | null | undefined,
  d: Difference,
  edit: (target: SchemaTarget, field: SpecField) => string | null,
): string | null {
  if (!field) return "the spec field was not found";
  const target = d.field!.endsWith("[]")
    ? field.items
    : { schema: field.schema, at: field.schemaAt };
  if (!target) return "the spec array has no items schema";
  return edit(target, field);
}

function applyLimit(
  files: SpecFiles,
  page: PageModel,
  target: SchemaTarget,
  d: Difference,
): string | null {
  if (Array.isArray(target.schema["enum"]) && d.kind.endsWith("length"))
    return "the field is an enum; its values bound the length";
  const evidence = loosensAgainstEvidence(target.schema, d);
  if (evidence) return evidence;
  const conflict = files.claim(target.at, LIMIT_KEYS[d.kind]!, d.doc, page.file);
  if (conflict) return conflict;
  set(files, target.at, [LIMIT_KEYS[d.kind]!], d.doc);
  return null;
}

/**
 * A limit the page would loosen where the spec states why it is stricter: a `pattern` or `enum`
 * that the looser limit contradicts, or a description that says the choice is deliberate. Those
 * are left for a person (who records a `x-wechatpay-doc-deviation` or changes the spec).
 */
function loosensAgainstEvidence(schema: Json, d: Difference): string | null {
  const spec = typeof d.spec === "number" ? d.spec : null;
  const doc = typeof d.doc === "number" ? d.doc : null;
  if (doc === null) return null;
  const loosens =
    spec === null || (d.kind.startsWith("max") || d.kind === "maximum" ? doc > spec : doc < spec);
  if (!loosens) return null;
  const pinned = typeof schema["pattern"] === "string" ? patternLength(schema["pattern"]) : null;
  if (
    pinned &&
    (d.kind === "max-length" ? doc > pinned.max : d.kind === "min-length" && doc < pinned.min)
  )
    return `the page's ${doc} contradicts the spec's pattern ${JSON.stringify(schema["pattern"])} (length ${pinned.min === pinned.max ? pinned.min : `${pinned.min}..${pinned.max}`}); record a x-wechatpay-doc-deviation or change it by hand`;
  const text = typeof schema["description"] === "string" ? schema["description"] : "";
  if (/收紧|deliberate|on purpose|pins|tighten|stricter/i.test(text))
    return "the spec's description says this limit is stricter than the page on purpose; record a x-wechatpay-doc-deviation or change it by hand";
  return null;
}

/** The length a pattern of one repeated class allows: `^[0-9a-f]{64}$` → 64..64. */
function patternLength(pattern: string): { min: number; max: number } | null {
  const m = /^\^\[[^\]]+\]\{(\d+)(?:,(\d+))?\}\$$/.exec(pattern);
  if (!m) return null;
  return { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
}

/** The value goes into `enum`, its meaning from the page into `x-enum-descriptions`. */
function addEnumValue(
  files: SpecFiles,
  page: PageModel,
  field: SpecField,
  target: SchemaTarget,
  d: Difference,
): null {
  const value = String(d.doc);
  const pf = page.fields.find((f) => f.path === field.path && sameField(f.location, d.location));
  const meaning = pf?.enumValues.find((e) => e.value === value)?.meaning ?? value;
  append(files, target.at, ["enum"], value);
  set(files, target.at, ["x-enum-descriptions", value], meaning);
  return null;
}

function sameField(a: string, b: string): boolean {
  const g = (l: string): string => (l === "path" || l === "query" ? "param" : l);
  return g(a) === g(b);
}

function stripItems(p: string): string {
  return p.endsWith("[]") ? p.slice(0, -2) : p;
}

function addErrorCode(
  files: SpecFiles,
  op: SpecOperation,
  e: { status: number; code: string; description: string },
): string | null {
  const status = String(e.status);
  const entry = { code: e.code, description: e.description || e.code };
  const responseAt: NodeRef = { file: op.at.file, path: [...op.at.path, "responses", status] };
  const existing = files.value(responseAt);
  if (existing === undefined) {
    const errorSchema = path
      .relative(
        path.dirname(op.at.file),
        path.join(files.root, "components/schemas/ErrorResponse.yaml"),
      )
      .split(path.sep)
      .join("/");
    set(files, op.at, ["responses", status], {
      description: `${e.description || e.code}（由 docs:apply 按文档添加 / added from the docs page）`,
      content: {
        "application/json": {
          schema: { $ref: errorSchema.startsWith(".") ? errorSchema : `./${errorSchema}` },
        },
      },
      "x-wechatpay-error-codes": [entry],
    });
    return null;
  }
  const resolved = files.resolve(responseAt);
  append(files, resolved.at, ["x-wechatpay-error-codes"], entry);
  return null;
}

function addField(
  files: SpecFiles,
  page: PageModel,
  op: SpecOperation,
  pf: PageField,
): string | null {
  if (pf.location === "path" || pf.location === "query") {
    const param = {
      name: pf.name,
      in: pf.location,
      required: pf.location === "path" ? true : pf.required === true,
      description: descriptionOf(pf),
      schema: schemaFor(page, pf, true),
    };
    delete (param.schema as Record<string, unknown>)["description"];
    append(files, op.at, ["parameters"], param);
    return null;
  }
  if (pf.location === "header") return "header fields are not modelled";
  let parentAt: NodeRef | null;
  if (pf.parent === null)
    parentAt =
      pf.location === "body"
        ? op.bodyAt
        : pf.location === "resource"
          ? op.resourceAt
          : op.responseAt;
  else {
    const parent = op.fields.find(
      (f) => f.location === pf.location && f.path === stripItems(pf.parent!),
    );
    if (!parent) return "its parent is not in the spec";
    parentAt = pf.parent.endsWith("[]") ? (parent.items?.at ?? null) : parent.schemaAt;
  }
  if (!parentAt)
    return `the operation has no JSON ${pf.location === "body" ? "request body" : "200 response"} schema to add it to`;
  const parentValue = files.value(parentAt);
  if (
    isJson(parentValue) &&
    isJson(parentValue["properties"]) &&
    pf.name in parentValue["properties"]
  )
    return null;
  set(files, parentAt, ["properties", pf.name], schemaFor(page, pf, pf.location === "body"));
  if (pf.required === true) append(files, parentAt, ["required"], pf.name);
  return null;
}
