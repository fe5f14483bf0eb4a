import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchServiceUpdate } from "../../engine/swarm-services";
import { SERVICE_SPEC_FLAGS } from "./create";
import { writeServiceProgress } from "./progress";
import { calculateServiceImage, parseGoDuration } from "./spec";

/**
 * `docker service update` (docker/cli 27: cli/command/service/update.go):
 * prints the service as typed, then the progress of the rolling update
 * unless `-d`. `--image` replaces tasks `--update-parallelism` at a time
 * with `--update-delay` between batches; `--replicas` only scales;
 * `--rollback` goes back to the previous spec.
 */
export const serviceUpdateCommand: DockerCommand = {
  name: "update",
  group: "service",
  aliases: [],
  usage: "[OPTIONS] SERVICE",
  short: "Update a service",
  args: { kind: "exact", n: 1 },
  flags: [
    ...SERVICE_SPEC_FLAGS,
    { name: "env-add", kind: "list", usage: "Add or update an environment variable" },
    { name: "image", kind: "string", usage: "Service image tag" },
    { name: "replicas", kind: "string", valueName: "uint", usage: "Number of tasks" },
    { name: "rollback", kind: "bool", usage: "Rollback to previous specification" },
  ],
  run(ctx, { flags, args }) {
    const ref = args[0] as string;
    const replicasText = flags.replicas as string | undefined;
    if (replicasText !== undefined && !/^\d+$/.test(replicasText)) {
      ctx.out.err(`invalid argument "${replicasText}" for "--replicas" flag: strconv.ParseUint: parsing "${replicasText}": invalid syntax\nSee 'docker service update --help'.\n`);
      return 125;
    }
    const delayText = flags["update-delay"] as string | undefined;
    const delay = delayText === undefined ? undefined : parseGoDuration(delayText);
    if (delayText !== undefined && delay === undefined) {
      ctx.out.err(`invalid argument "${delayText}" for "--update-delay" flag: time: invalid duration "${delayText}"\nSee 'docker service update --help'.\n`);
      return 125;
    }
    const image = flags.image as string | undefined;
    const result = dispatchServiceUpdate(
      ctx.engine,
      ref,
      (spec) => ({
        ...spec,
        ...(image !== undefined ? { image: calculateServiceImage(image) } : {}),
        ...(replicasText !== undefined && spec.replicas !== null ? { replicas: Number(replicasText) } : {}),
        ...(delay !== undefined ? { updateDelay: delay } : {}),
        ...(flags["update-parallelism"] !== undefined ? { updateParallelism: flags["update-parallelism"] as number } : {}),
        env: [...spec.env, ...((flags["env-add"] as string[] | undefined) ?? [])],
      }),
      flags.rollback === true,
    );
    if (!result.ok) return writeDaemonError(ctx.out, result.error.kind === "not-found" ? `service ${ref} not found` : result.error.message);
    ctx.out.out(`${ref}\n`);
    if (flags.detach === true) return 0;
    const swarm = ctx.engine.state.swarm;
    return swarm ? writeServiceProgress(ctx, swarm, result.value, ref, flags.quiet === true, flags.rollback === true) : 0;
  },
};

