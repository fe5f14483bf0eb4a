/**
 * East-Asian wide characters count as two cells, as go-runewidth measures them
 * in docker's tabwriter fork (docker/cli: cli/command/formatter/tabwriter).
 */
export function calculateDisplayWidth(text: string): number {
  // Below U+1100 every character is one cell: most cells are plain ASCII.
  if (!NARROW_ONLY_MISS.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Any character at or above U+1100 (including surrogate halves), where widths need looking at one by one. */
const NARROW_ONLY_MISS = /[^ -\u10ff]/;

/** Tabwriter settings: docker tables use minwidth 10, padding 3; kubectl uses minwidth 6, padding 3. */
export interface TableStyle {
  minWidth: number;
  padding: number;
}

/** docker's table style (docker/cli: cli/command/formatter/formatter.go postFormat: minwidth=10, tabwidth=1, padding=3). */
export const DOCKER_TABLE: TableStyle = { minWidth: 10, padding: 3 };

/**
 * Lays out rows as Go's text/tabwriter does with flags=0: every column but the
 * last is padded to max(minWidth, widest cell + padding); the last column is
 * not padded (fidelity-reference §0.1). The header is simply the first row.
 */
export function formatTable(rows: readonly (readonly string[])[], style: TableStyle = DOCKER_TABLE): string {
  if (rows.length === 0) return "";
  const columns = Math.max(...rows.map((r) => r.length));
  // Each cell's width, measured once.
  const cellWidths = rows.map((row) => row.map((cell) => calculateDisplayWidth(cell ?? "")));
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    let widest = 0;
    rows.forEach((row, r) => {
      // A cell only belongs to a column when a later cell follows it on that row.
      if (c < row.length - 1) widest = Math.max(widest, cellWidths[r]?.[c] ?? 0);
    });
    widths.push(Math.max(style.minWidth, widest + style.padding));
  }
  let out = "";
  rows.forEach((row, r) => {
    let line = "";
    row.forEach((cell, c) => {
      if (c < row.length - 1) line += cell + " ".repeat(Math.max(0, (widths[c] ?? 0) - (cellWidths[r]?.[c] ?? 0)));
      else line += cell;
    });
    out += line + "\n";
  });
  return out;
}
