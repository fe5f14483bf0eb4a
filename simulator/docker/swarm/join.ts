import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getOwn } from "../../core/own";
import { dispatchSimulatedNode } from "../../engine/swarm";

/**
 * The Dockyard-only variable that makes `docker swarm join` stand for
 * another host joining (lesson setup.sh: `DOCKYARD_NODE=worker1 docker
 * swarm join --token $(docker swarm join-token -q worker) ADDR:2377`).
 */
export const SIMULATED_NODE_ENV = "DOCKYARD_NODE";

/**
 * `docker swarm join` (docker/cli 27: cli/command/swarm/join.go). The
 * sandbox is one host, already the manager once it is in a swarm, so the
 * daemon answers "already part of a swarm"; outside a swarm no manager
 * answers at the address. Dockyard-only: with DOCKYARD_NODE=<hostname> in
 * the environment the command joins a simulated host of that name instead
 * (a valid token and the manager's address required), printing what that
 * host's docker prints.
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
  run(ctx, { flags, args }) {
    ctx.engine.settle();
    const swarm = ctx.engine.state.swarm;
    const simulated = getOwn(ctx.host.env, SIMULATED_NODE_ENV);
    const address = args[0] as string;
    if (simulated && swarm) {
      const token = flags.token as string | undefined;
      const role = token === swarm.tokens.worker ? "worker" : token === swarm.tokens.manager ? "manager" : undefined;
      if (address.replace(/:2377$/, "") !== swarm.advertiseAddr) return writeDaemonError(ctx.out, "Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the \"docker info\" command to see the current swarm status of your node.");
      if (!role) return writeDaemonError(ctx.out, "rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster");
      const node = dispatchSimulatedNode(ctx.engine, simulated, role);
      if (!node.ok) return writeDaemonError(ctx.out, node.error.message);
      ctx.out.out(`This node joined a swarm as a ${role}.\n`);
      return 0;
    }
    if (swarm) {
      return writeDaemonError(ctx.out, 'This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.');
    }
    // No manager listens anywhere the sandbox reaches: the dial fails.
    return writeDaemonError(ctx.out, `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${address}: connect: connection refused"`);
  },
};
