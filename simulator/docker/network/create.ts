import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { createNetwork } from "../../engine/network-ops";
import { parseLabelList } from "../volume/create";

/**
 * `docker network create` (docker/cli 27: cli/command/network/create.go):
 * prints the new network's full ID. The bridge driver takes the next
 * address pool (172.18.0.0/16 first).
 * Simplification: `--subnet`, `--gateway`, `--ip-range` and `-o` are
 * accepted but the pool is always the next default one.
 */
export const networkCreateCommand: DockerCommand = {
  name: "create",
  group: "network",
  aliases: [],
  usage: "[OPTIONS] NETWORK",
  short: "Create a network",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "attachable", kind: "bool", usage: "Enable manual container attachment" },
    { name: "driver", short: "d", kind: "string", usage: "Driver to manage the Network", defaultText: '"bridge"' },
    { name: "gateway", kind: "list", valueName: "strings", usage: "IPv4 or IPv6 Gateway for the master subnet" },
    { name: "internal", kind: "bool", usage: "Restrict external access to the network" },
    { name: "ip-range", kind: "list", valueName: "strings", usage: "Allocate container ip from a sub-range" },
    { name: "ipv6", kind: "bool", usage: "Enable or disable IPv6 networking" },
    { name: "label", kind: "list", usage: "Set metadata on a network" },
    { name: "opt", short: "o", kind: "list", valueName: "map", usage: "Set driver specific options", defaultText: "map[]" },
    { name: "subnet", kind: "list", valueName: "strings", usage: "Subnet in CIDR format that represents a network segment" },
  ],
  run(ctx, { flags, args }) {
    const result = createNetwork(ctx.engine, args[0] as string, (flags.driver as string | undefined) ?? "bridge", parseLabelList(flags.label as string[] | undefined), flags.internal === true);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    ctx.out.out(`${result.value.Id}\n`);
    return 0;
  },
};
