import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { formatHumanSize4 } from "../../cli/units";
import { pruneContainers } from "../../engine/container-remove";
import { matchLabelFilters, parseUntilFilter, validateFilterKeys } from "../../engine/prune-filters";
import { readFilterFlag } from "../filters";
import { confirmPrompt } from "../prompt";

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
  flags: [
    { name: "filter", kind: "list", valueName: "filter", usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation);
    if (typeof filters === "number") return filters;
    if (invocation.flags.force !== true && !confirmPrompt(ctx, WARNING)) return 0;
    const keys = validateFilterKeys(filters, ["label", "label!", "until"]);
    if (!keys.ok) return writeDaemonError(ctx.out, keys.error.message);
    const until = parseUntilFilter(filters, ctx.engine.clock.now());
    if (!until.ok) return writeDaemonError(ctx.out, until.error.message);
    const report = pruneContainers(ctx.engine, (c) => (until.value !== undefined && c.created >= until.value) || !matchLabelFilters(filters, c.config.Labels));
    if (report.deleted.length > 0) ctx.out.out(`Deleted Containers:\n${report.deleted.map((id) => `${id}\n`).join("")}\n`);
    ctx.out.out(`Total reclaimed space: ${formatHumanSize4(report.spaceReclaimed)}\n`);
    return 0;
  },
};
