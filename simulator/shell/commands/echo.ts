import { formatEcho } from "./lib/format";
import type { PosixCommandContext } from "./types";

/** `/bin/echo`: GNU coreutils and BusyBox both take -n, -e and -E and decode escapes only with -e. */
export function runEcho(ctx: PosixCommandContext): number {
  ctx.out.out(formatEcho(ctx.argv.slice(1), ctx.variant));
  return 0;
}
