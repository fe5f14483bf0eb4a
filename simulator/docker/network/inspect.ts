import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT } from "../command";
import { writeInspect } from "../formatter/inspect";
import { getNetwork, listNetworkContainers } from "../../engine/network-ops";
import type { NetworkRecord } from "../../engine/networks";
import type { Engine } from "../../engine/engine";

/** The default bridge's driver options, as dockerd sets them for docker0 (moby/moby: daemon/daemon_unix.go initBridgeDriver). */
const DEFAULT_BRIDGE_OPTIONS = {
  "com.docker.network.bridge.default_bridge": "true",
  "com.docker.network.bridge.enable_icc": "true",
  "com.docker.network.bridge.enable_ip_masquerade": "true",
  "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
  "com.docker.network.bridge.name": "docker0",
  "com.docker.network.driver.mtu": "1500",
};

/** A network as NetworkInspect returns it (moby/moby: api/types/network Inspect), with its running containers' endpoints. */
export function formatNetworkInspect(engine: Engine, n: NetworkRecord): Record<string, unknown> {
  const containers: Record<string, unknown> = {};
  for (const c of listNetworkContainers(engine, n)) {
    const ep = c.networks?.[n.Name];
    if (!ep) continue;
    containers[c.id] = {
      Name: c.name,
      EndpointID: "",
      MacAddress: ep.MacAddress,
      IPv4Address: ep.IPAddress ? `${ep.IPAddress}/${ep.IPPrefixLen}` : "",
      IPv6Address: "",
    };
  }
  return {
    Name: n.Name,
    Id: n.Id,
    Created: new Date(n.Created).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z"),
    Scope: n.Scope,
    Driver: n.Driver,
    EnableIPv6: false,
    IPAM: { Driver: "default", Options: n.Name === "bridge" ? null : {}, Config: n.Subnet ? [{ Subnet: n.Subnet, Gateway: n.Gateway }] : [] },
    Internal: n.Internal,
    Attachable: n.Attachable,
    Ingress: false,
    ConfigFrom: { Network: "" },
    ConfigOnly: false,
    Containers: containers,
    Options: n.Name === "bridge" ? DEFAULT_BRIDGE_OPTIONS : {},
    Labels: n.Labels,
  };
}

/**
 * `docker network inspect` (docker/cli 27: cli/command/network/inspect.go):
 * a missing network is the client's not-found error, `Error: No such
 * network: x` (moby/moby: client/errors.go objectNotFoundError).
 * Simplification: endpoint IDs are empty.
 */
export const networkInspectCommand: DockerCommand = {
  name: "inspect",
  group: "network",
  aliases: [],
  usage: "[OPTIONS] NETWORK [NETWORK...]",
  short: "Display detailed information on one or more networks",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "format", short: "f", kind: "string", usage: FORMAT_HELP_INSPECT },
    { name: "verbose", short: "v", kind: "bool", usage: "Verbose output for diagnostics" },
  ],
  run(ctx, { flags, args }) {
    ctx.engine.settle();
    return writeInspect(ctx.out, args, flags.format as string | undefined, (ref) => {
      const found = getNetwork(ctx.engine, ref);
      return found.ok ? { ok: true, value: formatNetworkInspect(ctx.engine, found.value) } : { ok: false, message: `Error: No such network: ${ref}` };
    });
  },
};
