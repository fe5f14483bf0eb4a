import type { DockerCommand } from "../command";
import { pruneContainers } from "../../engine/container-remove";
import { matchLabelFilters, parseUntilFilter, validateFilterKeys } from "../../engine/prune-filters";
import { createPruneFlags, runPrune } from "../prune";

/** The confirmation text (docker/cli 27: cli/command/container/prune.go). */
const WARNING = "WARNING! This will remove all stopped containers.\nAre you sure you want to continue?";

/**
 * `docker container prune` (docker/cli 27: cli/command/container/prune.go):
 * asks first unless `-f` (a "no" ends silently, status 0, as the image
 * prune does); removes every stopped container matching `until`/`label`
 * filters (moby/moby: daemon/prune.go containersAcceptedFilters), then
 * `Deleted Containers:` with full IDs and a blank line, and always
 * `Total reclaimed space: …`.
 */
export const containerPruneCommand: DockerCommand = {
  name: "prune",
  group: "container",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Remove all stopped containers",
  args: { kind: "none" },
  flags: createPruneFlags("until=<timestamp>"),
  run(ctx, invocation) {
    return runPrune(ctx, invocation, {
      warning: WARNING,
      heading: "Deleted Containers:",
      prune: (filters) => {
        const keys = validateFilterKeys(filters, ["label", "label!", "until"]);
        if (!keys.ok) return { error: keys.error.message };
        const until = parseUntilFilter(filters, ctx.engine.clock.now());
        if (!until.ok) return { error: until.error.message };
        const report = pruneContainers(ctx.engine, (c) => (until.value !== undefined && c.created >= until.value) || !matchLabelFilters(filters, c.config.Labels));
        return { removed: report.deleted, reclaimed: report.spaceReclaimed };
      },
    });
  },
};
