import type { ShellContext } from "../session";

/** bash's `history` builtin: `%5d  %s` per line; `history N` shows the last N; `-c` clears. */
export function runHistory(ctx: ShellContext): number {
  const arg = ctx.argv[1];
  const { history } = ctx.session;
  if (arg === "-c") {
    history.length = 0;
    return 0;
  }
  let start = 0;
  if (arg !== undefined) {
    if (!/^\d+$/.test(arg)) {
      ctx.out.err(`bash: history: ${arg}: numeric argument required\n`);
      return 1;
    }
    start = Math.max(0, history.length - Number(arg));
  }
  for (let i = start; i < history.length; i++) {
    ctx.out.out(`${String(i + 1).padStart(5)}  ${history[i]}\n`);
  }
  return 0;
}
