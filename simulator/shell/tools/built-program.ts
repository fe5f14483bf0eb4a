import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";
import { getSourceDistribution } from "../packages/downloads-catalog";
import { parseElf } from "./elf";

/**
 * A program built from a catalog source distribution (redis-server,
 * redis-cli…): it is what the ELF stand-in the simulated linker wrote says
 * (its link name and source distribution), so a renamed copy or a symlink
 * (redis-check-aof → redis-server) runs as the program it is. `--version`
 * (and `-v`) prints what the real release prints. A file that is not such a
 * build cannot run: `Exec format error` (126). An interpreter given one of
 * its distribution's scripts (ruby running gem or bundle) prints that
 * script's version for `--version`.
 * Simplification: only the version report is modelled here; servers run
 * through the container runtime's process models.
 */
export function runBuiltProgram(ctx: PosixCommandContext): number {
  const invoked = ctx.argv[0] ?? "";
  const self = ctx.findProgram(invoked);
  const info = self ? parseElf(readOptional(ctx, self) ?? "") : undefined;
  const program = info?.origin ? getSourceDistribution(info.origin)?.programs[info.name] : undefined;
  if (!program) {
    ctx.out.err(`${invoked}: Exec format error\n`);
    return 126;
  }
  let arg = ctx.argv[1];
  // An interpreter running one of its distribution's scripts (`#!/usr/local/bin/ruby` gem): that script's version report.
  const script = arg !== undefined && !arg.startsWith("-") ? program.scripts?.[arg.slice(arg.lastIndexOf("/") + 1)] : undefined;
  if (script !== undefined) {
    if (ctx.argv[2] === "--version" || ctx.argv[2] === "-v") ctx.out.out(script);
    return 0;
  }
  if (arg !== undefined && !arg.startsWith("-")) arg = undefined;
  if (arg === "--version" || arg === "-v" || arg === "-V") ctx.out.out(program.version);
  return 0;
}
