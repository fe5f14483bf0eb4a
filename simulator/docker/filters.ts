import type { DockerContext, DockerInvocation } from "./command";
import { parseFilterArgs, type FilterArgs } from "../engine/prune-filters";

/**
 * The `--filter` values of an invocation as filters.Args, checked the way
 * docker/cli's FilterOpt.Set checks each one while pflag parses (docker/cli:
 * opts/filter.go): empty values are ignored; one without `=` is a flag error,
 * `invalid argument "x" for "--filter" flag: bad format of filter (expected
 * name=value)`, status 125. Returns the status when it failed.
 */
export function readFilterFlag(ctx: DockerContext, invocation: DockerInvocation, shorthand?: string): FilterArgs | number {
  const values = ((invocation.flags.filter as string[] | undefined) ?? []).filter((v) => v !== "");
  const bad = values.find((v) => !v.includes("="));
  if (bad !== undefined) {
    const flag = shorthand ? `-${shorthand}, --filter` : "--filter";
    ctx.out.err(`invalid argument ${JSON.stringify(bad)} for "${flag}" flag: bad format of filter (expected name=value)\nSee '${ctx.commandPath} --help'.\n`);
    return 125;
  }
  return parseFilterArgs(values);
}
