/**
 * Calls a generated operation with parameters taken from the spec's own examples (parameter
 * `example`s, the schema's `examples`, the request body's first media-type example). It is how
 * the e2e suite covers an operation that has no hand-written check yet: the call goes through
 * the generated function and the real client (signing, validation, response verification)
 * against the sandbox, which answers with its business rules or the spec default handler.
 */
import { specDocument } from "../../generated/spec-document.js";
import * as generated from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const doc = specDocument as unknown as Node;

function deref(value: unknown): Node {
  let current = value;
  for (let depth = 0; depth < 20 && isNode(current); depth++) {
    const ref = current["$ref"];
    if (typeof ref !== "string") return current;
    current = ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((at, key) => (isNode(at) ? at[key] : undefined), doc);
  }
  if (!isNode(current)) throw new Error("unresolvable $ref in the spec document");
  return current;
}

function findOperation(operationId: string): { pathItem: Node; operation: Node } {
  const paths = isNode(doc["paths"]) ? doc["paths"] : {};
  for (const rawItem of Object.values(paths)) {
    const pathItem = deref(rawItem);
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      if (pathItem[method] === undefined) continue;
      const operation = deref(pathItem[method]);
      if (operation["operationId"] === operationId) return { pathItem, operation };
    }
  }
  throw new Error(`${operationId}: not in the spec document`);
}

function exampleOf(holder: Node): { found: boolean; value?: unknown } {
  if (holder["example"] !== undefined) return { found: true, value: holder["example"] };
  const examples = holder["examples"];
  if (Array.isArray(examples) && examples.length > 0) return { found: true, value: examples[0] };
  if (isNode(examples))
    for (const raw of Object.values(examples)) {
      const example = deref(raw);
      if ("value" in example) return { found: true, value: example["value"] };
    }
  return { found: false };
}

/** Flat parameters (path, query and body fields in one object, as the generated functions take). */
export function exampleParams(operationId: string): Record<string, unknown> {
  const { pathItem, operation } = findOperation(operationId);
  const params: Record<string, unknown> = {};
  for (const list of [pathItem["parameters"], operation["parameters"]]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(raw);
      const name = parameter["name"];
      if (typeof name !== "string" || parameter["in"] === "header") continue;
      let example = exampleOf(parameter);
      if (!example.found && parameter["schema"] !== undefined)
        example = exampleOf(deref(parameter["schema"]));
      if (example.found) params[name] = example.value;
    }
  }
  if (operation["requestBody"] !== undefined) {
    const content = deref(operation["requestBody"])["content"];
    const media = isNode(content) ? content["application/json"] : undefined;
    if (!isNode(media))
      throw new Error(`${operationId}: only JSON request bodies have example calls`);
    let example = exampleOf(media);
    if (!example.found && media["schema"] !== undefined)
      example = exampleOf(deref(media["schema"]));
    if (!isNode(example.value)) throw new Error(`${operationId}: the spec has no body example`);
    Object.assign(params, example.value);
  }
  return params;
}

type GeneratedCall = (client: WechatPayClient, params: Record<string, unknown>) => Promise<unknown>;

/** The generated function of `operationId`, called with the spec's example parameters. */
export function callWithSpecExample(
  client: WechatPayClient,
  operationId: string,
): Promise<unknown> {
  const fn = (generated as Record<string, unknown>)[operationId];
  if (typeof fn !== "function")
    throw new Error(`${operationId}: the generated client exports no such function`);
  return (fn as GeneratedCall)(client, exampleParams(operationId));
}
