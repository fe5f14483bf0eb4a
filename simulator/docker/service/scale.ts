import type { DockerCommand } from "../command";
import { dispatchServiceUpdate } from "../../engine/swarm-services";
import { writeServiceProgress } from "./progress";

/**
 * `docker service scale SERVICE=REPLICAS...` (docker/cli 27:
 * cli/command/service/scale.go): `web scaled to 5`, then the progress of
 * each unless `-d`; a global service can't be scaled.
 */
export const serviceScaleCommand: DockerCommand = {
  name: "scale",
  group: "service",
  aliases: [],
  usage: "SERVICE=REPLICAS [SERVICE=REPLICAS...]",
  short: "Scale one or multiple replicated services",
  args: { kind: "min", n: 1 },
  flags: [{ name: "detach", short: "d", kind: "bool", usage: "Exit immediately instead of waiting for the service to converge" }],
  run(ctx, { flags, args }) {
    for (const arg of args) {
      const eq = arg.indexOf("=");
      if (eq <= 0 || !/^\d+$/.test(arg.slice(eq + 1))) {
        ctx.out.err(`Invalid scale specifier '${arg}'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services\n`);
        return 1;
      }
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf("=");
      const ref = arg.slice(0, eq);
      const replicas = Number(arg.slice(eq + 1));
      let global = false;
      const result = dispatchServiceUpdate(ctx.engine, ref, (spec) => {
        global = spec.replicas === null;
        return global ? spec : { ...spec, replicas };
      });
      if (!result.ok) {
        // cli/command/service/scale.go: `<service>: <error>` per failure.
        ctx.out.err(`${ref}: Error response from daemon: ${result.error.message}\n`);
        status = 1;
        continue;
      }
      if (global) {
        ctx.out.err(`scale can only be used with replicated or replicated-job mode\n`);
        status = 1;
        continue;
      }
      ctx.out.out(`${ref} scaled to ${replicas}\n`);
      const swarm = ctx.engine.state.swarm;
      if (flags.detach !== true && swarm) writeServiceProgress(ctx, swarm, result.value, ref, false);
    }
    return status;
  },
};
