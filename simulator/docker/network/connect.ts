import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { connectNetwork, disconnectNetwork, getNetwork } from "../../engine/network-ops";
import type { NetworkRecord } from "../../engine/networks";
import type { ContainerRecord } from "../../runtime/types";
import type { DockerContext } from "../command";
import { findContainerOrError } from "../container/each";

/** The network and container of a connect/disconnect, or the status after printing the daemon's error. */
export function findNetworkAndContainer(ctx: DockerContext, networkRef: string, containerRef: string): { network: NetworkRecord; container: ContainerRecord } | number {
  const network = getNetwork(ctx.engine, networkRef);
  if (!network.ok) return writeDaemonError(ctx.out, network.error.message);
  const found = findContainerOrError(ctx, containerRef);
  if ("error" in found) {
    ctx.out.err(`${found.error}\n`);
    return 1;
  }
  return { network: network.value, container: found.container };
}

/**
 * `docker network connect` (docker/cli 27: cli/command/network/connect.go):
 * prints nothing; a running container gets its address on the network at
 * once, and `--alias` names it there.
 * Simplification: `--ip`, `--ip6`, `--link` and `--driver-opt` are accepted but ignored.
 */
export const networkConnectCommand: DockerCommand = {
  name: "connect",
  group: "network",
  aliases: [],
  usage: "[OPTIONS] NETWORK CONTAINER",
  short: "Connect a container to a network",
  args: { kind: "exact", n: 2 },
  flags: [
    { name: "alias", kind: "list", valueName: "strings", usage: "Add network-scoped alias for the container" },
    { name: "driver-opt", kind: "list", valueName: "strings", usage: "driver options for the network" },
    { name: "ip", kind: "string", usage: "IPv4 address (e.g., \"172.30.100.104\")" },
    { name: "ip6", kind: "string", usage: "IPv6 address (e.g., \"2001:db8::33\")" },
    { name: "link", kind: "list", valueName: "list", usage: "Add link to another container" },
    { name: "link-local-ip", kind: "list", valueName: "strings", usage: "Add a link-local address for the container" },
  ],
  run(ctx, { flags, args }) {
    const found = findNetworkAndContainer(ctx, args[0] as string, args[1] as string);
    if (typeof found === "number") return found;
    const result = connectNetwork(ctx.engine, found.network, found.container, (flags.alias as string[] | undefined) ?? []);
    return result.ok ? 0 : writeDaemonError(ctx.out, result.error.message);
  },
};

/** `docker network disconnect` (docker/cli 27: cli/command/network/disconnect.go): prints nothing. */
export const networkDisconnectCommand: DockerCommand = {
  name: "disconnect",
  group: "network",
  aliases: [],
  usage: "[OPTIONS] NETWORK CONTAINER",
  short: "Disconnect a container from a network",
  args: { kind: "exact", n: 2 },
  flags: [{ name: "force", short: "f", kind: "bool", usage: "Force the container to disconnect from a network" }],
  run(ctx, { args }) {
    const found = findNetworkAndContainer(ctx, args[0] as string, args[1] as string);
    if (typeof found === "number") return found;
    const result = disconnectNetwork(ctx.engine, found.network, found.container);
    return result.ok ? 0 : writeDaemonError(ctx.out, result.error.message);
  },
};
