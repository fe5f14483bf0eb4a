/**
 * Go's text/tabwriter with spaces (no flags): text cells end at a tab; a
 * column's width is fixed per block of consecutive lines that have a cell in
 * that column (max cell width + padding, at least minwidth); the last cell of
 * a line is not aligned. kubectl describe writes through one of these with
 * minwidth 0, padding 2 (kubectl pkg/describe describe.go tabbedString), so
 * `Name:\tx` lines align in runs broken by lines without a tab.
 */
export function formatGoTabwriter(text: string, minwidth: number, padding: number): string {
  const trailingNewline = text.endsWith("\n");
  const lines = (trailingNewline ? text.slice(0, -1) : text).split("\n").map((l) => l.split("\t"));
  const widths: number[] = [];
  const out: string[] = [];
  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i] as string[];
      let s = "";
      cells.forEach((c, j) => {
        s += c;
        if (j < cells.length - 1 && j < widths.length) s += " ".repeat(Math.max(0, (widths[j] as number) - c.length));
      });
      out.push(s);
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= (lines[cur] as string[]).length - 1) continue;
      writeLines(line0, cur);
      line0 = cur;
      let width = minwidth;
      for (; cur < line1; cur++) {
        const cells = lines[cur] as string[];
        if (column >= cells.length - 1) break;
        width = Math.max(width, (cells[column] as string).length + padding);
      }
      widths.push(width);
      format(line0, cur);
      widths.pop();
      line0 = cur;
      cur--;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join("\n") + (trailingNewline ? "\n" : "");
}
