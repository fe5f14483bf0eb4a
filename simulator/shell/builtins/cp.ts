import { formatErrno, formatMissing, formatQuoted } from "../errors";
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
      ctx.out.err(`cp: cannot stat ${formatQuoted(src)}: ${formatMissing(ctx.fs, srcPath)}\n`);
      status = 1;
      continue;
    }
    if (stat.type === "dir" && !recursive) {
      ctx.out.err(`cp: -r not specified; omitting directory ${formatQuoted(src)}\n`);
      status = 1;
      continue;
    }
    const target = calculateDestination(ctx.fs, srcPath, destPath);
    const shown = target === destPath ? dest : `${dest.replace(/\/+$/, "")}/${target.slice(target.lastIndexOf("/") + 1)}`;
    if (target === srcPath) {
      // GNU cp (copy.c): "'z' and './z' are the same file".
      ctx.out.err(`cp: ${formatQuoted(src)} and ${formatQuoted(shown)} are the same file\n`);
      status = 1;
      continue;
    }
    if (stat.type === "dir" && target.startsWith(srcPath === "/" ? "/" : srcPath + "/")) {
      // GNU cp (copy.c) copies what it can, but not the new copy into itself, then says
      // "cannot copy a directory, 'a', into itself, 'a/b'" (without the skip it would recurse forever).
      copyTree(ctx.fs, srcPath, target, target);
      ctx.out.err(`cp: cannot copy a directory, ${formatQuoted(src)}, into itself, ${formatQuoted(shown)}\n`);
      status = 1;
      continue;
    }
    try {
      copyTree(ctx.fs, srcPath, target);
    } catch (error) {
      ctx.out.err(`cp: cannot create regular file ${formatQuoted(dest)}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
