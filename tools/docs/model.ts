/**
 * The neutral page model: what a WeChat Pay docs page states, whatever its layout. Readers
 * (read-current.ts, read-legacy.ts) produce it; compare.ts and apply.ts consume it.
 */
/** current: the current site's browser copy; legacy: old-wiki rows; markdown: pipe tables. */
export type Layout = "current" | "legacy" | "markdown";
/** `resource`: a notification's decrypted resource; `body` is its envelope, `response` the reply. */
export type FieldLocation = "header" | "path" | "query" | "body" | "resource" | "response";
export type JsonType = "string" | "integer" | "number" | "boolean" | "object" | "array";

/** A number the page states, with the line that states it. */
export interface Stated<T> {
  readonly value: T;
  readonly line: number;
}

export interface EnumValue {
  readonly value: string;
  readonly meaning: string;
  readonly line: number;
}

export interface Limits {
  minLength?: Stated<number>;
  maxLength?: Stated<number>;
  minimum?: Stated<number>;
  maximum?: Stated<number>;
  minItems?: Stated<number>;
  maxItems?: Stated<number>;
}

export interface PageField {
  readonly name: string;
  /** Wire path: dots for nesting, `[]` for array items (`data[].status`). */
  readonly path: string;
  /** Path of the enclosing object (`data[]`, `stock_use_rule`), null at the top level. */
  readonly parent: string | null;
  readonly location: FieldLocation;
  readonly line: number;
  /** The type as the page writes it (`string[1,20]`, `uint64`, `array[object]`). */
  readonly typeText: string;
  readonly type: JsonType | null;
  /** For arrays: the item type when stated (`array[string]`). */
  itemType: JsonType | null;
  /** true/false when the page says so; null when it does not (garbled or location column). */
  readonly required: boolean | null;
  label: string | null;
  description: string[];
  /** Limits of the value itself (string length, number range, array size). */
  readonly limits: Limits;
  /** Limits of each array item (`单个商品编码的字符长度为【1,128】`). */
  readonly itemLimits: Limits;
  readonly enumValues: EnumValue[];
  /** true when the page lists this object's (or array item's) fields. */
  childrenListed: boolean;
}

export interface RateLimit {
  readonly limit: number;
  readonly per: "second" | "minute";
  readonly scope: "all" | "mchid" | "ip";
}

export interface PageErrorCode {
  readonly status: number;
  readonly code: string;
  readonly description: string;
  readonly line: number;
}

export interface NotUnderstood {
  readonly line: number;
  readonly text: string;
}

/** Who the page is for, from `支持商户:` / `适用对象:`. */
export interface Audience {
  readonly merchant: boolean;
  readonly partner: boolean;
  readonly text: string;
  readonly line: number;
}

export interface PageModel {
  readonly file: string;
  readonly layout: Layout;
  /** An API operation, or a notification WeChat Pay sends (compared with the spec's webhook). */
  readonly kind: "operation" | "notification";
  readonly audience: Audience | null;
  /** The text ends inside a section: removals are not inferred after `line`. */
  readonly partial: { readonly line: number; readonly section: PartialSection } | null;
  /** Every parameter-looking row of the page, read or not (for the coverage figure). */
  readonly parameterRows: number;
  readonly title: string | null;
  readonly updated: string | null;
  readonly method: string;
  readonly path: string;
  readonly methodLine: number;
  readonly rateLimits: { readonly limits: RateLimit[]; readonly line: number } | null;
  readonly idempotent: { readonly value: boolean; readonly line: number } | null;
  readonly errorCodes: PageErrorCode[];
  readonly fields: PageField[];
  /** Line of each parameter section heading the page has (request / response). */
  readonly sections: { request: number | null; response: number | null; resource: number | null };
  readonly notUnderstood: NotUnderstood[];
}

/** Where a partial page's text ends: in a parameter section, or before the error codes. */
export type PartialSection = "request" | "resource" | "response" | "errors";

/**
 * Lets a reader settle what the page layout leaves open (the legacy layout never closes a nested
 * table): does the spec know a field `name` under `parent` in `location`?
 */
export type FieldLookup = (location: FieldLocation, parent: string | null, name: string) => boolean;

/** The page cannot be read at all; `line` is where reading stopped. */
export class PageUnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = "PageUnreadableError";
  }
}

export function newField(init: {
  name: string;
  parent: string | null;
  location: FieldLocation;
  line: number;
  typeText: string;
  required: boolean | null;
}): PageField {
  const parsed = parseType(init.typeText);
  const path = init.parent === null ? init.name : `${init.parent}.${init.name}`;
  const field: PageField = {
    name: init.name,
    path,
    parent: init.parent,
    location: init.location,
    line: init.line,
    typeText: init.typeText,
    type: parsed.type,
    itemType: parsed.itemType,
    required: init.required,
    label: null,
    description: [],
    limits: {},
    itemLimits: {},
    enumValues: [],
    childrenListed: false,
  };
  if (parsed.min !== undefined || parsed.max !== undefined) {
    const at = (v: number): Stated<number> => ({ value: v, line: init.line });
    if (parsed.type === "string") {
      if (parsed.min !== undefined) field.limits.minLength = at(parsed.min);
      if (parsed.max !== undefined) field.limits.maxLength = at(parsed.max);
    } else if (parsed.type === "array") {
      if (parsed.min !== undefined) field.limits.minItems = at(parsed.min);
      if (parsed.max !== undefined) field.limits.maxItems = at(parsed.max);
    } else if (parsed.type === "integer" || parsed.type === "number") {
      if (parsed.min !== undefined) field.limits.minimum = at(parsed.min);
      if (parsed.max !== undefined) field.limits.maximum = at(parsed.max);
    }
  }
  return field;
}

/** Children of an object field live under `name`, of an array field under `name[]`. */
export function childParent(field: PageField): string {
  return field.type === "array" ? `${field.path}[]` : field.path;
}

const TYPE_WORDS: Record<string, JsonType> = {
  string: "string",
  str: "string",
  int: "integer",
  int8: "integer",
  int16: "integer",
  int32: "integer",
  int64: "integer",
  uint: "integer",
  uint8: "integer",
  uint16: "integer",
  uint32: "integer",
  uint64: "integer",
  integer: "integer",
  long: "integer",
  number: "number",
  float: "number",
  double: "number",
  bool: "boolean",
  boolean: "boolean",
  object: "object",
  array: "array",
  list: "array",
  // A multipart part (the image upload's `file`): its bytes, a string in the spec.
  message: "string",
};

/** `string[1,20]`, `string(64)`, `array[object]`, `array[1,1]`, `uint64`. */
export const TYPE_PATTERN =
  /^([A-Za-z]+\d*)(?:\[\s*([A-Za-z]+|\d+\s*,\s*\d+|\d+)\s*\]|\(\s*(\d+)\s*\))?$/;

export function isTypeText(text: string): boolean {
  const m = TYPE_PATTERN.exec(text);
  return m !== null && TYPE_WORDS[m[1]!.toLowerCase()] !== undefined;
}

export function parseType(text: string): {
  type: JsonType | null;
  itemType: JsonType | null;
  min?: number;
  max?: number;
} {
  const m = TYPE_PATTERN.exec(text);
  if (!m) return { type: null, itemType: null };
  const type = TYPE_WORDS[m[1]!.toLowerCase()] ?? null;
  const bracket = m[2];
  const paren = m[3];
  let itemType: JsonType | null = null;
  let min: number | undefined;
  let max: number | undefined;
  if (bracket !== undefined) {
    if (/^[A-Za-z]+$/.test(bracket)) itemType = TYPE_WORDS[bracket.toLowerCase()] ?? null;
    else if (bracket.includes(",")) {
      const [a, b] = bracket.split(",").map((s) => Number(s.trim()));
      min = a;
      max = b;
    } else max = Number(bracket);
  }
  if (paren !== undefined) max = Number(paren);
  return {
    type,
    itemType,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}
