import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getService } from "../../engine/swarm-services";
import { selectContainerLogs } from "../../engine/container-logs";

/**
 * `docker service logs SERVICE` (docker/cli 27: cli/command/service/logs.go):
 * every task's lines in time order, each prefixed
 * `web.1.<task id 12>@<node>` padded to the widest slot number, then
 * `    | `. Simplification: only tasks on this node have logs; `-f` prints
 * what there is and returns.
 */
export const serviceLogsCommand: DockerCommand = {
  name: "logs",
  group: "service",
  aliases: [],
  usage: "[OPTIONS] SERVICE|TASK",
  short: "Fetch the logs of a service or task",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "follow", short: "f", kind: "bool", usage: "Follow log output" },
    { name: "no-task-ids", kind: "bool", usage: "Do not include task IDs in output" },
    { name: "no-trunc", kind: "bool", usage: "Do not truncate output" },
    { name: "raw", kind: "bool", usage: "Do not neatly format logs" },
    { name: "tail", short: "n", kind: "string", usage: 'Number of lines to show from the end of the logs', defaultText: '"all"' },
    { name: "timestamps", short: "t", kind: "bool", usage: "Show timestamps" },
  ],
  run(ctx, { flags, args }) {
    const ref = args[0] as string;
    const found = getService(ctx.engine, ref);
    if (!found.ok) return writeDaemonError(ctx.out, found.error.kind === "not-found" ? `No such task or service: ${ref}` : found.error.message);
    const { swarm, service } = found.value;
    const now = ctx.engine.clock.now();
    const width = String(service.spec.replicas ?? 1).length;
    const lines: Array<{ time: number; stream: "stdout" | "stderr"; text: string; order: number }> = [];
    for (const task of swarm.tasks.filter((t) => t.serviceId === service.id && t.containerId)) {
      const container = ctx.engine.state.runtime.containers[task.containerId as string];
      if (!container) continue;
      const selected = selectContainerLogs(container, { tail: (flags.tail as string | undefined) ?? "all" }, now);
      if (!selected.ok) return writeDaemonError(ctx.out, selected.error.message);
      const id = flags["no-trunc"] === true ? task.id : task.id.slice(0, 12);
      const node = swarm.nodes.find((n) => n.id === task.nodeId)?.hostname ?? task.nodeId;
      const name = `${service.name}.${task.slot}${flags["no-task-ids"] === true ? "" : `.${id}`}@${node}${" ".repeat(Math.max(0, width - String(task.slot).length))}`;
      for (const line of selected.value) {
        const prefix = flags.raw === true ? "" : `${name}    | `;
        lines.push({ time: line.time, stream: line.stream, text: `${prefix}${line.text.endsWith("\n") ? line.text : `${line.text}\n`}`, order: lines.length });
      }
    }
    lines.sort((a, b) => a.time - b.time || a.order - b.order);
    for (const line of lines) (line.stream === "stderr" ? ctx.out.err : ctx.out.out).call(ctx.out, line.text);
    return 0;
  },
};
