/**
 * JSON Schemas built from page fields, in the spec's conventions: request objects are strict
 * (`additionalProperties: false`), enums carry `x-enum-descriptions`, RFC 3339 strings `date-time`.
 */
import { childParent, type Limits, type PageField, type PageModel } from "./model.js";

/** The page's description of a field, label first. */
export function descriptionOf(pf: PageField): string {
  const text = pf.description.join(" ").replace(/\s+/g, " ").trim();
  return [pf.label, text].filter((t) => t !== null && t !== "").join("：") || pf.name;
}

function limitsOf(limits: Limits, kinds: readonly (keyof Limits)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of kinds) {
    const v = limits[k];
    if (v) out[k] = v.value;
  }
  return out;
}

function enumOf(pf: PageField): Record<string, unknown> {
  if (pf.enumValues.length === 0 || pf.type === "boolean") return {};
  return {
    enum: pf.enumValues.map((e) => e.value),
    "x-enum-descriptions": Object.fromEntries(pf.enumValues.map((e) => [e.value, e.meaning])),
  };
}

/** A schema for a page field (and its children), in the spec's conventions. */
export function schemaFor(
  page: PageModel,
  pf: PageField,
  request: boolean,
): Record<string, unknown> {
  const description = descriptionOf(pf);
  const type = pf.type ?? "string";
  if (type === "object")
    return { ...objectFor(page, childParent(pf), pf.location, request), description };
  if (type === "array") {
    let items: Record<string, unknown>;
    if (pf.itemType === "object") items = objectFor(page, childParent(pf), pf.location, request);
    else
      items = {
        type: pf.itemType ?? "string",
        ...limitsOf(pf.itemLimits, ["minLength", "maxLength", "minimum", "maximum"]),
        ...enumOf(pf),
      };
    return { type, description, ...limitsOf(pf.limits, ["minItems", "maxItems"]), items };
  }
  const dateTime = type === "string" && /rfc\s*3339/i.test(pf.description.join(" "));
  return {
    type,
    ...(dateTime ? { format: "date-time" } : {}),
    ...limitsOf(pf.limits, ["minLength", "maxLength", "minimum", "maximum"]),
    ...(type === "string" ? enumOf(pf) : {}),
    description,
  };
}

export function objectFor(
  page: PageModel,
  parent: string | null,
  location: PageField["location"],
  request: boolean,
): Record<string, unknown> {
  const children = page.fields.filter((f) => f.parent === parent && f.location === location);
  const required = children.filter((c) => c.required === true).map((c) => c.name);
  return {
    type: "object",
    ...(request ? { additionalProperties: false } : {}),
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(children.map((c) => [c.name, schemaFor(page, c, request)])),
  };
}
