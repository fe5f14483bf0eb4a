import type { ShellContext } from "../session";

/** `true`: exits 0. */
export function runTrue(_ctx: ShellContext): number {
  return 0;
}

/** `false`: exits 1. */
export function runFalse(_ctx: ShellContext): number {
  return 1;
}
