import type { PosixCommandContext } from "./types";

/** `true`: exits 0. */
export function runTrue(_ctx: PosixCommandContext): number {
  return 0;
}
