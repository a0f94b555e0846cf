/**
 * Prints JSON-like data as TypeScript exactly the way prettier (printWidth 100, double quotes,
 * trailing commas) prints it, so data-only files can skip prettier: formatting metadata.ts cost
 * ~0.2 s per run, more than emitting it. Only the rules data literals need are implemented:
 * - an object or array goes on one line when that line fits in 100 columns, else one member per line;
 * - an array of 2+ objects (or arrays) that all have 2+ members always breaks (prettier's rule);
 * - a string that does not fit after `key: ` moves to the next line, indented (unless the key is
 *   shorter than 5 columns);
 * - strings use double quotes unless the text holds more double than single quotes;
 * - an array of 2+ numbers that does not fit is filled (as many per line as fit).
 * test/generator/format.test.ts runs prettier on the result and requires no change.
 */
const PRINT_WIDTH = 100;

/** Text printed as is (an identifier, not a string). */
export class RawCode {
  constructor(readonly code: string) {}
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Display width as prettier measures it: East Asian wide characters count twice. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return n;
}

/** A string literal the way prettier quotes it (fewest escaped quotes; double on a tie). */
export function quote(text: string): string {
  const doubles = (text.match(/"/g) ?? []).length;
  const singles = (text.match(/'/g) ?? []).length;
  const json = JSON.stringify(text);
  if (doubles <= singles) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

type Data =
  | RawCode
  | string
  | number
  | boolean
  | null
  | readonly Data[]
  | { readonly [k: string]: Data | undefined };

function entriesOf(value: object): [string, Data][] {
  return Object.entries(value).filter((e): e is [string, Data] => e[1] !== undefined);
}

function isContainer(
  value: Data,
): value is readonly Data[] | { readonly [k: string]: Data | undefined } {
  return value !== null && typeof value === "object" && !(value instanceof RawCode);
}

function size(value: Data): number {
  if (!isContainer(value)) return 0;
  return Array.isArray(value) ? value.length : entriesOf(value).length;
}

/** prettier breaks an array of 2+ elements that are all objects (or all arrays) with 2+ members. */
function mustBreak(value: Data): boolean {
  if (!isContainer(value)) return false;
  if (Array.isArray(value)) {
    const first = value[0];
    const forced =
      value.length > 1 &&
      first !== undefined &&
      value.every(
        (el) => isContainer(el) && Array.isArray(el) === Array.isArray(first) && size(el) > 1,
      );
    return forced || value.some(mustBreak);
  }
  return entriesOf(value).some(([, v]) => mustBreak(v));
}

function flat(value: Data): string {
  if (value instanceof RawCode) return value.code;
  if (typeof value === "string") return quote(value);
  if (!isContainer(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flat).join(", ")}]`;
  const entries = entriesOf(value);
  return entries.length === 0
    ? "{}"
    : `{ ${entries.map(([k, v]) => `${key(k)}: ${flat(v)}`).join(", ")} }`;
}

/**
 * Lines for one member: `head` precedes the value on its first line (indentation included, e.g.
 * `    name: `), `tail` follows it on its last line (`,` or ` as const …;`).
 */
export function printMember(
  value: Data,
  indent: string,
  head: string,
  tail: string,
  isProperty: boolean,
): string[] {
  const oneLine = `${head}${flat(value)}${tail}`;
  if (!isContainer(value) || size(value) === 0) {
    // prettier never breaks after a key shorter than 5 columns (tabWidth + 3): too little to gain.
    const shortKey = isProperty && width(head.trim()) - 1 < 5;
    if (width(oneLine) <= PRINT_WIDTH || !isProperty || shortKey || typeof value !== "string")
      return [oneLine];
    return [head.trimEnd(), `${indent}  ${flat(value)}${tail}`];
  }
  if (!mustBreak(value) && width(oneLine) <= PRINT_WIDTH) return [oneLine];
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > 1 && value.every((v) => typeof v === "number")) {
    // prettier "fills" number arrays: as many per line as fit.
    const lines: string[] = [];
    let line = "";
    for (const n of value as number[]) {
      const item = `${JSON.stringify(n)},`;
      if (line === "") line = `${inner}${item}`;
      else if (width(`${line} ${item}`) <= PRINT_WIDTH) line = `${line} ${item}`;
      else {
        lines.push(line);
        line = `${inner}${item}`;
      }
    }
    return [`${head}[`, ...lines, line, `${indent}]${tail}`];
  }
  if (Array.isArray(value)) {
    return [
      `${head}[`,
      ...value.flatMap((v) => printMember(v, inner, inner, ",", false)),
      `${indent}]${tail}`,
    ];
  }
  return [
    `${head}{`,
    ...entriesOf(value).flatMap(([k, v]) =>
      printMember(v, inner, `${inner}${key(k)}: `, ",", true),
    ),
    `${indent}}${tail}`,
  ];
}

export type { Data as PrettyData };
