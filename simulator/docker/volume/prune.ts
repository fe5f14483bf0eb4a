import type { DockerCommand } from "../command";
import { createPruneFlags, refuseFilters, runPrune } from "../prune";
import { pruneVolumes } from "../../engine/volume-ops";

/** The confirmation texts (docker/cli 27: cli/command/volume/prune.go). */
const ANONYMOUS_WARNING = "WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?";
const ALL_WARNING = "WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?";

/**
 * `docker volume prune` (docker/cli 27: cli/command/volume/prune.go): asks
 * unless `-f`; removes unused anonymous volumes, all unused ones with `-a`;
 * `Deleted Volumes:` with their names and a blank line, then `Total
 * reclaimed space`.
 * Simplification: volumes' sizes are not tracked, so the space is 0B; only
 * an empty `--filter` is accepted.
 */
export const volumePruneCommand: DockerCommand = {
  name: "prune",
  group: "volume",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Remove unused local volumes",
  args: { kind: "none" },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Remove all unused volumes, not just anonymous ones" },
    ...createPruneFlags("label=<label>"),
  ],
  run(ctx, invocation) {
    const all = invocation.flags.all === true;
    return runPrune(ctx, invocation, {
      warning: all ? ALL_WARNING : ANONYMOUS_WARNING,
      heading: "Deleted Volumes:",
      prune: (filters) => refuseFilters(filters) ?? { removed: pruneVolumes(ctx.engine, all), reclaimed: 0 },
    });
  },
};
