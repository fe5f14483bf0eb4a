import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchServiceUpdate } from "../../engine/swarm-services";
import { writeServiceProgress } from "./progress";

/**
 * `docker service rollback SERVICE` (docker/cli 27:
 * cli/command/service/rollback.go): back to the previous spec, replaced
 * by the same rolling rules; prints the service as typed, then the
 * progress unless `-d`. No previous spec: the daemon's error.
 */
export const serviceRollbackCommand: DockerCommand = {
  name: "rollback",
  group: "service",
  aliases: [],
  usage: "[OPTIONS] SERVICE",
  short: "Revert changes to a service's configuration",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "detach", short: "d", kind: "bool", usage: "Exit immediately instead of waiting for the service to converge" },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress progress output" },
  ],
  run(ctx, { flags, args }) {
    const ref = args[0] as string;
    const result = dispatchServiceUpdate(ctx.engine, ref, (spec) => spec, true);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.kind === "not-found" ? `service ${ref} not found` : result.error.message);
    ctx.out.out(`${ref}\n`);
    if (flags.detach === true) return 0;
    const swarm = ctx.engine.state.swarm;
    return swarm ? writeServiceProgress(ctx, swarm, result.value, ref, flags.quiet === true, true) : 0;
  },
};
