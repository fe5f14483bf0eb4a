import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { readFilterFlag } from "../filters";
import { confirmPrompt } from "../prompt";
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
    { name: "filter", kind: "list", valueName: "filter", usage: 'Provide filter values (e.g. "label=<label>")' },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation);
    if (typeof filters === "number") return filters;
    const unknown = Object.keys(filters)[0];
    if (unknown !== undefined) return writeDaemonError(ctx.out, `invalid filter '${unknown}'`);
    const all = invocation.flags.all === true;
    if (invocation.flags.force !== true && !confirmPrompt(ctx, all ? ALL_WARNING : ANONYMOUS_WARNING)) return 0;
    const removed = pruneVolumes(ctx.engine, all);
    if (removed.length > 0) ctx.out.out(`Deleted Volumes:\n${removed.map((n) => `${n}\n`).join("")}\n`);
    ctx.out.out("Total reclaimed space: 0B\n");
    return 0;
  },
};
