/**
 * The classification table: what kind of spec change, on which side, means what for a caller of
 * the generated client. Everything the report says about "breaking" comes from this table, so a
 * reviewer can read the policy in one place and the tests walk it row by row.
 */

export type Classification = "breaking" | "attention" | "safe";

/** Where a change happens: a request field, a response field, an operation, a named model. */
export type ChangeSide = "request" | "response" | "operation" | "model";

export type ChangeKind =
  | "operation-removed"
  | "operation-added"
  | "operation-renamed"
  | "method-changed"
  | "path-changed"
  | "became-experimental"
  | "left-experimental"
  | "extension-changed"
  | "success-status-changed"
  | "response-model-renamed"
  | "error-code-added"
  | "error-code-removed"
  | "iterator-removed"
  | "iterator-added"
  | "field-removed"
  | "field-added-required"
  | "field-added-optional"
  | "became-required"
  | "became-optional"
  | "type-changed"
  | "location-changed"
  | "client-default-added"
  | "client-default-removed"
  | "constraint-narrowed"
  | "constraint-relaxed"
  | "enum-value-removed"
  | "enum-value-added"
  | "composition-changed"
  | "model-ref-changed"
  | "doc-changed"
  | "model-removed"
  | "model-added";

export interface Rule {
  readonly side: ChangeSide;
  readonly kind: ChangeKind;
  readonly classification: Classification;
  /** Why, from the caller's point of view: printed next to the change in the report. */
  readonly why: string;
}

export const RULES: readonly Rule[] = [
  // Operations (the generated functions and their wire behaviour).
  {
    side: "operation",
    kind: "operation-removed",
    classification: "breaking",
    why: "the generated function disappears",
  },
  {
    side: "operation",
    kind: "operation-added",
    classification: "safe",
    why: "a new generated function",
  },
  {
    side: "operation",
    kind: "operation-renamed",
    classification: "breaking",
    why: "the generated function is renamed",
  },
  {
    side: "operation",
    kind: "method-changed",
    classification: "breaking",
    why: "clients generated from the old spec call the wrong method",
  },
  {
    side: "operation",
    kind: "path-changed",
    classification: "breaking",
    why: "clients generated from the old spec call the wrong URL",
  },
  {
    side: "operation",
    kind: "became-experimental",
    classification: "breaking",
    why: "experimental operations are left out of the default generated client",
  },
  {
    side: "operation",
    kind: "left-experimental",
    classification: "safe",
    why: "now part of the default generated client",
  },
  {
    side: "operation",
    kind: "extension-changed",
    classification: "attention",
    why: "changes retry, rate-limit or signing behaviour, not types",
  },
  {
    side: "operation",
    kind: "success-status-changed",
    classification: "attention",
    why: "callers reading the raw status see a different code",
  },
  {
    side: "operation",
    kind: "response-model-renamed",
    classification: "attention",
    why: "the return type has a new name; code naming the old one must follow",
  },
  {
    side: "operation",
    kind: "error-code-added",
    classification: "attention",
    why: "code switching on error codes may need a new branch",
  },
  {
    side: "operation",
    kind: "error-code-removed",
    classification: "safe",
    why: "an error the server no longer documents",
  },
  {
    side: "operation",
    kind: "iterator-removed",
    classification: "breaking",
    why: "the generated page iterator disappears",
  },
  {
    side: "operation",
    kind: "iterator-added",
    classification: "safe",
    why: "a new generated page iterator",
  },
  { side: "operation", kind: "doc-changed", classification: "safe", why: "documentation only" },
  // Request fields: the caller writes them, so anything the old caller wrote must stay valid.
  {
    side: "request",
    kind: "field-removed",
    classification: "breaking",
    why: "callers passing it get a type error and a validation rejection",
  },
  {
    side: "request",
    kind: "field-added-required",
    classification: "breaking",
    why: "existing calls lack it",
  },
  {
    side: "request",
    kind: "field-added-optional",
    classification: "safe",
    why: "existing calls stay valid",
  },
  {
    side: "request",
    kind: "became-required",
    classification: "breaking",
    why: "calls that omit it no longer compile or validate",
  },
  {
    side: "request",
    kind: "became-optional",
    classification: "safe",
    why: "existing calls stay valid",
  },
  {
    side: "request",
    kind: "client-default-added",
    classification: "safe",
    why: "callers may omit it: the client sends its own value (an explicit one is still sent as given)",
  },
  {
    side: "request",
    kind: "client-default-removed",
    classification: "breaking",
    why: "the client no longer fills it: calls that omit it no longer compile, or send nothing",
  },
  {
    side: "request",
    kind: "type-changed",
    classification: "breaking",
    why: "existing values have the wrong type",
  },
  {
    side: "request",
    kind: "location-changed",
    classification: "breaking",
    why: "clients generated from the old spec send it in the wrong place",
  },
  {
    side: "request",
    kind: "constraint-narrowed",
    classification: "breaking",
    why: "values that passed before are now rejected",
  },
  {
    side: "request",
    kind: "constraint-relaxed",
    classification: "safe",
    why: "every value that passed before still passes",
  },
  {
    side: "request",
    kind: "enum-value-removed",
    classification: "breaking",
    why: "callers sending it are rejected and lose the enum constant",
  },
  {
    side: "request",
    kind: "enum-value-added",
    classification: "safe",
    why: "a new value callers may send",
  },
  {
    side: "request",
    kind: "composition-changed",
    classification: "attention",
    why: "oneOf/anyOf/allOf changed; compare the alternatives by hand",
  },
  {
    side: "request",
    kind: "model-ref-changed",
    classification: "attention",
    why: "the field's generated type has a new name",
  },
  { side: "request", kind: "doc-changed", classification: "safe", why: "documentation only" },
  // Response fields: the caller reads them, so anything the old caller relied on must still arrive.
  {
    side: "response",
    kind: "field-removed",
    classification: "breaking",
    why: "callers reading it break",
  },
  {
    side: "response",
    kind: "field-added-required",
    classification: "safe",
    why: "a new field callers may read",
  },
  {
    side: "response",
    kind: "field-added-optional",
    classification: "safe",
    why: "a new field callers may read",
  },
  { side: "response", kind: "became-required", classification: "safe", why: "now always present" },
  {
    side: "response",
    kind: "became-optional",
    classification: "breaking",
    why: "callers assuming it is present break (type gains undefined)",
  },
  {
    side: "response",
    kind: "type-changed",
    classification: "breaking",
    why: "callers reading it get a different type",
  },
  {
    side: "response",
    kind: "constraint-narrowed",
    classification: "safe",
    why: "every value arriving now could arrive before",
  },
  {
    side: "response",
    kind: "constraint-relaxed",
    classification: "breaking",
    why: "values callers never saw before can arrive (wider)",
  },
  {
    side: "response",
    kind: "enum-value-removed",
    classification: "breaking",
    why: "code comparing against it no longer compiles; the enum constant disappears",
  },
  {
    side: "response",
    kind: "enum-value-added",
    classification: "attention",
    why: "exhaustive switches over the value need a new branch",
  },
  {
    side: "response",
    kind: "composition-changed",
    classification: "attention",
    why: "oneOf/anyOf/allOf changed; compare the alternatives by hand",
  },
  {
    side: "response",
    kind: "model-ref-changed",
    classification: "attention",
    why: "the field's generated type has a new name",
  },
  { side: "response", kind: "doc-changed", classification: "safe", why: "documentation only" },
  // Named models (exported types in generated/models.ts and enums.ts).
  {
    side: "model",
    kind: "model-removed",
    classification: "breaking",
    why: "the exported type disappears",
  },
  { side: "model", kind: "model-added", classification: "safe", why: "a new exported type" },
];

const BY_KEY = new Map(RULES.map((r) => [`${r.side}:${r.kind}`, r]));

/** The table row for a change; throws for a combination the table does not cover (a bug here). */
export function ruleFor(side: ChangeSide, kind: ChangeKind): Rule {
  const rule = BY_KEY.get(`${side}:${kind}`);
  if (!rule) throw new Error(`spec-review: no classification rule for ${side}:${kind}`);
  return rule;
}
