/**
 * The line diff `generate --check` prints for a stale file: no diff library, just enough to see
 * what went stale. Kept apart from write.ts, which only decides and performs file changes.
 */

/**
 * A readable unified-style diff of one file (hunks with 2 lines of context). Common prefix and
 * suffix are trimmed first; the middle is diffed with an LCS table when it is small enough and
 * shown as one replaced block otherwise. Good enough to see what went stale, no diff library.
 */
export function describeFileDiff(
  rel: string,
  before: string | undefined,
  after: string | undefined,
  maxLines = 60,
): string {
  const a = before === undefined ? [] : before.split("\n");
  const b = after === undefined ? [] : after.split("\n");
  const header = [
    `--- ${before === undefined ? "/dev/null" : `committed/${rel}`}`,
    `+++ ${after === undefined ? "/dev/null" : `regenerated/${rel}`}`,
  ];
  const ops = lineDiff(a, b);
  const context = 2;
  const out: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.kind === " ") {
      i++;
      continue;
    }
    let start = i;
    let end = i;
    // Extend the hunk while changes are separated by at most 2*context unchanged lines.
    for (let j = i; j < ops.length; j++) {
      if (ops[j]?.kind !== " ") end = j;
      else if (j - end > 2 * context) break;
    }
    start = Math.max(0, start - context);
    const stop = Math.min(ops.length, end + context + 1);
    const first = ops[start];
    out.push(`@@ -${(first?.aLine ?? 0) + 1} +${(first?.bLine ?? 0) + 1} @@`);
    for (let k = start; k < stop; k++) out.push(`${ops[k]?.kind} ${ops[k]?.text}`);
    i = stop;
  }
  if (out.length > maxLines)
    return [
      ...header,
      ...out.slice(0, maxLines),
      `  … ${out.length - maxLines} more diff lines`,
    ].join("\n");
  return [...header, ...out].join("\n");
}

interface DiffOp {
  readonly kind: " " | "-" | "+";
  readonly text: string;
  readonly aLine: number;
  readonly bLine: number;
}

/** Common prefix and suffix as context; the changed middle diffed by `middleDiff`. */
function lineDiff(a: readonly string[], b: readonly string[]): DiffOp[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf]
  )
    suf++;
  const ops: DiffOp[] = [];
  for (let k = 0; k < pre; k++) ops.push({ kind: " ", text: a[k] ?? "", aLine: k, bLine: k });
  // A loop, not push(...): a rewritten file can have more ops than a call takes arguments.
  for (const op of middleDiff(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf), pre))
    ops.push(op);
  for (let k = 0; k < suf; k++)
    ops.push({
      kind: " ",
      text: a[a.length - suf + k] ?? "",
      aLine: a.length - suf + k,
      bLine: b.length - suf + k,
    });
  return ops;
}

/** The middle (both sides start at line `pre`): LCS when small, Myers when large, else one block. */
function middleDiff(midA: readonly string[], midB: readonly string[], pre: number): DiffOp[] {
  if (midA.length * midB.length <= 4_000_000) return lcsDiff(midA, midB, pre);
  // Too big for the LCS table, e.g. a 7000-line spec-document.ts whose hash header (line 2) and
  // one deep line changed: Myers finds those few edits in O((N+M)·D). Only a true rewrite
  // (more than MYERS_MAX_EDITS edits) is shown as one replaced block.
  const edits = myersDiff(midA, midB, pre, MYERS_MAX_EDITS);
  if (edits) return edits;
  const ops: DiffOp[] = [];
  midA.forEach((text, k) => ops.push({ kind: "-", text, aLine: pre + k, bLine: pre }));
  midB.forEach((text, k) =>
    ops.push({ kind: "+", text, aLine: pre + midA.length, bLine: pre + k }),
  );
  return ops;
}

/** An LCS-table diff (line numbers offset by `pre`); memory is midA × midB. */
function lcsDiff(midA: readonly string[], midB: readonly string[], pre: number): DiffOp[] {
  // lcs[i][j] = length of the LCS of midA[i..] and midB[j..]
  const lcs: Uint32Array[] = Array.from(
    { length: midA.length + 1 },
    () => new Uint32Array(midB.length + 1),
  );
  for (let x = midA.length - 1; x >= 0; x--) {
    for (let y = midB.length - 1; y >= 0; y--) {
      const row = lcs[x] as Uint32Array;
      row[y] =
        midA[x] === midB[y]
          ? (lcs[x + 1]?.[y + 1] ?? 0) + 1
          : Math.max(lcs[x + 1]?.[y] ?? 0, row[y + 1] ?? 0);
    }
  }
  const ops: DiffOp[] = [];
  let x = 0;
  let y = 0;
  while (x < midA.length || y < midB.length) {
    if (x < midA.length && y < midB.length && midA[x] === midB[y]) {
      ops.push({ kind: " ", text: midA[x] ?? "", aLine: pre + x, bLine: pre + y });
      x++;
      y++;
    } else if (
      x < midA.length &&
      (y >= midB.length || (lcs[x + 1]?.[y] ?? 0) >= (lcs[x]?.[y + 1] ?? 0))
    ) {
      ops.push({ kind: "-", text: midA[x] ?? "", aLine: pre + x, bLine: pre + y });
      x++;
    } else {
      ops.push({ kind: "+", text: midB[y] ?? "", aLine: pre + x, bLine: pre + y });
      y++;
    }
  }
  return ops;
}

const MYERS_MAX_EDITS = 2000;

/**
 * Myers' O((N+M)·D) shortest edit script of `a` → `b` (line numbers offset by `base`), or undefined
 * when it needs more than `maxEdits` inserted/deleted lines. Each round keeps only its 2d+1 live
 * diagonals, so memory is O(D²) and bounded by `maxEdits`.
 */
function myersDiff(
  a: readonly string[],
  b: readonly string[],
  base: number,
  maxEdits: number,
): DiffOp[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, maxEdits) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return undefined;
  const reversed: DiffOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    // trace[d - 1] holds round d-1's diagonals -(d-1)…(d-1) at indexes 0…2(d-1).
    const prev = trace[d - 1] as Int32Array;
    const at = (k: number): number => prev[k + d - 1] ?? 0;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      reversed.push({ kind: " ", text: a[x] ?? "", aLine: base + x, bLine: base + y });
    }
    if (x === prevX) {
      y--;
      reversed.push({ kind: "+", text: b[y] ?? "", aLine: base + x, bLine: base + y });
    } else {
      x--;
      reversed.push({ kind: "-", text: a[x] ?? "", aLine: base + x, bLine: base + y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    reversed.push({ kind: " ", text: a[x] ?? "", aLine: base + x, bLine: base + y });
  }
  return reversed.reverse();
}
