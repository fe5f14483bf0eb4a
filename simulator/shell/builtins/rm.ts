import { formatErrno, formatMissing, formatQuoted } from "../errors";
import { findInvalidFlag, parseShortOptions } from "../options";
import type { ShellContext } from "../session";

/** GNU `rm` with `-r`, `-f`: `rm: cannot remove 'x': No such file or directory`. */
export function runRm(ctx: ShellContext): number {
  const { flags, long, operands } = parseShortOptions(ctx.argv.slice(1));
  const bad = findInvalidFlag(flags, "rRfiv");
  if (bad) {
    ctx.out.err(`rm: invalid option -- '${bad}'\nTry 'rm --help' for more information.\n`);
    return 1;
  }
  const force = flags.has("f") || long.has("force");
  const recursive = flags.has("r") || flags.has("R") || long.has("recursive");
  if (operands.length === 0) {
    if (force) return 0;
    ctx.out.err("rm: missing operand\nTry 'rm --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const target of operands) {
    const path = ctx.resolve(target);
    const stat = ctx.fs.stat(path);
    if (!stat) {
      if (!force) {
        ctx.out.err(`rm: cannot remove ${formatQuoted(target)}: ${formatMissing(ctx.fs, path)}\n`);
        status = 1;
      }
      continue;
    }
    if (stat.type === "dir" && !recursive) {
      ctx.out.err(`rm: cannot remove ${formatQuoted(target)}: Is a directory\n`);
      status = 1;
      continue;
    }
    try {
      ctx.fs.remove(path, { recursive });
      if (flags.has("v")) ctx.out.out(`removed ${formatQuoted(target)}\n`);
    } catch (error) {
      ctx.out.err(`rm: cannot remove ${formatQuoted(target)}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
