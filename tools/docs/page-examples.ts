/**
 * Checks the reading against the page's own JSON examples: a top-level key that a request or
 * response example shows but no row of the page gave is listed as not understood (the reader
 * missed a row, or the page lacks one). Code samples (Java, Go) are skipped: only an object whose
 * first token is a string key is JSON. One pass over the characters: linear in the page.
 */
import type { NotUnderstood, PageField } from "./model.js";

const EXAMPLE =
  /^(?:(请求示例|请求报文示例|通知示例|通知报文示例)|(应答示例|返回示例|应答报文示例|返回数据示例))/;
const STOP = /^(?:错误码|公共错误码|请求参数|应答参数|返回参数|通知参数|通知应答)/;

interface Key {
  readonly name: string;
  readonly line: number;
}

/** Top-level keys of the JSON objects in `lines` (with their 1-based page lines). */
function topLevelKeys(lines: readonly string[], firstLine: number): Key[] {
  const keys: Key[] = [];
  let depth = 0;
  let json = false;
  let text = "";
  let inString = false;
  let stringStart = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') {
          inString = false;
          if (json && depth === 1 && /^\s*:/.test(line.slice(i + 1, i + 8)))
            keys.push({ name: text, line: firstLine + l });
        } else text += c;
        continue;
      }
      if (c === '"') {
        inString = true;
        stringStart = i;
        text = "";
      } else if (c === "{" || c === "[") {
        if (depth === 0) json = c === "{" && /^[\s\d]*"/.test(line.slice(i + 1, i + 40) || '"');
        depth++;
      } else if ((c === "}" || c === "]") && depth > 0) depth--;
    }
    if (inString && line.length - stringStart > 200) inString = false;
  }
  return keys;
}

export function checkExamples(
  norm: readonly string[],
  fields: readonly PageField[],
  notUnderstood: NotUnderstood[],
): void {
  const top = (response: boolean): Set<string> =>
    new Set(
      fields
        .filter((f) => f.parent === null && (f.location === "response") === response)
        .map((f) => f.name),
    );
  for (let i = 0; i < norm.length; i++) {
    const m = norm[i]!.length < 40 ? EXAMPLE.exec(norm[i]!) : null;
    if (!m) continue;
    let end = i + 1;
    while (end < norm.length && !EXAMPLE.test(norm[end]!) && !STOP.test(norm[end]!)) end++;
    const known = top(m[2] !== undefined);
    // A section without rows (a GET's request) has nothing to check its example against.
    if (known.size > 0)
      for (const k of topLevelKeys(norm.slice(i + 1, end), i + 2))
        if (/^[a-z_][a-z0-9_]*$/.test(k.name) && !known.has(k.name))
          notUnderstood.push({
            line: k.line,
            text: `"${k.name}" (a key of the example) has no row on this page`,
          });
    i = end - 1;
  }
}
