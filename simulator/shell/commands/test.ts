import { evaluateTest, TestError } from "../posix/test-expr";
import { prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `/usr/bin/test` and `/usr/bin/[`: the same expressions as the shell
 * builtin. GNU `[: missing ']'`, `test: invalid integer 'abc'`; BusyBox
 * `[: missing ]`, `test: abc: bad number`.
 */
export function runTest(ctx: PosixCommandContext): number {
  const name = prog(ctx);
  let args = ctx.argv.slice(1);
  const bracket = name.endsWith("[");
  if (bracket) {
    if (args[args.length - 1] !== "]") {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: missing ']'\n` : `${name}: missing ]\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluateTest(args, { fs: ctx.fs, cwd: ctx.cwd, user: ctx.user, flavor: ctx.variant === "gnu" ? "gnu" : "ash" });
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    ctx.out.err(`${name}: ${e.message}\n`);
    return 2;
  }
}
