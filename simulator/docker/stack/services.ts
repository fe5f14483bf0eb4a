import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { writeList } from "../formatter/write";
import { getManagedSwarm } from "../../engine/swarm";
import { formatServiceRows, SERVICE_FORMAT } from "../service/ls";
import { formatNothingFound, listStackServices } from "./members";

/** `docker stack services STACK` (docker/cli 27: cli/command/stack/services.go): the service table for one stack. */
export const stackServicesCommand: DockerCommand = {
  name: "services",
  group: "stack",
  aliases: [],
  usage: "[OPTIONS] STACK",
  short: "List the services in the stack",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display IDs" },
  ],
  run(ctx, { flags, args }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const services = listStackServices(swarm.value, args[0] as string);
    if (services.length === 0 && flags.quiet !== true && flags.format === undefined) {
      ctx.out.err(formatNothingFound(args[0] as string));
      return 0;
    }
    const format = flags.quiet === true ? "{{.ID}}" : (flags.format as string | undefined);
    return writeList(ctx.out, format, SERVICE_FORMAT, formatServiceRows(swarm.value, services));
  },
};
