import { joinPointer } from "../load/index.js";
import { HTTP_METHODS, deref, isRecord, type Json } from "../walk/json.js";
import type { CheckContext } from "./context.js";
import { quote } from "../quote.js";

/**
 * "X must be a mapping / a list" rules for the document's skeleton. Every later stage reads the
 * spec through `isRecord(...) ? … : {}` guards, so a section of the wrong shape would otherwise be
 * skipped silently (a `paths:` list generated a client with no operations).
 */
export function checkShapes(ctx: CheckContext): void {
  for (const section of TOP_LEVEL) {
    const at = `/${section.key}`;
    const value = ctx.document[section.key];
    const { entry } = section;
    if (!mapping(ctx, value, at, section.key, section.fix, section.required) || !entry) continue;
    for (const [name, item] of Object.entries(value as Json))
      entry(ctx, name, item, joinPointer(at, name));
  }
}

/** The top-level sections with a fixed shape, in the order their problems are reported. */
const TOP_LEVEL: readonly {
  key: string;
  fix: string;
  required: boolean;
  /** Checks one entry of the section (absent: entries are not checked here). */
  entry?: (ctx: CheckContext, name: string, value: unknown, pointer: string) => void;
}[] = [
  { key: "info", fix: "write `info: { title: …, version: … }`", required: true },
  {
    key: "paths",
    fix: "write `paths:` followed by `/v3/…: { $ref: ./paths/<op>.yaml }` entries",
    required: true,
    entry: (ctx, path, item, pointer) => checkPathItem(ctx, path, item, pointer),
  },
  {
    key: "webhooks",
    fix: "write `webhooks:` followed by `<name>: { post: … }` entries",
    required: false,
    entry: (ctx, _name, item, pointer) => checkPathItem(ctx, undefined, item, pointer),
  },
  {
    key: "components",
    fix: "write `components:` followed by `schemas:`, `parameters:`, … mappings",
    required: false,
    entry: checkComponentGroup,
  },
];

/** `components.<kind>` is a mapping of named definitions, each a mapping (or a `$ref`). */
function checkComponentGroup(ctx: CheckContext, kind: string, group: unknown, at: string): void {
  const fix = `write \`${kind}:\` followed by \`<Name>: …\` entries`;
  if (!mapping(ctx, group, at, `components.${kind}`, fix, false)) return;
  for (const [name, entry] of Object.entries(group as Json)) {
    mapping(
      ctx,
      entry,
      joinPointer(at, name),
      `components.${kind}.${name}`,
      "write the definition as a mapping, or `$ref: ./file.yaml`",
      true,
    );
  }
}

function checkPathItem(
  ctx: CheckContext,
  path: string | undefined,
  item: unknown,
  pointer: string,
): void {
  if (path !== undefined && !path.startsWith("/"))
    ctx.error(
      pointer,
      `path ${quote(path)} does not start with /`,
      "write the path as in the docs, e.g. /v3/marketing/favor/stocks",
    );
  if (
    !mapping(
      ctx,
      item,
      pointer,
      `path item ${path ?? pointer.slice(1)}`,
      "write `get:`/`post:` operations, or `$ref: ./paths/<op>.yaml`",
      true,
    )
  )
    return;
  const resolved = deref(ctx.document, item, pointer);
  if (!resolved) return; // a $ref to a non-mapping: reported by the loader
  list(
    ctx,
    resolved.node["parameters"],
    joinPointer(resolved.pointer, "parameters"),
    "path-level parameters",
  );
  for (const method of HTTP_METHODS) {
    const op = resolved.node[method];
    const at = joinPointer(resolved.pointer, method);
    if (
      op === undefined ||
      !mapping(
        ctx,
        op,
        at,
        `${method} operation`,
        "write the operation as a mapping (operationId, parameters, responses, …)",
        true,
      )
    )
      continue;
    checkOperation(ctx, op as Json, at);
  }
}

function checkOperation(ctx: CheckContext, op: Json, pointer: string): void {
  if (list(ctx, op["parameters"], joinPointer(pointer, "parameters"), "parameters")) {
    (op["parameters"] as unknown[]).forEach((p, i) =>
      mapping(
        ctx,
        p,
        joinPointer(joinPointer(pointer, "parameters"), i),
        "a parameter",
        "write `- { name: …, in: path|query, required: …, schema: … }` or `- $ref: …`",
        true,
      ),
    );
  }
  list(ctx, op["tags"], joinPointer(pointer, "tags"), "tags");
  list(ctx, op["security"], joinPointer(pointer, "security"), "security");
  checkRequestBodyShape(ctx, op["requestBody"], joinPointer(pointer, "requestBody"));
  checkResponsesShape(ctx, op["responses"], joinPointer(pointer, "responses"));
}

function checkRequestBodyShape(ctx: CheckContext, requestBody: unknown, at: string): void {
  const fix =
    "write `requestBody: { required: true, content: { application/json: { schema: … } } }`";
  if (!mapping(ctx, requestBody, at, "requestBody", fix, false)) return;
  const body = deref(ctx.document, requestBody, at);
  if (body)
    mapping(
      ctx,
      body.node["content"],
      joinPointer(body.pointer, "content"),
      "requestBody.content",
      "map each media type to `{ schema: … }`",
      false,
    );
}

function checkResponsesShape(ctx: CheckContext, responses: unknown, pointer: string): void {
  const fix = 'write `responses: { "200": { description: …, content: … } }`';
  if (!mapping(ctx, responses, pointer, "responses", fix, false)) return;
  for (const [status, response] of Object.entries(responses as Json)) {
    const at = joinPointer(pointer, status);
    const responseFix = "write `description:` and `content:` (or `$ref: …`)";
    if (!mapping(ctx, response, at, `response ${status}`, responseFix, true)) continue;
    const resolved = deref(ctx.document, response, at);
    if (resolved) checkErrorCodes(ctx, resolved.node, resolved.pointer);
  }
}

/** `x-wechatpay-error-codes` (spec/README.md, vendor extensions): a list of `{ code, description }`, both strings. */
function checkErrorCodes(ctx: CheckContext, response: Json, pointer: string): void {
  const codes = response["x-wechatpay-error-codes"];
  const at = joinPointer(pointer, "x-wechatpay-error-codes");
  const fix =
    "write `x-wechatpay-error-codes:` followed by `- code: PARAM_ERROR` / `  description: …` entries";
  if (codes === undefined) return;
  if (!Array.isArray(codes)) {
    ctx.error(
      at,
      `x-wechatpay-error-codes must be a list of { code, description }, not ${shapeOf(codes)}`,
      fix,
    );
    return;
  }
  codes.forEach((entry, i) => {
    const ok =
      isRecord(entry) &&
      typeof entry["code"] === "string" &&
      entry["code"] !== "" &&
      typeof entry["description"] === "string";
    if (!ok)
      ctx.error(
        joinPointer(at, i),
        "error code entry must be { code: <non-empty string>, description: <string> }",
        fix,
      );
  });
}

/** Reports and returns false when `value` is present (or `required`) and not a mapping. */
function mapping(
  ctx: CheckContext,
  value: unknown,
  pointer: string,
  what: string,
  fix: string,
  required: boolean,
): boolean {
  if (value === undefined && !required) return false;
  if (isRecord(value)) return true;
  ctx.error(
    pointer,
    value === undefined ? `${what} is missing` : `${what} must be a mapping, not ${shapeOf(value)}`,
    fix,
  );
  return false;
}

/** Reports and returns false when `value` is present and not a list. */
function list(ctx: CheckContext, value: unknown, pointer: string, what: string): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return true;
  ctx.error(
    pointer,
    `${what} must be a list, not ${shapeOf(value)}`,
    `write each entry on its own \`- \` line`,
  );
  return false;
}

export function shapeOf(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `the ${typeof value} ${quote(value)}`;
}
