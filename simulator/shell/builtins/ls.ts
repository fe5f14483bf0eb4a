import { formatMissing, formatQuoted } from "../errors";
import { findInvalidFlag, parseShortOptions } from "../options";
import type { ShellContext } from "../session";
import type { FileStat } from "../../vfs/types";

/** The terminal width GNU ls lays columns out for (an 80-column terminal). */
const LINE_WIDTH = 80;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * GNU ls's column layout (`-C`, the default on a terminal): as many columns as
 * fit in the line, filled top to bottom, each as wide as its longest name plus
 * two spaces (coreutils: src/ls.c calculate_columns).
 */
export function formatColumns(names: string[], width: number = LINE_WIDTH): string {
  if (names.length === 0) return "";
  // ls.c: max_idx = line_length / MIN_COLUMN_WIDTH (3), plus one when it does not divide
  // evenly; calculate_columns counts every column (used or not) at least 3 wide, adds 2
  // after all but the cols-th, and re-checks a layout only when a column grows past 3:
  // it then fits only when the total is *less than* the width.
  const maxCols = Math.min(names.length, Math.max(1, Math.floor(width / 3) + (width % 3 !== 0 ? 1 : 0)));
  for (let cols = maxCols; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const usedCols = Math.ceil(names.length / rows);
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const column = names.slice(c * rows, (c + 1) * rows);
      const longest = column.length > 0 ? Math.max(...column.map((n) => n.length)) + (c < cols - 1 ? 2 : 0) : 0;
      widths.push(Math.max(3, longest));
    }
    const grew = widths.some((w) => w > 3);
    if (cols > 1 && grew && widths.reduce((a, b) => a + b, 0) >= width) continue;
    let out = "";
    for (let r = 0; r < rows; r++) {
      let line = "";
      for (let c = 0; c < usedCols; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        const isLast = c === usedCols - 1 || names[(c + 1) * rows + r] === undefined;
        line += isLast ? name : name.padEnd(widths[c] as number);
      }
      out += line + "\n";
    }
    return out;
  }
  return names.join("\n") + "\n";
}

function formatMode(stat: FileStat): string {
  const bits = "rwxrwxrwx";
  let s = stat.type === "dir" ? "d" : "-";
  for (let i = 0; i < 9; i++) s += stat.mode & (1 << (8 - i)) ? bits[i] : "-";
  return s;
}

function formatTime(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hh}:${mm}`;
}

/** `ls -l` rows: mode, links, owner, group, size, time, name, with a `total` line in 1K blocks. */
function formatLong(entries: { name: string; stat: FileStat }[]): string {
  const total = entries.reduce((sum, e) => sum + (e.stat.type === "dir" ? 4 : Math.ceil(e.stat.size / 4096) * 4), 0);
  const sizeWidth = Math.max(...entries.map((e) => String(e.stat.size).length), 1);
  const lines = entries.map((e) => {
    const links = e.stat.type === "dir" ? 2 : 1;
    return `${formatMode(e.stat)} ${links} learner learner ${String(e.stat.size).padStart(sizeWidth)} ${formatTime(e.stat.mtimeMs)} ${e.name}`;
  });
  return `total ${total}\n` + lines.map((l) => l + "\n").join("");
}

/** GNU `ls` with `-a`, `-A`, `-l`, `-1`: columns on a terminal, errors as `ls: cannot access 'x': No such file or directory` (exit 2). */
export function runLs(ctx: ShellContext): number {
  const { flags, operands } = parseShortOptions(ctx.argv.slice(1));
  const bad = findInvalidFlag(flags, "aAl1hF");
  if (bad) {
    ctx.out.err(`ls: invalid option -- '${bad}'\nTry 'ls --help' for more information.\n`);
    return 2;
  }
  const targets = operands.length > 0 ? operands : ["."];
  let status = 0;
  const files: { name: string; stat: FileStat }[] = [];
  const dirs: { name: string; path: string }[] = [];
  for (const target of targets) {
    const path = ctx.resolve(target);
    const stat = ctx.fs.stat(path);
    if (!stat) {
      ctx.out.err(`ls: cannot access ${formatQuoted(target)}: ${formatMissing(ctx.fs, path)}\n`);
      status = 2;
    } else if (stat.type === "dir") {
      dirs.push({ name: target, path });
    } else {
      files.push({ name: target, stat });
    }
  }
  const render = (entries: { name: string; stat: FileStat }[]): string => {
    if (flags.has("l")) return formatLong(entries);
    const names = entries.map((e) => e.name + (flags.has("F") && e.stat.type === "dir" ? "/" : ""));
    return flags.has("1") ? names.map((n) => n + "\n").join("") : formatColumns(names);
  };
  const sections: string[] = [];
  if (files.length > 0) sections.push(render(files));
  for (const dir of dirs) {
    let names = ctx.fs.readdir(dir.path);
    if (!flags.has("a") && !flags.has("A")) names = names.filter((n) => !n.startsWith("."));
    const entries = names.map((name) => ({ name, stat: ctx.fs.stat(`${dir.path}/${name}`) as FileStat }));
    if (flags.has("a")) {
      const self = ctx.fs.stat(dir.path) as FileStat;
      entries.unshift({ name: "..", stat: self }, { name: ".", stat: self });
      entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    const header = targets.length > 1 ? `${dir.name}:\n` : "";
    sections.push(header + (entries.length > 0 || flags.has("l") ? render(entries) : ""));
  }
  ctx.out.out(sections.join("\n"));
  return status;
}
