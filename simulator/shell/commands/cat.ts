import { errText, getopt, onlyFsErrors, prog, readInput } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `cat [-nu] [FILE]...` (`-` or none: stdin). Errors: GNU `cat: x: No such
 * file or directory`, BusyBox `cat: can't open 'x': No such file or
 * directory`; a directory: GNU `cat: d: Is a directory`, BusyBox `cat: read
 * error: Is a directory` (coreutils src/cat.c; BusyBox coreutils/cat.c).
 */
export function runCat(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "nuAbeEsStTv");
  if (typeof opts === "number") return opts;
  const names = opts.operands.length > 0 ? opts.operands : ["-"];
  let status = 0;
  let lineNo = 0;
  for (const name of names) {
    let text: string;
    try {
      text = readInput(ctx, name);
    } catch (e) {
      const err = onlyFsErrors(e);
      if (err.code === "EISDIR") ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: ${name}: Is a directory\n` : `${prog(ctx)}: read error: Is a directory\n`);
      else ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: ${name}: ${errText(err)}\n` : `${prog(ctx)}: can't open '${name}': ${errText(err)}\n`);
      status = 1;
      continue;
    }
    if (opts.flags.has("n")) {
      text = text.replace(/^(.*)$/gm, (line, _m, offset: number) => (offset === text.length && line === "" ? "" : `${String(++lineNo).padStart(6)}\t${line}`));
    }
    ctx.budget.tick(Math.ceil(text.length / 4096));
    ctx.out.out(text);
  }
  return status;
}
