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

function compareConstraints(
  before: FieldFacts,
  after: FieldFacts,
  emit: (kind: ChangeKind, detail: string, b: string | undefined, a: string | undefined) => void,
): void {
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
  if (before.enumValues === undefined && after.enumValues !== undefined)
    emit("constraint-narrowed", "enum", undefined, after.enumValues.join(", "));
  else if (before.enumValues !== undefined && after.enumValues === undefined)
    emit("constraint-relaxed", "enum", before.enumValues.join(", "), undefined);
  else if (before.enumValues && after.enumValues) {
    for (const v of before.enumValues)
      if (!after.enumValues.includes(v)) emit("enum-value-removed", "enum", v, undefined);
    for (const v of after.enumValues)
      if (!before.enumValues.includes(v)) emit("enum-value-added", "enum", undefined, v);
  }
}

function compareFields(
  ctx: Context,
  beforeMap: ReadonlyMap<string, FieldFacts>,
  afterMap: ReadonlyMap<string, FieldFacts>,
  out: Change[],
  experimental: boolean,
): void {
  const base = { operation: ctx.op.id, experimental };
  for (const [path, before] of beforeMap) {
    const after = afterMap.get(path);
    if (after) continue;
    const parent = parentPath(path);
    if (parent !== undefined && parent !== "" && !afterMap.has(parent)) continue; // reported at the parent
    if (parent === "" && ctx.side === "response" && !afterMap.has("")) continue;
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
    if (!before) {
      const parent = parentPath(path);
      if (parent !== undefined && parent !== "" && !beforeMap.has(parent)) continue;
      if (parent === "" && ctx.side === "response" && !beforeMap.has("")) continue;
      // An array's item schema is always "required"; a new field is what matters for it.
      const required = after.required && !path.endsWith("[]");
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
      continue;
    }
    const place = placeSubject(ctx, after);
    const own = schemaSubject(ctx, before, after);
    const emit = (
      kind: ChangeKind,
      subject: string,
      detail: string,
      b: string | undefined,
      a: string | undefined,
    ): void => {
      out.push(
        make(ctx.side, kind, { ...base, path, subject, detail, before: b, after: a, generated }),
      );
    };
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
    if (before.ref !== after.ref && before.type === after.type)
      emit("model-ref-changed", place, "$ref", before.ref, after.ref);
    if (before.type !== after.type) {
      emit("type-changed", own, "type", before.type || "untyped", after.type || "untyped");
      continue; // constraints of a different type are not comparable
    }
    compareConstraints(before, after, (kind, detail, b, a) => emit(kind, own, detail, b, a));
    if (before.composition !== after.composition)
      emit(
        "composition-changed",
        own,
        "composition",
        ...clipPair(before.composition, after.composition),
      );
    if (before.description !== after.description)
      emit("doc-changed", own, "description", ...clipPair(before.description, after.description));
    if (before.example !== after.example)
      emit("doc-changed", own, "example", ...clipPair(before.example, after.example));
    if (before.enumDescriptions !== after.enumDescriptions)
      emit(
        "doc-changed",
        own,
        "x-enum-descriptions",
        ...clipPair(before.enumDescriptions, after.enumDescriptions),
      );
  }
}

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
  if (before.method !== after.method)
    out.push(
      opChange("method-changed", after, "method", before.method, after.method, experimental),
    );
  if (before.path !== after.path)
    out.push(opChange("path-changed", after, "path", before.path, after.path, experimental));
  if (before.summary !== after.summary)
    out.push(
      opChange(
        "doc-changed",
        after,
        "summary",
        ...clipPair(before.summary, after.summary),
        experimental,
      ),
    );
  if (before.description !== after.description)
    out.push(
      opChange(
        "doc-changed",
        after,
        "description",
        ...clipPair(before.description, after.description),
        experimental,
      ),
    );
  if (before.successStatus !== after.successStatus)
    out.push(
      opChange(
        "success-status-changed",
        after,
        "status",
        before.successStatus,
        after.successStatus,
        experimental,
      ),
    );
  if (before.kind === "operation" && before.responseModel !== after.responseModel)
    out.push(
      opChange(
        "response-model-renamed",
        after,
        "response model",
        before.responseModel,
        after.responseModel,
        experimental,
      ),
    );
  if (before.paginated && !after.paginated)
    out.push(
      opChange(
        "iterator-removed",
        before,
        "iterator",
        iteratorName(before.id),
        undefined,
        experimental,
      ),
    );
  if (!before.paginated && after.paginated)
    out.push(
      opChange(
        "iterator-added",
        after,
        "iterator",
        undefined,
        iteratorName(after.id),
        experimental,
      ),
    );
  for (const key of new Set([
    ...Object.keys(before.extensions),
    ...Object.keys(after.extensions),
  ])) {
    const b = before.extensions[key];
    const a = after.extensions[key];
    if (b !== a) out.push(opChange("extension-changed", after, key, b, a, experimental));
  }
  for (const status of new Set([...before.errorCodes.keys(), ...after.errorCodes.keys()])) {
    const b = before.errorCodes.get(status) ?? [];
    const a = after.errorCodes.get(status) ?? [];
    for (const code of a)
      if (!b.includes(code))
        out.push(
          opChange("error-code-added", after, `error ${status}`, undefined, code, experimental),
        );
    for (const code of b)
      if (!a.includes(code))
        out.push(
          opChange("error-code-removed", after, `error ${status}`, code, undefined, experimental),
        );
  }
  compareFields({ op: after, side: "request" }, before.request, after.request, out, experimental);
  compareFields(
    { op: after, side: "response" },
    before.response,
    after.response,
    out,
    experimental,
  );
}

/** Every change from `before` to `after`, in a stable order (by operation, then field path). */
export function compareSurfaces(before: SpecSurface, after: SpecSurface): Change[] {
  const out: Change[] = [];
  const removed = [...before.operations.values()].filter((op) => !after.operations.has(op.id));
  const added = [...after.operations.values()].filter((op) => !before.operations.has(op.id));
  for (const op of removed) {
    // Same method + path under a new operationId is a rename, not a removal plus an addition.
    const renamed =
      op.kind === "operation"
        ? added.find((a) => a.kind === "operation" && a.method === op.method && a.path === op.path)
        : undefined;
    if (renamed) {
      added.splice(added.indexOf(renamed), 1);
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
  for (const name of before.models) {
    if (!after.models.has(name))
      out.push(
        make("model", "model-removed", {
          operation: "",
          path: "",
          subject: name,
          detail: "model",
          before: name,
          after: undefined,
          generated: [name],
          experimental: false,
        }),
      );
  }
  for (const name of after.models) {
    if (!before.models.has(name))
      out.push(
        make("model", "model-added", {
          operation: "",
          path: "",
          subject: name,
          detail: "model",
          before: undefined,
          after: name,
          generated: [name],
          experimental: false,
        }),
      );
  }
  return out;
}
