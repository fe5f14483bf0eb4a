import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";

/**
 * `docker swarm join` (docker/cli 27: cli/command/swarm/join.go). The
 * sandbox is one host: a node already in the swarm gets the daemon's
 * "already part of a swarm" error; otherwise no manager answers at the
 * address. Simplification: other nodes come from lesson setup
 * (engine/swarm.ts dispatchSimulatedNode), not from this command.
 */
export const swarmJoinCommand: DockerCommand = {
  name: "join",
  group: "swarm",
  aliases: [],
  usage: "[OPTIONS] HOST:PORT",
  short: "Join a swarm as a node and/or manager",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "advertise-addr", kind: "string", usage: "Advertised address (format: \"<ip|interface>[:port]\")" },
    { name: "listen-addr", kind: "string", valueName: "node-addr", usage: "Listen address (format: \"<ip|interface>[:port]\")", defaultText: "0.0.0.0:2377" },
    { name: "token", kind: "string", usage: "Token for entry into the swarm" },
  ],
  run(ctx, { args }) {
    ctx.engine.settle();
    if (ctx.engine.state.swarm) {
      return writeDaemonError(ctx.out, 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.');
    }
    // Real daemons time out dialing a manager that is not there (daemon/cluster: errSwarmJoinTimeoutReached is for slow joins; an unreachable one fails the dial).
    return writeDaemonError(ctx.out, `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${args[0] as string}: connect: connection refused"`);
  },
};
