/**
 * Reader for the legacy table layout (pay.weixin.qq.com/wiki/doc/apiv3/…): rows
 * `参数名 变量 类型[长度限制] 必填 描述` in traditional characters with pinyin damage, nested
 * objects opened by `+label name object …` and never closed, and a 必填 column that may hold the
 * location (`body`, `query`, `path`) or wrap onto the next line.
 */
import {
  childParent,
  isTypeText,
  newField,
  type FieldLocation,
  type FieldLookup,
  type NotUnderstood,
  type PageField,
} from "./model.js";
import { describe, type SectionInput } from "./read-current.js";
import {
  LOCATION_WORDS,
  hasCjk,
  isLocationLegend,
  isRuleLine,
  looksLikeField,
  normalize,
  parseEnumLine,
  stripPinyin,
} from "./text.js";

interface Row {
  readonly line: number;
  readonly opens: boolean;
  readonly name: string;
  readonly typeText: string;
  readonly label: string | null;
}

const WITH_LABEL = /^(\+\s*)?(\S+)\s+([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)(?:\s+(.*))?$/;
const WITHOUT_LABEL = /^(\+\s*)?([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)(?:\s+(.*))?$/;

function matchRow(clean: string): { row: Omit<Row, "line">; rest: string } | null {
  const a = WITH_LABEL.exec(clean);
  if (a && isTypeText(a[4]!) && !isTypeText(a[3]!))
    return {
      row: { opens: a[1] !== undefined, name: a[3]!, typeText: a[4]!, label: a[2]! },
      rest: (a[5] ?? "").trim(),
    };
  const b = WITHOUT_LABEL.exec(clean);
  if (b && isTypeText(b[3]!))
    return {
      row: { opens: b[1] !== undefined, name: b[2]!, typeText: b[3]!, label: null },
      rest: (b[4] ?? "").trim(),
    };
  return null;
}

/** The 必填 column: 是/否 → required; a location word → location (requiredness unknown). */
function column(text: string): {
  required: boolean | null;
  location: FieldLocation | null;
  rest: string;
} | null {
  const m = /^(是|否|必填|选填|選填|body|query|path|header)(?:\s+|$)(.*)$/.exec(text);
  if (!m) return null;
  const word = m[1]!;
  const location = LOCATION_WORDS[word] ?? null;
  const required = location !== null ? null : word === "是" || word === "必填";
  return { required, location, rest: m[2]!.trim() };
}

export function readLegacySection(
  input: SectionInput & { readonly method: string; readonly lookup: FieldLookup },
  fields: PageField[],
  notUnderstood: NotUnderstood[],
): void {
  const stack: PageField[] = [];
  let last: PageField | null = null;
  let pending: { row: Row } | null = null;

  const defaultLocation = (name: string): FieldLocation => {
    if (input.kind === "response") return "response";
    for (const loc of ["path", "query", "body"] as const)
      if (input.lookup(loc, null, name)) return loc;
    return input.method === "GET" ? "query" : "body";
  };

  const create = (
    row: Row,
    col: { required: boolean | null; location: FieldLocation | null },
  ): PageField => {
    let parent: PageField | null = null;
    if (col.location !== null || stack.length === 0) stack.length = 0;
    else {
      // The layout never closes a nested table: attach the row to the innermost open object
      // the spec knows it in, else to the innermost one (a new field).
      const loc = input.kind === "response" ? "response" : stack[0]!.location;
      let chosen = stack.length - 1;
      let topLevel = false;
      let found = false;
      for (let k = stack.length - 1; k >= 0; k--)
        if (input.lookup(loc, childParent(stack[k]!), row.name)) {
          chosen = k;
          found = true;
          break;
        }
      if (!found && input.lookup(loc, null, row.name)) topLevel = true;
      if (topLevel) stack.length = 0;
      else {
        stack.length = chosen + 1;
        parent = stack[chosen]!;
      }
    }
    const location =
      input.kind === "response"
        ? "response"
        : (col.location ?? (parent ? stack[0]!.location : defaultLocation(row.name)));
    const field = newField({
      name: row.name,
      parent: parent ? childParent(parent) : null,
      location,
      line: row.line,
      typeText: row.typeText,
      required: col.required,
    });
    field.label = row.label;
    if (parent) parent.childrenListed = true;
    fields.push(field);
    if (row.opens || field.type === "object") stack.push(field);
    return field;
  };

  input.lines.forEach((raw, i) => {
    const line = input.firstLine + i;
    const clean = stripPinyin(raw).trim();
    const norm = normalize(raw);
    if (clean === "") return;

    if (pending) {
      const row = pending.row;
      pending = null;
      const col = column(clean);
      if (col) {
        last = create(row, col);
        if (col.rest !== "") describe(last, col.rest, line);
        return;
      }
      last = create(row, { required: null, location: null });
    }

    if (/^参数名\s+变量/.test(norm) || isLocationLegend(norm)) return;
    if (/^(无|無|none|n\/a)$/i.test(norm)) return; // a section without parameters

    const hit = matchRow(clean);
    if (hit) {
      const row: Row = { ...hit.row, line };
      if (hit.rest === "") {
        pending = { row };
        return;
      }
      const col = column(hit.rest);
      last = create(row, col ?? { required: null, location: null });
      const rest = col ? col.rest : hit.rest;
      if (rest !== "") describe(last, rest, line);
      return;
    }

    if (last === null || looksLikeField(norm)) {
      notUnderstood.push({ line, text: raw });
      return;
    }
    const field: PageField = last;
    const enumLine = parseEnumLine(clean);
    if (enumLine) {
      field.enumValues.push({ ...enumLine, line });
      return;
    }
    if (isRuleLine(norm) || hasCjk(norm)) {
      describe(field, clean, line);
      return;
    }
    notUnderstood.push({ line, text: raw });
  });
  if (pending !== null) create((pending as { row: Row }).row, { required: null, location: null });
}
