/**
 * kubectl's table writer (cli-runtime pkg/printers/tabwriter.go: minwidth 6,
 * tabwidth 4, padding 3; fidelity reference §0.5): each column is as wide as
 * its widest cell + 3, at least 6, the last unpadded.
 */
export function formatKubectlTable(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(Math.max(6, (widths[i] ?? 0) + 3)))).join("").replace(/\s+$/, ""))
    .join("\n") + "\n";
}

/**
 * The writer kubectl describe and rollout history use (tabwriter minwidth 0,
 * padding 2): cells padded to the widest + 2.
 */
export function formatDescribeTable(rows: readonly (readonly string[])[], indent = ""): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 2))).join("")).join("\n") + "\n";
}
