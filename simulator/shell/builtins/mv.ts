import { formatErrno, formatMissing, formatQuoted } from "../errors";
import type { ShellContext } from "../session";
import { calculateDestination } from "./copy-tree";

/** GNU `mv`: `mv: cannot stat 'x': No such file or directory`. */
export function runMv(ctx: ShellContext): number {
  const operands = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  if (operands.length < 2) {
    ctx.out.err(
      operands.length === 0
        ? "mv: missing file operand\nTry 'mv --help' for more information.\n"
        : `mv: missing destination file operand after ${formatQuoted(operands[0] as string)}\nTry 'mv --help' for more information.\n`,
    );
    return 1;
  }
  const dest = operands[operands.length - 1] as string;
  const destPath = ctx.resolve(dest);
  if (operands.length > 2 && ctx.fs.stat(destPath)?.type !== "dir") {
    ctx.out.err(`mv: target ${formatQuoted(dest)}: Not a directory\n`);
    return 1;
  }
  let status = 0;
  for (const src of operands.slice(0, -1)) {
    const srcPath = ctx.resolve(src);
    if (!ctx.fs.stat(srcPath)) {
      ctx.out.err(`mv: cannot stat ${formatQuoted(src)}: ${formatMissing(ctx.fs, srcPath)}\n`);
      status = 1;
      continue;
    }
    const target = calculateDestination(ctx.fs, srcPath, destPath);
    const shown = target === destPath ? dest : `${dest.replace(/\/+$/, "")}/${target.slice(target.lastIndexOf("/") + 1)}`;
    if (target === srcPath) {
      // GNU mv (copy.c): "'z' and './z' are the same file".
      ctx.out.err(`mv: ${formatQuoted(src)} and ${formatQuoted(shown)} are the same file\n`);
      status = 1;
      continue;
    }
    if (target.startsWith(srcPath === "/" ? "/" : srcPath + "/")) {
      // GNU mv (copy.c): "cannot move 'a' to a subdirectory of itself, 'a/b/a'".
      ctx.out.err(`mv: cannot move ${formatQuoted(src)} to a subdirectory of itself, ${formatQuoted(shown)}\n`);
      status = 1;
      continue;
    }
    try {
      ctx.fs.rename(srcPath, target);
    } catch (error) {
      ctx.out.err(`mv: cannot move ${formatQuoted(src)} to ${formatQuoted(dest)}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
