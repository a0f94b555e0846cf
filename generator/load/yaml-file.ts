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
import { SpecError, UnreadableSpecFile, type SourceLocation } from "../errors.js";
import { joinPointer } from "../../shared/json-pointer.js";

/** One spec file, parsed into plain JSON-like data plus the source position of every node. */
export interface ParsedFile {
  readonly path: string;
  readonly text: string;
  readonly value: unknown;
  /** JSON pointer inside this file → position of the map key (or of the item, in a list). */
  readonly positions: ReadonlyMap<string, SourceLocation>;
  /** JSON pointer → position of a scalar value itself (`4` in `maximum: 4`). */
  readonly valuePositions: ReadonlyMap<string, SourceLocation>;
}

/**
 * Reads and parses one YAML file. `yaml`'s document API is used instead of a faster parser
 * because it keeps ranges for every node, which is what lets every later error say file:line:col.
 */
export function parseYamlFile(filePath: string): ParsedFile | SpecError[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
    return [
      new UnreadableSpecFile(
        undefined,
        `cannot read spec file ${filePath} (${code})`,
        "check the path of the entry file or of the $ref",
      ),
    ];
  }
  const decoded = decodeUtf8(filePath, bytes);
  if (decoded instanceof SpecError) return [decoded];
  return parseYamlText(filePath, decoded);
}

/**
 * Strict UTF-8: Node's "utf8" decoding turns a bad byte into U+FFFD without a word, and the
 * replacement character would then flow into descriptions and enum values of the client.
 */
function decodeUtf8(filePath: string, bytes: Buffer): string | SpecError {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    const line = lines.length;
    const col = [...(lines[lines.length - 1] ?? "")].length + 1;
    const byte = bytes[offset] ?? 0;
    return new SpecError(
      { file: filePath, line, col },
      `invalid UTF-8: byte 0x${byte.toString(16).padStart(2, "0")} at offset ${offset} does not start or continue a valid UTF-8 sequence`,
      "save the file as UTF-8 (re-type the character at this position; the file may have been saved as GBK or Latin-1)",
    );
  }
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      // Second-byte limits exclude overlongs, surrogates and code points above U+10FFFF.
      const low = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < low || c > high) return i;
    }
    i += need + 1;
  }
  return bytes.length;
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
  const valuePositions = new Map<string, SourceLocation>();
  const errors: SpecError[] = [];
  const value = toPlain(doc, doc.contents, "", { positions, valuePositions, at, errors });
  if (errors.length > 0) return errors;
  return { path: filePath, text, value, positions, valuePositions };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

interface Sink {
  readonly positions: Map<string, SourceLocation>;
  readonly valuePositions: Map<string, SourceLocation>;
  readonly at: (offset: number) => SourceLocation;
  readonly errors: SpecError[];
}

function toPlain(doc: Document, node: unknown, pointer: string, sink: Sink): unknown {
  if (isAlias(node)) return toPlain(doc, node.resolve(doc), pointer, sink);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const keyNode = item.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : keyNode;
      if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") {
        sink.errors.push(
          new SpecError(
            keyNode?.range ? sink.at(keyNode.range[0]) : undefined,
            "map keys must be plain strings",
            "quote the key",
          ),
        );
        continue;
      }
      const name = String(key);
      const childPointer = joinPointer(pointer, name);
      if (keyNode?.range) sink.positions.set(childPointer, sink.at(keyNode.range[0]));
      out[name] = toPlain(doc, item.value, childPointer, sink);
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item, index) => {
      const childPointer = joinPointer(pointer, index);
      const range = (item as Node | null)?.range;
      if (range) sink.positions.set(childPointer, sink.at(range[0]));
      return toPlain(doc, item, childPointer, sink);
    });
  }
  if (isScalar(node)) {
    if (node.range) sink.valuePositions.set(pointer, sink.at(node.range[0]));
    return node.value;
  }
  return null;
}
