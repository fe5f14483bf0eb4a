import type { ShellContext } from "../session";

/** bash's `pwd` builtin: prints the working directory. */
export function runPwd(ctx: ShellContext): number {
  ctx.out.out(ctx.session.cwd + "\n");
  return 0;
}
