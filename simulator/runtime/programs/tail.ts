import type { Program } from "./types";

/** 1 MiB. */
const MIB = 1024 * 1024;

/**
 * `tail` as a container's main process. `tail /dev/zero` (or
 * /dev/urandom) never meets a newline, so it buffers what it reads without
 * end: the classic way to exhaust a container's memory limit and meet the
 * OOM killer (busybox: coreutils/tail.c keeps the unfinished last line in
 * memory; GNU coreutils tail.c pipe_lines likewise). Simplification: it
 * grows at 512 MiB a second; every other use keeps running until stopped,
 * as `tail -f /dev/null` does.
 */
export const runTailProgram: Program = (ctx) => {
  const operands = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  if (operands.some((a) => a === "/dev/zero" || a === "/dev/urandom")) {
    return { output: [], exit: null, memory: { bytes: 0.4 * MIB, growthPerSec: 512 * MIB } };
  }
  return { output: [], exit: null };
};
