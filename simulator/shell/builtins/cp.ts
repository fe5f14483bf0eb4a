import { formatErrno, formatQuoted } from "../errors";
import { findInvalidFlag, parseShortOptions } from "../options";
import type { ShellContext } from "../session";
import { calculateDestination, copyTree } from "./copy-tree";

/** GNU `cp` with `-r`: `cp: cannot stat 'x': No such file or directory`, `cp: -r not specified; omitting directory 'd'`. */
export function runCp(ctx: ShellContext): number {
  const { flags, long, operands } = parseShortOptions(ctx.argv.slice(1));
  const bad = findInvalidFlag(flags, "rRafv");
  if (bad) {
    ctx.out.err(`cp: invalid option -- '${bad}'\nTry 'cp --help' for more information.\n`);
    return 1;
  }
  const recursive = flags.has("r") || flags.has("R") || flags.has("a") || long.has("recursive");
  if (operands.length < 2) {
    ctx.out.err(
      operands.length === 0
        ? "cp: missing file operand\nTry 'cp --help' for more information.\n"
        : `cp: missing destination file operand after ${formatQuoted(operands[0] as string)}\nTry 'cp --help' for more information.\n`,
    );
    return 1;
  }
  const dest = operands[operands.length - 1] as string;
  const destPath = ctx.resolve(dest);
  if (operands.length > 2 && ctx.fs.stat(destPath)?.type !== "dir") {
    ctx.out.err(`cp: target ${formatQuoted(dest)}: Not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const src of operands.slice(0, -1)) {
    const srcPath = ctx.resolve(src);
    const stat = ctx.fs.stat(srcPath);
    if (!stat) {
      ctx.out.err(`cp: cannot stat ${formatQuoted(src)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    if (stat.type === "dir" && !recursive) {
      ctx.out.err(`cp: -r not specified; omitting directory ${formatQuoted(src)}\n`);
      status = 1;
      continue;
    }
    try {
      copyTree(ctx.fs, srcPath, calculateDestination(ctx.fs, srcPath, destPath));
    } catch (error) {
      ctx.out.err(`cp: cannot create regular file ${formatQuoted(dest)}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
