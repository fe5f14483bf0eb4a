import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { writeList, type ListFormat } from "../formatter/write";
import { formatHumanDuration } from "../../cli/units";
import { getService } from "../../engine/swarm-services";
import type { SwarmState, SwarmTask } from "../../engine/swarm-state";

/** The task table (docker/cli: cli/command/task/formatter.go defaultTaskTableFormat). */
export const TASK_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}",
  headers: { ID: "ID", Name: "NAME", Image: "IMAGE", Node: "NODE", DesiredState: "DESIRED STATE", CurrentState: "CURRENT STATE", Error: "ERROR", Ports: "PORTS" },
  typeName: "*formatter.taskContext",
};

/** `Running` from `running` (the task formatter's strings.Title). */
function formatTitle(state: string): string {
  return state.charAt(0).toUpperCase() + state.slice(1);
}

/**
 * The task rows of `service ps` and `stack ps` (docker/cli:
 * cli/command/task/print.go): grouped by slot, newest first, older tasks of
 * a slot named `\_ web.1`; CURRENT STATE is `Running 5 seconds ago`.
 */
export function formatTaskRows(swarm: SwarmState, tasks: SwarmTask[], now: number, trunc: boolean): Array<Record<string, string>> {
  const ordered = [...tasks].sort((a, b) => {
    const sa = swarm.services[a.serviceId]?.name ?? "";
    const sb = swarm.services[b.serviceId]?.name ?? "";
    return sa.localeCompare(sb) || a.slot - b.slot || a.nodeId.localeCompare(b.nodeId) || b.createdAt - a.createdAt || swarm.tasks.indexOf(b) - swarm.tasks.indexOf(a);
  });
  let previous = "";
  return ordered.map((t) => {
    const service = swarm.services[t.serviceId];
    const name = `${service?.name ?? t.serviceId}.${t.slot === 0 ? t.nodeId : t.slot}`;
    const shown = name === previous ? ` \\_ ${name}` : name;
    previous = name;
    return {
      ID: trunc ? t.id.slice(0, 12) : t.id,
      Name: shown,
      Image: t.image,
      Node: swarm.nodes.find((n) => n.id === t.nodeId)?.hostname ?? "",
      DesiredState: formatTitle(t.desired),
      CurrentState: `${formatTitle(t.state)} ${formatHumanDuration(now - t.stateAt).toLowerCase()} ago`,
      Error: t.error ? `"${trunc && t.error.length > 30 ? `${t.error.slice(0, 29)}…` : t.error}"` : "",
      Ports: "",
    };
  });
}

/** `docker service ps SERVICE...` (docker/cli 27: cli/command/service/ps.go): every task kept in history. */
export const servicePsCommand: DockerCommand = {
  name: "ps",
  group: "service",
  aliases: [],
  usage: "[OPTIONS] SERVICE [SERVICE...]",
  short: "List the tasks of one or more services",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "no-resolve", kind: "bool", usage: "Do not map IDs to Names" },
    { name: "no-trunc", kind: "bool", usage: "Do not truncate output" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display task IDs" },
  ],
  run(ctx, { flags, args }) {
    const tasks: SwarmTask[] = [];
    let swarm: SwarmState | undefined;
    for (const ref of args) {
      const found = getService(ctx.engine, ref);
      if (!found.ok) {
        if (found.error.kind !== "not-found") return writeDaemonError(ctx.out, found.error.message);
        // cli/command/service/ps.go: a client-side error, without the daemon prefix.
        ctx.out.err(`no such service: ${ref}\n`);
        return 1;
      }
      swarm = found.value.swarm;
      tasks.push(...swarm.tasks.filter((t) => t.serviceId === found.value.service.id));
    }
    const desired = ((flags.filter as string[] | undefined) ?? []).find((f) => f.startsWith("desired-state="))?.slice("desired-state=".length);
    const kept = desired ? tasks.filter((t) => t.desired === desired) : tasks;
    const format = flags.quiet === true ? "{{.ID}}" : (flags.format as string | undefined);
    return writeList(ctx.out, format, TASK_FORMAT, formatTaskRows(swarm as SwarmState, kept, ctx.engine.clock.now(), flags["no-trunc"] !== true));
  },
};
