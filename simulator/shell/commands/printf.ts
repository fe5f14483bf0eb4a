import { prog } from "./lib/common";
import { formatPrintf } from "./lib/format";
import type { PosixCommandContext } from "./types";

/** `/usr/bin/printf FORMAT [ARG]...`: GNU `printf: 'abc': expected a numeric value`, BusyBox `printf: invalid number 'abc'`. */
export function runPrintf(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] === "--") args.shift();
  if (args.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: missing operand\nTry '${prog(ctx)} --help' for more information.\n` : `${prog(ctx)}: usage: printf FORMAT [ARGUMENT...]\n`);
    return 1;
  }
  const result = formatPrintf(args[0] as string, args.slice(1), ctx.variant);
  ctx.out.out(result.out);
  for (const e of result.errors) ctx.out.err(`${prog(ctx)}: ${e}\n`);
  return result.status;
}
