import { errText, getopt, onlyFsErrors, prog, readInput, splitLines } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `uniq [-cdui] [INPUT [OUTPUT]]`: adjacent duplicate lines; -c prefixes
 * `%7d `. GNU `uniq: x: No such file or directory`, BusyBox `uniq: can't
 * open 'x': No such file or directory`.
 */
export function runUniq(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "cdui", "fs", { count: "c", repeated: "d", unique: "u", "ignore-case": "i" });
  if (typeof opts === "number") return opts;
  const f = opts.flags;
  const input = opts.operands[0] ?? "-";
  let text: string;
  try {
    text = readInput(ctx, input);
  } catch (e) {
    const err = onlyFsErrors(e);
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: ${input}: ${errText(err)}\n` : `${prog(ctx)}: can't open '${input}': ${errText(err)}\n`);
    return 1;
  }
  const key = (l: string): string => (f.has("i") ? l.toLowerCase() : l);
  const groups: { line: string; count: number }[] = [];
  for (const line of splitLines(text)) {
    const last = groups[groups.length - 1];
    if (last && key(last.line) === key(line)) last.count++;
    else groups.push({ line, count: 1 });
  }
  const out = groups
    .filter((g) => (f.has("d") ? g.count > 1 : f.has("u") ? g.count === 1 : true))
    .map((g) => (f.has("c") ? `${String(g.count).padStart(7)} ${g.line}\n` : `${g.line}\n`))
    .join("");
  const output = opts.operands[1];
  if (output !== undefined) {
    try {
      ctx.fs.writeFile(ctx.resolve(output), out);
    } catch (e) {
      ctx.out.err(`${prog(ctx)}: ${output}: ${errText(onlyFsErrors(e))}\n`);
      return 1;
    }
    return 0;
  }
  ctx.out.out(out);
  return 0;
}
