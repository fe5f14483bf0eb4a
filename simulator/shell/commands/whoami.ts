import { lookupNames, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** `whoami`: the user name for the current uid from /etc/passwd. */
export function runWhoami(ctx: PosixCommandContext): number {
  const name = lookupNames(ctx).users.get(ctx.user.uid);
  if (name === undefined) {
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: cannot find name for user ID ${ctx.user.uid}\n` : `${prog(ctx)}: unknown uid ${ctx.user.uid}\n`);
    return 1;
  }
  ctx.out.out(name + "\n");
  return 0;
}
