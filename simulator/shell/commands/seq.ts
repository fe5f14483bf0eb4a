import { busyboxUsage, prog } from "./lib/common";
import type { PosixCommandContext } from "./types";

/**
 * `seq [-s SEP] [-w] [FIRST [INC]] LAST`: decimals keep the most digits of
 * any operand. GNU `seq: invalid floating point argument: 'abc'`.
 */
export function runSeq(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  let sep = "\n";
  let equalWidth = false;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-s") sep = args[++i] ?? "";
    else if (a.startsWith("-s") && !/^-s?[0-9.]/.test(a.slice(1))) sep = a.slice(2);
    else if (a === "-w") equalWidth = true;
    else nums.push(a);
  }
  const name = prog(ctx);
  if (nums.length === 0 || nums.length > 3) {
    ctx.out.err(ctx.variant === "gnu" ? `${name}: ${nums.length === 0 ? "missing operand" : `extra operand '${nums[3]}'`}\nTry '${name} --help' for more information.\n` : busyboxUsage("seq"));
    return 1;
  }
  for (const n of nums) {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n)) {
      ctx.out.err(ctx.variant === "gnu" ? `${name}: invalid floating point argument: '${n}'\nTry '${name} --help' for more information.\n` : busyboxUsage("seq"));
      return 1;
    }
  }
  const [first, inc, last] = nums.length === 1 ? ["1", "1", nums[0] as string] : nums.length === 2 ? [nums[0] as string, "1", nums[1] as string] : (nums as [string, string, string]);
  const decimals = Math.max(...[first, inc].map((n) => (n.includes(".") ? n.split(".")[1]?.length ?? 0 : 0)));
  const a = Number(first);
  const step = Number(inc);
  const b = Number(last);
  if (step === 0) {
    ctx.out.err(`${name}: invalid Zero increment value: '${inc}'\nTry '${name} --help' for more information.\n`);
    return 1;
  }
  const width = equalWidth ? Math.max(a.toFixed(decimals).length, b.toFixed(decimals).length) : 0;
  const out: string[] = [];
  let flushed = false;
  for (let i = 0; ; i++) {
    const v = a + i * step;
    if ((step > 0 && v > b + 1e-9) || (step < 0 && v < b - 1e-9)) break;
    if (i % 256 === 0) ctx.budget.tick();
    let s = v.toFixed(decimals);
    if (width) s = s.startsWith("-") ? "-" + s.slice(1).padStart(width - 1, "0") : s.padStart(width, "0");
    out.push(s);
    if (out.length >= 4096) {
      ctx.out.out((flushed ? sep : "") + out.join(sep));
      flushed = true;
      out.length = 0;
    }
  }
  if (out.length > 0) ctx.out.out((flushed ? sep : "") + out.join(sep) + "\n");
  else if (flushed) ctx.out.out("\n");
  return 0;
}
