/**
 * Typed reads from request JSON that the spec schema has already validated. They still check
 * types, because a handler must never crash on an unexpected shape (a spec change, a caller
 * that disabled validation) — a wrong shape becomes PARAM_ERROR, never a stack trace.
 */
import { paramError, type DetailLocation } from "../errors.js";
import type { Json, JsonObject } from "../state/store.js";

export function objectAt(obj: JsonObject, key: string): JsonObject | undefined {
  const value = obj[key];
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

export function stringAt(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === "string" ? value : undefined;
}

export function numberAt(obj: JsonObject, key: string): number | undefined {
  const value = obj[key];
  return typeof value === "number" ? value : undefined;
}

export function booleanAt(obj: JsonObject, key: string): boolean | undefined {
  const value = obj[key];
  return typeof value === "boolean" ? value : undefined;
}

export function stringListAt(obj: JsonObject, key: string): string[] | undefined {
  const value = obj[key];
  return Array.isArray(value) && value.every((v): v is string => typeof v === "string")
    ? value
    : undefined;
}

export function requireString(
  obj: JsonObject,
  key: string,
  location: DetailLocation,
  pointer = `/${key}`,
): string {
  const value = stringAt(obj, key);
  if (value === undefined || value === "")
    throw paramError(`参数错误：${pointer} is required`, {
      field: pointer,
      issue: "is required",
      location,
    });
  return value;
}

export function requireNumber(obj: JsonObject, key: string, pointer: string): number {
  const value = numberAt(obj, key);
  if (value === undefined)
    throw paramError(`参数错误：${pointer} is required`, {
      field: pointer,
      issue: "is required",
      location: "body",
    });
  return value;
}

/**
 * The JSON pointer of the first string containing a character outside the Basic Multilingual
 * Plane (4 bytes in UTF-8, e.g. emoji), which WeChat Pay does not accept.
 */
export function findFourByteCharacter(
  value: Json,
  pointer = "",
): { pointer: string; value: string } | undefined {
  if (typeof value === "string")
    return /[\uD800-\uDFFF]/.test(value) ? { pointer, value } : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findFourByteCharacter(value[i] ?? null, `${pointer}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const found = findFourByteCharacter(
        child,
        `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
      );
      if (found) return found;
    }
  }
  return undefined;
}
