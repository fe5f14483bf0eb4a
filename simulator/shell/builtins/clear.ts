import type { ShellContext } from "../session";

/** `clear`: asks the terminal to clear its screen (the headless shell prints nothing). */
export function runClear(ctx: ShellContext): number {
  ctx.session.cleared = true;
  return 0;
}
