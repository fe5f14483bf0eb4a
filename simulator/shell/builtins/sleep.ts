import { formatLocaleQuoted } from "../errors";
import type { ShellContext } from "../session";

const UNIT_MS: Record<string, number> = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * GNU `sleep`: sums its arguments (`1m 30s`). The wait moves the clock, so in
 * a script it takes no real time but containers see it pass.
 */
export function runSleep(ctx: ShellContext): number {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.out.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let total = 0;
  for (const arg of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) {
      ctx.out.err(`sleep: invalid time interval ${formatLocaleQuoted(arg)}\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += Number(m[1]) * (UNIT_MS[m[2] as string] ?? 1000);
  }
  ctx.clock.advance(Math.round(total));
  return 0;
}
