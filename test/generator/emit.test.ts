import { describe, expect, it } from "vitest";
import type { ValidationSchema } from "../../runtime/operation.js";
import { emitApiMarkdown } from "../../generator/emit/api-md.js";
import { emitEnums } from "../../generator/emit/enums.js";
import { describeConstraints } from "../../generator/emit/jsdoc.js";
import { emitMetadata, operationMeta } from "../../generator/emit/metadata.js";
import { emitModels } from "../../generator/emit/models.js";
import { emitOperation } from "../../generator/emit/operation.js";
import { TsPrinter } from "../../generator/emit/project.js";
import { TypeImports, tsType } from "../../generator/emit/ts-types.js";
import { formatFile, prettierFormat } from "../../generator/format.js";
import { buildModel } from "../../generator/model/build.js";
import { enumKey } from "../../generator/naming.js";
import type { NamedSchemaModel, SchemaNode, SpecModel } from "../../generator/model/types.js";
import { toValidationSchema, type ValidationIssue } from "../../generator/model/validation.js";

const HEADER = `// Generated from spec — do not edit. Run \`npm run generate\` after changing spec/.\n`;

/** A one-operation spec fragment exercising path + body params, an enum, date-time and idempotency. */
const fragment = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/v3/things/{thing_id}": {
      post: {
        operationId: "touchThing",
        summary: "碰一下 (touch)",
        "x-wechatpay-idempotent": true,
        "x-wechatpay-idempotency-key": "out_request_no",
        "x-wechatpay-rate-limits": [{ limit: 5, per: "minute", scope: "ip" }],
        parameters: [
          {
            name: "thing_id",
            in: "path",
            required: true,
            schema: { type: "string", maxLength: 20 },
            example: "42",
          },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/TouchThingBody" } },
          },
        },
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Color: {
        type: "string",
        description: "颜色 (color)",
        enum: ["RED", "COUPON.USE"],
        "x-enum-descriptions": { RED: "红 (red)", "COUPON.USE": "核销 (used)" },
      },
      Thing: {
        type: "object",
        description: "A thing",
        required: ["thing_id"],
        properties: { thing_id: { type: "string" }, color: { $ref: "#/components/schemas/Color" } },
      },
      TouchThingBody: {
        type: "object",
        required: ["out_request_no"],
        properties: {
          out_request_no: { type: "string", pattern: "^[0-9]+$" },
          color: { $ref: "#/components/schemas/Color" },
          at: { type: "string", format: "date-time" },
        },
      },
    },
  },
};

describe("tsType: field schema → TypeScript type text", () => {
  const cases: [
    string,
    { given: SchemaNode; acceptDate: boolean; want: string; imports?: string[] },
  ][] = [
    ["plain string", { given: { type: "string" }, acceptDate: true, want: "string" }],
    [
      "date-time on the request side accepts Date",
      { given: { type: "string", format: "date-time" }, acceptDate: true, want: "string | Date" },
    ],
    [
      "date-time on the response side stays string",
      { given: { type: "string", format: "date-time" }, acceptDate: false, want: "string" },
    ],
    ["integer", { given: { type: "integer", minimum: 0 }, acceptDate: true, want: "number" }],
    ["boolean", { given: { type: "boolean" }, acceptDate: true, want: "boolean" }],
    [
      "inline enum → literal union",
      {
        given: { type: "string", enum: ["SENDED", "USED"] },
        acceptDate: true,
        want: '"SENDED" | "USED"',
      },
    ],
    [
      "array of inline enum is parenthesized",
      {
        given: { type: "array", items: { type: "string", enum: ["A", "B"] } },
        acceptDate: true,
        want: '("A" | "B")[]',
      },
    ],
    [
      "named component → its name, imported",
      {
        given: { $ref: "#/components/schemas/StockRule" },
        acceptDate: true,
        want: "StockRule",
        imports: ["StockRule"],
      },
    ],
    [
      "array of a named enum",
      {
        given: { type: "array", items: { $ref: "#/components/schemas/TradeType" } },
        acceptDate: true,
        want: "TradeType[]",
        imports: ["TradeType"],
      },
    ],
    [
      "multipart file part",
      {
        given: { type: "string", contentMediaType: "application/octet-stream" },
        acceptDate: true,
        want: "UploadFile",
      },
    ],
    [
      "inline object: sorted members, optional marks",
      {
        given: {
          type: "object",
          required: ["b"],
          properties: { b: { type: "integer" }, a: { type: "string" } },
        },
        acceptDate: true,
        want: "{ a?: string; b: number }",
      },
    ],
    [
      "free-form object",
      { given: { type: "object" }, acceptDate: true, want: "Record<string, unknown>" },
    ],
  ];
  it.each(cases)("%s", (_name, { given, acceptDate, want, imports }) => {
    const used = new TypeImports(new Set(["TradeType"]));
    expect(tsType(given, used, { acceptDate })).toBe(want);
    expect([...used.models, ...used.enums].sort()).toEqual(imports ?? []);
  });
});

describe("toValidationSchema: request schema → runtime ValidationSchema", () => {
  const document = {
    components: {
      schemas: {
        Status: { type: "string", enum: ["a", "b"] },
        Loop: { type: "object", properties: { next: { $ref: "#/components/schemas/Loop" } } },
      },
    },
  };
  const cases: [string, { given: SchemaNode; want: ValidationSchema }][] = [
    [
      "string constraints",
      {
        given: {
          type: "string",
          minLength: 1,
          maxLength: 20,
          pattern: "^\\d+$",
          description: "ignored",
        },
        want: { type: "string", minLength: 1, maxLength: 20, pattern: "^\\d+$" },
      },
    ],
    [
      "date-time kept, other formats are annotations",
      {
        given: { type: "string", format: "date-time" },
        want: { type: "string", format: "date-time" },
      },
    ],
    ["uri format dropped", { given: { type: "string", format: "uri" }, want: { type: "string" } }],
    [
      "integer range",
      {
        given: { type: "integer", minimum: 5, maximum: 10, exclusiveMinimum: 4, format: "int64" },
        want: { type: "integer", minimum: 5, maximum: 10, exclusiveMinimum: 4 },
      },
    ],
    [
      "const becomes a one-value enum",
      { given: { type: "string", const: "NORMAL" }, want: { type: "string", enum: ["NORMAL"] } },
    ],
    [
      "$ref resolved",
      {
        given: { $ref: "#/components/schemas/Status" },
        want: { type: "string", enum: ["a", "b"] },
      },
    ],
    [
      "array with item constraints",
      {
        given: {
          type: "array",
          minItems: 1,
          maxItems: 50,
          uniqueItems: true,
          items: { type: "string", maxLength: 128 },
        },
        want: {
          type: "array",
          items: { type: "string", maxLength: 128 },
          minItems: 1,
          maxItems: 50,
          uniqueItems: true,
        },
      },
    ],
    [
      "object: sorted properties, sorted required, unknown keys rejected even if the spec allows them",
      {
        given: {
          type: "object",
          additionalProperties: true,
          required: ["z", "a"],
          properties: { z: { type: "boolean" }, a: { type: "number" } },
        },
        want: {
          type: "object",
          properties: { a: { type: "number" }, z: { type: "boolean" } },
          required: ["a", "z"],
          additionalProperties: false,
        },
      },
    ],
    [
      "binary upload part",
      {
        given: { type: "string", format: "binary", maxLength: 2097152 },
        want: { type: "binary", maxBytes: 2097152 },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    const issues: ValidationIssue[] = [];
    expect(toValidationSchema(document, given, "/x", issues)).toEqual(want);
    expect(issues).toEqual([]);
  });

  const unsupported: [string, { given: SchemaNode; pointer: string; message: RegExp }][] = [
    [
      "nullable",
      { given: { type: "string", nullable: true }, pointer: "/x/nullable", message: /nullable/ },
    ],
    [
      "null in a type list",
      { given: { type: ["string", "null"] }, pointer: "/x/type", message: /null is never sent/ },
    ],
    [
      "oneOf",
      {
        given: { oneOf: [{ type: "string" }, { type: "integer" }] },
        pointer: "/x/oneOf",
        message: /unsupported construct "oneOf"/,
      },
    ],
    [
      "allOf",
      {
        given: { allOf: [{ type: "object" }] },
        pointer: "/x/allOf",
        message: /unsupported construct "allOf"/,
      },
    ],
    [
      "keyword the interpreter cannot check",
      {
        given: { type: "integer", multipleOf: 5 },
        pointer: "/x/multipleOf",
        message: /keyword "multipleOf" is not supported/,
      },
    ],
    [
      "invalid regular expression",
      {
        given: { type: "string", pattern: "([a-z" },
        pointer: "/x/pattern",
        message: /not a valid ECMAScript regular expression/,
      },
    ],
    [
      "enum of the wrong type",
      {
        given: { type: "integer", enum: ["1"] },
        pointer: "/x/enum",
        message: /must all be numbers/,
      },
    ],
    [
      "array without items",
      { given: { type: "array" }, pointer: "/x", message: /no `items` schema/ },
    ],
    ["missing type", { given: { minLength: 1 }, pointer: "/x", message: /has no type/ }],
    [
      "recursive schema",
      {
        given: { $ref: "#/components/schemas/Loop" },
        pointer: "/components/schemas/Loop/properties/next/$ref",
        message: /recursive schema/,
      },
    ],
    [
      "required names a missing property",
      {
        given: { type: "object", required: ["a"], properties: {} },
        pointer: "/x/required",
        message: /required field "a" is not in properties/,
      },
    ],
  ];
  it.each(unsupported)("rejects %s", (_name, { given, pointer, message }) => {
    const issues: ValidationIssue[] = [];
    toValidationSchema(document, given, "/x", issues);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.pointer).toBe(pointer);
    expect(issues[0]?.message).toMatch(message);
  });
});

describe("describeConstraints: JSDoc line for a field", () => {
  const cases: [string, ValidationSchema, string][] = [
    [
      "length range + pattern",
      { type: "string", minLength: 1, maxLength: 20, pattern: "^\\d+$" },
      "1–20 characters; pattern `^\\d+$`",
    ],
    ["exact length", { type: "string", minLength: 64, maxLength: 64 }, "exactly 64 characters"],
    ["enum", { type: "string", enum: ["a", "b"] }, "one of `a`, `b`"],
    [
      "date-time",
      { type: "string", format: "date-time" },
      "RFC 3339 date-time (a `Date` is converted to +08:00)",
    ],
    ["number bounds", { type: "integer", minimum: 1, maximum: 10 }, "integer; ≥ 1; ≤ 10"],
    [
      "array",
      { type: "array", items: { type: "string", maxLength: 128 }, maxItems: 50 },
      "at most 50 items; each: at most 128 characters",
    ],
    ["boolean has none", { type: "boolean" }, ""],
  ];
  it.each(cases)("%s", (_name, given, want) => expect(describeConstraints(given)).toBe(want));
});

describe("enumKey: enum value → const object key", () => {
  const cases: [string, string][] = [
    ["running", "running"],
    ["COUPON.USE", "COUPON_USE"],
    ["encrypt-resource", "encrypt_resource"],
    ["1ST", "_1ST"],
    ["", "_"],
  ];
  it.each(cases)("%s → %s", (given, want) => expect(enumKey(given)).toBe(want));
});

describe("file emitters on a spec fragment (given → exact TypeScript)", () => {
  const model = buildModel(fragment, { experimental: false });
  const printer = new TsPrinter();
  const op = model.operations[0];
  if (!op) throw new Error("fragment has one operation");

  it("enums.ts: const object with per-value docs + union type, safe keys", async () => {
    expect(await formatFile("enums.ts", emitEnums(printer, model))).toBe(`${HEADER}
/** 颜色 (color) */
export const Color = {
  /** 红 (red) */
  RED: "RED",
  /** 核销 (used) */
  COUPON_USE: "COUPON.USE",
} as const;

/** 颜色 (color) */
export type Color = (typeof Color)[keyof typeof Color];
`);
  });

  it("models.ts: a named interface per model; a $ref field carries its target's description; the unused body is left out", async () => {
    expect(await formatFile("models.ts", emitModels(printer, model))).toBe(`${HEADER}
import type { Color } from "./enums.js";

/** A thing */
export interface Thing {
  /**
   * 颜色 (color)
   *
   * one of \`RED\`, \`COUPON.USE\`
   */
  color?: Color;
  thing_id: string;
}
`);
  });

  it("metadata: OperationMeta data with a flat validation schema", async () => {
    expect(operationMeta(op, model)).toEqual({
      operationId: "touchThing",
      method: "POST",
      path: "/v3/things/{thing_id}",
      params: [
        { name: "thing_id", in: "path" },
        { name: "at", in: "body" },
        { name: "color", in: "body" },
        { name: "out_request_no", in: "body" },
      ],
      retrySafe: true,
      signedResponse: true,
      validation: {
        type: "object",
        properties: {
          thing_id: { type: "string", maxLength: 20 },
          at: { type: "string", format: "date-time" },
          color: { type: "string", enum: ["RED", "COUPON.USE"] },
          out_request_no: { type: "string", pattern: "^[0-9]+$" },
        },
        required: ["thing_id", "out_request_no"],
        additionalProperties: false,
      },
      // The success schema's required fields, for the runtime's top-level shape check.
      response: { status: 200, body: "object", required: ["thing_id"] },
      // x-wechatpay-rate-limits, for limiters shared by several instances.
      rateLimits: [{ limit: 5, per: "minute", scope: "ip" }],
    });
    const text = emitMetadata(model);
    // Printed in prettier's shape by the emitter itself (metadata.ts skips prettier).
    expect(await prettierFormat("metadata.ts", text)).toBe(text);
    expect(text).toContain("export const touchThingOperation = {\n");
    expect(text).toContain("} as const satisfies OperationMeta;\n");
    expect(text).toContain(
      "export const operationMetas = [touchThingOperation] as const satisfies readonly OperationMeta[];\n",
    );
  });

  it("operations/<id>.ts: flat params interface + one-line function with JSDoc, and its typed .withResponse", async () => {
    expect(
      await formatFile("operations/touchThing.ts", emitOperation(printer, op, new Set(["Color"]))),
    ).toBe(`${HEADER}
import type { RawResponse, RequestOptions, WechatPayClient } from "../../runtime/index.js";
import type { Color } from "../enums.js";
import type { Thing } from "../models.js";
import { touchThingOperation } from "../metadata.js";

/** Parameters of {@link touchThing}: path, query and body fields in one flat object (the runtime knows where each goes). */
export interface TouchThingParams {
  /**
   * path · required · at most 20 characters
   *
   * @example "42"
   */
  thing_id: string;
  /** body · optional · RFC 3339 date-time (a \`Date\` is converted to +08:00) */
  at?: string | Date;
  /**
   * 颜色 (color)
   *
   * body · optional · one of \`RED\`, \`COUPON.USE\`
   */
  color?: Color;
  /** body · required · pattern \`^[0-9]+$\` */
  out_request_no: string;
}

/**
 * 碰一下 (touch)
 *
 * \`POST /v3/things/{thing_id}\`
 *
 * Rate limits: 5/minute per source IP.
 *
 * Idempotent: safe to retry; replays with the same \`out_request_no\` return the original result.
 *
 * @example
 * \`\`\`ts
 * const result = await touchThing(client, { thing_id: "42", out_request_no: "<out_request_no>" });
 * \`\`\`
 */
export function touchThing(
  client: WechatPayClient,
  params: TouchThingParams,
  options?: RequestOptions,
): Promise<Thing> {
  return client.request<Thing>(touchThingOperation, params, options);
}

/**
 * {@link touchThing} with the HTTP status, the response headers and the \`Request-ID\` (quote it to WeChat Pay support): resolves to \`{ data, status, headers, requestId }\`.
 *
 * @example
 * \`\`\`ts
 * const { data, requestId } = await touchThing.withResponse(client, { thing_id: "42", out_request_no: "<out_request_no>" });
 * \`\`\`
 */
touchThing.withResponse = function touchThingWithResponse(
  client: WechatPayClient,
  params: TouchThingParams,
  options?: RequestOptions,
): Promise<RawResponse<Thing>> {
  return client.requestRaw<Thing>(touchThingOperation, params, options);
};
`);
  });

  it("API.md: one line per operation, models and enums listed", async () => {
    expect(await formatFile("API.md", emitApiMarkdown(model)))
      .toBe(`<!-- Generated from spec — do not edit. Run \`npm run generate\` after changing spec/. -->

# t (1)

## Operations

- [\`touchThing\`](operations/touchThing.ts): \`POST /v3/things/{thing_id}\` → [\`Thing\`](models.ts) — 碰一下 (touch)

## Models

- [\`Thing\`](models.ts) — A thing

## Enums

- [\`Color\`](enums.ts): \`RED\`, \`COUPON.USE\`
`);
  });
});

describe("models.ts: every field documented, nested types by name", () => {
  const schema = (name: string, node: SchemaNode, description?: string): NamedSchemaModel => ({
    name,
    description,
    schema: node,
    enumValues: undefined,
  });
  const inner = { $ref: "#/components/schemas/Inner" };
  const model: SpecModel = {
    title: "t",
    version: "1",
    operations: [],
    skippedExperimental: [],
    skippedOperations: [],
    sharedErrors: [],
    webhooks: [],
    schemas: [
      schema(
        "Inner",
        {
          type: "object",
          required: ["n"],
          properties: { n: { type: "integer", minimum: 1, examples: [3] } },
          examples: [{ n: 3 }],
        },
        "内层 (inner)",
      ),
      schema("Open", {
        type: "object",
        properties: { a: { type: "string" } },
        additionalProperties: true,
      }),
      schema("Outer", {
        type: "object",
        required: ["inner"],
        properties: {
          when: {
            type: "string",
            format: "date-time",
            description: "时间 (time)",
            examples: ["2026-01-01T00:00:00+08:00"],
          },
          inner,
          list: { type: "array", maxItems: 2, items: inner },
          nested: {
            type: "object",
            properties: { deep: { type: "string", maxLength: 5, description: "深 (deep)" } },
          },
          extra: { type: "object", additionalProperties: true },
          own: { ...inner, description: "自己的说明 (its own description)" },
        },
      }),
    ],
  };

  it("prints interfaces with the field's or its target's description, constraints and example", async () => {
    expect(await formatFile("models.ts", emitModels(new TsPrinter(), model))).toBe(`${HEADER}
/** 内层 (inner) */
export interface Inner {
  /**
   * integer; ≥ 1
   *
   * @example 3
   */
  n: number;
}

export interface Open {
  [key: string]: unknown;
  a?: string;
}

export interface Outer {
  extra?: Record<string, unknown>;
  /** 内层 (inner) */
  inner: Inner;
  /**
   * 内层 (inner)
   *
   * at most 2 items
   */
  list?: Inner[];
  nested?: {
    /**
     * 深 (deep)
     *
     * at most 5 characters
     */
    deep?: string;
  };
  /** 自己的说明 (its own description) */
  own?: Inner;
  /**
   * 时间 (time)
   *
   * RFC 3339 date-time string
   *
   * @example "2026-01-01T00:00:00+08:00"
   */
  when?: string;
}
`);
  });
});
