import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getOwn } from "../../core/own";
import { getManagedSwarm } from "../../engine/swarm";
import { dispatchServiceRemove } from "../../engine/swarm-services";
import { formatNothingFound, listStackServices } from "./members";

/**
 * `docker stack rm STACK...` (docker/cli 27: cli/command/stack/swarm/remove.go):
 * `Removing service …` for each service by name, then `Removing network …`.
 */
export const stackRmCommand: DockerCommand = {
  name: "rm",
  group: "stack",
  aliases: ["remove", "down"],
  usage: "[OPTIONS] STACK [STACK...]",
  short: "Remove one or more stacks",
  args: { kind: "min", n: 1 },
  flags: [{ name: "detach", short: "d", kind: "bool", usage: "Do not wait for stack removal", defaultText: "true" }],
  run(ctx, { args }) {
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    for (const stack of args) {
      const services = listStackServices(swarm.value, stack);
      const networks = getOwn(swarm.value.stackNetworks ?? {}, stack) ?? [];
      if (services.length === 0 && networks.length === 0) {
        ctx.out.err(formatNothingFound(stack));
        continue;
      }
      for (const service of services) {
        ctx.out.out(`Removing service ${service.name}\n`);
        dispatchServiceRemove(ctx.engine, service.id);
      }
      for (const network of [...networks].sort()) ctx.out.out(`Removing network ${network}\n`);
      if (swarm.value.stackNetworks) delete swarm.value.stackNetworks[stack];
    }
    return 0;
  },
};
