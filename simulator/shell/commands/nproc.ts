import type { PosixCommandContext } from "./types";

/** The processors a container may use. Simplification: the simulated host has 4 CPUs and no cgroup cpuset narrows them. */
export const SIMULATED_CPUS = 4;

/**
 * `nproc [--all] [--ignore=N]` (GNU coreutils 9.1 src/nproc.c; BusyBox
 * coreutils/nproc.c): the number of processing units available, at least 1.
 */
export function runNproc(ctx: PosixCommandContext): number {
  let ignore = 0;
  for (let i = 1; i < ctx.argv.length; i++) {
    const a = ctx.argv[i] as string;
    const m = /^--ignore(?:=(.*))?$/.exec(a);
    if (a === "--all") continue;
    if (m) {
      const v = m[1] ?? ctx.argv[++i] ?? "";
      if (!/^\d+$/.test(v)) {
        ctx.out.err(`nproc: invalid number: '${v}'\n`);
        return 1;
      }
      ignore = Number(v);
    } else {
      ctx.out.err(`nproc: extra operand '${a}'\nTry 'nproc --help' for more information.\n`);
      return 1;
    }
  }
  ctx.out.out(`${Math.max(1, SIMULATED_CPUS - ignore)}\n`);
  return 0;
}
