/**
 * Candidates laid out as bash lists them on a second Tab: in columns as wide
 * as the longest one plus two spaces, filled top to bottom.
 */
export function formatCandidateColumns(candidates: readonly string[], columns: number): string {
  if (candidates.length === 0) return "";
  const width = Math.max(...candidates.map((c) => c.length)) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(candidates.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < perRow; c++) {
      const item = candidates[c * rows + r];
      if (item !== undefined) line += item.padEnd(width);
    }
    lines.push(line.trimEnd());
  }
  return lines.join("\r\n") + "\r\n";
}

/** The longest text every candidate starts with. */
export function commonPrefix(candidates: readonly string[]): string {
  let prefix = candidates[0] ?? "";
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
