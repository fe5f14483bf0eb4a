import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchServiceRemove } from "../../engine/swarm-services";
import { getManagedSwarm } from "../../engine/swarm";

/** `docker service rm SERVICE...` (docker/cli 27: cli/command/service/remove.go): each name as typed; its tasks' containers go. */
export const serviceRmCommand: DockerCommand = {
  name: "rm",
  group: "service",
  aliases: ["remove"],
  usage: "SERVICE [SERVICE...]",
  short: "Remove one or more services",
  args: { kind: "min", n: 1 },
  flags: [],
  run(ctx, { args }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const errors: string[] = [];
    for (const ref of args) {
      const result = dispatchServiceRemove(ctx.engine, ref);
      if (result.ok) ctx.out.out(`${ref}\n`);
      else errors.push(`Error response from daemon: ${result.error.message}`);
    }
    if (errors.length === 0) return 0;
    ctx.out.err(`${errors.join("\n")}\n`);
    return 1;
  },
};
