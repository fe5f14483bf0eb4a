import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { dispatchServiceCreate } from "../../engine/swarm-services";
import type { SwarmPort } from "../../engine/swarm-state";
import { calculateContainerName } from "../../runtime/names";
import { writeServiceProgress } from "./progress";
import { calculateServiceImage, parseGoDuration, parseServicePort } from "./spec";

/** The flags shared by create and update that Dockyard models (docker/cli: service/opts.go addServiceFlags). */
export const SERVICE_SPEC_FLAGS = [
  { name: "detach", short: "d", kind: "bool", usage: "Exit immediately instead of waiting for the service to converge" },
  { name: "quiet", short: "q", kind: "bool", usage: "Suppress progress output" },
  { name: "update-delay", kind: "string", valueName: "duration", usage: "Delay between updates (ns|us|ms|s|m|h) (default 0s)" },
  { name: "update-parallelism", kind: "int", valueName: "uint", usage: "Maximum number of tasks updated simultaneously (0 to update all at once)", defaultText: "1" },
] as const;

/**
 * `docker service create` (docker/cli 27: cli/command/service/create.go):
 * prints the new service's ID, then waits for it to converge with the
 * progress block unless `-d`. `--mode global` runs one task per active
 * node.
 */
export const serviceCreateCommand: DockerCommand = {
  name: "create",
  group: "service",
  aliases: [],
  usage: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create a new service",
  args: { kind: "min", n: 1 },
  interspersed: false,
  flags: [
    ...SERVICE_SPEC_FLAGS,
    { name: "env", short: "e", kind: "list", usage: "Set environment variables" },
    { name: "label", kind: "list", usage: "Service labels" },
    { name: "mode", kind: "string", usage: 'Service mode ("replicated", "global", "replicated-job", "global-job")', defaultText: '"replicated"' },
    { name: "name", kind: "string", usage: "Service name" },
    { name: "publish", short: "p", kind: "list", valueName: "port", usage: "Publish a port as a node port" },
    { name: "replicas", kind: "string", valueName: "uint", usage: "Number of tasks" },
  ],
  run(ctx, { flags, args }) {
    const mode = (flags.mode as string | undefined) ?? "replicated";
    if (mode !== "replicated" && mode !== "global") {
      ctx.out.err(`invalid argument "${mode}" for "--mode" flag: unknown mode: ${mode}\n`);
      return 125;
    }
    const replicasText = flags.replicas as string | undefined;
    if (replicasText !== undefined && mode === "global") {
      ctx.out.err("replicas can only be used with replicated or replicated-job mode\n");
      return 1;
    }
    const replicas = replicasText === undefined ? 1 : Number(replicasText);
    if (!/^\d+$/.test(replicasText ?? "1")) {
      ctx.out.err(`invalid argument "${replicasText}" for "--replicas" flag: strconv.ParseUint: parsing "${replicasText}": invalid syntax\nSee 'docker service create --help'.\n`);
      return 125;
    }
    const ports: SwarmPort[] = [];
    for (const text of (flags.publish as string[] | undefined) ?? []) {
      const port = parseServicePort(text);
      if (typeof port === "string") {
        ctx.out.err(`invalid argument "${text}" for "-p, --publish" flag: ${port}\nSee 'docker service create --help'.\n`);
        return 125;
      }
      ports.push(port);
    }
    const delayText = (flags["update-delay"] as string | undefined) ?? "0s";
    const delay = parseGoDuration(delayText);
    if (delay === undefined) {
      ctx.out.err(`invalid argument "${delayText}" for "--update-delay" flag: time: invalid duration "${delayText}"\nSee 'docker service create --help'.\n`);
      return 125;
    }
    const name = (flags.name as string | undefined) ?? calculateContainerName(ctx.engine.ids, () => false, "").replace(/^\//, "");
    const result = dispatchServiceCreate(ctx.engine, name, {
      image: calculateServiceImage(args[0] as string),
      replicas: mode === "global" ? null : replicas,
      ports,
      env: (flags.env as string[] | undefined) ?? [],
      args: args.slice(1),
      labels: {},
      updateParallelism: (flags["update-parallelism"] as number | undefined) ?? 1,
      updateDelay: delay,
    });
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    const service = result.value;
    ctx.out.out(`${service.id}\n`);
    if (flags.detach === true) return 0;
    const swarm = ctx.engine.state.swarm;
    return swarm ? writeServiceProgress(ctx, swarm, service, service.id, flags.quiet === true) : 0;
  },
};
