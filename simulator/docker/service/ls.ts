import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { writeList, type ListFormat } from "../formatter/write";
import { getManagedSwarm } from "../../engine/swarm";
import { isLiveTask } from "../../engine/swarm-tasks";
import { formatServicePorts } from "./spec";
import type { SwarmService, SwarmState } from "../../engine/swarm-state";

/** The rows of `service ls` and `stack services`: REPLICAS as running/desired from the tasks' observed states. */
export function formatServiceRows(swarm: SwarmState, services: SwarmService[]): Array<Record<string, string>> {
  return services.map((s) => {
    const live = swarm.tasks.filter((t) => t.serviceId === s.id && isLiveTask(t));
    const running = live.filter((t) => t.state === "running").length;
    const desired = s.spec.replicas ?? swarm.nodes.filter((n) => n.availability === "active").length;
    return {
      ID: s.id.slice(0, 12),
      Name: s.name,
      Mode: s.spec.replicas === null ? "global" : "replicated",
      Replicas: `${running}/${desired}`,
      Image: s.spec.image,
      Ports: formatServicePorts(s.spec.ports),
    };
  });
}

/** The service table (docker/cli: cli/command/service/formatter.go defaultServiceTableFormat). */
export const SERVICE_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}",
  headers: { ID: "ID", Name: "NAME", Mode: "MODE", Replicas: "REPLICAS", Image: "IMAGE", Ports: "PORTS" },
  typeName: "*formatter.serviceContext",
};

/**
 * `docker service ls` (docker/cli 27: cli/command/service/list.go): sorted
 * by name, REPLICAS as running/desired from the tasks' observed states.
 */
export const serviceLsCommand: DockerCommand = {
  name: "ls",
  group: "service",
  aliases: ["list"],
  usage: "[OPTIONS]",
  short: "List services",
  args: { kind: "none" },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display IDs" },
  ],
  run(ctx, { flags }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const services = Object.values(swarm.value.services).sort((a, b) => a.name.localeCompare(b.name));
    const format = flags.quiet === true ? "{{.ID}}" : (flags.format as string | undefined);
    return writeList(
      ctx.out,
      format,
      SERVICE_FORMAT,
      formatServiceRows(swarm.value, services),
    );
  },
};
