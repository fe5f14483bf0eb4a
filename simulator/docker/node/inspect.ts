import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getManagedSwarm } from "../../engine/swarm";
import { findNode, type SwarmNode } from "../../engine/swarm-state";
import { formatSwarmEnum } from "./ls";

/** A node in `--pretty` form (docker/cli: cli/command/node/formatter.go nodeInspectPrettyTemplate, the parts Dockyard models). */
function formatNodePretty(node: SwarmNode): string {
  const lines = [
    `ID:\t\t\t${node.id}`,
    `Hostname:\t\t${node.hostname}`,
    `Joined at:\t\t${new Date(node.createdAt).toISOString().replace("T", " ").replace("Z", "000000 +0000 utc")}`,
    `Status:`,
    ` State:\t\t\tReady`,
    ` Availability:\t\t${formatSwarmEnum(node.availability)}`,
    ` Address:\t\t${node.addr}`,
  ];
  if (node.role === "manager") lines.push(`Manager Status:`, ` Address:\t\t${node.addr}:2377`, ` Raft Status:\t\tReachable`, ` Leader:\t\t${node.self ? "Yes" : "No"}`);
  lines.push(`Platform:`, ` Operating System:\tlinux`, ` Architecture:\t\tx86_64`, `Engine Version:\t\t${node.engineVersion}`);
  return lines.join("\n") + "\n";
}

/** A node as the API's JSON (api/types/swarm Node, the fields Dockyard models). */
function formatNodeJson(node: SwarmNode): object {
  const at = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, ".000000000Z");
  return {
    ID: node.id,
    Version: { Index: 9 },
    CreatedAt: at(node.createdAt),
    UpdatedAt: at(node.updatedAt),
    Spec: { Labels: {}, Role: node.role, Availability: node.availability },
    Description: { Hostname: node.hostname, Platform: { Architecture: "x86_64", OS: "linux" }, Engine: { EngineVersion: node.engineVersion } },
    Status: { State: "ready", Addr: node.addr },
    ...(node.role === "manager" ? { ManagerStatus: { Leader: node.self, Reachability: "reachable", Addr: `${node.addr}:2377` } } : {}),
  };
}

/**
 * `docker node inspect [--pretty] self|NODE...` (docker/cli 27:
 * cli/command/node/inspect.go): `self` is this node.
 */
export const nodeInspectCommand: DockerCommand = {
  name: "inspect",
  group: "node",
  aliases: [],
  usage: "[OPTIONS] self|NODE [NODE...]",
  short: "Display detailed information on one or more nodes",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "format", short: "f", kind: "string", usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
    { name: "pretty", kind: "bool", usage: "Print the information in a human friendly format" },
  ],
  run(ctx, { flags, args }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const nodes: SwarmNode[] = [];
    for (const ref of args) {
      const found = ref === "self" ? { ok: true as const, value: swarm.value.nodes.find((n) => n.self) as SwarmNode } : findNode(swarm.value, ref);
      if (!found.ok) return writeDaemonError(ctx.out, `No such node: ${ref}`);
      nodes.push(found.value);
    }
    if (flags.pretty === true) ctx.out.out(nodes.map(formatNodePretty).join("\n\n"));
    else ctx.out.out(JSON.stringify(nodes.map(formatNodeJson), null, 4) + "\n");
    return 0;
  },
};
