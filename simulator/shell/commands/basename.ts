import { busyboxUsage, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/** POSIX basename of one string (XCU basename): trailing slashes dropped, `/` stays `/`. */
export function baseOf(path: string): string {
  if (path === "") return "";
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** `basename NAME [SUFFIX]`, `basename -a|-s SUFFIX NAME...`. */
export function runBasename(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let suffix: string | undefined;
  let multiple = false;
  while (args[0]?.startsWith("-") && args[0].length > 1) {
    const a = args.shift() as string;
    if (a === "--") break;
    if (a === "-a") multiple = true;
    else if (a === "-s") {
      suffix = args.shift();
      multiple = true;
    }
  }
  if (args.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: missing operand\nTry '${prog(ctx)} --help' for more information.\n` : busyboxUsage("basename"));
    return 1;
  }
  const names = multiple ? args : [args[0] as string];
  if (!multiple && args[1] !== undefined) suffix = args[1];
  for (const n of names) {
    let b = baseOf(n);
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
    ctx.out.out(b + "\n");
  }
  return 0;
}
