import { readFileSync } from "node:fs";
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
} from "yaml";
import { SpecError, type SourceLocation } from "../errors.js";
import { joinPointer } from "../../shared/json-pointer.js";

/** One spec file, parsed into plain JSON-like data plus the source position of every node. */
export interface ParsedFile {
  readonly path: string;
  readonly text: string;
  readonly value: unknown;
  /** JSON pointer inside this file → position of the map key (or of the item, in a list). */
  readonly positions: ReadonlyMap<string, SourceLocation>;
}

/**
 * Reads and parses one YAML file. `yaml`'s document API is used instead of a faster parser
 * because it keeps ranges for every node, which is what lets every later error say file:line:col.
 */
export function parseYamlFile(filePath: string): ParsedFile | SpecError[] {
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    return [
      new SpecError(
        undefined,
        `cannot read spec file ${filePath} (${code})`,
        "check the path of the entry file or of the $ref",
      ),
    ];
  }
  return parseYamlText(filePath, text);
}

export function parseYamlText(filePath: string, text: string): ParsedFile | SpecError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: filePath, line, col };
  };
  const [first] = doc.errors;
  if (first) {
    // Only the first: later YAML errors are nearly always consequences of it.
    return [
      new SpecError(
        at(first.pos[0]),
        `invalid YAML: ${firstLine(first.message)}`,
        "fix the YAML syntax at (or just before) this position",
      ),
    ];
  }
  const positions = new Map<string, SourceLocation>([["", { file: filePath, line: 1, col: 1 }]]);
  const errors: SpecError[] = [];
  const value = toPlain(doc, doc.contents, "", positions, at, errors);
  if (errors.length > 0) return errors;
  return { path: filePath, text, value, positions };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function toPlain(
  doc: Document,
  node: unknown,
  pointer: string,
  positions: Map<string, SourceLocation>,
  at: (offset: number) => SourceLocation,
  errors: SpecError[],
): unknown {
  if (isAlias(node)) return toPlain(doc, node.resolve(doc), pointer, positions, at, errors);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : keyNode;
      if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") {
        errors.push(
          new SpecError(
            keyNode?.range ? at(keyNode.range[0]) : undefined,
            "map keys must be plain strings",
            "quote the key",
          ),
        );
        continue;
      }
      const name = String(key);
      const childPointer = joinPointer(pointer, name);
      if (keyNode?.range) positions.set(childPointer, at(keyNode.range[0]));
      out[name] = toPlain(doc, item.value, childPointer, positions, at, errors);
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item, index) => {
      const childPointer = joinPointer(pointer, index);
      const range = (item as Node | null)?.range;
      if (range) positions.set(childPointer, at(range[0]));
      return toPlain(doc, item, childPointer, positions, at, errors);
    });
  }
  if (isScalar(node)) return node.value;
  return null;
}
