/**
 * Compares two spec surfaces and lists every change per operation and field, each tagged with
 * its table rule. Grouping by shared schema and rendering happen elsewhere (group.ts, report-*.ts).
 */
import { NUMERIC_CONSTRAINTS, type FieldFacts, type NumericConstraint } from "./fields.js";
import { ruleFor, type ChangeKind, type ChangeSide, type Classification } from "./rules.js";
import { iteratorName } from "../../generator/index.js";
import type { OperationSurface, SpecSurface } from "./surface.js";

export interface Change {
  readonly side: ChangeSide;
  readonly kind: ChangeKind;
  readonly classification: Classification;
  readonly why: string;
  /** Operation (or `webhook:x` / `model:X`) the change was seen in; "" for model-level changes. */
  readonly operation: string;
  /** Field path inside the operation's params / response body; "" for the operation or the body itself. */
  readonly path: string;
  /**
   * Where the change is written, so one edit to a shared schema groups into one item:
   * `StockRule.max_coupons`, `StockStatus`, or `<operationId> <side> <path>` for inline schemas.
   */
  readonly subject: string;
  /** What changed: `maxLength`, `required`, `type`, `enum`, `path`, … */
  readonly detail: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** Generated names (params types, models, functions) whose declaration changes with it. */
  readonly generated: readonly string[];
  /** True when the change is inside an experimental operation (not in the default client). */
  readonly experimental: boolean;
}

interface Context {
  readonly op: OperationSurface;
  readonly side: "request" | "response";
}

function make(
  side: ChangeSide,
  kind: ChangeKind,
  fields: Omit<Change, "side" | "kind" | "classification" | "why">,
): Change {
  const rule = ruleFor(side, kind);
  // Experimental operations are not in the default client: a "breaking" edit there breaks no
  // default caller, but whoever opted in with --experimental must look.
  const classification =
    fields.experimental && rule.classification === "breaking" ? "attention" : rule.classification;
  return {
    side,
    kind,
    classification,
    why: fields.experimental ? `${rule.why} (experimental operation)` : rule.why,
    ...fields,
  };
}

function parentPath(path: string): string | undefined {
  if (path === "") return undefined;
  if (path.endsWith("[]")) return path.slice(0, -2);
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "" : path.slice(0, dot);
}

/** Where the field itself is declared (for added/removed/required/location changes). */
function placeSubject(ctx: Context, f: FieldFacts): string {
  if (f.definedIn !== undefined && f.localPath !== "") return `${f.definedIn}.${f.localPath}`;
  if (f.path === "" && f.ref !== undefined) return f.ref;
  return `${ctx.op.id} ${ctx.side} ${f.path === "" ? "(body)" : f.path}`;
}

/** Where the field's schema is written (for type/constraint/enum/doc changes). */
function schemaSubject(ctx: Context, before: FieldFacts, after: FieldFacts): string {
  if (after.ref !== undefined && after.ref === before.ref) return after.ref;
  return placeSubject(ctx, after);
}

function generatedNames(ctx: Context, f: FieldFacts): string[] {
  const names = [...f.chain].reverse();
  if (ctx.side === "request" && ctx.op.paramsType) names.push(ctx.op.paramsType);
  // The operation's function changes with any of its fields; webhooks and standalone models only
  // have their model types (already in the chain).
  if (ctx.op.kind === "operation") names.push(ctx.op.id);
  return [...new Set(names)];
}

function describeField(f: FieldFacts): string {
  return `${f.required ? "required" : "optional"} ${f.type || "untyped"}${f.ref ? ` (${f.ref})` : ""}`;
}

function clip(text: string | undefined, from = 0): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, " ");
  const start = Math.max(0, Math.min(from, flat.length - 60));
  const head = start > 0 ? `…${flat.slice(start)}` : flat;
  return head.length > 80 ? `${head.slice(0, 77)}…` : head;
}

/** Both texts shortened around where they first differ, so a long description's edit is visible. */
function clipPair(
  before: string | undefined,
  after: string | undefined,
): [string | undefined, string | undefined] {
  const b = before?.replace(/\s+/g, " ") ?? "";
  const a = after?.replace(/\s+/g, " ") ?? "";
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const from = common > 40 ? common - 20 : 0;
  return [clip(before, from), clip(after, from)];
}

type EmitChange = (
  kind: ChangeKind,
  detail: string,
  b: string | undefined,
  a: string | undefined,
) => void;

function compareConstraints(before: FieldFacts, after: FieldFacts, emit: EmitChange): void {
  for (const key of Object.keys(NUMERIC_CONSTRAINTS) as NumericConstraint[]) {
    const b = before.numeric[key];
    const a = after.numeric[key];
    if (b === a) continue;
    const tighterWhen = NUMERIC_CONSTRAINTS[key];
    // A bound that appears narrows; one that disappears relaxes; otherwise compare the numbers.
    const narrowed =
      b === undefined ? true : a === undefined ? false : tighterWhen === "lower" ? a < b : a > b;
    emit(
      narrowed ? "constraint-narrowed" : "constraint-relaxed",
      key,
      b?.toString(),
      a?.toString(),
    );
  }
  if (before.pattern !== after.pattern) {
    // A changed pattern cannot be compared for inclusion: treat it as narrowing (the safe assumption).
    emit(
      after.pattern === undefined ? "constraint-relaxed" : "constraint-narrowed",
      "pattern",
      before.pattern,
      after.pattern,
    );
  }
  if (before.format !== after.format)
    emit(
      after.format === undefined ? "constraint-relaxed" : "constraint-narrowed",
      "format",
      before.format,
      after.format,
    );
  if (before.uniqueItems !== after.uniqueItems)
    emit(
      after.uniqueItems ? "constraint-narrowed" : "constraint-relaxed",
      "uniqueItems",
      String(before.uniqueItems),
      String(after.uniqueItems),
    );
  if (before.additionalProperties !== after.additionalProperties) {
    emit(
      after.additionalProperties === "false" ? "constraint-narrowed" : "constraint-relaxed",
      "additionalProperties",
      before.additionalProperties,
      after.additionalProperties,
    );
  }
  compareEnum(before.enumValues, after.enumValues, emit);
}

/** An enum that appears narrows, one that disappears relaxes; otherwise each value added or removed. */
function compareEnum(
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
  emit: EmitChange,
): void {
  if (before === undefined && after !== undefined)
    emit("constraint-narrowed", "enum", undefined, after.join(", "));
  else if (before !== undefined && after === undefined)
    emit("constraint-relaxed", "enum", before.join(", "), undefined);
  else if (before && after) {
    for (const v of before)
      if (!after.includes(v)) emit("enum-value-removed", "enum", v, undefined);
    for (const v of after) if (!before.includes(v)) emit("enum-value-added", "enum", undefined, v);
  }
}

/** Fields removed, fields added, then each field present on both sides, in map order. */
function compareFields(
  ctx: Context,
  beforeMap: ReadonlyMap<string, FieldFacts>,
  afterMap: ReadonlyMap<string, FieldFacts>,
  out: Change[],
  experimental: boolean,
): void {
  const base = { operation: ctx.op.id, experimental };
  for (const [path, before] of beforeMap) {
    if (afterMap.has(path) || reportedAtParent(ctx, path, afterMap)) continue;
    out.push(
      make(ctx.side, "field-removed", {
        ...base,
        path,
        subject: placeSubject(ctx, before),
        detail: "field",
        before: describeField(before),
        after: undefined,
        generated: generatedNames(ctx, before),
      }),
    );
  }
  for (const [path, after] of afterMap) {
    const before = beforeMap.get(path);
    const generated = generatedNames(ctx, after);
    if (before) {
      compareField(ctx, before, after, (kind, subject, detail, b, a) =>
        out.push(
          make(ctx.side, kind, { ...base, path, subject, detail, before: b, after: a, generated }),
        ),
      );
      continue;
    }
    if (reportedAtParent(ctx, path, beforeMap)) continue;
    // An array's item schema is always "required"; a new field is what matters for it. A field
    // the client fills itself (x-wechatpay-client-default) is not one existing calls lack.
    const required = after.required && !path.endsWith("[]") && after.clientDefault === undefined;
    out.push(
      make(ctx.side, required ? "field-added-required" : "field-added-optional", {
        ...base,
        path,
        subject: placeSubject(ctx, after),
        detail: "field",
        before: undefined,
        after: describeField(after),
        generated,
      }),
    );
  }
}

/**
 * A field added or removed under a parent that is itself added or removed is reported once, at
 * the parent; so is a response body's top-level field when the whole body comes or goes.
 */
function reportedAtParent(
  ctx: Context,
  path: string,
  otherSide: ReadonlyMap<string, FieldFacts>,
): boolean {
  const parent = parentPath(path);
  if (parent !== undefined && parent !== "" && !otherSide.has(parent)) return true;
  return parent === "" && ctx.side === "response" && !otherSide.has("");
}

/** Every change to one field present on both sides: its place first, then its schema. */
function compareField(
  ctx: Context,
  before: FieldFacts,
  after: FieldFacts,
  emit: (
    kind: ChangeKind,
    subject: string,
    detail: string,
    b: string | undefined,
    a: string | undefined,
  ) => void,
): void {
  const place = placeSubject(ctx, after);
  const own = schemaSubject(ctx, before, after);
  if (before.required !== after.required)
    emit(
      after.required ? "became-required" : "became-optional",
      place,
      "required",
      before.required ? "required" : "optional",
      after.required ? "required" : "optional",
    );
  if (before.location !== after.location)
    emit("location-changed", place, "in", before.location, after.location);
  if (before.clientDefault !== after.clientDefault)
    emit(
      after.clientDefault === undefined ? "client-default-removed" : "client-default-added",
      place,
      "x-wechatpay-client-default",
      before.clientDefault,
      after.clientDefault,
    );
  if (before.ref !== after.ref && before.type === after.type)
    emit("model-ref-changed", place, "$ref", before.ref, after.ref);
  if (before.type !== after.type) {
    emit("type-changed", own, "type", before.type || "untyped", after.type || "untyped");
    return; // constraints of a different type are not comparable
  }
  compareConstraints(before, after, (kind, detail, b, a) => emit(kind, own, detail, b, a));
  if (before.composition !== after.composition)
    emit(
      "composition-changed",
      own,
      "composition",
      ...clipPair(before.composition, after.composition),
    );
  for (const [detail, read] of FIELD_DOCS) {
    if (read(before) !== read(after))
      emit("doc-changed", own, detail, ...clipPair(read(before), read(after)));
  }
}

/** A field's documentation texts, compared as `doc-changed` under these details, in this order. */
const FIELD_DOCS: readonly [string, (f: FieldFacts) => string | undefined][] = [
  ["description", (f) => f.description],
  ["example", (f) => f.example],
  ["x-enum-descriptions", (f) => f.enumDescriptions],
];

function opChange(
  kind: ChangeKind,
  op: OperationSurface,
  detail: string,
  before: string | undefined,
  after: string | undefined,
  experimental: boolean,
): Change {
  return make("operation", kind, {
    operation: op.id,
    path: "",
    subject: op.id,
    detail,
    before,
    after,
    generated: [...op.generated],
    experimental,
  });
}

/**
 * Operation-level facts compared one to one, in report order: the change kind when they differ,
 * and whether the texts are clipped around the edit (long doc strings).
 */
const OPERATION_FACTS: readonly {
  kind: ChangeKind;
  detail: string;
  read: (op: OperationSurface) => string | undefined;
  clip?: true;
  /** Compared only when the earlier side is an API operation (webhooks and models have no response model). */
  operationsOnly?: true;
}[] = [
  { kind: "method-changed", detail: "method", read: (op) => op.method },
  { kind: "path-changed", detail: "path", read: (op) => op.path },
  { kind: "doc-changed", detail: "summary", read: (op) => op.summary, clip: true },
  { kind: "doc-changed", detail: "description", read: (op) => op.description, clip: true },
  { kind: "success-status-changed", detail: "status", read: (op) => op.successStatus },
  {
    kind: "response-model-renamed",
    detail: "response model",
    read: (op) => op.responseModel,
    operationsOnly: true,
  },
];

function compareOperation(before: OperationSurface, after: OperationSurface, out: Change[]): void {
  if (!before.experimental && after.experimental && after.kind === "operation") {
    out.push(
      opChange("became-experimental", after, "x-wechatpay-experimental", "false", "true", false),
    );
    return;
  }
  if (before.experimental && !after.experimental)
    out.push(
      opChange("left-experimental", after, "x-wechatpay-experimental", "true", "false", false),
    );
  const experimental = before.experimental && after.experimental;
  const emit = (
    kind: ChangeKind,
    detail: string,
    b: string | undefined,
    a: string | undefined,
    op: OperationSurface = after,
  ): void => {
    out.push(opChange(kind, op, detail, b, a, experimental));
  };
  for (const fact of OPERATION_FACTS) {
    if (fact.operationsOnly && before.kind !== "operation") continue;
    const b = fact.read(before);
    const a = fact.read(after);
    if (b === a) continue;
    const [shownBefore, shownAfter] = fact.clip ? clipPair(b, a) : [b, a];
    emit(fact.kind, fact.detail, shownBefore, shownAfter);
  }
  if (before.paginated && !after.paginated)
    emit("iterator-removed", "iterator", iteratorName(before.id), undefined, before);
  if (!before.paginated && after.paginated)
    emit("iterator-added", "iterator", undefined, iteratorName(after.id));
  compareExtensionsAndErrorCodes(before, after, emit);
  compareFields({ op: after, side: "request" }, before.request, after.request, out, experimental);
  compareFields(
    { op: after, side: "response" },
    before.response,
    after.response,
    out,
    experimental,
  );
}

/** Vendor extensions by key, then each error code listed per status, added or removed. */
function compareExtensionsAndErrorCodes(
  before: OperationSurface,
  after: OperationSurface,
  emit: EmitChange,
): void {
  for (const key of new Set([
    ...Object.keys(before.extensions),
    ...Object.keys(after.extensions),
  ])) {
    const b = before.extensions[key];
    const a = after.extensions[key];
    if (b !== a) emit("extension-changed", key, b, a);
  }
  for (const status of new Set([...before.errorCodes.keys(), ...after.errorCodes.keys()])) {
    const b = before.errorCodes.get(status) ?? [];
    const a = after.errorCodes.get(status) ?? [];
    for (const code of a)
      if (!b.includes(code)) emit("error-code-added", `error ${status}`, undefined, code);
    for (const code of b)
      if (!a.includes(code)) emit("error-code-removed", `error ${status}`, code, undefined);
  }
}

/** Every change from `before` to `after`, in a stable order (by operation, then field path). */
export function compareSurfaces(before: SpecSurface, after: SpecSurface): Change[] {
  const out: Change[] = [];
  const removed = [...before.operations.values()].filter((op) => !after.operations.has(op.id));
  const { renamedTo, added } = pairRenames(
    removed,
    [...after.operations.values()].filter((op) => !before.operations.has(op.id)),
  );
  for (const op of removed) {
    const renamed = renamedTo.get(op);
    if (renamed) {
      out.push(
        opChange(
          "operation-renamed",
          renamed,
          "operationId",
          op.id,
          renamed.id,
          op.experimental && renamed.experimental,
        ),
      );
      compareOperation(op, renamed, out);
    } else if (op.kind === "operation") {
      out.push(
        opChange(
          "operation-removed",
          op,
          "operation",
          `${op.method} ${op.path}`,
          undefined,
          op.experimental,
        ),
      );
    }
  }
  for (const op of added)
    if (op.kind === "operation")
      out.push(
        opChange("operation-added", op, "operation", undefined, `${op.method} ${op.path}`, false),
      );
  for (const [id, op] of after.operations) {
    const prior = before.operations.get(id);
    if (prior) compareOperation(prior, op, out);
  }
  for (const name of before.models)
    if (!after.models.has(name)) out.push(modelChange("model-removed", name, name, undefined));
  for (const name of after.models)
    if (!before.models.has(name)) out.push(modelChange("model-added", name, undefined, name));
  return out;
}

/**
 * Same method + path under a new operationId is a rename, not a removal plus an addition: each
 * removed operation, in order, takes the first added one at its place not already taken.
 * Returns the pairs and the added operations left over.
 */
function pairRenames(
  removed: readonly OperationSurface[],
  added: readonly OperationSurface[],
): { renamedTo: Map<OperationSurface, OperationSurface>; added: OperationSurface[] } {
  const left = [...added];
  const renamedTo = new Map<OperationSurface, OperationSurface>();
  for (const op of removed) {
    if (op.kind !== "operation") continue;
    const renamed = left.find(
      (a) => a.kind === "operation" && a.method === op.method && a.path === op.path,
    );
    if (!renamed) continue;
    left.splice(left.indexOf(renamed), 1);
    renamedTo.set(op, renamed);
  }
  return { renamedTo, added: left };
}

function modelChange(
  kind: "model-removed" | "model-added",
  name: string,
  before: string | undefined,
  after: string | undefined,
): Change {
  return make("model", kind, {
    operation: "",
    path: "",
    subject: name,
    detail: "model",
    before,
    after,
    generated: [name],
    experimental: false,
  });
}
