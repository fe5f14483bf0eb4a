import type { DockerCommand } from "../command";
import { createPruneFlags, refuseFilters, runPrune } from "../prune";
import { pruneNetworks } from "../../engine/network-ops";

const WARNING = "WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?";

/**
 * `docker network prune` (docker/cli 27: cli/command/network/prune.go):
 * asks unless `-f`, then `Deleted Networks:` with their names and a blank
 * line, nothing when none was removed.
 * Simplification: `--filter` values other than none are refused.
 */
export const networkPruneCommand: DockerCommand = {
  name: "prune",
  group: "network",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Remove all unused networks",
  args: { kind: "none" },
  flags: createPruneFlags("until=<timestamp>"),
  run(ctx, invocation) {
    return runPrune(ctx, invocation, {
      warning: WARNING,
      heading: "Deleted Networks:",
      prune: (filters) => refuseFilters(filters) ?? { removed: pruneNetworks(ctx.engine) },
    });
  },
};
