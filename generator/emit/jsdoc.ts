import type { ValidationSchema } from "../../runtime/index.js";

/** JSDoc text may not contain `*\/`; everything else (Chinese included) stays readable. */
export function docText(text: string): string {
  return text.replace(/\*\//g, "*\\/").trimEnd();
}

/**
 * One-line, human summary of a field's constraints, e.g. `1–20 characters; pattern ^\d+$`.
 * `side`: a request field accepts a `Date` for a date-time; a response field is always a string.
 */
export function describeConstraints(
  v: ValidationSchema,
  side: "request" | "response" = "request",
): string {
  const parts: string[] = [];
  switch (v.type) {
    case "string":
      if (v.format === "date-time")
        parts.push(
          side === "request"
            ? "RFC 3339 date-time (a `Date` is converted to +08:00)"
            : "RFC 3339 date-time string",
        );
      parts.push(...range(v.minLength, v.maxLength, "characters"));
      if (v.pattern !== undefined) parts.push(`pattern \`${v.pattern}\``);
      if (v.enum) parts.push(`one of ${v.enum.map((e) => `\`${e}\``).join(", ")}`);
      break;
    case "integer":
    case "number":
      parts.push(v.type);
      if (v.minimum !== undefined) parts.push(`≥ ${v.minimum}`);
      if (v.exclusiveMinimum !== undefined) parts.push(`> ${v.exclusiveMinimum}`);
      if (v.maximum !== undefined) parts.push(`≤ ${v.maximum}`);
      if (v.exclusiveMaximum !== undefined) parts.push(`< ${v.exclusiveMaximum}`);
      if (v.enum) parts.push(`one of ${v.enum.join(", ")}`);
      break;
    case "array":
      parts.push(...range(v.minItems, v.maxItems, "items"));
      if (v.uniqueItems) parts.push("unique items");
      {
        const inner = describeConstraints(v.items, side);
        if (inner) parts.push(`each: ${inner}`);
      }
      break;
    case "binary":
      if (v.maxBytes !== undefined) parts.push(`at most ${v.maxBytes} bytes`);
      break;
    default:
      break;
  }
  return parts.join("; ");
}

function range(min: number | undefined, max: number | undefined, unit: string): string[] {
  if (min !== undefined && max !== undefined)
    return [min === max ? `exactly ${min} ${unit}` : `${min}–${max} ${unit}`];
  if (min !== undefined) return [`at least ${min} ${unit}`];
  if (max !== undefined) return [`at most ${max} ${unit}`];
  return [];
}
