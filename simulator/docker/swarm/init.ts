import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchSwarmInit } from "../../engine/swarm";
import { findSelfNode, type SwarmState } from "../../engine/swarm-state";

/** The join instructions `swarm init` and `swarm join-token` print (docker/cli: cli/command/swarm/join_token.go printJoinCommand). */
export function formatJoinCommand(swarm: SwarmState, role: "worker" | "manager"): string {
  return `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${swarm.tokens[role]} ${swarm.advertiseAddr}:2377\n\n`;
}

/**
 * `docker swarm init` (docker/cli 27: cli/command/swarm/init.go): the node
 * becomes the leader, then the worker join command and the hint for
 * managers.
 */
export const swarmInitCommand: DockerCommand = {
  name: "init",
  group: "swarm",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Initialize a swarm",
  args: { kind: "none" },
  flags: [
    { name: "advertise-addr", kind: "string", usage: "Advertised address (format: \"<ip|interface>[:port]\")" },
    { name: "force-new-cluster", kind: "bool", usage: "Force create a new cluster from current state" },
    { name: "listen-addr", kind: "string", valueName: "node-addr", usage: "Listen address (format: \"<ip|interface>[:port]\")", defaultText: "0.0.0.0:2377" },
  ],
  run(ctx, { flags }) {
    const addr = flags["advertise-addr"] as string | undefined;
    if (addr !== undefined && !/^\d{1,3}(\.\d{1,3}){3}(:\d+)?$/.test(addr)) {
      return writeDaemonError(ctx.out, `advertise address must be a non-zero IP address or network interface (with optional port number)`);
    }
    const result = dispatchSwarmInit(ctx.engine, addr);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    const swarm = result.value;
    ctx.out.out(`Swarm initialized: current node (${findSelfNode(swarm).id}) is now a manager.\n\n`);
    ctx.out.out(formatJoinCommand(swarm, "worker"));
    ctx.out.out("To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n\n");
    return 0;
  },
};
