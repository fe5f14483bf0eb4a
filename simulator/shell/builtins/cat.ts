import { formatErrno } from "../errors";
import type { ShellContext } from "../session";

/** GNU `cat`: concatenates files (or stdin for none or `-`); `cat: F: No such file or directory`. */
export function runCat(ctx: ShellContext): number {
  const files = ctx.argv.slice(1).filter((a) => a === "-" || !a.startsWith("-"));
  if (files.length === 0) files.push("-");
  let status = 0;
  for (const file of files) {
    if (file === "-") {
      ctx.out.out(ctx.stdin);
      continue;
    }
    try {
      ctx.out.out(ctx.fs.readFile(ctx.resolve(file)));
    } catch (error) {
      ctx.out.err(`cat: ${file}: ${formatErrno(error)}\n`);
      status = 1;
    }
  }
  return status;
}
