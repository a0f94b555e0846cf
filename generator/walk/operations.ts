/**
 * Finding things in the bundled spec: operations, their parameters, request body and success
 * response, and webhooks. The check stage and the model stage both read the spec through these,
 * so a rule about "which response is the success response" exists once.
 */
import type { BundledDocument } from "../load/bundle.js";
import { joinPointer } from "../../shared/json-pointer.js";
import { deref, HTTP_METHODS, isRecord, type Json } from "./json.js";

/** Code-unit order: the same on every machine and locale (generated output must not depend on either). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One operation as found in the document, before it is normalized. */
export interface RawOperation {
  readonly id: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly node: Json;
  readonly pointer: string;
  readonly pathItem: Json;
  readonly pathItemPointer: string;
}

export function listRawOperations(document: BundledDocument): RawOperation[] {
  const out: RawOperation[] = [];
  const paths = isRecord(document["paths"]) ? document["paths"] : {};
  for (const [path, item] of Object.entries(paths)) {
    const pathItemPointer = joinPointer("/paths", path);
    const resolved = deref(document, item, pathItemPointer);
    if (!resolved) continue;
    for (const method of HTTP_METHODS) {
      const node = resolved.node[method];
      if (!isRecord(node)) continue;
      out.push({
        id: typeof node["operationId"] === "string" ? node["operationId"] : undefined,
        method,
        path,
        node,
        pointer: joinPointer(resolved.pointer, method),
        pathItem: resolved.node,
        pathItemPointer: resolved.pointer,
      });
    }
  }
  return out;
}

/** A webhook's POST operation (the only method WeChat Pay uses to notify), refs resolved. */
export interface RawWebhook {
  readonly name: string;
  readonly post: Json | undefined;
  /** Where the POST operation is written (undefined when there is none). */
  readonly pointer: string | undefined;
}

export function listRawWebhooks(document: BundledDocument): RawWebhook[] {
  const webhooks = isRecord(document["webhooks"]) ? document["webhooks"] : {};
  return Object.keys(webhooks)
    .sort(compare)
    .map((name) => {
      const item = deref(document, webhooks[name], joinPointer("/webhooks", name));
      const post = item && isRecord(item.node["post"]) ? item.node["post"] : undefined;
      return { name, post, pointer: item && post ? joinPointer(item.pointer, "post") : undefined };
    });
}

export interface CollectedParameter {
  readonly node: Json;
  /** The list entry (operation or path level). */
  readonly pointer: string;
  /** Where the parameter itself is written, after `$ref`s. */
  readonly definedAt: string;
}

/**
 * Path-level parameters apply to every operation; an operation's own entry with the same name+in
 * wins. `pointer` is the list entry, `definedAt` where the parameter itself is written (after $refs).
 */
export function collectParameters(
  document: BundledDocument,
  raw: RawOperation,
): CollectedParameter[] {
  const byKey = new Map<string, CollectedParameter>();
  const add = (list: unknown, pointer: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const resolved = deref(document, entry, joinPointer(pointer, i));
      if (!resolved) return;
      byKey.set(`${String(resolved.node["in"])}:${String(resolved.node["name"])}`, {
        node: resolved.node,
        pointer: joinPointer(pointer, i),
        definedAt: resolved.pointer,
      });
    });
  };
  add(raw.pathItem["parameters"], joinPointer(raw.pathItemPointer, "parameters"));
  add(raw.node["parameters"], joinPointer(raw.pointer, "parameters"));
  return [...byKey.values()];
}

/** The request body's media type and schema, resolved through refs. */
export function requestBodyOf(
  document: BundledDocument,
  raw: { readonly node: Json; readonly pointer: string },
): { mediaType: string; schema: Json; schemaPointer: string; required: boolean } | undefined {
  const body = deref(document, raw.node["requestBody"], joinPointer(raw.pointer, "requestBody"));
  if (!body || !isRecord(body.node["content"])) return undefined;
  const [mediaType, media] =
    Object.entries(body.node["content"]).sort(([a], [b]) => compare(a, b))[0] ?? [];
  if (mediaType === undefined || !isRecord(media) || !isRecord(media["schema"])) return undefined;
  return {
    mediaType,
    schema: media["schema"],
    schemaPointer: joinPointer(
      joinPointer(joinPointer(body.pointer, "content"), mediaType),
      "schema",
    ),
    required: body.node["required"] === true,
  };
}

export function multipartOf(node: Json): { metaPart: string; filePart: string } | undefined {
  const ext = node["x-wechatpay-multipart"];
  if (
    !isRecord(ext) ||
    typeof ext["meta_part"] !== "string" ||
    typeof ext["file_part"] !== "string"
  )
    return undefined;
  return { metaPart: ext["meta_part"], filePart: ext["file_part"] };
}

/** The success response: the lowest 2xx status, its JSON schema (if any) and where it is written. */
export function successResponseOf(
  document: BundledDocument,
  raw: RawOperation,
):
  | { status: string; schema: Json | undefined; pointer: string; response: Json | undefined }
  | undefined {
  const responses = isRecord(raw.node["responses"]) ? raw.node["responses"] : {};
  const status = Object.keys(responses)
    .filter((s) => /^2\d\d$/.test(s))
    .sort(compare)[0];
  if (status === undefined) return undefined;
  const pointer = joinPointer(joinPointer(raw.pointer, "responses"), status);
  const response = deref(document, responses[status], pointer);
  const json =
    response && isRecord(response.node["content"])
      ? response.node["content"]["application/json"]
      : undefined;
  const schema = isRecord(json) && isRecord(json["schema"]) ? json["schema"] : undefined;
  return { status, schema, pointer, response: response?.node };
}
