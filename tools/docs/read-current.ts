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
  readonly kind: "request" | "response";
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
  let location: FieldLocation | null = input.kind === "response" ? "response" : null;
  const stack: PageField[] = [];
  let last: PageField | null = null;

  input.lines.forEach((raw, i) => {
    const line = input.firstLine + i;
    const clean = stripPinyin(raw).trim();
    const norm = normalize(raw);
    if (clean === "") return;

    const sub = /^(header|path|query|body)\s*(http)?\s*(头参数|路径参数|查询参数|包体参数)$/i.exec(
      norm,
    );
    if (sub && input.kind === "request") {
      location = SUBSECTION[sub[1]!.toLowerCase()]!;
      stack.length = 0;
      last = null;
      return;
    }
    if (/^\d{3}(\s+[A-Za-z ]+)?$/.test(norm)) return; // `200 OK` above the response fields
    if (/^(无|無|none|n\/a)$/i.test(norm)) return; // a section without parameters

    let body = clean;
    if (/^属性(\s|\||$)/.test(norm)) {
      if (last === null || (last.type !== "object" && last.type !== "array")) {
        notUnderstood.push({ line, text: raw });
        return;
      }
      last.childrenListed = true;
      stack.push(last);
      body = clean.replace(/^属性[\s|]*/, "");
      if (body === "") return;
    }

    const segments = [...body.matchAll(SEGMENT)].filter((m) => isTypeText(m[3]!));
    if (segments.length > 0) {
      // No `query 查询参数`-style heading above the fields: they go where the method sends them.
      location ??= input.method === "GET" ? "query" : "body";
      const prefix = body.slice(0, segments[0]!.index).trim();
      if (prefix !== "") {
        if (last !== null) describe(last, prefix, line);
        else notUnderstood.push({ line, text: raw });
      }
      let trailing = 0;
      segments.forEach((m, k) => {
        const start = m.index + m[0].length;
        const end = k + 1 < segments.length ? segments[k + 1]!.index : body.length;
        let rest = body.slice(start, end);
        if (k === segments.length - 1) {
          const pipes = /(\s*\|)+\s*$/.exec(rest);
          if (pipes) {
            trailing = (pipes[0].match(/\|/g) ?? []).length;
            rest = rest.slice(0, pipes.index);
          }
        }
        const top = stack[stack.length - 1];
        const field = newField({
          name: m[1]!,
          parent: top ? childParent(top) : null,
          location: location!,
          line,
          typeText: m[3]!,
          required: m[2] === "必填",
        });
        if (top) top.childrenListed = true;
        fields.push(field);
        describe(field, rest, line);
        last = field;
      });
      for (let p = 0; p < trailing && stack.length > 0; p++) stack.pop();
      return;
    }

    if (/^\|[\s|]*$/.test(body)) {
      stack.pop();
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
    if (isRuleLine(norm) || hasCjk(norm) || /^【[^】]*】/.test(clean)) {
      describe(field, clean, line);
      return;
    }
    notUnderstood.push({ line, text: raw });
  });
}
