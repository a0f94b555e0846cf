/**
 * Seeded random mutations of the real spec: one edit in one file (delete a key, change a value's
 * type, duplicate an operationId, break a $ref, empty a mapping, …), described for the report.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import type { Document, Node } from "yaml";

type Step = string | number;

function yamlFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full, base));
    else if (/\.ya?ml$/.test(name)) out.push(path.relative(base, full));
  }
  return out;
}

/** Every path to a map value or sequence item in the document. */
function nodePaths(node: unknown, prefix: Step[] = [], out: Step[][] = []): Step[][] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== "string" && typeof key !== "number") continue;
      const at = [...prefix, key];
      out.push(at);
      nodePaths(pair.value, at, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const at = [...prefix, i];
      out.push(at);
      nodePaths(item, at, out);
    });
  }
  return out;
}

const REPLACEMENTS: readonly unknown[] = [
  42,
  -1,
  0.5,
  "text",
  "",
  true,
  null,
  [],
  {},
  ["a", 1],
  { type: "strnig" },
];
const OPERATION_IDS = ["listStocks", "queryStock", "sendCoupon", "createCouponStock"];

export interface AppliedMutation {
  readonly file: string;
  readonly description: string;
}

/**
 * Applies one random mutation (driven by `random`) to a YAML file of the spec copy in `dir`.
 * Returns what was done.
 */
export function mutateSpec(dir: string, random: () => number): AppliedMutation {
  const files = yamlFiles(dir);
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const file = pickFrom(files);
  const target = path.join(dir, file);
  const doc: Document = parseDocument(readFileSync(target, "utf8"));
  const paths = nodePaths(doc.contents);
  if (paths.length === 0) {
    writeFileSync(target, "{}\n");
    return { file, description: "replaced an empty document with {}" };
  }
  const at = pickFrom(paths);
  const where = at.join(".");
  const current = doc.getIn(at, true) as Node | undefined;
  const value = isScalar(current) ? current.value : undefined;
  const last = at[at.length - 1];
  const roll = random();
  let description: string;
  if (last === "operationId" && roll < 0.5) {
    const id = pickFrom(OPERATION_IDS.filter((o) => o !== value));
    doc.setIn(at, id);
    description = `duplicated operationId ${id} at ${where}`;
  } else if (last === "$ref" && roll < 0.5) {
    doc.setIn(at, `${String(value)}x`);
    description = `broke $ref at ${where}`;
  } else if (roll < 0.35) {
    doc.deleteIn(at);
    description = `deleted ${where}`;
  } else if (roll < 0.85) {
    const replacement = pickFrom(REPLACEMENTS);
    doc.setIn(at, doc.createNode(replacement));
    description = `set ${where} to ${JSON.stringify(replacement)}`;
  } else {
    // Copy a sibling value over this one (e.g. a parameter list item duplicated).
    const sibling = pickFrom(paths.filter((p) => p.length === at.length));
    doc.setIn(at, doc.createNode(doc.getIn(sibling)));
    description = `copied ${sibling.join(".")} over ${where}`;
  }
  writeFileSync(target, doc.toString());
  return { file, description };
}
