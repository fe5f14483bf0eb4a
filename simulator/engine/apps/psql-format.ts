/**
 * psql's output (postgres/postgres src/fe_utils/print.c print_aligned_text):
 * a centred title, centred headers, `-+-` rules, numbers right-aligned and
 * text left-aligned, a `+` where a value continues on the next line, the
 * `(N rows)` footer; and server errors as psql shows them
 * (src/interfaces/libpq/fe-protocol3.c reportErrorPosition: `LINE n:` and a caret).
 */

/** A result set to print. */
export interface PsqlTable {
  title?: string;
  columns: { name: string; numeric: boolean }[];
  /** Cell texts (NULL already as ""). */
  rows: string[][];
  /** Print the `(N rows)` footer. */
  footer: boolean;
}

const width = (s: string): number => [...s].length;

/** Prints a table in psql's aligned format (or only the rows, `-t`). */
export function formatPsqlTable(t: PsqlTable, tuplesOnly = false): string {
  const n = t.columns.length;
  const cellLines = t.rows.map((r) => r.map((c) => c.split("\n")));
  const widths = t.columns.map((c, j) => Math.max(tuplesOnly ? 0 : width(c.name), ...cellLines.map((r) => Math.max(...(r[j] ?? [""]).map(width)))));
  let out = "";
  const total = widths.reduce((a, b) => a + b, 0) + 3 * (n - 1) + 2;
  if (!tuplesOnly) {
    if (t.title) out += `${" ".repeat(Math.max(0, Math.floor((total - width(t.title)) / 2)))}${t.title}\n`;
    out += t.columns.map((c, j) => {
      const w = widths[j] as number;
      const left = Math.floor((w - width(c.name)) / 2);
      return ` ${" ".repeat(left)}${c.name}${" ".repeat(w - width(c.name) - left)} `;
    }).join("|") + "\n";
    out += widths.map((w) => "-".repeat(w + 2)).join("+") + "\n";
  }
  for (const cells of cellLines) {
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      let text = "";
      for (let j = 0; j < n; j++) {
        const lines = cells[j] ?? [""];
        const value = lines[line] ?? "";
        const w = widths[j] as number;
        const more = line < lines.length - 1;
        const last = j === n - 1;
        const padded = t.columns[j]?.numeric ? value.padStart(w) : value + " ".repeat(w - width(value));
        text += last && !more && !t.columns[j]?.numeric ? ` ${value}` : ` ${padded}${more ? "+" : last ? "" : " "}`;
        if (!last) text += "|";
      }
      out += `${text}\n`;
    }
  }
  if (t.footer && !tuplesOnly) out += `(${t.rows.length} ${t.rows.length === 1 ? "row" : "rows"})\n`;
  return `${out}\n`;
}

/**
 * A server error as psql prints it: `ERROR:  message`, then for a position
 * the statement line holding it with `LINE n: ` and a caret under the spot,
 * then a DETAIL line; `prefix` is psql's `psql:<stdin>:3: ` for script input.
 */
export function formatPsqlError(message: string, statement: string, at: number | undefined, detail: string | undefined, prefix = ""): string {
  let out = `${prefix}ERROR:  ${message}\n`;
  if (at !== undefined) {
    const before = statement.slice(0, at);
    const lineNo = before.split("\n").length;
    const lineStart = before.lastIndexOf("\n") + 1;
    const lineEnd = statement.indexOf("\n", at);
    const text = statement.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    const label = `LINE ${lineNo}: `;
    out += `${label}${text}\n${" ".repeat(label.length + width(statement.slice(lineStart, at)))}^\n`;
  }
  if (detail) out += `DETAIL:  ${detail}\n`;
  return out;
}
