import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { writeList, type ListFormat } from "../formatter/write";
import { getManagedSwarm } from "../../engine/swarm";
import { STACK_LABEL } from "./members";

/** The stack table (docker/cli: cli/command/stack/formatter SwarmStackTableFormat). */
const STACK_FORMAT: ListFormat = {
  defaultTable: "{{.Name}}\t{{.Services}}",
  headers: { Name: "NAME", Services: "SERVICES" },
  typeName: "*formatter.stackContext",
};

/** `docker stack ls` (docker/cli 27: cli/command/stack/list.go): stacks by name with their service counts. */
export const stackLsCommand: DockerCommand = {
  name: "ls",
  group: "stack",
  aliases: ["list"],
  usage: "[OPTIONS]",
  short: "List stacks",
  args: { kind: "none" },
  flags: [{ name: "format", kind: "string", usage: FORMAT_HELP_TABLE }],
  run(ctx, { flags }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const counts = new Map<string, number>();
    for (const s of Object.values(swarm.value.services)) {
      const stack = s.spec.labels[STACK_LABEL];
      if (stack !== undefined) counts.set(stack, (counts.get(stack) ?? 0) + 1);
    }
    const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([Name, n]) => ({ Name, Services: String(n) }));
    return writeList(ctx.out, flags.format as string | undefined, STACK_FORMAT, rows);
  },
};
