/**
 * One case per classification rule: an edit of the fixture spec, and the report item it must
 * produce (classification, subject, sides, operations). A final test checks every row of the
 * RULES table has a case, so a new rule cannot ship untested.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { ReportItem } from "../../tools/spec-review/group.js";
import {
  RULES,
  type ChangeKind,
  type ChangeSide,
  type Classification,
} from "../../tools/spec-review/rules.js";
import { diffEdit, removeTempDirs, schemas, type Doc, type Edit } from "./helpers.js";

afterAll(removeTempDirs);

interface Expected {
  readonly kind: ChangeKind;
  readonly side: ChangeSide;
  readonly classification: Classification;
  readonly subject: string;
  readonly detail?: string;
  readonly before?: string;
  readonly after?: string;
  /** Exact set of operations the item must name. */
  readonly operations?: readonly string[];
  /** Field paths (per usage) the item must name. */
  readonly paths?: readonly string[];
}

interface Case {
  readonly name: string;
  readonly edit: Edit;
  /** Applied to both sides first (e.g. to mark an operation experimental before the edit). */
  readonly baseEdit?: Edit;
  readonly expect: readonly Expected[];
}

const thing = (doc: Doc): Doc => schemas(doc)["Thing"]["properties"];
const body = (doc: Doc): Doc => schemas(doc)["CreateThingBody"];
const ops = (doc: Doc): Doc => doc["paths"];
const copySchema = (doc: Doc, from: string, to: string): void => {
  schemas(doc)[to] = structuredClone(schemas(doc)[from]);
};

const CLIENT_DEFAULT = "x-wechatpay-client-default";
const MCHID_DEFAULT = {
  from: "mchid",
  reason: "must equal the calling merchant (https://pay.weixin.qq.com/doc/v3/merchant/0000)",
};

const CASES: readonly Case[] = [
  // ── operations ──
  {
    name: "removed operation",
    edit: (d) => delete ops(d)["/v3/things/{thing_id}"].get,
    expect: [
      {
        kind: "operation-removed",
        side: "operation",
        classification: "breaking",
        subject: "queryThing",
        operations: ["queryThing"],
      },
    ],
  },
  {
    name: "added operation",
    edit: (d) => {
      ops(d)["/v3/others"] = {
        get: { operationId: "listOthers", responses: { "200": { description: "ok" } } },
      };
    },
    expect: [
      {
        kind: "operation-added",
        side: "operation",
        classification: "safe",
        subject: "listOthers",
        after: "GET /v3/others",
      },
    ],
  },
  {
    name: "renamed operation (same method + path)",
    edit: (d) => (ops(d)["/v3/things/{thing_id}"].get.operationId = "getThing"),
    expect: [
      {
        kind: "operation-renamed",
        side: "operation",
        classification: "breaking",
        subject: "getThing",
        before: "queryThing",
        after: "getThing",
      },
    ],
  },
  {
    name: "method change",
    edit: (d) => {
      const p = ops(d)["/v3/things/{thing_id}"];
      p.post = p.get;
      delete p.get;
    },
    expect: [
      {
        kind: "method-changed",
        side: "operation",
        classification: "breaking",
        subject: "queryThing",
        before: "GET",
        after: "POST",
      },
    ],
  },
  {
    name: "path change",
    edit: (d) => {
      ops(d)["/v3/items/{thing_id}"] = ops(d)["/v3/things/{thing_id}"];
      delete ops(d)["/v3/things/{thing_id}"];
    },
    expect: [
      {
        kind: "path-changed",
        side: "operation",
        classification: "breaking",
        subject: "queryThing",
        before: "/v3/things/{thing_id}",
        after: "/v3/items/{thing_id}",
      },
    ],
  },
  {
    name: "operation became experimental",
    edit: (d) => (ops(d)["/v3/things/{thing_id}"].get["x-wechatpay-experimental"] = true),
    expect: [
      {
        kind: "became-experimental",
        side: "operation",
        classification: "breaking",
        subject: "queryThing",
      },
    ],
  },
  {
    name: "operation left experimental",
    baseEdit: (d) => (ops(d)["/v3/things/{thing_id}"].get["x-wechatpay-experimental"] = true),
    edit: (d) => delete ops(d)["/v3/things/{thing_id}"].get["x-wechatpay-experimental"],
    expect: [
      {
        kind: "left-experimental",
        side: "operation",
        classification: "safe",
        subject: "queryThing",
      },
    ],
  },
  {
    name: "rate limit change",
    edit: (d) => (ops(d)["/v3/things"].get["x-wechatpay-rate-limits"][0].limit = 5),
    expect: [
      {
        kind: "extension-changed",
        side: "operation",
        classification: "attention",
        subject: "listThings",
        detail: "x-wechatpay-rate-limits",
      },
    ],
  },
  {
    name: "idempotency key change",
    edit: (d) => (ops(d)["/v3/things"].post["x-wechatpay-idempotency-key"] = "name"),
    expect: [
      {
        kind: "extension-changed",
        side: "operation",
        classification: "attention",
        subject: "createThing",
        detail: "x-wechatpay-idempotency-key",
        before: '"out_request_no"',
        after: '"name"',
      },
    ],
  },
  {
    name: "success status change",
    edit: (d) => {
      const r = ops(d)["/v3/things"].post.responses;
      r["201"] = r["200"];
      delete r["200"];
    },
    expect: [
      {
        kind: "success-status-changed",
        side: "operation",
        classification: "attention",
        subject: "createThing",
        before: "200",
        after: "201",
      },
    ],
  },
  {
    name: "response model renamed",
    edit: (d) => {
      copySchema(d, "Thing", "CreatedThing");
      ops(d)["/v3/things"].post.responses["200"].content["application/json"].schema = {
        $ref: "#/components/schemas/CreatedThing",
      };
    },
    expect: [
      {
        kind: "response-model-renamed",
        side: "operation",
        classification: "attention",
        subject: "createThing",
        before: "Thing",
        after: "CreatedThing",
      },
      { kind: "model-added", side: "model", classification: "safe", subject: "CreatedThing" },
    ],
  },
  {
    name: "error code added",
    edit: (d) =>
      ops(d)["/v3/things"].get.responses["400"]["x-wechatpay-error-codes"].push({
        code: "INVALID_REQUEST",
        description: "x",
      }),
    expect: [
      {
        kind: "error-code-added",
        side: "operation",
        classification: "attention",
        subject: "listThings",
        after: "INVALID_REQUEST",
      },
    ],
  },
  {
    name: "error code removed",
    edit: (d) => (ops(d)["/v3/things"].get.responses["400"]["x-wechatpay-error-codes"] = []),
    expect: [
      {
        kind: "error-code-removed",
        side: "operation",
        classification: "safe",
        subject: "listThings",
        before: "PARAM_ERROR",
      },
    ],
  },
  {
    name: "page iterator removed (no total_count any more)",
    edit: (d) => delete schemas(d)["ThingCollection"].properties.total_count,
    expect: [
      {
        kind: "iterator-removed",
        side: "operation",
        classification: "breaking",
        subject: "listThings",
        before: "iterateListThings",
      },
      {
        kind: "field-removed",
        side: "response",
        classification: "breaking",
        subject: "ThingCollection.total_count",
        operations: ["listThings"],
      },
    ],
  },
  {
    name: "page iterator added",
    baseEdit: (d) => delete schemas(d)["ThingCollection"].properties.total_count,
    edit: (d) => (schemas(d)["ThingCollection"].properties.total_count = { type: "integer" }),
    expect: [
      {
        kind: "iterator-added",
        side: "operation",
        classification: "safe",
        subject: "listThings",
        after: "iterateListThings",
      },
    ],
  },
  {
    name: "operation summary change",
    edit: (d) => (ops(d)["/v3/things"].get.summary = "List all things"),
    expect: [
      {
        kind: "doc-changed",
        side: "operation",
        classification: "safe",
        subject: "listThings",
        detail: "summary",
      },
    ],
  },

  // ── request fields ──
  {
    name: "request field removed",
    edit: (d) => delete body(d).properties.note,
    expect: [
      {
        kind: "field-removed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.note",
        operations: ["createThing"],
        paths: ["note"],
      },
    ],
  },
  {
    name: "required request field added",
    edit: (d) => {
      body(d).properties.currency = { type: "string" };
      body(d).required.push("currency");
    },
    expect: [
      {
        kind: "field-added-required",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.currency",
        operations: ["createThing"],
      },
    ],
  },
  {
    name: "optional request field added",
    edit: (d) => (body(d).properties.memo = { type: "string" }),
    expect: [
      {
        kind: "field-added-optional",
        side: "request",
        classification: "safe",
        subject: "CreateThingBody.memo",
      },
    ],
  },
  {
    name: "optional query parameter added",
    edit: (d) =>
      ops(d)["/v3/things"].get.parameters.push({
        name: "q",
        in: "query",
        schema: { type: "string" },
      }),
    expect: [
      {
        kind: "field-added-optional",
        side: "request",
        classification: "safe",
        subject: "listThings request q",
        operations: ["listThings"],
      },
    ],
  },
  {
    name: "request parameter removed",
    edit: (d) => ops(d)["/v3/things"].get.parameters.pop(),
    expect: [
      {
        kind: "field-removed",
        side: "request",
        classification: "breaking",
        subject: "listThings request status",
        operations: ["listThings"],
      },
    ],
  },
  {
    name: "request field became required",
    edit: (d) => body(d).required.push("note"),
    expect: [
      {
        kind: "became-required",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.note",
        before: "optional",
        after: "required",
      },
    ],
  },
  {
    name: "request field became optional",
    edit: (d) => (body(d).required = ["out_request_no"]),
    expect: [
      {
        kind: "became-optional",
        side: "request",
        classification: "safe",
        subject: "CreateThingBody.name",
      },
    ],
  },
  {
    name: "request type change",
    edit: (d) => (body(d).properties.amount = { type: "string" }),
    expect: [
      {
        kind: "type-changed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.amount",
        before: "integer",
        after: "string",
      },
    ],
  },
  {
    name: "parameter moved from path to query",
    edit: (d) => (ops(d)["/v3/things/{thing_id}"].get.parameters[0].in = "query"),
    expect: [
      {
        kind: "location-changed",
        side: "request",
        classification: "breaking",
        subject: "queryThing request thing_id",
        before: "path",
        after: "query",
      },
    ],
  },
  {
    name: "the client starts filling a request field",
    edit: (d) => (body(d).properties.name[CLIENT_DEFAULT] = MCHID_DEFAULT),
    expect: [
      {
        kind: "client-default-added",
        side: "request",
        classification: "safe",
        subject: "CreateThingBody.name",
        after: "mchid",
      },
    ],
  },
  {
    name: "the client stops filling a request field",
    baseEdit: (d) => (body(d).properties.name[CLIENT_DEFAULT] = MCHID_DEFAULT),
    edit: (d) => delete body(d).properties.name[CLIENT_DEFAULT],
    expect: [
      {
        kind: "client-default-removed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.name",
        before: "mchid",
      },
    ],
  },
  {
    name: "added required request field the client fills",
    edit: (d) => {
      body(d).properties.owner = { type: "string", [CLIENT_DEFAULT]: MCHID_DEFAULT };
      body(d).required.push("owner");
    },
    expect: [
      {
        kind: "field-added-optional",
        side: "request",
        classification: "safe",
        subject: "CreateThingBody.owner",
      },
    ],
  },
  {
    name: "request maxLength shorter",
    edit: (d) => (body(d).properties.name.maxLength = 32),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.name",
        detail: "maxLength",
        before: "64",
        after: "32",
        operations: ["createThing"],
        paths: ["name"],
      },
    ],
  },
  {
    name: "request maximum smaller",
    edit: (d) => (body(d).properties.amount.maximum = 500),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.amount",
        detail: "maximum",
        before: "1000",
        after: "500",
      },
    ],
  },
  {
    name: "request minimum larger",
    edit: (d) => (body(d).properties.amount.minimum = 10),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.amount",
        detail: "minimum",
        before: "1",
        after: "10",
      },
    ],
  },
  {
    name: "request pattern added",
    edit: (d) => (body(d).properties.out_request_no.pattern = "^[0-9A-Za-z_-]+$"),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.out_request_no",
        detail: "pattern",
      },
    ],
  },
  {
    name: "request pattern changed",
    edit: (d) => (schemas(d)["Label"].properties.color.pattern = "^#[0-9A-F]{6}$"),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "Label.color",
        detail: "pattern",
        operations: ["createThing"],
        paths: ["label.color"],
      },
    ],
  },
  {
    name: "request maxItems smaller",
    edit: (d) => (body(d).properties.tags.maxItems = 3),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.tags",
        detail: "maxItems",
        before: "5",
        after: "3",
      },
    ],
  },
  {
    name: "request enum introduced on a free string",
    edit: (d) => (body(d).properties.note.enum = ["a", "b"]),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.note",
        detail: "enum",
      },
    ],
  },
  {
    name: "request path parameter maxLength shorter",
    edit: (d) => (ops(d)["/v3/things/{thing_id}"].get.parameters[0].schema.maxLength = 10),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "queryThing request thing_id",
        detail: "maxLength",
        before: "20",
        after: "10",
      },
    ],
  },
  {
    name: "request constraint relaxed",
    edit: (d) => (body(d).properties.name.maxLength = 128),
    expect: [
      {
        kind: "constraint-relaxed",
        side: "request",
        classification: "safe",
        subject: "CreateThingBody.name",
        detail: "maxLength",
        before: "64",
        after: "128",
      },
    ],
  },
  {
    name: "request oneOf changed",
    edit: (d) => (body(d).properties.note = { oneOf: [{ type: "string" }, { type: "integer" }] }),
    expect: [
      {
        kind: "type-changed",
        side: "request",
        classification: "breaking",
        subject: "CreateThingBody.note",
        before: "string",
        after: "untyped",
      },
    ],
  },
  {
    name: "request composition changed (same type)",
    edit: (d) =>
      (body(d).properties.note = { type: "string", anyOf: [{ maxLength: 3 }, { pattern: "^x" }] }),
    expect: [
      {
        kind: "composition-changed",
        side: "request",
        classification: "attention",
        subject: "CreateThingBody.note",
        operations: ["createThing"],
      },
    ],
  },
  {
    name: "request field points at another model",
    edit: (d) => {
      copySchema(d, "Label", "Tag");
      body(d).properties.label = { $ref: "#/components/schemas/Tag" };
    },
    expect: [
      {
        kind: "model-ref-changed",
        side: "request",
        classification: "attention",
        subject: "CreateThingBody.label",
        before: "Label",
        after: "Tag",
      },
    ],
  },
  {
    name: "request description change",
    edit: (d) => (body(d).properties.name.description = "Display name."),
    expect: [
      {
        kind: "doc-changed",
        side: "request",
        classification: "safe",
        subject: "CreateThingBody.name",
        detail: "description",
      },
    ],
  },

  // ── response fields ──
  {
    name: "response field removed",
    edit: (d) => delete thing(d).note,
    expect: [
      {
        kind: "field-removed",
        side: "response",
        classification: "breaking",
        subject: "Thing.note",
        operations: ["createThing", "listThings", "queryThing"],
        paths: ["data[].note", "note"],
      },
    ],
  },
  {
    name: "required response field added",
    edit: (d) => {
      thing(d).created_at = { type: "string", format: "date-time" };
      schemas(d)["Thing"].required.push("created_at");
    },
    expect: [
      {
        kind: "field-added-required",
        side: "response",
        classification: "safe",
        subject: "Thing.created_at",
      },
    ],
  },
  {
    name: "optional response field added",
    edit: (d) => (thing(d).memo = { type: "string" }),
    expect: [
      {
        kind: "field-added-optional",
        side: "response",
        classification: "safe",
        subject: "Thing.memo",
        operations: ["createThing", "listThings", "queryThing"],
      },
    ],
  },
  {
    name: "response field became required",
    edit: (d) => schemas(d)["Thing"].required.push("note"),
    expect: [
      { kind: "became-required", side: "response", classification: "safe", subject: "Thing.note" },
    ],
  },
  {
    name: "response field became optional",
    edit: (d) => (schemas(d)["Thing"].required = ["thing_id", "status"]),
    expect: [
      {
        kind: "became-optional",
        side: "response",
        classification: "breaking",
        subject: "Thing.name",
        operations: ["createThing", "listThings", "queryThing"],
      },
    ],
  },
  {
    name: "response type change",
    edit: (d) => (thing(d).amount = { type: "string" }),
    expect: [
      {
        kind: "type-changed",
        side: "response",
        classification: "breaking",
        subject: "Thing.amount",
        before: "integer",
        after: "string",
      },
    ],
  },
  {
    name: "response nullable (type widened)",
    edit: (d) => (thing(d).note = { type: ["string", "null"] }),
    expect: [
      {
        kind: "type-changed",
        side: "response",
        classification: "breaking",
        subject: "Thing.note",
        before: "string",
        after: "null|string",
      },
    ],
  },
  {
    name: "response constraint narrowed",
    edit: (d) => (thing(d).name.maxLength = 32),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "response",
        classification: "safe",
        subject: "Thing.name",
        detail: "maxLength",
      },
    ],
  },
  {
    name: "response constraint widened",
    edit: (d) => (thing(d).amount.maximum = 5000),
    expect: [
      {
        kind: "constraint-relaxed",
        side: "response",
        classification: "breaking",
        subject: "Thing.amount",
        detail: "maximum",
        before: "1000",
        after: "5000",
      },
    ],
  },
  {
    name: "response composition changed",
    edit: (d) => (thing(d).note = { type: "string", anyOf: [{ maxLength: 3 }, { pattern: "^x" }] }),
    expect: [
      {
        kind: "composition-changed",
        side: "response",
        classification: "attention",
        subject: "Thing.note",
      },
    ],
  },
  {
    name: "response field points at another model",
    edit: (d) => {
      copySchema(d, "Label", "Tag");
      thing(d).label = { $ref: "#/components/schemas/Tag" };
    },
    expect: [
      {
        kind: "model-ref-changed",
        side: "response",
        classification: "attention",
        subject: "Thing.label",
        before: "Label",
        after: "Tag",
      },
    ],
  },
  {
    name: "response example change",
    edit: (d) => (thing(d).name.examples = ["Box"]),
    expect: [
      {
        kind: "doc-changed",
        side: "response",
        classification: "safe",
        subject: "Thing.name",
        detail: "example",
      },
    ],
  },

  // ── a shared enum and a shared schema: classified per usage, naming each operation ──
  {
    name: "enum value removed (request and response usages)",
    edit: (d) => (schemas(d)["ThingStatus"].enum = ["active"]),
    expect: [
      {
        kind: "enum-value-removed",
        side: "request",
        classification: "breaking",
        subject: "ThingStatus",
        before: '"paused"',
        operations: ["createThing", "listThings", "queryThing"],
        paths: ["status", "data[].status"],
      },
      {
        kind: "enum-value-removed",
        side: "response",
        classification: "breaking",
        subject: "ThingStatus",
        before: '"paused"',
      },
    ],
  },
  {
    name: "enum value added: safe for requests, attention for responses",
    edit: (d) => schemas(d)["ThingStatus"].enum.push("archived"),
    expect: [
      {
        kind: "enum-value-added",
        side: "request",
        classification: "safe",
        subject: "ThingStatus",
        after: '"archived"',
        operations: ["listThings"],
        paths: ["status"],
      },
      {
        kind: "enum-value-added",
        side: "response",
        classification: "attention",
        subject: "ThingStatus",
        after: '"archived"',
        operations: ["createThing", "listThings", "queryThing"],
        paths: ["status", "data[].status"],
      },
    ],
  },
  {
    name: "shared schema maxLength shorter: breaking for the request usage, safe for responses",
    edit: (d) => (schemas(d)["Label"].properties.text.maxLength = 16),
    expect: [
      {
        kind: "constraint-narrowed",
        side: "request",
        classification: "breaking",
        subject: "Label.text",
        detail: "maxLength",
        before: "32",
        after: "16",
        operations: ["createThing"],
        paths: ["label.text"],
      },
      {
        kind: "constraint-narrowed",
        side: "response",
        classification: "safe",
        subject: "Label.text",
        detail: "maxLength",
        operations: ["createThing", "listThings", "queryThing"],
        paths: ["label.text", "data[].label.text"],
      },
    ],
  },

  // ── webhook payloads and standalone models are data the caller reads ──
  {
    name: "webhook payload field removed",
    edit: (d) => delete schemas(d)["ThingEvent"].properties.summary,
    expect: [
      {
        kind: "field-removed",
        side: "response",
        classification: "breaking",
        subject: "ThingEvent.summary",
        operations: ["webhook:thingChanged"],
      },
    ],
  },
  {
    name: "webhook payload enum value added",
    edit: (d) => schemas(d)["ThingEvent"].properties.event_type.enum.push("THING.DELETED"),
    expect: [
      {
        kind: "enum-value-added",
        side: "response",
        classification: "attention",
        subject: "ThingEvent.event_type",
        operations: ["webhook:thingChanged"],
      },
    ],
  },
  {
    name: "standalone model field type change",
    edit: (d) => (schemas(d)["Extra"].properties.value.type = "integer"),
    expect: [
      {
        kind: "type-changed",
        side: "response",
        classification: "breaking",
        subject: "Extra.value",
        operations: ["model:Extra"],
      },
    ],
  },

  // ── named models ──
  {
    name: "model removed",
    edit: (d) => delete schemas(d)["Extra"],
    expect: [
      { kind: "model-removed", side: "model", classification: "breaking", subject: "Extra" },
    ],
  },
  {
    name: "model added",
    edit: (d) => (schemas(d)["Another"] = { type: "string" }),
    expect: [{ kind: "model-added", side: "model", classification: "safe", subject: "Another" }],
  },
];

function matches(item: ReportItem, e: Expected): boolean {
  return (
    item.kind === e.kind &&
    item.sides.includes(e.side) &&
    item.subject === e.subject &&
    (e.detail === undefined || item.detail === e.detail) &&
    (e.before === undefined || item.before === e.before) &&
    (e.after === undefined || item.after === e.after)
  );
}

describe("classification rules", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const items = diffEdit(c.edit, c.baseEdit);
    for (const e of c.expect) {
      const item = items.find((i) => matches(i, e));
      expect(
        item,
        `no ${e.side}:${e.kind} item for ${e.subject} in:\n${JSON.stringify(items, null, 2)}`,
      ).toBeDefined();
      if (!item) continue;
      expect(item.classification).toBe(e.classification);
      if (e.operations) expect(item.operations).toEqual([...e.operations].sort());
      for (const p of e.paths ?? []) expect(item.usages.map((u) => u.path)).toContain(p);
    }
  });

  it("enum value removed from a shared enum is one item covering both sides", () => {
    const items = diffEdit((d) => (schemas(d)["ThingStatus"].enum = ["active"]));
    const removed = items.filter((i) => i.kind === "enum-value-removed");
    expect(removed).toHaveLength(1);
    expect(removed[0]?.sides).toEqual(["request", "response"]);
  });

  it("changes inside an experimental operation are capped at needs attention", () => {
    const items = diffEdit(
      (d) => (ops(d)["/v3/things/{thing_id}"].get.parameters[0].schema.maxLength = 10),
      (d) => (ops(d)["/v3/things/{thing_id}"].get["x-wechatpay-experimental"] = true),
    );
    const item = items.find((i) => i.detail === "maxLength");
    expect(item?.classification).toBe("attention");
    expect(item?.why).toContain("experimental");
  });

  it("links each change to the generated names it alters", () => {
    const items = diffEdit((d) => (schemas(d)["Label"].properties.text.maxLength = 16));
    const request = items.find((i) => i.sides.includes("request"));
    expect(request?.generated).toEqual(
      expect.arrayContaining(["Label", "CreateThingBody", "CreateThingParams", "createThing"]),
    );
    const response = items.find((i) => i.sides.includes("response"));
    expect(response?.generated).toEqual(
      expect.arrayContaining(["Label", "Thing", "ThingCollection", "listThings", "queryThing"]),
    );
  });

  it("an unchanged spec has no items", () => {
    expect(diffEdit(() => {})).toEqual([]);
  });

  it("every rule in the table has a case", () => {
    const covered = new Set(
      CASES.flatMap((c) => c.expect.map((e) => `${e.side}:${e.kind}:${e.classification}`)),
    );
    const missing = RULES.filter(
      (r) => !covered.has(`${r.side}:${r.kind}:${r.classification}`),
    ).map((r) => `${r.side}:${r.kind}`);
    expect(missing).toEqual([]);
  });
});
