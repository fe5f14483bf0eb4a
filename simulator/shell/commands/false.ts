import type { PosixCommandContext } from "./types";

/** `false`: exits 1. */
export function runFalse(_ctx: PosixCommandContext): number {
  return 1;
}
