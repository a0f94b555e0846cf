import { readFileSync } from "node:fs";
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Alias,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { SpecError, UnreadableSpecFile, type SourceLocation } from "../errors.js";
import { quote } from "../quote.js";
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
  const aliases: AliasBudget = { expanded: 0, depth: 0, open: new Set(), exceeded: false };
  const sink = { positions, valuePositions, at, errors, aliases };
  const value = toPlain(doc, doc.contents, "", sink);
  if (errors.length > 0) return errors;
  return { path: filePath, text, value, positions, valuePositions };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/**
 * How many nodes aliases may produce in one file. A YAML alias copies its anchor's whole subtree,
 * and aliases of aliases multiply: nine lines ("billion laughs") describe 10^9 nodes, which
 * expanded would take minutes and gigabytes. A real spec repeats a few small blocks at most.
 */
export const MAX_ALIAS_NODES = 10_000;

/** Alias expansion state of one file: nodes produced through aliases, and the open collections. */
interface AliasBudget {
  expanded: number;
  /** How many aliases are being expanded around the current node (0: written out in the file). */
  depth: number;
  /** Collections being converted around the current node: an alias to one of them never ends. */
  readonly open: Set<unknown>;
  exceeded: boolean;
}

interface Sink {
  readonly positions: Map<string, SourceLocation>;
  readonly valuePositions: Map<string, SourceLocation>;
  readonly at: (offset: number) => SourceLocation;
  readonly errors: SpecError[];
  readonly aliases: AliasBudget;
}

function toPlain(doc: Document, node: unknown, pointer: string, sink: Sink): unknown {
  const budget = sink.aliases;
  if (budget.exceeded) return null;
  if (budget.depth > 0 && ++budget.expanded > MAX_ALIAS_NODES) {
    budget.exceeded = true;
    return null;
  }
  if (isAlias(node)) return expandAlias(doc, node, pointer, sink);
  if (!isMap(node) && !isSeq(node)) return scalarToPlain(node, pointer, sink);
  budget.open.add(node);
  try {
    return isMap(node)
      ? mapToPlain(doc, node, pointer, sink)
      : seqToPlain(doc, node, pointer, sink);
  } finally {
    budget.open.delete(node);
  }
}

/**
 * An alias, expanded within the budget. Refused at the alias's line: one that names a collection
 * it sits inside (`&a [*a]`, which yaml accepts and which has no end), and one whose expansion
 * would pass MAX_ALIAS_NODES.
 */
function expandAlias(doc: Document, alias: Alias, pointer: string, sink: Sink): unknown {
  const budget = sink.aliases;
  const where = alias.range ? sink.at(alias.range[0]) : undefined;
  const target = alias.resolve(doc);
  if (budget.open.has(target)) {
    sink.errors.push(
      new SpecError(
        where,
        `alias ${quote(`*${alias.source}`)} refers to a collection that contains it, so it never ends`,
        "write the repeated part out, or anchor a block outside the one that uses it",
      ),
    );
    return null;
  }
  budget.depth++;
  const value = toPlain(doc, target, pointer, sink);
  budget.depth--;
  if (budget.exceeded && budget.depth === 0) {
    sink.errors.push(
      new SpecError(
        where,
        `YAML aliases in this file expand to more than ${MAX_ALIAS_NODES} nodes (aliases of aliases multiply; this is how a "billion laughs" file exhausts memory), so the file was not read further`,
        "write the repeated blocks out, or use a $ref to a shared definition instead of anchors and aliases",
      ),
    );
  }
  return value;
}

function mapToPlain(doc: Document, node: YAMLMap, pointer: string, sink: Sink): unknown {
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

function seqToPlain(doc: Document, node: YAMLSeq, pointer: string, sink: Sink): unknown[] {
  return node.items.map((item, index) => {
    const childPointer = joinPointer(pointer, index);
    const range = (item as Node | null)?.range;
    if (range) sink.positions.set(childPointer, sink.at(range[0]));
    return toPlain(doc, item, childPointer, sink);
  });
}

function scalarToPlain(node: unknown, pointer: string, sink: Sink): unknown {
  if (!isScalar(node)) return null;
  if (node.range) sink.valuePositions.set(pointer, sink.at(node.range[0]));
  return node.value;
}
