import { errText, getopt, onlyFsErrors, prog, readInput, splitLines } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** A cut list (`1,3-5,-2,4-`) as a membership test over 1-based positions. */
function parseList(list: string): ((n: number) => boolean) | undefined {
  const ranges: [number, number][] = [];
  for (const part of list.split(",")) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || part === "" || part === "-") return undefined;
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (a < 1) return undefined;
    ranges.push([a, b]);
  }
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

/**
 * `cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [FILE]...`. No list: GNU
 * `cut: you must specify a list of bytes, characters, or fields`, BusyBox
 * `cut: expected a list of bytes, characters, or fields`.
 */
export function runCut(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "sn", "dfcb", { "delimiter=": "d", "fields=": "f", "characters=": "c", "bytes=": "b", "only-delimited": "s" });
  if (typeof opts === "number") return opts;
  const name = prog(ctx);
  const mode = opts.flags.has("f") ? "f" : opts.flags.has("c") ? "c" : opts.flags.has("b") ? "b" : undefined;
  if (!mode) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: you must specify a list of bytes, characters, or fields\nTry '${name} --help' for more information.\n` : `${name}: expected a list of bytes, characters, or fields\n`);
    return 1;
  }
  const list = parseList(String(opts.flags.get(mode)));
  if (!list) {
    ctx.out.err(`${name}: invalid field value '${String(opts.flags.get(mode))}'\n`);
    return 1;
  }
  const delim = String(opts.flags.get("d") ?? "\t");
  if (delim.length !== 1) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: the delimiter must be a single character\nTry '${name} --help' for more information.\n` : `${name}: delimiter must be one character\n`);
    return 1;
  }
  let status = 0;
  for (const file of opts.operands.length > 0 ? opts.operands : ["-"]) {
    let text: string;
    try {
      text = readInput(ctx, file);
    } catch (e) {
      ctx.out.err(`${name}: ${file}: ${errText(onlyFsErrors(e))}\n`);
      status = 1;
      continue;
    }
    const out = splitLines(text).flatMap((line) => {
      if (mode !== "f") return [[...line].filter((_, i) => list(i + 1)).join("")];
      if (!line.includes(delim)) return opts.flags.has("s") ? [] : [line];
      return [line.split(delim).filter((_, i) => list(i + 1)).join(delim)];
    });
    ctx.out.out(out.map((l) => l + "\n").join(""));
  }
  return status;
}
