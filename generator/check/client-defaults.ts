import type { ClientDefaultSource } from "../../runtime/index.js";
import { joinPointer } from "../load/index.js";
import { deref, isRecord, type Json } from "../walk/json.js";
import { walkOas } from "../walk/oas.js";
import { collectParameters, listRawOperations, requestBodyOf } from "../walk/operations.js";
import type { CheckContext } from "./context.js";
import { quote } from "../quote.js";

/**
 * `x-wechatpay-client-default: { from: mchid, reason: <doc statement + page address> }` on a
 * request field: the generated params make the field optional and the client fills it from its
 * own configuration when the caller omits it (runtime/client.ts). Written only where the official
 * docs say the value must equal the calling merchant; `reason` records that statement.
 */
export const CLIENT_DEFAULT_KEY = "x-wechatpay-client-default";

/** The `from` values the runtime can fill (runtime/operation.ts `ClientDefaultSource`). */
export const CLIENT_DEFAULT_SOURCES = ["mchid"] as const satisfies readonly ClientDefaultSource[];
// Fails to compile when the runtime learns a source this list does not name.
const everySourceListed: Exclude<
  ClientDefaultSource,
  (typeof CLIENT_DEFAULT_SOURCES)[number]
> extends never
  ? true
  : never = true;
void everySourceListed;

/** The extension's value shape (registered in extensions.ts); undefined when fine. */
export function clientDefaultValueProblem(value: unknown): string | undefined {
  const ok =
    isRecord(value) &&
    (CLIENT_DEFAULT_SOURCES as readonly unknown[]).includes(value["from"]) &&
    typeof value["reason"] === "string" &&
    // The decision must be checkable: the docs' statement and the page it is on.
    /https:\/\/\S+/.test(value["reason"]) &&
    Object.keys(value).every((k) => k === "from" || k === "reason");
  if (ok) return undefined;
  const from = isRecord(value) ? value["from"] : undefined;
  const unknownFrom =
    isRecord(value) && !(CLIENT_DEFAULT_SOURCES as readonly unknown[]).includes(from)
      ? ` (unknown from ${from === undefined ? "(missing)" : quote(from)})`
      : "";
  return `{ from: ${CLIENT_DEFAULT_SOURCES.join(" | ")}, reason: <the docs' statement and its page address (https://…)> }${unknownFrom}`;
}

/** The source a field's spec node names, for the model (the check has vouched for its shape). */
export function clientDefaultOf(node: Json | undefined): ClientDefaultSource | undefined {
  const value = node?.[CLIENT_DEFAULT_KEY];
  const from = isRecord(value) ? value["from"] : undefined;
  return (CLIENT_DEFAULT_SOURCES as readonly unknown[]).includes(from)
    ? (from as ClientDefaultSource)
    : undefined;
}

/**
 * Where the extension may stand: a top-level request field (an operation's parameter or a
 * property of its JSON request body, the flat params the runtime fills) whose schema is a
 * string (a merchant number is one). Anywhere else the client could not fill it, so say so.
 */
export function checkClientDefaults(ctx: CheckContext): void {
  const fields = requestFields(ctx.document);
  walkOas(ctx.document, ({ node, pointer }) => {
    if (!(CLIENT_DEFAULT_KEY in node)) return;
    const at = joinPointer(pointer, CLIENT_DEFAULT_KEY);
    const schema = fields.get(pointer);
    if (schema === undefined)
      ctx.errorAtKey(
        at,
        `${CLIENT_DEFAULT_KEY} is read only on a top-level request field: an operation's parameter or a property of its JSON request body`,
        "move it to the parameter or request-body property the client should fill, or remove it",
      );
    else if (schema["type"] !== "string")
      ctx.errorAtKey(
        at,
        `${CLIENT_DEFAULT_KEY} needs a string field (the client fills in its merchant number); this field's type is ${schema["type"] === undefined ? "not given" : quote(schema["type"])}`,
        "put it on a `type: string` field, or remove it",
      );
  });
}

/** Pointer of each top-level request field (where its extensions are written) → its schema. */
function requestFields(document: Json): Map<string, Json> {
  const fields = new Map<string, Json>();
  for (const raw of listRawOperations(document as Record<string, unknown>)) {
    for (const p of collectParameters(document as Record<string, unknown>, raw)) {
      const schema = deref(document, p.node["schema"], joinPointer(p.definedAt, "schema"));
      fields.set(p.definedAt, schema?.node ?? {});
    }
    const body = requestBodyOf(document as Record<string, unknown>, raw);
    if (body === undefined || !body.mediaType.includes("json")) continue;
    const resolved = deref(document, body.schema, body.schemaPointer);
    const properties =
      resolved && isRecord(resolved.node["properties"]) ? resolved.node["properties"] : {};
    for (const name of Object.keys(properties)) {
      const pointer = joinPointer(joinPointer(resolved?.pointer ?? "", "properties"), name);
      fields.set(pointer, deref(document, properties[name], pointer)?.node ?? {});
    }
  }
  return fields;
}
