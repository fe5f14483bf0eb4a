import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchSwarmLeave } from "../../engine/swarm";

/** `docker swarm leave` (docker/cli 27: cli/command/swarm/leave.go): `Node left the swarm.`; a manager needs `--force`. */
export const swarmLeaveCommand: DockerCommand = {
  name: "leave",
  group: "swarm",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Leave the swarm",
  args: { kind: "none" },
  flags: [{ name: "force", short: "f", kind: "bool", usage: "Force this node to leave the swarm, ignoring warnings" }],
  run(ctx, { flags }) {
    const result = dispatchSwarmLeave(ctx.engine, flags.force === true);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    ctx.out.out("Node left the swarm.\n");
    return 0;
  },
};
