import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { getOwn } from "../../core/own";
import { loadComposeProject } from "../../compose/load";
import type { ComposeService } from "../../compose/types";
import { getManagedSwarm } from "../../engine/swarm";
import { dispatchServiceCreate, dispatchServiceUpdate } from "../../engine/swarm-services";
import type { SwarmPort, SwarmService, SwarmServiceSpec } from "../../engine/swarm-state";
import { writeServiceProgress } from "../service/progress";
import { calculateServiceImage } from "../service/spec";
import { STACK_LABEL } from "./members";

/**
 * A compose service as a swarm service spec (docker/cli: cli/compose/convert
 * service.go): image, command as args, environment, ports (ingress), and
 * deploy.replicas (default 1). Simplification: entrypoint, volumes,
 * healthcheck and update_config are not carried over.
 */
export function calculateStackServiceSpec(stack: string, service: ComposeService): SwarmServiceSpec | string {
  if (!service.image) return `failed to create service ${stack}_${service.name}: Error response from daemon: rpc error: code = InvalidArgument desc = ContainerSpec: image reference must be provided`;
  const ports: SwarmPort[] = [];
  for (const p of service.ports) {
    const published = p.published === undefined ? 30000 + p.target : Number(p.published.split("-")[0]);
    ports.push({ published, target: p.target, protocol: p.protocol === "udp" ? "udp" : "tcp" });
  }
  return {
    image: calculateServiceImage(service.image),
    replicas: service.deploy?.replicas ?? 1,
    ports,
    env: Object.entries(service.environment).flatMap(([k, v]) => (v === null ? [] : [`${k}=${v}`])),
    args: service.command ?? [],
    labels: { ...service.labels, [STACK_LABEL]: stack },
    updateParallelism: 1,
    updateDelay: 0,
  };
}

/**
 * `docker stack deploy -c FILE NAME` (docker/cli 27:
 * cli/command/stack/swarm/deploy_composefile.go): loads the Compose file,
 * creates the stack's networks and creates or updates `NAME_service` for
 * each service; detached unless `--detach=false`, with the CLI's notice;
 * `--detach=false` then waits for each service as `service create` does.
 * Simplification: the overlay networks are named but not created in the
 * engine's network list.
 */
export const stackDeployCommand: DockerCommand = {
  name: "deploy",
  group: "stack",
  aliases: ["up"],
  usage: "[OPTIONS] STACK",
  short: "Deploy a new stack or update an existing stack",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "compose-file", short: "c", kind: "list", valueName: "strings", usage: "Path to a Compose file, or \"-\" to read from stdin" },
    { name: "detach", short: "d", kind: "bool", usage: "Exit immediately instead of waiting for the stack services to converge", defaultText: "true" },
    { name: "prune", kind: "bool", usage: "Prune services that are no longer referenced" },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress progress output" },
  ],
  run(ctx, { flags, args }) {
    const stack = args[0] as string;
    const files = (flags["compose-file"] as string[] | undefined) ?? [];
    if (files.length === 0) {
      ctx.out.err("Please specify a Compose file (with --compose-file).\n");
      return 1;
    }
    const swarm = getManagedSwarm(ctx.engine);
    if (!swarm.ok) return writeDaemonError(ctx.out, swarm.error.message);
    const loaded = loadComposeProject({ fs: ctx.host.fs, cwd: ctx.host.cwd, env: ctx.host.env, files, projectName: stack });
    if (!loaded.ok) {
      ctx.out.err(`${loaded.error}\n`);
      return 1;
    }
    const project = loaded.project;
    const unsupported = Object.values(project.services).some((s) => s.build !== undefined);
    if (unsupported) ctx.out.err("Ignoring unsupported options: build\n\n");
    if (flags.detach === undefined) ctx.out.err("Since --detach=false was not specified, tasks will be created in the background.\nIn a future release, --detach=false will become the default.\n");
    const networks = new Set<string>();
    for (const service of Object.values(project.services)) for (const key of Object.keys(service.networks)) networks.add(key);
    const known = (swarm.value.stackNetworks ??= {});
    const existing = new Set(getOwn(known, stack) ?? []);
    for (const key of [...networks].sort()) {
      const name = getOwn(project.networks, key)?.external ? undefined : `${stack}_${key}`;
      if (name && !existing.has(name)) {
        ctx.out.out(`Creating network ${name}\n`);
        existing.add(name);
      }
    }
    known[stack] = [...existing];
    const deployed: SwarmService[] = [];
    for (const service of Object.values(project.services)) {
      const spec = calculateStackServiceSpec(stack, service);
      if (typeof spec === "string") {
        ctx.out.err(`${spec}\n`);
        return 1;
      }
      const name = `${stack}_${service.name}`;
      const current = Object.values(swarm.value.services).find((s) => s.name === name);
      if (current) {
        ctx.out.out(`Updating service ${name} (id: ${current.id})\n`);
        const updated = dispatchServiceUpdate(ctx.engine, current.id, (old) => ({ ...spec, updateParallelism: old.updateParallelism, updateDelay: old.updateDelay }));
        if (!updated.ok) return writeDaemonError(ctx.out, updated.error.message);
        deployed.push(updated.value);
      } else {
        ctx.out.out(`Creating service ${name}\n`);
        const created = dispatchServiceCreate(ctx.engine, name, spec);
        if (!created.ok) {
          ctx.out.err(`failed to create service ${name}: Error response from daemon: ${created.error.message}\n`);
          return 1;
        }
        deployed.push(created.value);
      }
    }
    // --detach=false: deploy.go waitOnServices, one service's progress after another.
    if (flags.detach === false) for (const service of deployed) writeServiceProgress(ctx, swarm.value, service, service.id, flags.quiet === true);
    return 0;
  },
};
