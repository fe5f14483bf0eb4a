import type { PosixStat } from "../../vfs/posix-types";
import { formatColumns } from "../builtins/ls";
import { compareBytes } from "../posix/glob";
import { errText, getopt, lookupNames, prog } from "./lib/common";
import { formatLsTime } from "./lib/time";
import type { PosixCommandContext } from "./types";

interface Entry {
  name: string;
  path: string;
  stat: PosixStat;
}

function modeString(st: PosixStat): string {
  const type = st.type === "dir" ? "d" : st.type === "symlink" ? "l" : "-";
  let s = type;
  const bits = "rwxrwxrwx";
  for (let i = 0; i < 9; i++) s += st.mode & (1 << (8 - i)) ? bits[i] : "-";
  const chars = [...s];
  if (st.mode & 0o4000) chars[3] = chars[3] === "x" ? "s" : "S";
  if (st.mode & 0o2000) chars[6] = chars[6] === "x" ? "s" : "S";
  if (st.mode & 0o1000) chars[9] = chars[9] === "x" ? "t" : "T";
  return chars.join("");
}

/**
 * BusyBox ls's columns on an 80-column terminal: every column as wide as the
 * longest name plus 2, filled top to bottom (BusyBox: coreutils/ls.c display_files).
 */
function busyboxColumns(names: string[]): string {
  if (names.length === 0) return "";
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const cols = Math.max(1, Math.floor(80 / width));
  const rows = Math.ceil(names.length / cols);
  let out = "";
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < cols; c++) {
      const name = names[c * rows + r];
      if (name === undefined) continue;
      line += names[(c + 1) * rows + r] === undefined ? name : name.padEnd(width);
    }
    out += line + "\n";
  }
  return out;
}

/** A directory's link count: 2 plus one `..` per subdirectory. */
function subdirCount(ctx: PosixCommandContext, path: string): number {
  try {
    return ctx.fs.readdir(path).filter((n) => ctx.fs.lstat(`${path === "/" ? "" : path}/${n}`)?.type === "dir").length;
  } catch {
    return 0;
  }
}

function human(size: number): string {
  if (size < 1024) return String(size);
  const units = ["K", "M", "G", "T"];
  let v = size;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[u];
}

/**
 * `ls [-1aAdlhFrtSR] [FILE]...`: into a pipe or file one name per line, on
 * a terminal in columns (GNU's layout, or BusyBox's). Long format as GNU (columns sized to fit) or BusyBox
 * (`%4u %-8s %-8s %9s`). Missing: GNU `ls: cannot access 'x': No such file
 * or directory` (2), BusyBox `ls: x: No such file or directory` (1).
 */
export function runLs(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "1aAdlhFrtSRCxpnL", "", { all: "a", "almost-all": "A", directory: "d", "human-readable": "h", classify: "F", reverse: "r" }, 2);
  if (typeof opts === "number") return ctx.variant === "gnu" ? 2 : 1;
  const f = opts.flags;
  const names = lookupNames(ctx);
  const long = f.has("l") || f.has("n");
  let status = 0;
  const fileEntries: Entry[] = [];
  const dirs: Entry[] = [];
  const operands = opts.operands.length > 0 ? opts.operands : ["."];
  for (const op of operands) {
    const path = ctx.resolve(op);
    let stat: PosixStat | null;
    try {
      stat = ctx.fs.lstat(path);
      // Command-line symlinks are followed unless -l or -d shows the link itself (GNU ls, BusyBox ls).
      if (stat?.type === "symlink" && ((!long && !f.has("d")) || (long && op.endsWith("/")))) stat = ctx.fs.stat(path) ?? stat;
    } catch {
      stat = null;
    }
    if (!stat) {
      let reason = "No such file or directory";
      try {
        ctx.fs.readFile(path);
      } catch (e) {
        reason = errText(e);
      }
      ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: cannot access '${op}': ${reason}\n` : `${prog(ctx)}: ${op}: ${reason}\n`);
      status = ctx.variant === "gnu" ? 2 : 1;
      continue;
    }
    const entry = { name: op, path, stat };
    if (stat.type === "dir" && !f.has("d")) dirs.push(entry);
    else fileEntries.push(entry);
  }
  const sortEntries = (list: Entry[]): Entry[] => {
    const sorted = [...list].sort((a, b) => compareBytes(a.name, b.name));
    if (f.has("t")) sorted.sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
    if (f.has("S")) sorted.sort((a, b) => b.stat.size - a.stat.size);
    return f.has("r") ? sorted.reverse() : sorted;
  };
  const render = (list: Entry[], total: boolean): string => {
    const entries = sortEntries(list);
    const suffix = (e: Entry): string => (f.has("F") ? (e.stat.type === "dir" ? "/" : e.stat.type === "symlink" ? "@" : e.stat.mode & 0o111 ? "*" : "") : f.has("p") && e.stat.type === "dir" ? "/" : "");
    if (!long) {
      const names = entries.map((e) => e.name + suffix(e));
      // On a terminal (docker run -t) names go in columns, else one per line.
      if (ctx.isTerminal && !f.has("1")) return ctx.variant === "gnu" ? formatColumns(names) : busyboxColumns(names);
      return names.map((n) => n + "\n").join("");
    }
    const rows = entries.map((e) => {
      const st = e.stat;
      const user = f.has("n") ? String(st.uid) : (names.users.get(st.uid) ?? String(st.uid));
      const group = f.has("n") ? String(st.gid) : (names.groups.get(st.gid) ?? String(st.gid));
      const size = f.has("h") ? human(st.size) : String(st.size);
      const links = st.type === "dir" ? String(2 + subdirCount(ctx, e.path)) : "1";
      const target = st.type === "symlink" ? ` -> ${st.target ?? ""}` : "";
      return { mode: modeString(st), links, user, group, size, time: formatLsTime(st.mtimeMs, ctx.clock.now()), name: e.name + suffix(e) + target };
    });
    const w = (k: "links" | "user" | "group" | "size"): number => Math.max(0, ...rows.map((r) => r[k].length));
    const lines = rows.map((r) =>
      ctx.variant === "gnu"
        ? `${r.mode} ${r.links.padStart(w("links"))} ${r.user.padEnd(w("user"))} ${r.group.padEnd(w("group"))} ${r.size.padStart(w("size"))} ${r.time} ${r.name}\n`
        : `${r.mode} ${r.links.padStart(4)} ${r.user.padEnd(8)} ${r.group.padEnd(8)} ${r.size.padStart(f.has("h") ? 7 : 9)} ${r.time} ${r.name}\n`,
    );
    const blocks = entries.reduce((sum, e) => sum + (e.stat.type === "dir" ? 4 : e.stat.type === "symlink" ? 0 : Math.ceil(e.stat.size / 4096) * 4), 0);
    return (total ? `total ${f.has("h") && blocks >= 1024 ? human(blocks * 1024) : blocks}\n` : "") + lines.join("");
  };
  const sections: string[] = [];
  if (fileEntries.length > 0) sections.push(render(fileEntries, false));
  const listDir = (dir: Entry, header: boolean): void => {
    let children: string[];
    try {
      children = ctx.fs.readdir(dir.path);
    } catch (e) {
      ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: cannot open directory '${dir.name}': ${errText(e)}\n` : `${prog(ctx)}: can't open '${dir.name}': ${errText(e)}\n`);
      status = ctx.variant === "gnu" ? 2 : 1;
      return;
    }
    if (!f.has("a")) children = children.filter((n) => !n.startsWith("."));
    const entries: Entry[] = children.flatMap((n) => {
      const path = dir.path === "/" ? `/${n}` : `${dir.path}/${n}`;
      const stat = ctx.fs.lstat(path);
      return stat ? [{ name: n, path, stat }] : [];
    });
    if (f.has("a")) {
      const parent = dir.path === "/" ? "/" : dir.path.slice(0, dir.path.lastIndexOf("/")) || "/";
      entries.push({ name: ".", path: dir.path, stat: dir.stat }, { name: "..", path: parent, stat: ctx.fs.stat(parent) ?? dir.stat });
    }
    ctx.budget.tick(Math.ceil(entries.length / 64));
    sections.push((header ? `${dir.name}:\n` : "") + render(entries, long));
    if (f.has("R")) {
      for (const e of sortEntries(entries)) if (e.stat.type === "dir" && e.name !== "." && e.name !== "..") listDir({ ...e, name: dir.name === "." && !header ? `./${e.name}` : `${dir.name}/${e.name}` }, true);
    }
  };
  for (const dir of sortEntries(dirs)) listDir(dir, operands.length > 1 || f.has("R"));
  ctx.out.out(sections.join("\n"));
  return status;
}
