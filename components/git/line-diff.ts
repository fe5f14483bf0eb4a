/** One line of a diff: kept, removed from the old text, or added in the new. */
export interface DiffLine {
  kind: " " | "-" | "+";
  text: string;
}

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * A line diff of two texts by longest common subsequence (the result git's
 * Myers diff gives in the common cases; git: xdiff/xdiffi.c), as kept,
 * removed and added lines in order. Quadratic in the line counts, which is
 * fine for workspace files; beyond 4,000,000 cells it falls back to
 * "everything removed, everything added". Simplification: no "\ No newline
 * at end of file" marker, and formatUnifiedDiff prints no `index <oid>..<oid>` line.
 */
export function calculateLineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: DiffLine[] = a.slice(0, start).map((text) => ({ kind: " ", text }));
  const tail: DiffLine[] = a.slice(endA).map((text) => ({ kind: " ", text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > 4_000_000) {
    return [...head, ...midA.map((text) => ({ kind: "-" as const, text })), ...midB.map((text) => ({ kind: "+" as const, text })), ...tail];
  }
  // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
  const lcs: number[][] = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0));
  for (let i = midA.length - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const below = lcs[i + 1] as number[];
    for (let j = midB.length - 1; j >= 0; j--) {
      row[j] = midA[i] === midB[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const mid: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      mid.push({ kind: " ", text: midA[i] as string });
      i++;
      j++;
    } else if (j < midB.length && (i === midA.length || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      mid.push({ kind: "+", text: midB[j] as string });
      j++;
    } else {
      mid.push({ kind: "-", text: midA[i] as string });
      i++;
    }
  }
  // git shows removals before additions within a change.
  const ordered: DiffLine[] = [];
  let pending: DiffLine[] = [];
  for (const line of mid) {
    if (line.kind === "+") pending.push(line);
    else if (line.kind === "-") ordered.push(line);
    else {
      ordered.push(...pending, line);
      pending = [];
    }
  }
  ordered.push(...pending);
  return [...head, ...ordered, ...tail];
}

/**
 * `git diff`'s unified format for one file: `--- a/path`, `+++ b/path`, and
 * hunks with `context` lines around each change (git: diff.c, default -U3).
 * Empty when nothing changed. A created file diffs from /dev/null, a deleted
 * one to it.
 */
export function formatUnifiedDiff(path: string, before: string | null, after: string | null, context = 3): string {
  const lines = calculateLineDiff(before ?? "", after ?? "");
  if (!lines.some((l) => l.kind !== " ")) return "";
  const out = [`diff --git a/${path} b/${path}`];
  if (before === null) out.push("new file mode 100644");
  if (after === null) out.push("deleted file mode 100644");
  out.push(before === null ? "--- /dev/null" : `--- a/${path}`, after === null ? "+++ /dev/null" : `+++ b/${path}`);
  const changed = lines.map((l, i) => (l.kind === " " ? -1 : i)).filter((i) => i >= 0);
  let index = 0;
  while (index < changed.length) {
    const first = changed[index] as number;
    let last = first;
    while (index + 1 < changed.length && (changed[index + 1] as number) - last <= context * 2 + 1) last = changed[++index] as number;
    index++;
    const from = Math.max(0, first - context);
    const to = Math.min(lines.length, last + context + 1);
    const oldStart = lines.slice(0, from).filter((l) => l.kind !== "+").length;
    const newStart = lines.slice(0, from).filter((l) => l.kind !== "-").length;
    const hunk = lines.slice(from, to);
    const oldCount = hunk.filter((l) => l.kind !== "+").length;
    const newCount = hunk.filter((l) => l.kind !== "-").length;
    const range = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const line of hunk) out.push(`${line.kind}${line.text}`);
  }
  return `${out.join("\n")}\n`;
}
