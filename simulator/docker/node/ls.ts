import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { writeList, type ListFormat } from "../formatter/write";
import { getManagedSwarm } from "../../engine/swarm";

/** The node table (docker/cli: cli/command/node/formatter.go defaultNodeTableFormat; `*` marks this node). */
const NODE_FORMAT: ListFormat = {
  defaultTable: "{{.ID}} {{.SelfMark}}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}",
  headers: { ID: "ID", SelfMark: "", Hostname: "HOSTNAME", Status: "STATUS", Availability: "AVAILABILITY", ManagerStatus: "MANAGER STATUS", EngineVersion: "ENGINE VERSION", TLSStatus: "TLS STATUS" },
  typeName: "*formatter.nodeContext",
};

/** Capitalises a swarm enum as the node formatter does (`active` → `Active`). */
export function formatSwarmEnum(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * `docker node ls` (docker/cli 27: cli/command/node/list.go): sorted by
 * hostname; the leader shows `Leader`, other managers `Reachable`.
 */
export const nodeLsCommand: DockerCommand = {
  name: "ls",
  group: "node",
  aliases: ["list"],
  usage: "[OPTIONS]",
  short: "List nodes in the swarm",
  args: { kind: "none" },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display IDs" },
  ],
  run(ctx, { flags }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const nodes = [...swarm.value.nodes].sort((a, b) => a.hostname.localeCompare(b.hostname));
    const format = flags.quiet === true ? "{{.ID}}" : (flags.format as string | undefined);
    return writeList(
      ctx.out,
      format,
      NODE_FORMAT,
      nodes.map((n) => ({
        ID: n.id,
        SelfMark: n.self ? "*" : " ",
        Self: n.self ? "true" : "false",
        Hostname: n.hostname,
        Status: "Ready",
        Availability: formatSwarmEnum(n.availability),
        ManagerStatus: n.role === "manager" ? (n.self ? "Leader" : "Reachable") : "",
        EngineVersion: n.engineVersion,
        TLSStatus: "Ready",
      })),
    );
  },
};
