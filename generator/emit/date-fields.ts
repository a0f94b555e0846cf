/**
 * Which named schemas hold a `date-time` field at any depth. The runtime converts a `Date`
 * wherever it sits in a request (body.ts, validate.ts), so a request field typed with such a
 * schema is written out with `string | Date` at those places instead of by the schema's name.
 */
import type { SchemaNode } from "../model/types.js";
import { componentSchemaName, isRecord } from "../walk/json.js";

/** Keys whose values are data, not schemas: a `format` inside an example means nothing. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

export function holdsDateTime(
  name: string,
  components: ReadonlyMap<string, SchemaNode>,
  seen: Set<string> = new Set(),
): boolean {
  if (seen.has(name)) return false;
  seen.add(name);
  const schema = components.get(name);
  return schema !== undefined && nodeHoldsDateTime(schema, components, seen);
}

function nodeHoldsDateTime(
  node: unknown,
  components: ReadonlyMap<string, SchemaNode>,
  seen: Set<string>,
): boolean {
  if (Array.isArray(node)) return node.some((item) => nodeHoldsDateTime(item, components, seen));
  if (!isRecord(node)) return false;
  if (node["format"] === "date-time") return true;
  const ref = componentSchemaName(node);
  if (ref !== undefined) return holdsDateTime(ref, components, seen);
  return Object.entries(node).some(
    ([key, child]) =>
      !DATA_KEYS.has(key) && !key.startsWith("x-") && nodeHoldsDateTime(child, components, seen),
  );
}
