import { calculateImmediateExit, type Program } from "./types";

/**
 * busybox `sleep N` (Alpine): waits, then exits 0. `sleep infinity` never ends.
 * Bad operands: `sleep: invalid number 'x'`, exit 1 (busybox: coreutils/sleep.c).
 */
export const runSleepProgram: Program = (ctx) => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    // Simplification: busybox prints its version banner before this usage text.
    return calculateImmediateExit("", 1, "Usage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n");
  }
  let total = 0;
  for (const arg of args) {
    if (arg === "infinity" || arg === "inf") return { output: [], exit: null };
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!m) return calculateImmediateExit("", 1, `sleep: invalid number '${arg}'\n`);
    total += Number(m[1]) * ({ "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as string] ?? 1);
  }
  return { output: [], exit: { afterMs: Math.round(total * 1000), code: 0 } };
};
