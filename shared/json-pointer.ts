/**
 * JSON Pointer (RFC 6901, https://www.rfc-editor.org/rfc/rfc6901) helpers. Pointers here never
 * carry the leading `#` of a URI fragment; `$ref` values do, and `refPointer` strips it.
 */
import { isRecord } from "./json.js";

export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function joinPointer(base: string, token: string | number): string {
  return `${base}/${escapeToken(String(token))}`;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapeToken);
}

/**
 * Value at `pointer` inside `root`, or `undefined` when any step is missing. Only own properties
 * count (a pointer ending in `/constructor` or `/__proto__` finds nothing), and array steps must be
 * canonical indexes (`0`, `12`, not `01` or `-`).
 */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (isRecord(node) && Object.hasOwn(node, token)) {
      node = node[token];
    } else {
      return undefined;
    }
  }
  return node;
}

/** The pointer of an internal `$ref` (`#/components/…` → `/components/…`); undefined for any other. */
export function refPointer(ref: string): string | undefined {
  return ref.startsWith("#") ? ref.slice(1) : undefined;
}

/** How many nodes `followRefs` visits before it calls the `$ref` chain a cycle. */
export const MAX_REF_HOPS = 32;

/**
 * Follows internal `$ref`s from `node` (found at `pointer`) until a node without one; returns it
 * with the pointer it lives at. Undefined when a step is not an object, a `$ref` is not internal or
 * does not resolve, or the chain is longer than `MAX_REF_HOPS` (a cycle).
 */
export function followRefs(
  document: unknown,
  node: unknown,
  pointer: string,
): { node: Record<string, unknown>; pointer: string } | undefined {
  let current = node;
  let at = pointer;
  for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
    if (!isRecord(current)) return undefined;
    const ref = current["$ref"];
    if (typeof ref !== "string") return { node: current, pointer: at };
    const next = refPointer(ref);
    if (next === undefined) return undefined;
    at = next;
    current = getAtPointer(document, at);
  }
  return undefined;
}
