/**
 * Reader for the legacy table layout (pay.weixin.qq.com/wiki/doc/apiv3/…): rows
 * `参数名 变量 类型[长度限制] 必填 描述` in traditional characters with pinyin damage, nested
 * objects opened by `+label name object …` and never closed, and a 必填 column that may hold the
 * location (`body`, `query`, `path`) or wrap onto the next line.
 */
import {
  childParent,
  newField,
  type FieldLocation,
  type FieldLookup,
  type NotUnderstood,
  type PageField,
} from "./model.js";
import { describe, type SectionInput } from "./read-current.js";
import { matchColumn, matchRow, nextRowAt } from "./row-grammar.js";
import {
  hasCjk,
  isProse,
  isLocationLegend,
  isTableHeader,
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

type LegacyInput = SectionInput & { readonly method: string; readonly lookup: FieldLookup };
type Column = { required: boolean | null; location: FieldLocation | null };
const NO_COLUMN: Column = { required: null, location: null };

export function readLegacySection(
  input: LegacyInput,
  fields: PageField[],
  notUnderstood: NotUnderstood[],
): void {
  const reader = new LegacyReader(input, fields, notUnderstood);
  input.lines.forEach((raw, i) => reader.read(raw, input.firstLine + i));
  reader.finish();
}

/**
 * One section's rows, line by line. State: the open nested objects (`stack`), the field the
 * following description lines belong to (`last`), and a row whose 必填 column wrapped onto the
 * next line (`pending`).
 */
class LegacyReader {
  readonly #stack: PageField[] = [];
  #last: PageField | null = null;
  #pending: Row | null = null;

  constructor(
    private readonly input: LegacyInput,
    private readonly fields: PageField[],
    private readonly notUnderstood: NotUnderstood[],
  ) {}

  read(raw: string, line: number): void {
    const clean = stripPinyin(raw).trim();
    const norm = normalize(raw);
    if (clean === "") return;
    if (this.#pending && this.#completePending(clean, line)) return;
    if (isTableHeader(norm) || isLocationLegend(norm)) return;
    if (/^(无|無|none|n\/a)$/i.test(norm)) return; // a section without parameters
    if (this.#openBlock(norm)) return;
    const hit = matchRow(clean);
    if (hit) {
      const row: Row = { ...hit, line };
      if (!hit.marked && hit.rest === "") {
        this.#pending = row;
        return;
      }
      const col = hit.marked ? { required: hit.required, location: hit.location } : NO_COLUMN;
      this.#last = this.#create(row, col);
      this.#restOfRow(this.#last, hit.rest, line);
      return;
    }
    this.#continue(raw, clean, norm, line);
  }

  /**
   * The description after a row; when a crawler collapsed the nested rows into it, the rows in
   * it are read as the field's children.
   */
  #restOfRow(field: PageField, rest: string, line: number): void {
    const at = rest.length < 4000 ? nextRowAt(rest) : -1;
    const own =
      at < 0
        ? rest
        : rest
            .slice(0, at)
            .replace(/(?:^|\s)属性\s*$/, "")
            .trim();
    if (own !== "") describe(field, own, line);
    if (at < 0) return;
    if ((field.type === "object" || field.type === "array") && this.#stack.at(-1) !== field) {
      field.childrenListed = true;
      this.#stack.push(field);
    }
    this.read(rest.slice(at), line);
  }

  /** A row still open at the end of the section has no 必填 column. */
  finish(): void {
    if (this.#pending !== null) this.#create(this.#pending, NO_COLUMN);
  }

  /**
   * The line after a row without a 必填 column: that column (true: the line is used up), or the
   * row is created without one and the line is read on its own (false).
   */
  #completePending(clean: string, line: number): boolean {
    const row = this.#pending!;
    this.#pending = null;
    const col = matchColumn(clean);
    if (col) {
      this.#last = this.#create(row, col);
      if (col.rest !== "") describe(this.#last, col.rest, line);
      return true;
    }
    this.#last = this.#create(row, NO_COLUMN);
    return false;
  }

  /**
   * `属性` alone on a line (a crawler's copy of the current site): the fields below belong to the
   * last object or array row, not to the top level.
   */
  #openBlock(norm: string): boolean {
    if (!/^属性(\s*[|｜:：])?$/.test(norm)) return false;
    const last = this.#last;
    if (last === null || (last.type !== "object" && last.type !== "array")) return false;
    last.childrenListed = true;
    if (this.#stack[this.#stack.length - 1] !== last) this.#stack.push(last);
    return true;
  }

  /** A line that is not a row: an enum value or description of the last field, else not understood. */
  #continue(raw: string, clean: string, norm: string, line: number): void {
    const field = this.#last;
    // Prose above a section's first row (`接收成功:HTTP应答状态码需返回200…`) is no parameter.
    if (field === null && isProse(norm)) return;
    if (field === null || looksLikeField(norm)) {
      this.notUnderstood.push({ line, text: raw });
      return;
    }
    const enumLine = parseEnumLine(clean);
    if (enumLine) {
      field.enumValues.push({ ...enumLine, line });
      return;
    }
    if (isRuleLine(norm) || hasCjk(norm)) {
      describe(field, clean, line);
      return;
    }
    this.notUnderstood.push({ line, text: raw });
  }

  #create(row: Row, col: Column): PageField {
    const parent = this.#parentFor(row, col);
    const location =
      this.input.kind !== "request"
        ? this.input.kind
        : (col.location ?? (parent ? this.#stack[0]!.location : this.#defaultLocation(row.name)));
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
    this.fields.push(field);
    if (row.opens || field.type === "object") this.#stack.push(field);
    return field;
  }

  /** The open object the row belongs to (closing the ones it is outside of), or null at top level. */
  #parentFor(row: Row, col: Column): PageField | null {
    const stack = this.#stack;
    if (col.location !== null || stack.length === 0) {
      stack.length = 0;
      return null;
    }
    // The layout never closes a nested table: attach the row to the innermost open object
    // the spec knows it in, else to the innermost one (a new field).
    const loc = this.input.kind !== "request" ? this.input.kind : stack[0]!.location;
    let chosen = stack.length - 1;
    let found = false;
    for (let k = stack.length - 1; k >= 0; k--)
      if (this.input.lookup(loc, childParent(stack[k]!), row.name)) {
        chosen = k;
        found = true;
        break;
      }
    if (!found && this.input.lookup(loc, null, row.name)) {
      stack.length = 0;
      return null;
    }
    stack.length = chosen + 1;
    return stack[chosen]!;
  }

  #defaultLocation(name: string): FieldLocation {
    if (this.input.kind !== "request") return this.input.kind;
    for (const loc of ["path", "query", "body"] as const)
      if (this.input.lookup(loc, null, name)) return loc;
    return this.input.method === "GET" ? "query" : "body";
  }
}
