/**
 * A corpus of named malformed specs, each one breakage of a temp copy of the real `spec/`. Edits go
 * through the `yaml` document API (so they keep working when the spec text changes) except where
 * the breakage IS the text (bad YAML).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import type { Document } from "yaml";

export interface SpecCopy {
  readonly dir: string;
  /** Applies `edit` to a parsed spec file and writes it back. */
  edit(file: string, edit: (doc: Document) => void): void;
  write(file: string, text: string): void;
  append(file: string, text: string): void;
}

export function specCopyAt(dir: string): SpecCopy {
  return {
    dir,
    edit(file, edit) {
      const target = path.join(dir, file);
      const doc = parseDocument(readFileSync(target, "utf8"));
      edit(doc);
      writeFileSync(target, doc.toString());
    },
    write(file, text) {
      writeFileSync(path.join(dir, file), text);
    },
    append(file, text) {
      writeFileSync(path.join(dir, file), readFileSync(path.join(dir, file), "utf8") + text);
    },
  };
}

export interface MalformedCase {
  readonly name: string;
  /**
   * The spec file the error must point at (relative to the spec folder): named as a location, or,
   * when the error is reported where the broken thing is used, quoted in the message.
   */
  readonly file: string;
  /** Other files an equally correct report may point at (e.g. the first of two duplicate ids). */
  readonly alsoFine?: readonly string[];
  readonly breakSpec: (spec: SpecCopy) => void;
}

const START = "paths/startStock.yaml";
const SEND_BODY = "components/schemas/SendCouponBody.yaml";
const STATUS = "components/schemas/StockStatus.yaml";
const STOCK_ID = "components/parameters/StockIdPath.yaml";
const USE_FLOW = "paths/useFlow.yaml";
const UPLOAD = "paths/uploadImage.yaml";
const CREATE = "paths/createCouponStock.yaml";

function pushToSeq(doc: Document, at: (string | number)[], value: unknown): void {
  const seq = doc.getIn(at);
  if (!isSeq(seq)) throw new Error(`corpus setup: no sequence at ${at.join(".")}`);
  seq.add(doc.createNode(value));
}

function renameKey(doc: Document, at: (string | number)[], from: string, to: string): void {
  const map = doc.getIn(at);
  if (!isMap(map)) throw new Error(`corpus setup: no mapping at ${at.join(".")}`);
  const value = map.get(from, true);
  map.delete(from);
  map.set(to, value);
}

export const MALFORMED_CASES: readonly MalformedCase[] = [
  // --- YAML itself ---
  {
    name: "bad YAML: unclosed flow sequence",
    file: STATUS,
    breakSpec: (s) => s.append(STATUS, "x-broken: [a, b\n"),
  },
  {
    name: "bad YAML: duplicate mapping key",
    file: SEND_BODY,
    breakSpec: (s) => s.append(SEND_BODY, "type: object\n"),
  },
  {
    name: "bad YAML: tab indentation",
    file: STOCK_ID,
    breakSpec: (s) => s.append(STOCK_ID, "extra:\n\tkey: value\n"),
  },
  { name: "empty schema file", file: STATUS, breakSpec: (s) => s.write(STATUS, "") },
  {
    name: "schema file is a list",
    file: STOCK_ID,
    breakSpec: (s) => s.write(STOCK_ID, "- name\n- in\n"),
  },
  // --- $ref ---
  {
    name: "dangling $ref: missing file",
    file: "openapi.yaml",
    breakSpec: (s) =>
      s.edit("openapi.yaml", (d) =>
        d.setIn(
          ["paths", "/v3/marketing/favor/stocks/{stock_id}/start", "$ref"],
          "./paths/nope.yaml",
        ),
      ),
  },
  {
    name: "dangling $ref: missing pointer",
    file: START,
    breakSpec: (s) =>
      s.edit(START, (d) =>
        d.setIn(
          ["post", "requestBody", "content", "application/json", "schema", "$ref"],
          "../components/schemas/StartStockBody.yaml#/properties/nope",
        ),
      ),
  },
  {
    name: "dangling $ref: missing component",
    file: SEND_BODY,
    breakSpec: (s) =>
      s.edit(SEND_BODY, (d) =>
        d.setIn(
          ["properties", "appid"],
          d.createNode({ $ref: "#/components/schemas/DoesNotExist" }),
        ),
      ),
  },
  {
    name: "cyclic $ref: file refers to itself",
    file: STATUS,
    breakSpec: (s) => s.write(STATUS, "$ref: ./StockStatus.yaml\n"),
  },
  {
    name: "cyclic $ref: two files",
    file: "components/schemas/LoopB.yaml",
    breakSpec: (s) => {
      s.write("components/schemas/LoopA.yaml", "$ref: ./LoopB.yaml\n");
      s.write("components/schemas/LoopB.yaml", "$ref: ./LoopA.yaml\n");
      s.edit(SEND_BODY, (d) =>
        d.setIn(["properties", "loop"], d.createNode({ $ref: "./LoopA.yaml" })),
      );
    },
  },
  {
    name: "$ref that is not a string",
    file: SEND_BODY,
    breakSpec: (s) =>
      s.edit(SEND_BODY, (d) => d.setIn(["properties", "appid"], d.createNode({ $ref: 42 }))),
  },
  // --- operations ---
  {
    name: "missing operationId",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.deleteIn(["post", "operationId"])),
  },
  {
    name: "duplicate operationId",
    file: START,
    alsoFine: ["paths/pauseStock.yaml"],
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "operationId"], "pauseStock")),
  },
  {
    name: "operationId not an identifier",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "operationId"], "start-stock!")),
  },
  {
    name: "operationId is a number",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "operationId"], 123)),
  },
  {
    name: "operationId is a reserved word",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "operationId"], "delete")),
  },
  {
    name: "missing responses",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.deleteIn(["post", "responses"])),
  },
  {
    name: "empty responses",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "responses"], d.createNode({}))),
  },
  // --- parameters ---
  {
    name: "colliding parameter names (path and query stock_id)",
    file: START,
    breakSpec: (s) =>
      s.edit(START, (d) =>
        pushToSeq(d, ["post", "parameters"], {
          name: "stock_id",
          in: "query",
          required: false,
          schema: { type: "string" },
        }),
      ),
  },
  {
    name: "colliding parameter names (path param and body field)",
    file: "components/schemas/StartStockBody.yaml",
    breakSpec: (s) =>
      s.edit("components/schemas/StartStockBody.yaml", (d) =>
        d.setIn(["properties", "stock_id"], d.createNode({ type: "string" })),
      ),
  },
  {
    name: "path parameter not in the path template",
    file: START,
    breakSpec: (s) =>
      s.edit(START, (d) =>
        pushToSeq(d, ["post", "parameters"], {
          name: "coupon_id",
          in: "path",
          required: true,
          schema: { type: "string" },
        }),
      ),
  },
  {
    name: "path template placeholder without a parameter",
    file: "openapi.yaml",
    alsoFine: [START],
    breakSpec: (s) =>
      s.edit("openapi.yaml", (d) =>
        renameKey(
          d,
          ["paths"],
          "/v3/marketing/favor/stocks/{stock_id}/start",
          "/v3/marketing/favor/stocks/{stock_id}/start/{extra_id}",
        ),
      ),
  },
  {
    name: "path parameter not required",
    file: STOCK_ID,
    breakSpec: (s) => s.edit(STOCK_ID, (d) => d.set("required", false)),
  },
  {
    name: "parameter without schema",
    file: STOCK_ID,
    breakSpec: (s) => s.edit(STOCK_ID, (d) => d.delete("schema")),
  },
  {
    name: "parameter in cookie",
    file: STOCK_ID,
    breakSpec: (s) => s.edit(STOCK_ID, (d) => d.set("in", "cookie")),
  },
  // --- types and constraints ---
  {
    name: "unknown type",
    file: STATUS,
    breakSpec: (s) => s.edit(STATUS, (d) => d.set("type", "strnig")),
  },
  {
    name: "null type",
    file: SEND_BODY,
    breakSpec: (s) => s.edit(SEND_BODY, (d) => d.setIn(["properties", "stock_id", "type"], null)),
  },
  {
    name: "nullable type list",
    file: SEND_BODY,
    breakSpec: (s) =>
      s.edit(SEND_BODY, (d) =>
        d.setIn(["properties", "appid", "type"], d.createNode(["string", "null"])),
      ),
  },
  {
    name: "non-string enum values",
    file: STATUS,
    breakSpec: (s) => s.edit(STATUS, (d) => d.set("enum", d.createNode([1, 2, 3]))),
  },
  {
    name: "mixed enum values",
    file: STATUS,
    breakSpec: (s) => s.edit(STATUS, (d) => d.set("enum", d.createNode(["running", 3, true]))),
  },
  {
    name: "empty enum",
    file: STATUS,
    breakSpec: (s) => s.edit(STATUS, (d) => d.set("enum", d.createNode([]))),
  },
  {
    name: "maxLength not a number",
    file: SEND_BODY,
    breakSpec: (s) =>
      s.edit(SEND_BODY, (d) => d.setIn(["properties", "appid", "maxLength"], "twenty")),
  },
  {
    name: "negative minLength",
    file: SEND_BODY,
    breakSpec: (s) => s.edit(SEND_BODY, (d) => d.setIn(["properties", "appid", "minLength"], -1)),
  },
  {
    name: "invalid pattern",
    file: SEND_BODY,
    breakSpec: (s) =>
      s.edit(SEND_BODY, (d) => d.setIn(["properties", "out_request_no", "pattern"], "^([0-9A-Z")),
  },
  {
    name: "title is a list",
    file: "components/schemas/CardLimitation.yaml",
    breakSpec: (s) =>
      s.edit("components/schemas/CardLimitation.yaml", (d) => d.set("title", d.createNode([]))),
  },
  {
    name: "property schema is null",
    file: "components/schemas/StartStockResponse.yaml",
    breakSpec: (s) =>
      s.edit("components/schemas/StartStockResponse.yaml", (d) =>
        d.setIn(["properties", "stock_id"], null),
      ),
  },
  {
    name: "required names an unknown property",
    file: SEND_BODY,
    breakSpec: (s) => s.edit(SEND_BODY, (d) => pushToSeq(d, ["required"], "no_such_field")),
  },
  // --- vendor extensions ---
  {
    name: "x-wechatpay-rate-limits is a string",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "x-wechatpay-rate-limits"], "lots")),
  },
  {
    name: "x-wechatpay-rate-limits per: hour",
    file: START,
    breakSpec: (s) =>
      s.edit(START, (d) => d.setIn(["post", "x-wechatpay-rate-limits", 0, "per"], "hour")),
  },
  {
    name: "x-wechatpay-idempotent is a string",
    file: START,
    breakSpec: (s) => s.edit(START, (d) => d.setIn(["post", "x-wechatpay-idempotent"], "yes")),
  },
  {
    name: "x-wechatpay-idempotency-key names no body field",
    file: CREATE,
    breakSpec: (s) =>
      s.edit(CREATE, (d) => d.setIn(["post", "x-wechatpay-idempotency-key"], "no_such_field")),
  },
  {
    name: "x-wechatpay-unsigned-response is a number",
    file: USE_FLOW,
    breakSpec: (s) => s.edit(USE_FLOW, (d) => d.setIn(["get", "x-wechatpay-unsigned-response"], 1)),
  },
  {
    name: "x-wechatpay-multipart is a list",
    file: UPLOAD,
    breakSpec: (s) =>
      s.edit(UPLOAD, (d) =>
        d.setIn(["post", "x-wechatpay-multipart"], d.createNode(["meta", "file"])),
      ),
  },
  {
    name: "x-enum-descriptions names a value not in the enum",
    file: STATUS,
    breakSpec: (s) =>
      s.edit(STATUS, (d) => d.setIn(["x-enum-descriptions", "deleted"], "not a status")),
  },
  {
    name: "x-wechatpay-error-codes is a mapping",
    file: START,
    breakSpec: (s) =>
      s.edit(START, (d) =>
        d.setIn(
          ["post", "responses", "400", "x-wechatpay-error-codes"],
          d.createNode({ code: "PARAM_ERROR" }),
        ),
      ),
  },
  // --- document level ---
  {
    name: "openapi version 2.0",
    file: "openapi.yaml",
    breakSpec: (s) => s.edit("openapi.yaml", (d) => d.set("openapi", "2.0")),
  },
  {
    name: "paths is a list",
    file: "openapi.yaml",
    breakSpec: (s) =>
      s.edit("openapi.yaml", (d) => d.set("paths", d.createNode(["/v3/marketing/favor/stocks"]))),
  },
];
