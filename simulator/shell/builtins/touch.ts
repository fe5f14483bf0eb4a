import { formatErrno, formatQuoted } from "../errors";
import type { ShellContext } from "../session";

/** GNU `touch`: creates missing files; `touch: cannot touch 'a/b': No such file or directory`. */
export function runTouch(ctx: ShellContext): number {
  const operands = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  if (operands.length === 0) {
    ctx.out.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const file of operands) {
    const path = ctx.resolve(file);
    try {
      const stat = ctx.fs.stat(path);
      // Simplification: an existing file keeps its content; its mtime is not bumped.
      if (!stat) ctx.fs.writeFile(path, "");
    } catch (error) {
      ctx.out.err(`touch: cannot touch ${formatQuoted(file)}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
