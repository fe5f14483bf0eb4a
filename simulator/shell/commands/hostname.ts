import type { PosixCommandContext } from "./types";

/** `hostname`: the container's host name (its short ID unless `--hostname` was given). */
export function runHostname(ctx: PosixCommandContext): number {
  ctx.out.out(ctx.hostname + "\n");
  return 0;
}
