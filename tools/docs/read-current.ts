/**
 * Reader for the current docs layout (pay.weixin.qq.com/doc/v3/…, e.g. 条件查询批次列表):
 * `name 必填|选填 type` lines, `【label】 description`, `value:meaning` enum lines, nested fields
 * flattened by the browser into `属性 | …` blocks that end with a trailing `|`.
 */
import {
  childParent,
  isTypeText,
  newField,
  type FieldLocation,
  type NotUnderstood,
  type PageField,
} from "./model.js";
import {
  hasCjk,
  isProse,
  isRuleLine,
  looksLikeField,
  normalize,
  parseBracketRules,
  parseEnumLine,
  parseNumericWords,
  mergeLimits,
  stripPinyin,
} from "./text.js";

export interface SectionInput {
  readonly lines: readonly string[];
  /** 1-based line number of lines[0]. */
  readonly firstLine: number;
  /** `resource`: a notification's decrypted resource. */
  readonly kind: "request" | "resource" | "response";
  readonly method: string;
}

const SEGMENT = /(?:^|\s)([A-Za-z][A-Za-z0-9_-]*)\s+(必填|选填|条件选填)\s+(\S+)/g;
const SUBSECTION: Record<string, FieldLocation> = {
  header: "header",
  path: "path",
  query: "query",
  body: "body",
};

/** Adds what a description fragment states (label, limits) to the field. */
export function describe(field: PageField, text: string, line: number): void {
  let rest = text.trim();
  const label = /^【([^】]*)】\s*/.exec(rest);
  if (label) {
    if (field.label === null) field.label = label[1]!.trim();
    rest = rest.slice(label[0].length);
  }
  const norm = normalize(rest);
  // A collapsed table may list the enum inline: `枚举值: running:运行中 paused:暂停发放`.
  const inline = /枚举值\s*[:：]\s*(.+)$/.exec(rest);
  if (inline && field.type !== "boolean")
    for (const token of inline[1]!.split(/\s+/)) {
      const e = /^([A-Za-z0-9][A-Za-z0-9_.-]*)[:：](\S+)$/.exec(token);
      if (e && !field.enumValues.some((v) => v.value === e[1]))
        field.enumValues.push({ value: e[1]!, meaning: e[2]!, line });
    }
  // Examples are not description; the rest (rules included) is kept as the page words it.
  if (rest !== "" && !/^示例值\s*[:：]/.test(norm)) field.description.push(rest);
  const rules = parseBracketRules(norm, line, field.type === "array");
  mergeLimits(field.limits, rules.limits);
  mergeLimits(field.itemLimits, rules.itemLimits);
  if (field.type === "integer" || field.type === "number")
    mergeLimits(field.limits, parseNumericWords(norm, line));
}

export function readCurrentSection(
  input: SectionInput,
  fields: PageField[],
  notUnderstood: NotUnderstood[],
): void {
  const reader = new CurrentReader(input, fields, notUnderstood);
  input.lines.forEach((raw, i) => reader.read(raw, input.firstLine + i));
}

/**
 * One section's lines. State: the subsection's location (`query 查询参数` …), the open nested
 * `属性` blocks (`stack`), and the field the following description lines belong to (`last`).
 */
class CurrentReader {
  #location: FieldLocation | null;
  readonly #stack: PageField[] = [];
  #last: PageField | null = null;

  constructor(
    private readonly input: SectionInput,
    private readonly fields: PageField[],
    private readonly notUnderstood: NotUnderstood[],
  ) {
    this.#location = input.kind === "request" ? null : input.kind;
  }

  read(raw: string, line: number): void {
    const clean = stripPinyin(raw).trim();
    const norm = normalize(raw);
    if (clean === "") return;
    const sub = /^(header|path|query|body)\s*(http)?\s*(头参数|路径参数|查询参数|包体参数)$/i.exec(
      norm,
    );
    if (sub && this.input.kind === "request") {
      this.#location = SUBSECTION[sub[1]!.toLowerCase()]!;
      this.#stack.length = 0;
      this.#last = null;
      return;
    }
    if (/^\d{3}(\s+[A-Za-z ]+)?$/.test(norm)) return; // `200 OK` above the response fields
    if (/^(无|無|none|n\/a)$/i.test(norm)) return; // a section without parameters
    let body = clean;
    if (/^属性(\s|\||$)/.test(norm)) {
      const opened = this.#openNested(clean);
      if (opened === null) {
        this.notUnderstood.push({ line, text: raw });
        return;
      }
      if (opened === "") return;
      body = opened;
    }
    const segments = [...body.matchAll(SEGMENT)].filter((m) => isTypeText(m[3]!));
    if (segments.length > 0) this.#readFields(raw, body, segments, line);
    else if (/^\|[\s|]*$/.test(body)) this.#stack.pop();
    else this.#closeAfter(raw, clean, line);
  }

  /**
   * A description line that ends nested blocks (`【门槛】 单位:分 |`, the nested rows written one
   * per line): the text describes the last field, then each trailing `|` closes one block.
   */
  #closeAfter(raw: string, clean: string, line: number): void {
    // Only the line's tail is searched, so a long line of ` |` cannot make this quadratic.
    const tail = ` ${clean.slice(-200)}`;
    const pipes = this.#stack.length > 0 ? /(?:\s\|)+\s*$/.exec(tail) : null;
    if (!pipes) {
      this.#continue(raw, clean, normalize(clean), line);
      return;
    }
    const text = clean.slice(0, Math.max(0, clean.length - (tail.length - pipes.index))).trim();
    if (text !== "") this.#continue(raw, text, normalize(text), line);
    const count = (pipes[0].match(/\|/g) ?? []).length;
    for (let p = 0; p < count && this.#stack.length > 0; p++) this.#stack.pop();
  }

  /**
   * A `属性 | …` line opens the last field's children: returns the rest of the line ("" when
   * nothing follows), or null when the last field cannot have children.
   */
  #openNested(clean: string): string | null {
    const last = this.#last;
    if (last === null || (last.type !== "object" && last.type !== "array")) return null;
    last.childrenListed = true;
    this.#stack.push(last);
    return clean.replace(/^属性[\s|]*/, "");
  }

  /** One line's `name 必填 type …` segments, each a field; trailing `|`s close nested blocks. */
  #readFields(raw: string, body: string, segments: RegExpExecArray[], line: number): void {
    // No `query 查询参数`-style heading above the fields: they go where the method sends them.
    this.#location ??= this.input.method === "GET" ? "query" : "body";
    const prefix = body.slice(0, segments[0]!.index).trim();
    if (prefix !== "") {
      if (this.#last !== null) describe(this.#last, prefix, line);
      else this.notUnderstood.push({ line, text: raw });
    }
    let trailing = 0;
    segments.forEach((m, k) => {
      const start = m.index + m[0].length;
      const end = k + 1 < segments.length ? segments[k + 1]!.index : body.length;
      let rest = body.slice(start, end);
      if (k === segments.length - 1) {
        // The tail only: a long run of ` |` cannot make the match quadratic.
        const tail = rest.slice(-200);
        const pipes = /(\s*\|)+\s*$/.exec(tail);
        if (pipes) {
          trailing = (pipes[0].match(/\|/g) ?? []).length;
          rest = rest.slice(0, rest.length - tail.length + pipes.index);
        }
      }
      // A crawler's copy collapses a nested block into its parent's line: `… 属性 child 必填 …`.
      const nested = /(?:^|\s)属性[\s|]*$/.exec(rest.slice(-100));
      if (nested) rest = rest.slice(0, rest.length - Math.min(rest.length, 100) + nested.index);
      const top = this.#stack[this.#stack.length - 1];
      const field = newField({
        name: m[1]!,
        parent: top ? childParent(top) : null,
        location: this.#location!,
        line,
        typeText: m[3]!,
        required: m[2] === "必填",
      });
      if (top) top.childrenListed = true;
      this.fields.push(field);
      describe(field, rest, line);
      this.#last = field;
      if (nested && (field.type === "object" || field.type === "array")) {
        field.childrenListed = true;
        this.#stack.push(field);
      }
    });
    for (let p = 0; p < trailing && this.#stack.length > 0; p++) this.#stack.pop();
  }

  /** A line that is not a field: an enum value or description of the last field, else not understood. */
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
    if (isRuleLine(norm) || hasCjk(norm) || /^【[^】]*】/.test(clean)) {
      describe(field, clean, line);
      return;
    }
    this.notUnderstood.push({ line, text: raw });
  }
}
