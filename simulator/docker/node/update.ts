import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchNodeAvailability } from "../../engine/swarm";

/**
 * `docker node update --availability active|pause|drain` (docker/cli 27:
 * cli/command/node/update.go): prints the node as typed. Draining moves
 * its tasks to other nodes.
 */
export const nodeUpdateCommand: DockerCommand = {
  name: "update",
  group: "node",
  aliases: [],
  usage: "[OPTIONS] NODE",
  short: "Update a node",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "availability", kind: "string", usage: 'Availability of the node ("active", "pause", "drain")' },
    { name: "label-add", kind: "list", usage: "Add or update a node label (\"key=value\")" },
    { name: "label-rm", kind: "list", usage: "Remove a node label if exists" },
    { name: "role", kind: "string", usage: 'Role of the node ("worker", "manager")' },
  ],
  run(ctx, { flags, args }) {
    const ref = args[0] as string;
    const wanted = flags.availability as string | undefined;
    if (wanted === undefined) {
      ctx.out.err("node update: no changes\n");
      return 1;
    }
    const lower = wanted.toLowerCase();
    if (lower !== "active" && lower !== "pause" && lower !== "drain") {
      ctx.out.err(`invalid argument "${wanted}" for "--availability" flag: invalid availability: ${wanted}\nSee 'docker node update --help'.\n`);
      return 125;
    }
    const result = dispatchNodeAvailability(ctx.engine, ref, lower);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    ctx.out.out(`${ref}\n`);
    return 0;
  },
};
