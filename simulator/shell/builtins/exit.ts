import type { ShellContext } from "../session";

/** bash's `exit [N]`: ends the shell with N (default: the last status). */
export function runExit(ctx: ShellContext): number {
  const arg = ctx.argv[1];
  ctx.session.exited = true;
  if (arg === undefined) return ctx.session.lastExit;
  if (!/^-?\d+$/.test(arg)) {
    ctx.out.err(`bash: exit: ${arg}: numeric argument required\n`);
    return 2;
  }
  return ((Number(arg) % 256) + 256) % 256;
}
