/**
 * The row grammar shared by every table form of the pages (old wiki, crawler, markdown): a row is
 * an optional label (any words, `用户 openid`), a wire name, then a type token, a required marker
 * (必填/选填/是/否) and a location (body/query/path/header) in any order, then the description.
 * `+` or `-` before the row opens a nested object. Works on whitespace tokens, so its time is
 * linear in the line.
 */
import { isTypeText, type FieldLocation } from "./model.js";
import { LOCATION_WORDS } from "./text.js";

export interface RowMatch {
  readonly opens: boolean;
  readonly label: string | null;
  readonly name: string;
  readonly typeText: string;
  /** true/false from 必填/是 and 选填/否; null when the row does not say. */
  readonly required: boolean | null;
  readonly location: FieldLocation | null;
  /** true when the row has a required marker or a location (its 必填 column). */
  readonly marked: boolean;
  readonly rest: string;
}

const REQUIRED: Record<string, boolean> = {
  必填: true,
  是: true,
  选填: false,
  選填: false,
  否: false,
  条件选填: false,
  可选: false,
};
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** How many label words a row may have before its wire name. */
const MAX_LABEL_WORDS = 4;

interface Markers {
  typeText: string | null;
  required: boolean | null;
  location: FieldLocation | null;
  count: number;
}

/** Up to three tokens after the name, each a type, a required marker or a location. */
function readMarkers(tokens: readonly string[], from: number): Markers {
  const m: Markers = { typeText: null, required: null, location: null, count: 0 };
  for (let j = from; j < tokens.length && j < from + 3; j++) {
    const t = tokens[j]!;
    if (m.typeText === null && isTypeText(t)) m.typeText = t;
    else if (m.required === null && Object.hasOwn(REQUIRED, t)) m.required = REQUIRED[t]!;
    else if (m.location === null && Object.hasOwn(LOCATION_WORDS, t.toLowerCase()))
      m.location = LOCATION_WORDS[t.toLowerCase()]!;
    else break;
    m.count++;
  }
  return m;
}

/** The text after the first `n` whitespace-separated tokens of `line`. */
function after(line: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n; k++) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    while (i < line.length && !/\s/.test(line[i]!)) i++;
  }
  return line.slice(i).trim();
}

export function matchRow(clean: string): RowMatch | null {
  let line = clean.trim();
  let opens = false;
  if (line.startsWith("+") || line.startsWith("-")) {
    opens = line.startsWith("+");
    line = line.slice(1).trim();
  }
  const tokens = line.split(/\s+/, MAX_LABEL_WORDS + 5);
  for (let i = 0; i <= MAX_LABEL_WORDS && i < tokens.length - 1; i++) {
    const name = tokens[i]!;
    // A type word may be a name too (`message string[1,64]`): the type token after it decides.
    if (!NAME.test(name)) continue;
    const m = readMarkers(tokens, i + 1);
    if (m.typeText === null) continue;
    const label = tokens.slice(0, i);
    // A label is page words, not a sentence that happens to mention a field.
    if (label.some((w) => /[:：。;；]/.test(w))) return null;
    return {
      opens,
      label: label.length > 0 ? label.join("") : null,
      name,
      typeText: m.typeText,
      required: m.required,
      location: m.location,
      marked: m.required !== null || m.location !== null,
      rest: after(line, i + 1 + m.count),
    };
  }
  return null;
}

/** The 必填 column alone (a row whose column wrapped onto the next line): 是/否, a location, or both. */
export function matchColumn(
  clean: string,
): { required: boolean | null; location: FieldLocation | null; rest: string } | null {
  const tokens = clean.trim().split(/\s+/, 3);
  let required: boolean | null = null;
  let location: FieldLocation | null = null;
  let used = 0;
  for (const t of tokens.slice(0, 2)) {
    if (required === null && Object.hasOwn(REQUIRED, t)) required = REQUIRED[t]!;
    else if (location === null && Object.hasOwn(LOCATION_WORDS, t.toLowerCase()))
      location = LOCATION_WORDS[t.toLowerCase()]!;
    else break;
    used++;
  }
  if (used === 0) return null;
  return { required, location, rest: after(clean.trim(), used) };
}

/**
 * Where another row starts inside a row's description (a crawler collapsed the nested rows into
 * their parent's): the offset of a wire name followed by a type and a required marker, or -1.
 * Stricter than matchRow (the marker is required) so description words are not taken for rows.
 */
export function nextRowAt(text: string): number {
  const tokens: { t: string; at: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push({ t: m[0], at: m.index });
  const words = tokens.map((x) => x.t);
  for (let j = 0; j < tokens.length - 2; j++) {
    if (!NAME.test(words[j]!) || !/[a-z_]/.test(words[j]!)) continue;
    const m = readMarkers(words, j + 1);
    if (m.typeText !== null && m.required !== null) {
      // The row's label words (`最大发券数 max_coupons …`) belong to it, not to the parent.
      let start = j;
      while (
        start > 0 &&
        j - start < MAX_LABEL_WORDS &&
        !/[A-Za-z0-9:：,，。;；]/.test(words[start - 1]!)
      )
        start--;
      return tokens[start === j ? j : start]!.at;
    }
  }
  return -1;
}
