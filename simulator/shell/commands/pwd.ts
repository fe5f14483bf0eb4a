import type { PosixCommandContext } from "./types";

/** `/bin/pwd`: the working directory (symlinks are not resolved here). */
export function runPwd(ctx: PosixCommandContext): number {
  ctx.out.out(ctx.cwd + "\n");
  return 0;
}
