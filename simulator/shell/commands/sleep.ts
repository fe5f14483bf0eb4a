import { prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

const UNITS: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };

/**
 * `sleep NUMBER[smhd]...`: advances the virtual clock by the sum. GNU
 * `sleep: invalid time interval 'abc'`, BusyBox `sleep: invalid number 'abc'`.
 */
export function runSleep(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const name = prog(ctx);
  if (args.length === 0) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: missing operand\nTry '${name} --help' for more information.\n` : `${name}: missing operand\n`);
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid time interval '${arg}'\nTry '${name} --help' for more information.\n` : `${name}: invalid number '${arg}'\n`);
      return 1;
    }
    total += Number(m[1]) * (UNITS[m[2] ?? ""] ?? 1);
  }
  ctx.clock.advance(Math.round(total * 1000));
  return 0;
}
