import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { readFilterFlag } from "../filters";
import { confirmPrompt } from "../prompt";
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
  flags: [
    { name: "filter", kind: "list", valueName: "filter", usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: "force", short: "f", kind: "bool", usage: "Do not prompt for confirmation" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation);
    if (typeof filters === "number") return filters;
    const unknown = Object.keys(filters)[0];
    if (unknown !== undefined) return writeDaemonError(ctx.out, `invalid filter '${unknown}'`);
    if (invocation.flags.force !== true && !confirmPrompt(ctx, WARNING)) return 0;
    const removed = pruneNetworks(ctx.engine);
    if (removed.length > 0) ctx.out.out(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join("")}\n`);
    return 0;
  },
};
