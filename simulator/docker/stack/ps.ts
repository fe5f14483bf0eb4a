import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { writeList } from "../formatter/write";
import { getManagedSwarm } from "../../engine/swarm";
import { formatTaskRows, TASK_FORMAT } from "../service/ps";
import { listStackServices } from "./members";

/** `docker stack ps STACK` (docker/cli 27: cli/command/stack/ps.go): the tasks of every service of the stack. */
export const stackPsCommand: DockerCommand = {
  name: "ps",
  group: "stack",
  aliases: [],
  usage: "[OPTIONS] STACK",
  short: "List the tasks in the stack",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "no-resolve", kind: "bool", usage: "Do not map IDs to Names" },
    { name: "no-trunc", kind: "bool", usage: "Do not truncate output" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display task IDs" },
  ],
  run(ctx, { flags, args }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const ids = new Set(listStackServices(swarm.value, args[0] as string).map((s) => s.id));
    const tasks = swarm.value.tasks.filter((t) => ids.has(t.serviceId));
    if (tasks.length === 0) {
      ctx.out.err(`nothing found in stack: ${args[0] as string}\n`);
      return 1;
    }
    const format = flags.quiet === true ? "{{.ID}}" : (flags.format as string | undefined);
    return writeList(ctx.out, format, TASK_FORMAT, formatTaskRows(swarm.value, tasks, ctx.engine.clock.now(), flags["no-trunc"] !== true));
  },
};
