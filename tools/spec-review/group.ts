/**
 * Groups per-operation changes into report items: one edit to a shared schema (say
 * `StockStatus` losing a value) is one item per classification, naming every operation and
 * field path it reaches. A schema used by requests and responses is classified per usage, so it
 * yields one item per distinct classification (request usages "breaking", response usages "safe").
 */
import type { Change } from "./compare.js";
import type { ChangeKind, ChangeSide, Classification } from "./rules.js";

export interface Usage {
  readonly operation: string;
  readonly side: ChangeSide;
  readonly path: string;
}

export interface ReportItem {
  readonly classification: Classification;
  /** Every side the change reaches with this classification (a shared schema can be both). */
  readonly sides: readonly ChangeSide[];
  readonly kind: ChangeKind;
  readonly subject: string;
  readonly detail: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
  readonly why: string;
  readonly usages: readonly Usage[];
  /** Operation ids (including `webhook:x` / `model:X`) the change reaches, sorted. */
  readonly operations: readonly string[];
  readonly generated: readonly string[];
}

export interface DiffResult {
  readonly items: readonly ReportItem[];
  readonly counts: Readonly<Record<Classification, number>>;
}

const ORDER: Record<Classification, number> = { breaking: 0, attention: 1, safe: 2 };

/** Changes that are the same edit (same classification, kind, subject, detail and values), merged. */
interface Group {
  readonly first: Change;
  readonly usages: Usage[];
  readonly sides: Set<ChangeSide>;
  readonly whys: Set<string>;
  readonly generated: Set<string>;
}

export function groupChanges(changes: readonly Change[]): DiffResult {
  const items = [...collectGroups(changes).values()].map(toItem);
  items.sort(compareItems);
  const counts = { breaking: 0, attention: 0, safe: 0 };
  for (const item of items) counts[item.classification]++;
  return { items, counts };
}

function collectGroups(changes: readonly Change[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const c of changes) {
    const key = JSON.stringify([c.classification, c.kind, c.subject, c.detail, c.before, c.after]);
    const group = groups.get(key) ?? {
      first: c,
      usages: [],
      sides: new Set<ChangeSide>(),
      whys: new Set<string>(),
      generated: new Set<string>(),
    };
    group.sides.add(c.side);
    group.whys.add(c.why);
    if (
      c.operation !== "" &&
      !group.usages.some(
        (u) => u.operation === c.operation && u.side === c.side && u.path === c.path,
      )
    )
      group.usages.push({ operation: c.operation, side: c.side, path: c.path });
    for (const name of c.generated) group.generated.add(name);
    groups.set(key, group);
  }
  return groups;
}

function toItem({ first, usages, sides, whys, generated }: Group): ReportItem {
  return {
    classification: first.classification,
    sides: [...sides].sort(cmp),
    kind: first.kind,
    subject: first.subject,
    detail: first.detail,
    before: first.before,
    after: first.after,
    why: [...whys].join("; "),
    usages: usages.sort(
      (a, b) => cmp(a.operation, b.operation) || cmp(a.side, b.side) || cmp(a.path, b.path),
    ),
    operations: [...new Set(usages.map((u) => u.operation))].sort(cmp),
    generated: [...generated],
  };
}

/** Breaking first, then attention, then safe; within a classification by subject, sides, detail, values. */
function compareItems(a: ReportItem, b: ReportItem): number {
  return (
    ORDER[a.classification] - ORDER[b.classification] ||
    cmp(a.subject, b.subject) ||
    cmp(a.sides.join(), b.sides.join()) ||
    cmp(a.detail, b.detail) ||
    cmp(a.before ?? "", b.before ?? "") ||
    cmp(a.after ?? "", b.after ?? "")
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
