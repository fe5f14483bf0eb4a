import { compareBytes } from "../posix/glob";
import { errText, getopt, onlyFsErrors, prog, readInput, splitLines } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** The leading number of a line as `sort -n` reads it (blanks, sign, digits, decimal point). */
function numericPrefix(s: string): number {
  const m = /^\s*(-?\d*\.?\d+|-?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/**
 * `sort [-rnufbu] [-t SEP] [-k F[,G]] [-o FILE] [FILE]...` in the C locale's
 * byte order (a container has no LANG). GNU `sort: cannot read: x: No such
 * file or directory` (2), BusyBox `sort: x: No such file or directory`.
 */
export function runSort(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "rnufbVhsc", "tko", { reverse: "r", "numeric-sort": "n", unique: "u", "ignore-case": "f", "field-separator=": "t", "key=": "k", "output=": "o" }, 2);
  if (typeof opts === "number") return opts;
  const f = opts.flags;
  let lines: string[] = [];
  for (const name of opts.operands.length > 0 ? opts.operands : ["-"]) {
    try {
      lines.push(...splitLines(readInput(ctx, name)));
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: cannot read: ${name}: ${errText(err)}\n` : `${prog(ctx)}: ${name}: ${errText(err)}\n`);
      return 2;
    }
  }
  ctx.budget.tick(Math.ceil(lines.length / 256));
  const sep = f.get("t");
  const keys = opts.all.filter(([k]) => k === "k").map(([, v]) => {
    const m = /^(\d+)(?:\.\d+)?([a-z]*)(?:,(\d+)(?:\.\d+)?([a-z]*))?$/.exec(String(v));
    return { start: Number(m?.[1] ?? 1), end: m?.[3] ? Number(m[3]) : undefined, numeric: (m?.[2] ?? "").includes("n") || (m?.[4] ?? "").includes("n"), reverse: (m?.[2] ?? "").includes("r") };
  });
  const fieldsOf = (line: string): string[] => (typeof sep === "string" ? line.split(sep) : (line.match(/\s*\S+/g) ?? []));
  const keyOf = (line: string, k: { start: number; end?: number }): string => {
    const fields = fieldsOf(line);
    return fields.slice(k.start - 1, k.end ?? fields.length).join(typeof sep === "string" ? sep : "");
  };
  const norm = (s: string): string => (f.has("f") ? s.toUpperCase() : s);
  const compareText = (a: string, b: string, numeric: boolean): number => {
    if (numeric) return numericPrefix(a) - numericPrefix(b);
    const x = f.has("b") ? a.trimStart() : a;
    const y = f.has("b") ? b.trimStart() : b;
    return compareBytes(norm(x), norm(y));
  };
  const compare = (a: string, b: string): number => {
    for (const k of keys) {
      const c = compareText(keyOf(a, k), keyOf(b, k), k.numeric || f.has("n"));
      if (c !== 0) return k.reverse ? -c : c;
    }
    const c = keys.length > 0 ? 0 : compareText(a, b, f.has("n"));
    return c !== 0 || f.has("u") || f.has("s") ? c : compareBytes(a, b);
  };
  lines.sort(compare);
  if (f.has("r")) lines.reverse();
  if (f.has("u")) lines = lines.filter((l, i) => i === 0 || compare(lines[i - 1] as string, l) !== 0);
  const text = lines.map((l) => l + "\n").join("");
  const output = f.get("o");
  if (typeof output === "string") {
    try {
      ctx.fs.writeFile(ctx.resolve(output), text);
    } catch (e) {
      ctx.out.err(`${prog(ctx)}: open failed: ${output}: ${errText(onlyFsErrors(e))}\n`);
      return 2;
    }
    return 0;
  }
  ctx.out.out(text);
  return 0;
}
