import type { FlagSpec } from "../cli/flags";
import { formatHumanSize4 } from "../cli/units";
import type { DockerContext, DockerInvocation } from "./command";
import { writeDaemonError } from "./command";
import { readFilterFlag } from "./filters";
import type { FilterArgs } from "../engine/prune-filters";
import { confirmPrompt } from "./prompt";

/** The `--filter` and `-f` flags every `… prune` verb has (docker/cli: cli/command/container/prune.go and its siblings). */
export function createPruneFlags(filterExample: string): FlagSpec[] {
  return [
    { name: "filter", kind: "list", valueName: "filter", usage: `Provide filter values (e.g. "${filterExample}")` },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
  ];
}

/** What one prune removed. */
export interface PruneReport {
  /** Names or IDs, printed one per line under the heading. */
  removed: string[];
  /** Bytes freed; undefined for objects docker reports no space for (networks). */
  reclaimed?: number;
}

/**
 * The shape every prune verb shares in docker/cli 27 (container, network,
 * volume prune.go): read `--filter`, ask unless `-f` (a "no" ends silently
 * with status 0), prune, print `<heading>` with the removed names and a
 * blank line when any, then `Total reclaimed space: …` where docker reports it.
 */
export function runPrune(
  ctx: DockerContext,
  invocation: DockerInvocation,
  options: { warning: string; heading: string; prune(filters: FilterArgs): PruneReport | { error: string } },
): number {
  const filters = readFilterFlag(ctx, invocation);
  if (typeof filters === "number") return filters;
  if (invocation.flags.force !== true && !confirmPrompt(ctx, options.warning)) return 0;
  const report = options.prune(filters);
  if ("error" in report) return writeDaemonError(ctx.out, report.error);
  if (report.removed.length > 0) ctx.out.out(`${options.heading}\n${report.removed.map((n) => `${n}\n`).join("")}\n`);
  if (report.reclaimed !== undefined) ctx.out.out(`Total reclaimed space: ${formatHumanSize4(report.reclaimed)}\n`);
  return 0;
}

/** A prune that accepts no filters yet: the daemon's `invalid filter` for the first one given. */
export function refuseFilters(filters: FilterArgs): { error: string } | undefined {
  const unknown = Object.keys(filters)[0];
  return unknown === undefined ? undefined : { error: `invalid filter '${unknown}'` };
}
