import { busyboxUsage, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** POSIX dirname of one string (XCU dirname). */
export function dirOf(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return path.startsWith("/") ? "/" : ".";
  const i = trimmed.lastIndexOf("/");
  if (i < 0) return ".";
  const d = trimmed.slice(0, i).replace(/\/+$/, "");
  return d === "" ? "/" : d;
}

/** `dirname NAME...`. */
export function runDirname(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a === "--"));
  if (args.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: missing operand\nTry '${prog(ctx)} --help' for more information.\n` : busyboxUsage("dirname"));
    return 1;
  }
  for (const a of ctx.variant === "gnu" ? args : args.slice(0, 1)) ctx.out.out(dirOf(a) + "\n");
  return 0;
}
