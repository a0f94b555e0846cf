/**
 * Checks that ship with the spec: every example validates against its schema, every operation
 * is well formed and generated unless experimental (derived from the spec, no list kept here),
 * and the spec-wide rules (no null, strict request bodies, open responses, vendor extensions, no
 * orphan components) hold. Locations are reported as
 * `file#/json/pointer` so a failure points at the line to fix.
 */
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  SpecWalker,
  isObject,
  type Json,
  type JsonObject,
  type WalkedOperation,
} from "./spec-walker.js";
import { operationMetas } from "../../generated/metadata.js";
import { validateExamples } from "./validate-examples.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const entry = resolve(repoRoot, "spec/openapi.yaml");

let walker: SpecWalker;
let ops: Map<string, WalkedOperation>;

beforeAll(() => {
  walker = new SpecWalker(entry, repoRoot);
  walker.walk();
  ops = new Map(walker.operations.map((op) => [op.operationId, op]));
});

function op(id: string): WalkedOperation {
  const found = ops.get(id);
  if (!found) throw new Error(`operation ${id} missing from the spec`);
  return found;
}

/** Every node of every spec file reached from the entry, with its location. */
function* allNodes(node: Json, where: string): Generator<{ node: Json; where: string }> {
  yield { node, where };
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* allNodes(v, `${where}/${i}`);
  else if (isObject(node))
    for (const [k, v] of Object.entries(node)) yield* allNodes(v, `${where}/${k}`);
}

/** Every object-typed (sub)schema in an inlined schema, with its path. */
function* objectSchemas(schema: Json, path = ""): Generator<{ schema: JsonObject; path: string }> {
  if (!isObject(schema)) return;
  if (schema["type"] === "object") yield { schema, path: path || "(root)" };
  const props = schema["properties"];
  if (isObject(props))
    for (const [k, v] of Object.entries(props)) yield* objectSchemas(v, `${path}.${k}`);
  if (isObject(schema["items"])) yield* objectSchemas(schema["items"], `${path}[]`);
}

function mediaSchema(holder: Json | undefined): Json | undefined {
  if (!isObject(holder) || !isObject(holder["content"])) return undefined;
  const media = Object.values(holder["content"])[0];
  return isObject(media) ? media["schema"] : undefined;
}

describe("spec examples", () => {
  it("collects a realistic number of examples through the entry file", () => {
    // Parameter, request, response and schema-level examples all count; a sudden drop means the
    // walker stopped following $refs, which would make the validity check below vacuous.
    expect(walker.examples.length).toBeGreaterThan(300);
    const kinds = new Set(walker.examples.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(["media-type", "parameter", "schema"]);
  });

  it("every example validates against its schema (ajv 2020, strict)", () => {
    expect(validateExamples(walker.examples)).toEqual([]);
  });

  it("a deliberately broken example fails, naming file and JSON pointer", () => {
    const fixtureRoot = resolve(repoRoot, "test/spec/fixtures/broken-example");
    const broken = new SpecWalker(resolve(fixtureRoot, "openapi.yaml"), repoRoot);
    broken.walk();
    const failures = validateExamples(broken.examples);
    expect(failures.map((f) => f.where).sort()).toEqual([
      "test/spec/fixtures/broken-example/paths/things.yaml#/get/parameters/0/example",
      "test/spec/fixtures/broken-example/paths/things.yaml#/get/responses/200/content/application~1json/examples/wrongType/value",
      "test/spec/fixtures/broken-example/schemas/Thing.yaml#/properties/name/examples/0",
    ]);
    expect(failures.find((f) => f.where.endsWith("/examples/0"))?.message).toMatch(/pattern/);
  });

  it("every operation carries request (if any) and 200 response examples", () => {
    const missing: string[] = [];
    for (const o of walker.operations) {
      const prefix = walker.where(o.loc);
      const has = (p: string) => walker.examples.some((e) => e.where.startsWith(`${prefix}/${p}`));
      if (isObject(o.node["requestBody"]) && !has("requestBody"))
        missing.push(`${o.operationId} request`);
      if (!has("responses/200")) missing.push(`${o.operationId} 200`);
    }
    expect(missing).toEqual([]);
  });
});

describe("create-stock examples obey the documented cross-field rules", () => {
  // JSON Schema cannot say these; the sandbox enforces them, so an example breaking them would be
  // an example the server rejects.
  it("max_amount = coupon_amount × max_coupons, threshold above face value, sane window", () => {
    const bodies = walker.examples.filter(
      (e) =>
        e.where.includes("paths/createCouponStock.yaml#/post/requestBody") ||
        /CreateCouponStockBody\.yaml#\/examples\//.test(e.where),
    );
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    for (const { where, value } of bodies) {
      if (
        !isObject(value) ||
        !isObject(value["stock_use_rule"]) ||
        !isObject(value["coupon_use_rule"])
      )
        continue;
      const rule = value["stock_use_rule"];
      const fixed = value["coupon_use_rule"]["fixed_normal_coupon"];
      if (!isObject(fixed)) continue;
      const [maxAmount, maxCoupons, perUser] = [
        rule["max_amount"],
        rule["max_coupons"],
        rule["max_coupons_per_user"],
      ].map(Number);
      const [amount, minimum] = [fixed["coupon_amount"], fixed["transaction_minimum"]].map(Number);
      if (maxAmount !== (amount ?? 0) * (maxCoupons ?? 0))
        problems.push(`${where}: max_amount != coupon_amount × max_coupons`);
      if (!((minimum ?? 0) > (amount ?? 0)))
        problems.push(`${where}: transaction_minimum must exceed coupon_amount`);
      if (!((perUser ?? 0) <= (maxCoupons ?? 0)))
        problems.push(`${where}: max_coupons_per_user > max_coupons`);
      const begin = Date.parse(String(value["available_begin_time"]));
      const end = Date.parse(String(value["available_end_time"]));
      if (!(end > begin && end - begin <= 90 * 86_400_000))
        problems.push(`${where}: availability window not within (0, 90 days]`);
    }
    expect(problems).toEqual([]);
  });
});

describe("operation list", () => {
  // Derived from the spec itself (and the generated metadata), never from a list kept here: an
  // operation added to the spec following spec/README.md passes these checks unchanged.
  const httpOperations = (): WalkedOperation[] =>
    walker.operations.filter((o) => !o.path.startsWith("webhook:"));

  it("gives every operation a unique operationId, a method and a /v3/ path", () => {
    const ids = walker.operations.map((o) => o.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const problems = httpOperations()
      .filter((o) => !/^[a-z][A-Za-z0-9]*$/.test(o.operationId) || !o.path.startsWith("/v3/"))
      .map((o) => `${o.operationId} ${o.method} ${o.path}`);
    expect(problems).toEqual([]);
    expect(httpOperations().length).toBeGreaterThan(0);
  });

  it("keeps a path file that holds one operation named after it (spec/README.md layout)", () => {
    const byFile = new Map<string, WalkedOperation[]>();
    for (const o of httpOperations())
      byFile.set(o.loc.file, [...(byFile.get(o.loc.file) ?? []), o]);
    const misnamed = [...byFile.entries()]
      .filter(
        ([file, list]) =>
          list.length === 1 && !file.endsWith(`/paths/${list[0]?.operationId}.yaml`),
      )
      .map(([file, list]) => `${file.slice(repoRoot.length + 1)} holds ${list[0]?.operationId}`);
    expect(misnamed).toEqual([]);
  });

  it("marks experimental operations with x-wechatpay-experimental: true, and generates exactly the others", () => {
    const badMarks = httpOperations()
      .filter((o) => ![undefined, true].includes(o.node["x-wechatpay-experimental"] as never))
      .map((o) => o.operationId);
    expect(badMarks).toEqual([]);
    const stable = httpOperations()
      .filter((o) => o.node["x-wechatpay-experimental"] !== true)
      .map((o) => o.operationId);
    expect(operationMetas.map((m) => m.operationId).sort()).toEqual(stable.sort());
  });

  it("has the couponUse webhook with the envelope and the decrypted resource schema", () => {
    const hook = op("couponUse");
    expect(hook.method).toBe("POST");
    expect(hook.path).toBe("webhook:couponUse");
    const body = hook.node["requestBody"];
    const schemaRef =
      isObject(body) && isObject(body["content"]) ? body["content"]["application/json"] : undefined;
    expect(JSON.stringify(schemaRef)).toContain("CouponUseNotification.yaml");
    const doc = walker.load(entry);
    const schemas =
      isObject(doc) && isObject(doc["components"]) ? doc["components"]["schemas"] : undefined;
    expect(isObject(schemas) && "CouponUseResource" in schemas).toBe(true);
  });
});

describe("spec-wide rules", () => {
  it("never allows or shows JSON null", () => {
    const offenders: string[] = [];
    for (const file of new Set([...walker.reached].map((k) => k.split("#")[0] ?? ""))) {
      for (const { node, where } of allNodes(
        walker.load(file),
        file.slice(repoRoot.length + 1) + "#",
      )) {
        if (node === null) offenders.push(`${where} is null`);
        if (isObject(node)) {
          const type = node["type"];
          if (type === "null" || (Array.isArray(type) && type.includes("null")))
            offenders.push(`${where} allows null`);
          if ("nullable" in node) offenders.push(`${where} uses nullable`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("request bodies reject unknown keys at every level; responses never do", () => {
    const problems: string[] = [];
    for (const o of walker.operations.filter((x) => !x.path.startsWith("webhook:"))) {
      const bodyLoc = { file: o.loc.file, pointer: `${o.loc.pointer}/requestBody` };
      if (isObject(o.node["requestBody"])) {
        const schema = mediaSchema(walker.inline(bodyLoc));
        for (const { schema: s, path } of objectSchemas(schema ?? null))
          if (s["additionalProperties"] !== false)
            problems.push(`${o.operationId} request ${path} is open`);
      }
      const responses = o.node["responses"];
      if (!isObject(responses)) continue;
      for (const status of Object.keys(responses)) {
        const resp = walker.inline({
          file: o.loc.file,
          pointer: `${o.loc.pointer}/responses/${status}`,
        });
        for (const { schema: s, path } of objectSchemas(mediaSchema(resp) ?? null))
          if (s["additionalProperties"] === false)
            problems.push(`${o.operationId} ${status} ${path} is closed`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every component listed in the entry is used by an operation or webhook", () => {
    // Redocly's no-unused-components cannot see this for split files (the listing $ref itself
    // counts as a use), so it is checked here.
    const doc = walker.load(entry);
    const components = isObject(doc) && isObject(doc["components"]) ? doc["components"] : {};
    const unused: string[] = [];
    for (const kind of ["schemas", "parameters", "responses"]) {
      const map = components[kind];
      if (!isObject(map)) continue;
      for (const [name, value] of Object.entries(map)) {
        const ref =
          isObject(value) && typeof value["$ref"] === "string" ? value["$ref"] : undefined;
        const target = ref
          ? walker.target(ref, { file: entry, pointer: "" })
          : { file: entry, pointer: `/components/${kind}/${name}` };
        if (!walker.reached.has(`${target.file}#${target.pointer}`)) unused.push(`${kind}/${name}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it("vendor extensions follow the shared contract", () => {
    const problems: string[] = [];
    const scopes = new Set(["all", "mchid", "ip"]);
    for (const o of walker.operations) {
      const limits = o.node["x-wechatpay-rate-limits"];
      if (limits !== undefined) {
        if (!Array.isArray(limits) || limits.length === 0)
          problems.push(`${o.operationId}: rate limits not a list`);
        else
          for (const l of limits)
            if (
              !isObject(l) ||
              !Number.isInteger(l["limit"]) ||
              !["second", "minute"].includes(String(l["per"])) ||
              !scopes.has(String(l["scope"]))
            )
              problems.push(`${o.operationId}: bad rate limit ${JSON.stringify(l)}`);
      }
      const idempotent = o.node["x-wechatpay-idempotent"] === true;
      if (o.method === "GET" && !idempotent)
        problems.push(`${o.operationId}: GET not marked idempotent`);
      const responses = o.node["responses"];
      if (isObject(responses) && !o.path.startsWith("webhook:")) {
        for (const status of Object.keys(responses).filter((s) => /^[45]/.test(s))) {
          const resp = walker.follow({
            file: o.loc.file,
            pointer: `${o.loc.pointer}/responses/${status}`,
          }).node;
          const codes = isObject(resp) ? resp["x-wechatpay-error-codes"] : undefined;
          if (
            !Array.isArray(codes) ||
            codes.length === 0 ||
            !codes.every(
              (c) =>
                isObject(c) &&
                typeof c["code"] === "string" &&
                typeof c["description"] === "string",
            )
          )
            problems.push(
              `${o.operationId} ${status}: x-wechatpay-error-codes missing or malformed`,
            );
        }
      }
    }
    expect(problems).toEqual([]);

    // Rules any operation must keep: a replay key implies a retry-safe operation.
    const keyed = walker.operations.filter(
      (o) => o.node["x-wechatpay-idempotency-key"] !== undefined,
    );
    expect(
      keyed.filter((o) => o.node["x-wechatpay-idempotent"] !== true).map((o) => o.operationId),
    ).toEqual([]);
    // Documented facts about named operations (operations not named here are not constrained).
    const postIdempotency: Record<string, boolean> = {
      createCouponStock: true,
      pauseStock: true,
      sendCoupon: true,
      setCallback: true,
      startStock: true,
      restartStock: false,
      stopStock: false,
      uploadImage: false,
      modifyAvailableSingleitem: false,
    };
    for (const [id, expected] of Object.entries(postIdempotency))
      expect(op(id).node["x-wechatpay-idempotent"] === true, id).toBe(expected);
    for (const id of ["createCouponStock", "sendCoupon"])
      expect(op(id).node["x-wechatpay-idempotency-key"], id).toBe("out_request_no");
    expect(op("uploadImage").node["x-wechatpay-multipart"]).toEqual({
      meta_part: "meta",
      file_part: "file",
    });
  });
});

describe("questions a reader must be able to answer from the spec", () => {
  it("the maximum limit of listStocks is 10", () => {
    const params = op("listStocks").node["parameters"];
    const limit = Array.isArray(params)
      ? params.find((p) => isObject(p) && p["name"] === "limit")
      : undefined;
    expect(
      isObject(limit) && isObject(limit["schema"]) ? limit["schema"]["maximum"] : undefined,
    ).toBe(10);
  });

  it("createCouponStock lists its error codes, including both 429 codes", () => {
    const o = op("createCouponStock");
    const codes = new Set<string>();
    const responses = o.node["responses"];
    for (const status of isObject(responses) ? Object.keys(responses) : []) {
      const resp = walker.follow({
        file: o.loc.file,
        pointer: `${o.loc.pointer}/responses/${status}`,
      }).node;
      const list = isObject(resp) ? resp["x-wechatpay-error-codes"] : undefined;
      if (Array.isArray(list)) for (const c of list) if (isObject(c)) codes.add(String(c["code"]));
    }
    for (const code of [
      "PARAM_ERROR",
      "INVALID_REQUEST",
      "SIGN_ERROR",
      "NO_AUTH",
      "REQUEST_BLOCKED",
      "RESOURCE_NOT_EXISTS",
      "FREQUENCY_LIMITED",
      "FREQUENCY_LIMIT_EXCEED",
      "SYSTEM_ERROR",
    ])
      expect(codes.has(code), code).toBe(true);
  });

  it("the flow downloads have unsigned responses, and only GETs answering a file URL may", () => {
    for (const id of ["refundFlow", "refundFlowByDay", "useFlow", "useFlowByDay"])
      expect(op(id).node["x-wechatpay-unsigned-response"], id).toBe(true);
    for (const id of ["queryStock", "createCouponStock", "sendCoupon", "queryCallback"])
      expect(op(id).node["x-wechatpay-unsigned-response"], id).toBeUndefined();
    const odd = walker.operations
      .filter((o) => o.node["x-wechatpay-unsigned-response"] === true)
      .filter((o) => {
        const schema = mediaSchema(
          walker.inline({ file: o.loc.file, pointer: `${o.loc.pointer}/responses/200` }),
        );
        const props = isObject(schema) ? schema["properties"] : undefined;
        return o.method !== "GET" || !isObject(props) || !("url" in props);
      })
      .map((o) => o.operationId);
    expect(odd).toEqual([]);
  });
});
