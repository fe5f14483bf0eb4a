import { errText, getopt, onlyFsErrors, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** `tee [-a] [FILE]...`: stdin to stdout and to each file. `tee: x: No such file or directory` (both). */
export function runTee(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "ai", "", { append: "a" });
  if (typeof opts === "number") return opts;
  const text = ctx.stdin;
  let status = 0;
  for (const f of opts.operands) {
    const path = ctx.resolve(f);
    try {
      if (opts.flags.has("a")) ctx.fs.appendFile(path, text);
      else ctx.fs.writeFile(path, text);
    } catch (e) {
      ctx.out.err(`${prog(ctx)}: ${f}: ${errText(onlyFsErrors(e))}\n`);
      status = 1;
    }
  }
  ctx.out.out(text);
  return status;
}
